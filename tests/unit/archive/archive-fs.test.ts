import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ArchiveFs } from '../../../src/main/archive/archive-fs';
import { ShardedCollection } from '../../../src/main/archive/sharded-collection';
import { CasefileError } from '../../../src/shared/errors';
import { listFiles, makeTempDir, removeDir } from './helpers';

describe('ArchiveFs', () => {
  let dir: string;
  let files: ArchiveFs;

  beforeEach(async () => {
    dir = await makeTempDir('fs');
    files = new ArchiveFs(dir);
  });

  afterEach(async () => {
    await removeDir(dir);
  });

  it('replaces a file atomically: a reader only ever sees the old or the new content, whole', async () => {
    // Large contents, so that a non-atomic write would be seen half done.
    const versions = ['a', 'b', 'c', 'd'].map((letter) => letter.repeat(2_000_000));
    await files.writeAtomic('big.json', versions[0]);
    let writing = true;
    const seen = new Set<string>();
    const reader = (async () => {
      let reads = 0;
      while (writing || reads < 5) {
        const text = await fs.readFile(path.join(dir, 'big.json'), 'utf8');
        expect(versions).toContain(text);
        seen.add(text[0]);
        reads += 1;
      }
      return reads;
    })();
    for (let round = 0; round < 12; round += 1) {
      await files.writeAtomic('big.json', versions[round % versions.length]);
    }
    writing = false;
    expect(await reader).toBeGreaterThanOrEqual(5);
    expect(seen.size).toBeGreaterThan(1);
    expect(await fs.readFile(path.join(dir, 'big.json'), 'utf8')).toBe(versions[11 % 4]);
    expect(await listFiles(dir)).toEqual(['big.json']);
  });

  it('keeps the old content and leaves no temporary file when a write fails', async () => {
    await files.writeAtomic('kept.json', 'old');
    // The rename cannot replace a folder: the write fails after the temporary file is made.
    await fs.mkdir(path.join(dir, 'folder.json'));
    await expect(files.writeAtomic('folder.json', 'new')).rejects.toThrow();
    await expect(files.writeAtomic('missing/dir/file.json', 'new')).rejects.toThrow();
    expect(await fs.readFile(path.join(dir, 'kept.json'), 'utf8')).toBe('old');
    expect((await listFiles(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // The writer of a file that failed still works afterwards.
    await fs.rmdir(path.join(dir, 'folder.json'));
    await files.writeAtomic('folder.json', 'recovered');
    expect(await fs.readFile(path.join(dir, 'folder.json'), 'utf8')).toBe('recovered');
  });

  it('serialises concurrent writes of one file: every promise resolves and the last data wins', async () => {
    const count = 60;
    const promises: Promise<void>[] = [];
    const resolvedSeeing: number[] = [];
    for (let index = 0; index < count; index += 1) {
      promises.push(
        files.writeAtomic('same.json', JSON.stringify({ index })).then(async () => {
          // When a write resolves, its data (or data written after it) is on disk.
          const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'same.json'), 'utf8')) as {
            index: number;
          };
          resolvedSeeing[index] = onDisk.index;
        }),
      );
      // Writes to another file at the same time do not disturb this one.
      promises.push(files.writeAtomic(`other-${index % 3}.json`, String(index)));
    }
    await Promise.all(promises);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'same.json'), 'utf8'))).toEqual({
      index: count - 1,
    });
    for (let index = 0; index < count; index += 1) {
      expect(resolvedSeeing[index]).toBeGreaterThanOrEqual(index);
    }
    expect(await fs.readFile(path.join(dir, 'other-0.json'), 'utf8')).toBe('57');
    expect(await fs.readFile(path.join(dir, 'other-2.json'), 'utf8')).toBe('59');
    expect((await listFiles(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('flush waits for every queued write', async () => {
    void files.writeAtomic('a.json', 'A'.repeat(1_000_000));
    void files.writeAtomic('a.json', 'final');
    void files.writeAtomic('b.json', 'B');
    await files.flush();
    expect(await fs.readFile(path.join(dir, 'a.json'), 'utf8')).toBe('final');
    expect(await fs.readFile(path.join(dir, 'b.json'), 'utf8')).toBe('B');
  });

  it('refuses paths that leave the archive folder', async () => {
    const outside = path.join(path.dirname(dir), `${path.basename(dir)}-outside.json`);
    for (const bad of [
      '../x.json',
      'data/../../x.json',
      '/etc/passwd',
      outside,
      `../${path.basename(dir)}-outside.json`,
    ]) {
      expect(() => files.resolve(bad), bad).toThrow(CasefileError);
      await expect(files.writeAtomic(bad, 'x'), bad).rejects.toMatchObject({ code: 'internal' });
      await expect(files.writeOnce(bad, 'x'), bad).rejects.toMatchObject({ code: 'internal' });
      await expect(files.readText(bad), bad).rejects.toMatchObject({ code: 'internal' });
    }
    await expect(fs.access(outside)).rejects.toThrow();
    // A sibling folder whose name starts with the archive's is outside too.
    expect(() => files.resolve(`../${path.basename(dir)}x/file`)).toThrow(/outside the archive/);
    // Paths that stay inside are fine, even with '..' in them.
    expect(files.resolve('data/../archive.json')).toBe(path.join(dir, 'archive.json'));
    expect(files.resolve('')).toBe(dir);
  });

  it('writes content-addressed files once', async () => {
    expect(await files.writeOnce('text/ab.txt', 'first')).toBe(true);
    expect(await files.writeOnce('text/ab.txt', 'second')).toBe(false);
    expect(await files.readText('text/ab.txt')).toBe('first');
  });

  it('moves files durably within the archive and lists absent folders as empty', async () => {
    await files.writeAtomic('a.json', 'A');
    await files.move('a.json', 'damaged/x/a.json');
    expect(await files.exists('a.json')).toBe(false);
    expect(await files.readText('damaged/x/a.json')).toBe('A');
    expect(await files.list('nothing/here')).toEqual([]);
  });

  it('removes temporary files left by a crash when a collection loads', async () => {
    await fs.mkdir(path.join(dir, 'data', 'persons'), { recursive: true });
    const shard = { records: [{ id: 'p1', name: 'Zhanbolat Temirkhanov' }] };
    await fs.writeFile(path.join(dir, 'data/persons/000001.json'), JSON.stringify(shard));
    // What an interrupted write leaves: a half-written temporary file beside the shard.
    await fs.writeFile(path.join(dir, 'data/persons/000001.json.0a1b2c3d4e5f.tmp'), '{"recor');
    await fs.writeFile(path.join(dir, 'data/persons/000002.json.ffffffffffff.tmp'), '');
    const collection = new ShardedCollection<{ id: string }>(files, 'data/persons');
    await collection.load();
    expect(collection.size).toBe(1);
    expect(await listFiles(dir)).toEqual(['data/persons/000001.json']);
  });
});
