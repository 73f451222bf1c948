import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';
import { ArchiveFs } from '../../../src/main/archive/archive-fs';
import { createBackup, listBackups } from '../../../src/main/archive/backups';
import { caught, listFiles, makeTempDir, removeDir, steppingClock } from './helpers';

const PERSONS_SHARD = 'data/persons/000001.json';

describe('backups and recovery of damaged files', () => {
  let root: string;
  let dir: string;
  let archive: Archive | null = null;
  let clock: () => Date;

  beforeEach(async () => {
    root = await makeTempDir('backups');
    dir = path.join(root, 'archive');
    clock = steppingClock();
  });

  afterEach(async () => {
    await archive?.close();
    archive = null;
    await removeDir(root);
  });

  async function openArchive(create = false): Promise<Archive> {
    await archive?.close();
    archive = await Archive.open(dir, { create, now: clock });
    return archive;
  }

  async function close(): Promise<void> {
    await archive?.close();
    archive = null;
  }

  /** An archive with persons and letters, closed, with a backup taken at close. */
  async function archiveWithBackup(persons = 3): Promise<string[]> {
    const opened = await openArchive(true);
    const ids: string[] = [];
    for (let n = 0; n < persons; n += 1) {
      const person = await opened.create('person', {
        name: `Person ${n}`,
        nativeName: `Тұлға ${n}`,
      });
      await opened.create('letter', { personId: person.id, summary: `letter ${n}` });
      ids.push(person.id);
    }
    await close();
    return ids;
  }

  async function backupDirs(): Promise<string[]> {
    return (await listBackups(new ArchiveFs(dir))).map((backup) => backup.dir);
  }

  it('takes a backup when the archive is created and when it closes after changes', async () => {
    await openArchive(true);
    expect(await backupDirs()).toHaveLength(1);
    await close();
    expect(await backupDirs()).toHaveLength(1);
    await archiveWithBackup();
    const backups = await listBackups(new ArchiveFs(dir));
    expect(backups).toHaveLength(2);
    expect([...backups[0].files.keys()].sort()).toEqual([
      'archive.json',
      'data/letters/000001.json',
      PERSONS_SHARD,
    ]);
  });

  for (const [damage, how] of [
    ['truncated', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['emptied', () => Buffer.alloc(0)],
    ['overwritten with garbage', (bytes: Buffer) => Buffer.alloc(bytes.length, 0xa7)],
    ['valid JSON but not records', () => Buffer.from('{"records":{"id":1}}')],
  ] as const) {
    it(`restores a shard ${damage} in place from the newest backup and keeps the damaged copy`, async () => {
      const ids = await archiveWithBackup();
      const backupsBefore = await backupDirs();
      const backupDir = backupsBefore[0];
      const shardPath = path.join(dir, PERSONS_SHARD);
      const damaged = how(await fs.readFile(shardPath));
      await fs.writeFile(shardPath, damaged);

      const opened = await openArchive();
      expect(opened.recoveries).toEqual([
        { file: PERSONS_SHARD, restoredFrom: backupDir, movedTo: expect.any(String) },
      ]);
      const movedTo = opened.recoveries[0].movedTo;
      expect(movedTo).toMatch(/^damaged\/[^/]+\/data\/persons\/000001\.json$/);
      expect(await fs.readFile(path.join(dir, movedTo))).toEqual(damaged);
      expect(opened.info.recoveries).toEqual(opened.recoveries);
      expect(opened.count('person')).toBe(3);
      for (const id of ids) expect(opened.stored('person', id)).toMatchObject({ id });
      expect(opened.count('letter')).toBe(3);
      // A fresh backup is taken after a recovery.
      expect((await backupDirs()).length).toBe(backupsBefore.length + 1);
    });
  }

  it('restores what the backup had: records saved after it in that shard are set aside', async () => {
    const ids = await archiveWithBackup(2);
    const older = (await backupDirs())[0];
    const opened = await openArchive();
    const late = await opened.create('person', { name: 'Added after the backup' });
    await close();
    // As if the backup taken at close had never been made.
    await removeDir(path.join(dir, (await backupDirs())[0]));
    const shard = await fs.readFile(path.join(dir, PERSONS_SHARD));
    await fs.writeFile(path.join(dir, PERSONS_SHARD), shard.subarray(0, shard.length - 3));

    const reopened = await openArchive();
    expect(reopened.recoveries[0]).toMatchObject({ file: PERSONS_SHARD, restoredFrom: older });
    for (const id of ids) expect(reopened.has('person', id)).toBe(true);
    expect(reopened.has('person', late.id)).toBe(false);
    // What was lost is still in the damaged copy, for a person to recover by hand.
    const kept = await fs.readFile(path.join(dir, reopened.recoveries[0].movedTo), 'utf8');
    expect(kept).toContain('Added after the backup');
  });

  it('restores a damaged archive.json from the newest backup', async () => {
    await archiveWithBackup();
    const original = JSON.parse(await fs.readFile(path.join(dir, 'archive.json'), 'utf8'));
    await fs.writeFile(path.join(dir, 'archive.json'), '{"format":"casefile-arch');
    const opened = await openArchive();
    expect(opened.recoveries).toEqual([
      {
        file: 'archive.json',
        restoredFrom: expect.stringMatching(/^backups\//),
        movedTo: expect.any(String),
      },
    ]);
    expect(opened.info.archiveId).toBe(original.archiveId);
    expect(await fs.readFile(path.join(dir, opened.recoveries[0].movedTo), 'utf8')).toBe(
      '{"format":"casefile-arch',
    );
    expect(JSON.parse(await fs.readFile(path.join(dir, 'archive.json'), 'utf8'))).toEqual(original);
    expect(opened.count('person')).toBe(3);
  });

  it('refuses to open when archive.json is damaged and no backup has it', async () => {
    await archiveWithBackup();
    await removeDir(path.join(dir, 'backups'));
    await fs.writeFile(path.join(dir, 'archive.json'), 'garbage');
    const error = await caught(() => openArchive());
    expect(error.code).toBe('archive-damaged');
    expect(error.details?.movedTo).toMatch(/^damaged\//);
    await expect(fs.access(path.join(dir, '.lock'))).rejects.toThrow();
  });

  it('skips a backup copy whose hash does not match, for an older good one', async () => {
    await archiveWithBackup(2);
    const older = (await backupDirs())[0];
    const opened = await openArchive();
    await opened.create('person', { name: 'Only in the newer backup' });
    await opened.backup();
    await close();
    const newer = (await backupDirs())[0];
    expect(newer > older).toBe(true);

    // The newer copy still parses, but is not what was backed up.
    const copy = path.join(dir, newer, PERSONS_SHARD);
    const text = await fs.readFile(copy, 'utf8');
    await fs.writeFile(copy, text.replace('Only in the newer backup', 'Changed after the backup'));
    await fs.writeFile(path.join(dir, PERSONS_SHARD), '{"records":[');

    const reopened = await openArchive();
    expect(reopened.recoveries[0]).toMatchObject({ file: PERSONS_SHARD, restoredFrom: older });
    expect(reopened.count('person')).toBe(2);
    expect(reopened.storedAll('person').map((person) => person.name)).not.toContain(
      'Changed after the backup',
    );
  });

  it('sets a damaged file aside even when no backup has it', async () => {
    await archiveWithBackup(1);
    await removeDir(path.join(dir, 'backups'));
    await fs.writeFile(path.join(dir, 'data/letters/000001.json'), '\u0000\u0000');
    const opened = await openArchive();
    expect(opened.recoveries).toEqual([
      { file: 'data/letters/000001.json', restoredFrom: null, movedTo: expect.any(String) },
    ]);
    expect(opened.count('letter')).toBe(0);
    expect(opened.count('person')).toBe(1);
    expect(await fs.readFile(path.join(dir, opened.recoveries[0].movedTo), 'utf8')).toBe(
      '\u0000\u0000',
    );
  });

  it('ignores an interrupted backup (no backup.json), even a newer one', async () => {
    await archiveWithBackup();
    const good = await backupDirs();
    // A snapshot that stopped before its backup.json: it even has a bad copy of the shard.
    const interrupted = 'backups/29991231T235959999Z-ffff';
    await fs.mkdir(path.join(dir, interrupted, 'data/persons'), { recursive: true });
    await fs.writeFile(path.join(dir, interrupted, PERSONS_SHARD), '{"records":[]}');
    expect(await backupDirs()).toEqual(good);

    await fs.writeFile(path.join(dir, PERSONS_SHARD), 'garbage');
    const opened = await openArchive();
    expect(opened.recoveries[0].restoredFrom).toBe(good[0]);
    expect(opened.count('person')).toBe(3);
  });

  it('rotation keeps N snapshots, newest first, and drops interrupted older ones', async () => {
    await archiveWithBackup();
    const manifestPath = path.join(dir, 'archive.json');
    const manifest = JSON.parse(await fs.readFile(manifestPath, 'utf8'));
    manifest.settings.backupsKept = 3;
    await fs.writeFile(manifestPath, JSON.stringify(manifest));
    // An interrupted snapshot older than the good ones is debris.
    await fs.mkdir(path.join(dir, 'backups/20000101T000000000Z-0000/data'), { recursive: true });

    const opened = await openArchive();
    const made: string[] = [];
    for (let n = 0; n < 6; n += 1) {
      await opened.create('person', { name: `Later ${n}` });
      made.push(await opened.backup());
    }
    const kept = await backupDirs();
    expect(kept).toEqual(made.slice(-3).reverse());
    expect(await opened.files.list('backups')).toHaveLength(3);
    // The newest snapshot holds the newest data.
    const newest = await listBackups(opened.files);
    const shard = await fs.readFile(path.join(dir, newest[0].dir, PERSONS_SHARD), 'utf8');
    expect(shard).toContain('Later 5');
  });

  it('counts the snapshot just taken as the newest when the clock went back', async () => {
    await archiveWithBackup();
    const files = new ArchiveFs(dir);
    const fileList = ['archive.json', PERSONS_SHARD];
    // Snapshots taken while the clock ran ahead (the test clock starts in January 2026)...
    const ahead = await createBackup(files, fileList, new Date('2026-06-01T00:00:00Z'), 10);
    // ...then the clock is set back: what is saved now must be what a recovery restores.
    const opened = await openArchive();
    const person = await opened.create('person', { name: 'Saved after the clock went back' });
    await close();
    const newest = (await backupDirs())[0];
    expect(newest).not.toBe(ahead);
    await fs.writeFile(path.join(dir, PERSONS_SHARD), 'garbage');
    const reopened = await openArchive();
    expect(reopened.recoveries[0].restoredFrom).toBe(newest);
    expect(reopened.has('person', person.id)).toBe(true);
    await close();

    // Rotation keeps the snapshots just taken, not the older ones with later dates.
    const taken: string[] = [];
    for (let n = 0; n < 3; n += 1) {
      taken.push(await createBackup(files, fileList, new Date('2020-01-01T00:00:00Z'), 2));
    }
    expect(await backupDirs()).toEqual([taken[2], taken[1]]);
  });

  it('rotation never deletes the newest good snapshot; a failed snapshot never replaces it', async () => {
    await archiveWithBackup();
    const files = new ArchiveFs(dir);
    const fileList = ['archive.json', PERSONS_SHARD];
    const first = await createBackup(files, fileList, new Date('2026-02-01T00:00:00Z'), 1);
    expect(await backupDirs()).toEqual([first]);
    expect(await files.list('backups')).toEqual([path.basename(first)]);

    // A snapshot that fails half-way (a file vanished) leaves no backup.json and rotates nothing.
    await expect(
      createBackup(files, [...fileList, 'data/gone/000001.json'], new Date('2026-02-02'), 1),
    ).rejects.toThrow();
    expect(await backupDirs()).toEqual([first]);
    expect(await files.list('backups')).toHaveLength(2);

    // The next good one replaces it, and the failed one (older than it) is cleared away.
    const second = await createBackup(files, fileList, new Date('2026-02-03T00:00:00Z'), 1);
    expect(await backupDirs()).toEqual([second]);
    expect(await files.list('backups')).toEqual([path.basename(second)]);
    expect(await listFiles(path.join(dir, second))).toEqual([
      'archive.json',
      'backup.json',
      PERSONS_SHARD,
    ]);
  });
});
