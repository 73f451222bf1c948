/**
 * A write that fails (the disk full, the folder made read-only) leaves the archive as it
 * was, on disk and in memory: the user gets a plain sentence, and what the app shows
 * afterwards is what a restart would show.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import type { DiskSpace } from '../../fixtures/full-disk-fs';
import { CasefileError } from '../../../src/shared/errors';
import { listFiles, makeTempDir, removeDir, snapshotData } from './helpers';

const disk = vi.hoisted(() => ({ space: null as DiskSpace | null }));

// The file system itself runs out of space in the tests that arm it (see full-disk-fs.ts).
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const { DiskSpace: Space, fullDiskPromises } = await import('../../fixtures/full-disk-fs');
  disk.space = new Space(actual.promises);
  const promises = fullDiskPromises(disk.space);
  return { ...actual, promises, default: { ...actual, promises } };
});

const { Archive } = await import('../../../src/main/archive/archive');
type Archive = import('../../../src/main/archive/archive').Archive;
const { MAX_SHARD_RECORDS } = await import('../../../src/main/archive/sharded-collection');
const { verifyArchive } = await import('../../../src/main/archive/verify');

const DISK_FULL = new CasefileError(
  'io',
  'The disk is full, so the change was not saved. Free some space and try again.',
);

describe('a write that fails', () => {
  let root: string;
  let dir: string;
  let archive: Archive;
  let personId: string;

  beforeEach(async () => {
    root = await makeTempDir('failed-writes');
    dir = path.join(root, 'archive');
    archive = await Archive.open(dir, { create: true });
    personId = (await archive.create('person', { name: 'Гүлнұр Әбілқасымова' })).id;
    await archive.create('letter', { personId, summary: 'Бірінші хат', status: 'sent' });
  });

  afterEach(async () => {
    await archive.close();
    await removeDir(root);
  });

  /** Makes every write under data/ fail until the returned function is called. */
  function fillTheDisk(): () => void {
    const write = archive.files.writeAtomic.bind(archive.files);
    archive.files.writeAtomic = async (relative, data) => {
      if (relative.startsWith('data/')) throw DISK_FULL;
      return write(relative, data);
    };
    return () => {
      archive.files.writeAtomic = write;
    };
  }

  async function sameAfterRestart(): Promise<void> {
    const seen = {
      persons: archive.storedAll('person'),
      letters: archive.storedAll('letter'),
    };
    await archive.close();
    archive = await Archive.open(dir);
    expect(archive.storedAll('person')).toEqual(seen.persons);
    expect(archive.storedAll('letter')).toEqual(seen.letters);
  }

  it('an edit: refused in plain words, the old record kept in memory and on disk', async () => {
    const before = await snapshotData(dir);
    const letter = archive.storedAll('letter')[0];
    const freeSpace = fillTheDisk();
    await expect(
      archive.update('letter', letter.id, { ...letter, summary: 'Өзгертілген хат' }),
    ).rejects.toThrow('The disk is full, so the change was not saved.');
    freeSpace();
    expect(archive.stored('letter', letter.id).summary).toBe('Бірінші хат');
    expect(await snapshotData(dir)).toEqual(before);
    await sameAfterRestart();
  });

  it('a new record: not there afterwards, and the next one saves', async () => {
    const freeSpace = fillTheDisk();
    await expect(
      archive.create('letter', { personId, summary: 'Екінші хат', status: 'draft' }),
    ).rejects.toMatchObject({ code: 'io' });
    expect(archive.count('letter')).toBe(1);
    expect(archive.list('letter', { personId }).total).toBe(1);
    freeSpace();
    const saved = await archive.create('letter', { personId, summary: 'Үшінші хат' });
    expect(archive.count('letter')).toBe(2);
    expect(archive.stored('letter', saved.id).summary).toBe('Үшінші хат');
    await sameAfterRestart();
  });

  it('a deletion: the record stays', async () => {
    const letter = archive.storedAll('letter')[0];
    const freeSpace = fillTheDisk();
    await expect(archive.remove('letter', letter.id)).rejects.toMatchObject({ code: 'io' });
    freeSpace();
    expect(archive.has('letter', letter.id)).toBe(true);
    await sameAfterRestart();
  });

  it('a batch across a new shard: memory holds exactly what reached the disk', async () => {
    const stamp = new Date().toISOString();
    const letters = (from: number, count: number) =>
      Array.from({ length: count }, (_, n) => ({
        kind: 'letter' as const,
        label: `letter ${from + n}`,
        record: {
          id: `let_batch${from + n}`,
          personId,
          summary: `Хат ${from + n}`,
          tags: [],
          sharing: 'team',
          createdAt: stamp,
          updatedAt: stamp,
        },
      }));
    await archive.addMany(letters(0, 990));
    // Twenty more: nine fill shard 1 (with the first letter), eleven open shard 2, whose
    // write fails.
    const write = archive.files.writeAtomic.bind(archive.files);
    archive.files.writeAtomic = async (relative, data) => {
      if (relative === 'data/letters/000002.json') throw DISK_FULL;
      return write(relative, data);
    };
    await expect(archive.addMany(letters(990, 20))).rejects.toMatchObject({ code: 'io' });
    archive.files.writeAtomic = write;
    expect(archive.count('letter')).toBe(MAX_SHARD_RECORDS);
    await sameAfterRestart();
  });
});

describe('the disk filling up part-way through a write', () => {
  let root: string;
  let dir: string;
  let archive: Archive;
  let personId: string;
  let space: DiskSpace;

  beforeEach(async () => {
    root = await makeTempDir('disk-full');
    dir = path.join(root, 'archive');
    archive = await Archive.open(dir, { create: true });
    personId = (
      await archive.create('person', { name: 'Ayan Qasymbekov', nativeName: 'Аян Қасымбеков' })
    ).id;
    await archive.create('letter', { personId, summary: 'Сәлем, аға! Хатыңды алдым.' });
    space = disk.space!;
    space.root = dir;
  });

  afterEach(async () => {
    space.free = Infinity;
    space.root = null;
    await archive.close().catch(() => undefined);
    await removeDir(root);
  });

  async function temporaries(): Promise<string[]> {
    return (await listFiles(dir)).filter((file) => file.endsWith('.tmp'));
  }

  it('an edit: the half-written file is removed, the old one kept, and it saves once there is room', async () => {
    const before = await snapshotData(dir);
    const letter = archive.storedAll('letter')[0];
    const edited = { ...letter, summary: 'Өзгертілген хат: сот отырысы ұзартылды. '.repeat(20) };
    space.free = 120;
    await expect(archive.update('letter', letter.id, edited)).rejects.toThrow(
      'The disk is full, so the change was not saved. Free some space and try again.',
    );
    expect(space.free).toBe(0);
    expect(await temporaries()).toEqual([]);
    expect(await snapshotData(dir)).toEqual(before);
    expect(archive.stored('letter', letter.id).summary).toBe('Сәлем, аға! Хатыңды алдым.');

    space.free = Infinity;
    await archive.update('letter', letter.id, edited);
    await archive.close();
    archive = await Archive.open(dir);
    expect(archive.stored('letter', letter.id).summary).toBe(edited.summary);
  });

  it('an article whose text fits but whose record does not: not there after a restart', async () => {
    const body = 'Қамаудағы белсендіге хат жазыңыз: мекенжайы өзгерді, ғимарат жабылды. '.repeat(
      80,
    );
    // Room for the text file, not for the record's file after it.
    space.free = Buffer.byteLength(body) + 64;
    await expect(
      archive.create('article', { title: 'Шұғыл әрекет', body, personIds: [personId] }),
    ).rejects.toMatchObject({ code: 'io' });
    expect(archive.count('article')).toBe(0);
    expect(await temporaries()).toEqual([]);

    space.free = Infinity;
    await archive.close();
    archive = await Archive.open(dir);
    expect(archive.count('article')).toBe(0);
    expect(await verifyArchive(archive)).toEqual([]);
  });

  it('closing with no room for the backup: the lock is released and nothing is lost', async () => {
    await archive.create('person', { name: 'Dina Serikova', nativeName: 'Дина Серікова' });
    space.free = 0;
    await expect(archive.close()).rejects.toMatchObject({ code: 'io' });

    space.free = Infinity;
    // Another open must not find the archive still locked by this process.
    archive = await Archive.open(dir);
    expect(archive.storedAll('person').map((person) => person.nativeName)).toEqual([
      'Аян Қасымбеков',
      'Дина Серікова',
    ]);
    expect(await verifyArchive(archive)).toEqual([]);
  });
});
