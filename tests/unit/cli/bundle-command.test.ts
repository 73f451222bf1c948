import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../../fixtures/run-cli';

describe('casefile export bundle / import FILE.casefile', () => {
  let dir: string;
  let first: string;
  let second: string;
  let personId: string;

  async function addPerson(archive: string, fields: Record<string, unknown>): Promise<string> {
    const added = await cli([
      'add',
      'person',
      '--archive',
      archive,
      '--json',
      JSON.stringify(fields),
    ]);
    expect(added.code).toBe(0);
    return (JSON.parse(added.out) as { id: string }).id;
  }

  async function editNotes(archive: string, id: string, notes: string): Promise<void> {
    // The command line has no edit command: the archive is opened directly.
    const { Archive } = await import('../../../src/main/archive/archive');
    const opened = await Archive.open(archive);
    try {
      const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = await opened.get('person', id);
      await opened.update('person', id, { ...fields, notes });
    } finally {
      await opened.close();
    }
  }

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-cli-bundle-'));
    first = path.join(dir, 'first');
    second = path.join(dir, 'second');
    await cli(['init', '--archive', first]);
    await cli(['init', '--archive', second]);
    personId = await addPerson(first, {
      name: 'Zhanna Ospanova',
      nativeName: 'Жанна Оспанова',
      role: 'prisoner',
    });
    await addPerson(first, { name: 'Ruslan Tokhtarov', nativeName: 'Руслан Тохтаров' });
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('exports a bundle and merges it into another archive, then reports a conflict as JSON', async () => {
    const bundle = path.join(dir, 'жұмыс.casefile');
    const exported = await cli(['export', 'bundle', '--out', bundle, '--archive', first]);
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(exported.out).toMatch(/Exported 2 records and 0 files to .*жұмыс\.casefile\./);

    const merged = await cli(['import', bundle, '--archive', second]);
    expect(merged.code).toBe(0);
    expect(merged.out).toMatch(/2 added, 0 updated, 0 unchanged, 0 conflicts/);
    expect((await cli(['verify', '--archive', second])).code).toBe(0);
    const listed = await cli(['list', 'persons', '--archive', second]);
    expect(listed.out).toContain('Zhanna Ospanova');

    await editNotes(second, personId, 'Хат жіберілді.');
    await editNotes(first, personId, 'Адвокат барды.');
    await cli(['export', 'bundle', '--out', bundle, '--archive', first]);
    const again = await cli(['import', bundle, '--json', '--archive', second]);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.out) as {
      added: number;
      updated: number;
      unchanged: number;
      conflicts: { kind: string; id: string; title: string; winner: string }[];
    };
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        kind: 'person',
        id: personId,
        title: 'Zhanna Ospanova',
        winner: 'bundle',
      }),
    ]);
    const shown = await cli(['show', personId, '--json', '--archive', second]);
    expect((JSON.parse(shown.out) as { notes: string }).notes).toBe('Адвокат барды.');
  });

  it('refuses a file that is not a bundle with one sentence and exit 1', async () => {
    const fake = path.join(dir, 'fake.casefile');
    await fs.writeFile(fake, 'бұл бума емес');
    const result = await cli(['import', fake, '--archive', second]);
    expect(result.code).toBe(1);
    expect(result.err).toBe('This file is not a Casefile archive bundle (it is not a ZIP file).\n');
    expect(result.out).toBe('');
  });

  it('seals the bundle of an encrypted archive with the passphrase from the environment', async () => {
    const bundle = path.join(dir, 'sealed.casefile');
    process.env.CASEFILE_BUNDLE_PASSPHRASE = 'ортақ құпия сөз';
    try {
      const exported = await cli([
        'export',
        'bundle',
        '--encrypted',
        '--out',
        bundle,
        '--archive',
        first,
      ]);
      expect(exported.out).toMatch(/\(encrypted\)\.$/m);
      expect((await fs.readFile(bundle)).includes('Zhanna')).toBe(false);
      const merged = await cli(['import', bundle, '--archive', second]);
      expect(merged.out).toMatch(/2 added/);
      process.env.CASEFILE_BUNDLE_PASSPHRASE = 'басқа құпия сөз';
      const wrong = await cli(['import', bundle, '--archive', second]);
      expect(wrong.code).toBe(1);
      expect(wrong.err).toMatch(/passphrase is wrong/);
    } finally {
      delete process.env.CASEFILE_BUNDLE_PASSPHRASE;
    }
  });
});
