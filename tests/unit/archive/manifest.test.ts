import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';
import { ArchiveFs } from '../../../src/main/archive/archive-fs';
import {
  CURRENT_FORMAT_VERSION,
  MIGRATIONS,
  migrate,
  parseManifest,
  type Migration,
} from '../../../src/main/archive/manifest';
import { caught, makeTempDir, removeDir, snapshotFiles } from './helpers';

describe('archive.json and migrations', () => {
  let root: string;
  let dir: string;
  let personId: string;

  beforeEach(async () => {
    root = await makeTempDir('manifest');
    dir = path.join(root, 'archive');
    const archive = await Archive.open(dir, { create: true, name: 'Кампания' });
    personId = (await archive.create('person', { name: 'Zhanbolat Temirkhanov' })).id;
    await archive.close();
  });

  afterEach(async () => {
    await removeDir(root);
  });

  async function manifestOnDisk(): Promise<Record<string, unknown>> {
    return JSON.parse(await fs.readFile(path.join(dir, 'archive.json'), 'utf8'));
  }

  /** A step to format 2 that marks every person, counting its runs. */
  function fakeMigration(runs: { count: number }): Migration {
    return {
      from: 1,
      describe: 'mark every person',
      async migrate(files, manifest) {
        runs.count += 1;
        for (const name of await files.list('data/persons')) {
          const file = `data/persons/${name}`;
          const data = JSON.parse(await files.readText(file)) as { records: object[] };
          data.records = data.records.map((record) => ({ ...record, migrated: true }));
          await files.writeAtomic(file, JSON.stringify(data));
        }
        return { ...manifest, name: `${manifest.name} (v2)` };
      },
    };
  }

  it('is at format 1, with no migrations yet', () => {
    expect(CURRENT_FORMAT_VERSION).toBe(1);
    expect(MIGRATIONS).toEqual([]);
  });

  it('opening a v1 archive with v1 code changes nothing', async () => {
    const manifestBefore = await fs.readFile(path.join(dir, 'archive.json'));
    const dataBefore = await snapshotFiles(dir, (file) => !file.startsWith('data/'));
    const files = new ArchiveFs(dir);
    const result = await migrate(files, parseManifest(manifestBefore.toString('utf8')));
    expect(result.applied).toEqual([]);
    expect(result.manifest.formatVersion).toBe(1);

    const archive = await Archive.open(dir);
    expect(archive.info.formatVersion).toBe(1);
    await archive.close();
    expect(await fs.readFile(path.join(dir, 'archive.json'))).toEqual(manifestBefore);
    expect(await snapshotFiles(dir, (file) => !file.startsWith('data/'))).toEqual(dataBefore);
  });

  it('migrates a v1 archive to format 2 once, step by step', async () => {
    const runs = { count: 0 };
    const options = { migrations: [fakeMigration(runs)], formatVersion: 2 };
    const archive = await Archive.open(dir, options);
    expect(runs.count).toBe(1);
    expect(archive.info.formatVersion).toBe(2);
    expect(archive.info.name).toBe('Кампания (v2)');
    expect(archive.stored('person', personId)).toMatchObject({ migrated: true });
    await archive.close();
    expect(await manifestOnDisk()).toMatchObject({ formatVersion: 2, name: 'Кампания (v2)' });

    const again = await Archive.open(dir, options);
    expect(runs.count).toBe(1);
    expect(again.info.formatVersion).toBe(2);
    await again.close();
  });

  it('names the format it cannot upgrade from when a step is missing', async () => {
    const error = await caught(() => Archive.open(dir, { migrations: [], formatVersion: 2 }));
    expect(error.code).toBe('internal');
    expect(error.message).toContain('format 1');
    await expect(fs.access(path.join(dir, '.lock'))).rejects.toThrow();
  });

  it('refuses an archive saved by a newer Casefile and leaves it untouched', async () => {
    const manifest = await manifestOnDisk();
    manifest.formatVersion = CURRENT_FORMAT_VERSION + 1;
    manifest.futureField = { whatever: true };
    await fs.writeFile(path.join(dir, 'archive.json'), JSON.stringify(manifest));
    const before = await snapshotFiles(dir);

    const error = await caught(() => Archive.open(dir));
    expect(error.code).toBe('archive-too-new');
    expect(error.message).toBe(
      'This archive was saved by a newer version of Casefile. Update Casefile to open it.',
    );
    expect(error.details).toMatchObject({ formatVersion: 2, supported: 1 });
    expect(await snapshotFiles(dir)).toEqual(before);
    // The lock was given back: the archive can be opened by code that knows format 2.
    const newer = await Archive.open(dir, { migrations: [], formatVersion: 2 });
    await newer.close();
  });

  it('tells a manifest from other JSON', () => {
    expect(() => parseManifest('{')).toThrow('archive.json is not valid JSON');
    expect(() => parseManifest('{"format":"something-else"}')).toThrow(
      'archive.json is not a Casefile manifest',
    );
  });
});
