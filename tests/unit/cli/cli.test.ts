import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { cli } from '../../fixtures/run-cli';

const run = promisify(execFile);

describe('casefile CLI', () => {
  let dir: string;
  let archive: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-cli-'));
    archive = path.join(dir, 'archive');
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('init creates an archive once, and says so plainly the second time', async () => {
    expect(await cli(['init', '--archive', archive])).toMatchObject({
      code: 0,
      out: `Created an empty archive in ${archive}.\n`,
    });
    expect(await cli(['init', '--archive', archive])).toMatchObject({
      code: 0,
      out: `There is already an archive in ${archive}.\n`,
    });
  });

  it('commands other than init refuse a folder with no archive, in one sentence', async () => {
    const result = await cli(['list', 'persons', '--archive', archive]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`There is no Casefile archive in ${archive}.\n`);
  });

  it('add, list, show and search a person with a Kazakh name', async () => {
    await cli(['init', '--archive', archive]);
    const added = await cli([
      'add',
      'person',
      '--archive',
      archive,
      '--json',
      JSON.stringify({
        name: 'Nurlan Kushakbaev',
        nativeName: 'Нұрлан Кушакбаев',
        aliases: ['Kushakbayev'],
      }),
    ]);
    expect(added.code).toBe(0);
    const person = JSON.parse(added.out) as { id: string; nativeName: string };
    expect(person.nativeName).toBe('Нұрлан Кушакбаев');

    const fromStdin = await cli(
      ['add', 'letter', '-', '--archive', archive],
      JSON.stringify({ personId: person.id, summary: 'Birthday card' }),
    );
    expect(fromStdin.code).toBe(0);

    const listed = await cli(['list', 'persons', '--archive', archive]);
    expect(listed.out).toBe(`${person.id}\tNurlan Kushakbaev\n`);
    const listedJson = await cli(['list', 'letter', '--json', '--archive', archive]);
    expect(JSON.parse(listedJson.out)).toHaveLength(1);

    const shown = await cli(['show', person.id, '--json', '--archive', archive]);
    expect(JSON.parse(shown.out)).toMatchObject({
      kind: 'person',
      id: person.id,
      aliases: ['Kushakbayev'],
    });

    const found = await cli(['search', 'кушакбаев', '--json', '--archive', archive]);
    const hits = JSON.parse(found.out) as {
      kind: string;
      id: string;
      title: string;
      score: number;
      snippet: string;
    }[];
    expect(hits[0]).toMatchObject({ kind: 'person', id: person.id, title: 'Nurlan Kushakbaev' });
    expect(typeof hits[0].score).toBe('number');
    expect(typeof hits[0].snippet).toBe('string');
  });

  it('add reports invalid fields in plain words and exits non-zero', async () => {
    await cli(['init', '--archive', archive]);
    const result = await cli([
      'add',
      'person',
      '--archive',
      archive,
      '--json',
      '{"name":"","birthDate":"31.02.2020"}',
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('name: The name is required.');
    expect(result.err).toContain('birthDate: Write the date as YYYY-MM-DD');
    expect((await cli(['list', 'persons', '--archive', archive])).out).toBe('No persons yet.\n');
  });

  it('import keeps valid lines, reports bad ones by number, and export round-trips losslessly', async () => {
    await cli(['init', '--archive', archive]);
    const lines = [
      JSON.stringify({
        kind: 'person',
        id: 'p1',
        name: 'Nurlan Seitkali',
        nativeName: 'Нұрлан Сейтқали',
        aliases: ['Nurlan Seytkali'],
        birthDate: '1988-05-01',
        role: 'prisoner',
        status: 'pre-trial',
        sharing: 'public',
        tags: ['journalist'],
        notes: 'Fictional.',
      }),
      JSON.stringify({
        kind: 'letter',
        id: 'l1',
        personId: 'p1',
        direction: 'out',
        channel: 'post',
        sentOn: '2017-05-03',
        status: 'sent',
        summary: 'Хат жіберілді',
      }),
      '{not json',
      JSON.stringify({ kind: 'letter', id: 'l2', personId: 'p-missing', summary: 'dangling' }),
      JSON.stringify({
        kind: 'facility',
        id: 'f1',
        code: 'ЕЦ-166/5',
        name: 'Fictional colony',
        country: 'KZ',
        addressLines: ['г. Өскемен'],
      }),
      JSON.stringify({
        kind: 'address',
        id: 'a1',
        personId: 'p1',
        facilityId: 'f1',
        lines: ['ЕЦ-166/5'],
        linesLatin: ['EC-166/5'],
        validFrom: '2017-05-01',
        validTo: null,
      }),
      JSON.stringify({
        kind: 'article',
        id: 'ar1',
        title: 'Free Nurlan',
        date: '2017-05-03',
        body: 'Long text. '.repeat(500),
        personIds: ['p1'],
      }),
      JSON.stringify({ kind: 'alien', id: 'x' }),
      JSON.stringify({
        kind: 'case',
        id: 'c1',
        personId: 'p1',
        charges: [{ article: '218', text: 'money laundering' }],
        status: 'pre-trial',
      }),
    ];
    const input = path.join(dir, 'in.jsonl');
    await fs.writeFile(input, lines.join('\n') + '\n');
    const imported = await cli(['import', input, '--archive', archive]);
    expect(imported.code).toBe(1);
    expect(imported.out).toBe(`Imported 6 records from ${input}.\n`);
    expect(imported.err).toContain('line 3: not valid JSON');
    expect(imported.err).toContain(
      'line 4: personId names a person (p-missing) that does not exist',
    );
    expect(imported.err).toContain('line 8: "kind" must be one of');

    const first = path.join(dir, 'first.jsonl');
    expect((await cli(['export', 'archive', '--out', first, '--archive', archive])).code).toBe(0);
    const second = path.join(dir, 'second');
    await cli(['init', '--archive', second]);
    expect((await cli(['import', first, '--archive', second])).code).toBe(0);
    const again = path.join(dir, 'again.jsonl');
    await cli(['export', 'archive', '--out', again, '--archive', second]);
    expect(await fs.readFile(again, 'utf8')).toBe(await fs.readFile(first, 'utf8'));
    expect((await fs.readFile(first, 'utf8')).trimEnd().split('\n')).toHaveLength(6);
  });

  it('verify passes on a whole archive and lists problems (exit 1) when a text file is damaged', async () => {
    await cli(['init', '--archive', archive]);
    await cli([
      'add',
      'article',
      '--archive',
      archive,
      '--json',
      JSON.stringify({ title: 'Petition', body: 'Өтініш мәтіні. '.repeat(50) }),
    ]);
    expect(await cli(['verify', '--archive', archive])).toMatchObject({ code: 0 });
    const [textFile] = await fs.readdir(path.join(archive, 'text'));
    await fs.writeFile(path.join(archive, 'text', textFile), 'tampered');
    const result = await cli(['verify', '--archive', archive]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('does not match its hash');
  });

  it('the installed bin runs as a real process and reports a lock held by another program', async () => {
    await cli(['init', '--archive', archive]);
    const bin = path.resolve('bin/casefile.js');
    const { stdout } = await run(process.execPath, [bin, 'list', 'persons', '--archive', archive]);
    expect(stdout).toBe('No persons yet.\n');
    const { Archive } = await import('../../../src/main/archive/archive');
    const held = await Archive.open(archive);
    try {
      await run(process.execPath, [bin, 'list', 'persons', '--archive', archive]);
      expect.unreachable('the second process should have been refused');
    } catch (error) {
      const failure = error as { code: number; stderr: string };
      expect(failure.code).toBe(1);
      expect(failure.stderr).toBe('This archive is open in another Casefile window or program.\n');
    } finally {
      await held.close();
    }
  });

  it('unknown commands and options get a usage sentence and exit 2', async () => {
    expect(await cli(['frobnicate'])).toMatchObject({ code: 2 });
    const bad = await cli(['list', 'persons', '--colour']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--help');
  });
});
