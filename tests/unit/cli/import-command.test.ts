import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { cli } from '../../fixtures/run-cli';
import { makePdf } from '../importers/fixtures';

describe('casefile import PATH…', () => {
  let dir: string;
  let archive: string;
  let files: string;
  let personId: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-cli-import-'));
    archive = path.join(dir, 'archive');
    files = path.join(dir, 'files');
    await fs.mkdir(files);
    await cli(['init', '--archive', archive]);
    const added = await cli([
      'add',
      'person',
      '--archive',
      archive,
      '--json',
      JSON.stringify({ name: 'Galym Toleuov', nativeName: 'Ғалым Төлеуов', role: 'prisoner' }),
    ]);
    personId = (JSON.parse(added.out) as { id: string }).id;
    await fs.writeFile(
      path.join(files, 'news.txt'),
      // cp1251 has no Kazakh letters: the name is spelt the Russian way.
      iconv.encode('Новость\nПисьмо Галыму Толеуову не передали.', 'windows-1251'),
    );
    await fs.writeFile(
      path.join(files, 'ruling.pdf'),
      await makePdf({
        pages: [
          'ПОСТАНОВЛЕНИЕ',
          'Срок содержания под стражей Төлеуова продлён до 10 июня 2024 года.',
        ],
      }),
    );
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('prints per file the records created and the persons each mentions, as JSON', async () => {
    await fs.writeFile(path.join(files, 'broken.pdf'), '%PDF-1.7\nobj');
    const result = await cli(['import', files, '--json', '--archive', archive]);
    expect(result.code).toBe(1);
    expect(result.err).toBe('');
    const report = JSON.parse(result.out) as {
      files: {
        file: string;
        status: string;
        reason?: string;
        records?: {
          kind: string;
          id: string;
          mentions: { personId: string; form: string; sentence: string }[];
          facts: { type: string; date: string }[];
        }[];
      }[];
    };
    const byName = (name: string) => report.files.find((f) => f.file.endsWith(name))!;
    expect(byName('news.txt')).toMatchObject({
      status: 'created',
      records: [
        {
          kind: 'article',
          mentions: [
            {
              personId,
              form: 'Галыму Төлеуову'.replace('Төлеуову', 'Толеуову'),
              sentence: 'Письмо Галыму Толеуову не передали.',
            },
          ],
        },
      ],
    });
    expect(byName('ruling.pdf')).toMatchObject({
      status: 'created',
      records: [
        {
          kind: 'document',
          mentions: [{ personId, form: 'Төлеуова' }],
          facts: [{ type: 'detention', date: '2024-06-10' }],
        },
      ],
    });
    expect(byName('broken.pdf')).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/incomplete/),
    });

    const shown = await cli([
      'show',
      byName('ruling.pdf').records![0].id,
      '--json',
      '--archive',
      archive,
    ]);
    expect(JSON.parse(shown.out)).toMatchObject({ kind: 'document', docType: 'ruling' });
    expect((await cli(['verify', '--archive', archive])).code).toBe(0);
  });

  it('tells progress on stderr and what was made on stdout, and skips a second import', async () => {
    const first = await cli(['import', files, '--archive', archive]);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(
      /^1 of 2: .*news\.txt\n2 of 2: .*ruling\.pdf\n$|^1 of 2: .*ruling\.pdf\n2 of 2: .*news\.txt\n$/,
    );
    expect(first.out).toContain(`mentions Galym Toleuov (${personId}) as "Галыму Толеуову"`);
    expect(first.out).toMatch(/2 created, 0 skipped, 0 not imported\.\n$/);
    const second = await cli(['import', path.join(files, 'news.txt'), '--archive', archive]);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/Skipped .*news\.txt: The archive already holds this file/);
  });

  it('says what to name when given nothing', async () => {
    const result = await cli(['import', '--archive', archive]);
    expect(result).toMatchObject({
      code: 2,
      err: 'Name the files or folders to import: casefile import PATH…\n',
    });
  });
});
