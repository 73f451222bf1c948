/**
 * Rotating snapshots of `archive.json` and `data/` in `backups/<stamp>/`.
 *
 * A snapshot counts as good only once its `backup.json` (the list of files with their
 * hashes) is written, last; rotation removes old snapshots only after a new one is good,
 * so the newest good snapshot is never replaced by a damaged or partial one.
 */
import { randomBytes } from 'node:crypto';
import type { ArchiveFs } from './archive-fs';
import { sha256 } from './content-stores';

export const BACKUPS_DIR = 'backups';
const BACKUP_MANIFEST = 'backup.json';

interface BackupManifest {
  createdAt: string;
  files: { path: string; sha256: string; size: number }[];
}

export interface BackupInfo {
  readonly dir: string;
  readonly createdAt: string;
  readonly files: ReadonlyMap<string, string>;
}

/** Snapshot folder names sort by time: `20261128T031500123Z-ab12`. */
function stampOf(now: Date): string {
  return `${now.toISOString().replace(/[-:.]/g, '')}-${randomBytes(2).toString('hex')}`;
}

/** The time a snapshot folder's name stands for; NaN for other names. */
function timeOfStamp(name: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(name);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], +m[7]) : NaN;
}

/**
 * A name that sorts after every snapshot already there, even when the clock went back or
 * two snapshots fall in the same millisecond: the newest snapshot is the one taken last.
 */
async function nextStamp(files: ArchiveFs, now: Date): Promise<string> {
  const times = (await files.list(BACKUPS_DIR)).map(timeOfStamp).filter(Number.isFinite);
  const latest = Math.max(-Infinity, ...times);
  return stampOf(now.getTime() > latest ? now : new Date(latest + 1));
}

/** Copies the given archive files into a new snapshot; returns its folder. */
export async function createBackup(
  files: ArchiveFs,
  relativePaths: readonly string[],
  now: Date,
  keep: number,
): Promise<string> {
  const dir = `${BACKUPS_DIR}/${await nextStamp(files, now)}`;
  const manifest: BackupManifest = { createdAt: now.toISOString(), files: [] };
  for (const relative of relativePaths) {
    const bytes = await files.readBytes(relative);
    await files.writeOnce(`${dir}/${relative}`, bytes);
    manifest.files.push({ path: relative, sha256: sha256(bytes), size: bytes.length });
  }
  await files.writeAtomic(`${dir}/${BACKUP_MANIFEST}`, JSON.stringify(manifest));
  await rotate(files, keep);
  return dir;
}

/** Good snapshots, newest first. Partial ones (no backup.json) are left out. */
export async function listBackups(files: ArchiveFs): Promise<BackupInfo[]> {
  const found: BackupInfo[] = [];
  const names = (await files.list(BACKUPS_DIR)).sort().reverse();
  for (const name of names) {
    const dir = `${BACKUPS_DIR}/${name}`;
    try {
      const manifest = JSON.parse(
        await files.readText(`${dir}/${BACKUP_MANIFEST}`),
      ) as BackupManifest;
      found.push({
        dir,
        createdAt: manifest.createdAt,
        files: new Map(manifest.files.map((file) => [file.path, file.sha256])),
      });
    } catch {
      // no manifest: an interrupted snapshot, never used
    }
  }
  return found;
}

/**
 * The newest snapshot copy of a file whose bytes still match the snapshot's hash and pass
 * `isUsable`; null when no snapshot has a good copy.
 */
export async function findGoodCopy(
  files: ArchiveFs,
  relative: string,
  isUsable: (bytes: Buffer) => boolean,
): Promise<{ backup: BackupInfo; bytes: Buffer } | null> {
  for (const backup of await listBackups(files)) {
    const expected = backup.files.get(relative);
    if (!expected) continue;
    try {
      const bytes = await files.readBytes(`${backup.dir}/${relative}`);
      if (sha256(bytes) === expected && isUsable(bytes)) return { backup, bytes };
    } catch {
      // unreadable copy: try an older snapshot
    }
  }
  return null;
}

async function rotate(files: ArchiveFs, keep: number): Promise<void> {
  const good = await listBackups(files);
  for (const old of good.slice(keep)) await files.removeTree(old.dir);
  // Interrupted snapshots older than the newest good one are debris.
  const newest = good[0]?.dir;
  for (const name of await files.list(BACKUPS_DIR)) {
    const dir = `${BACKUPS_DIR}/${name}`;
    if (newest && dir < newest && !good.some((backup) => backup.dir === dir)) {
      await files.removeTree(dir);
    }
  }
}
