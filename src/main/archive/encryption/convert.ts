/**
 * `casefile encrypt` and `casefile decrypt`: turn an existing archive into an encrypted one
 * and back, losslessly (the same records, texts, files and backups).
 *
 * The converted archive is written whole into a sibling folder, every file read back and
 * compared, and only then swapped in for the old one, which is removed: a crash or a failure
 * midway leaves the old archive as it was (plus a sibling folder to delete), never a folder
 * of mixed files. The search index is not copied; it is derived and rebuilt.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { CasefileError } from '../../../shared/errors';
import { ArchiveFs } from '../archive-fs';
import { ArchiveLock } from '../archive-lock';
import { BlobStore, TextStore, sha256 } from '../content-stores';
import { MANIFEST_FILE } from '../manifest';
import { FileCipher } from './file-cipher';
import { KEY_FILE, createKeyFile, serialiseKeyFile } from './key-file';
import { readKeyFile, unlock, type UnlockOptions } from './unlock';

export type ConversionProgress = (done: number, total: number) => void;

/** Whether the archive in `dir` is encrypted (has a key file); readable without unlocking. */
export async function isEncryptedArchive(dir: string): Promise<boolean> {
  return (await readKeyFile(new ArchiveFs(path.resolve(dir)))) !== null;
}

function alreadyEncrypted(): CasefileError {
  return new CasefileError('validation', 'This archive is already encrypted.');
}

function notEncrypted(): CasefileError {
  return new CasefileError('validation', 'This archive is not encrypted.');
}

/** Encrypts the archive in `dir` with a new passphrase; returns the recovery key, to show once. */
export async function encryptArchive(
  dir: string,
  passphrase: string,
  onProgress?: ConversionProgress,
): Promise<{ recoveryKey: string; files: number }> {
  return convert(dir, onProgress, async (source) => {
    if (source.encrypted) throw alreadyEncrypted();
    const created = await createKeyFile(passphrase);
    return {
      cipher: new FileCipher(created.dataKey),
      keyFileText: serialiseKeyFile(created.keyFile),
      recoveryKey: created.recoveryKey,
    };
  }).then(({ recoveryKey, files }) => ({ recoveryKey: recoveryKey!, files }));
}

/** Decrypts the archive in `dir` (which needs its passphrase or recovery key). */
export async function decryptArchive(
  dir: string,
  options: UnlockOptions,
  onProgress?: ConversionProgress,
): Promise<{ files: number }> {
  return convert(
    dir,
    onProgress,
    async (source) => {
      if (!source.encrypted) throw notEncrypted();
      return { cipher: null, keyFileText: null, recoveryKey: null };
    },
    options,
  );
}

/** What encryption passes: the archive it starts from has no key to unlock. */
const NO_UNLOCK: UnlockOptions = Object.freeze({});

interface Target {
  readonly cipher: FileCipher | null;
  readonly keyFileText: string | null;
  readonly recoveryKey: string | null;
}

async function convert(
  dir: string,
  onProgress: ConversionProgress | undefined,
  chooseTarget: (source: ArchiveFs) => Promise<Target>,
  unlockOptions: UnlockOptions = NO_UNLOCK,
): Promise<{ recoveryKey: string | null; files: number }> {
  const root = path.resolve(dir);
  if (!(await new ArchiveFs(root).exists(MANIFEST_FILE))) {
    throw new CasefileError('not-an-archive', `There is no Casefile archive in ${root}.`);
  }
  // Told before any passphrase is asked for.
  const encrypted = await isEncryptedArchive(root);
  if (encrypted && unlockOptions === NO_UNLOCK) throw alreadyEncrypted();
  if (!encrypted && unlockOptions !== NO_UNLOCK) throw notEncrypted();
  const lock = await ArchiveLock.acquire(root);
  const staging = `${root}.converting-${randomBytes(4).toString('hex')}`;
  let swapped = false;
  try {
    const keys = await unlock(new ArchiveFs(root), unlockOptions);
    const source = new ArchiveFs(root, keys?.cipher ?? null);
    const target = await chooseTarget(source);
    await fs.mkdir(staging);
    const destination = new ArchiveFs(staging, target.cipher);
    if (target.keyFileText) await destination.writeAtomic(KEY_FILE, target.keyFileText);
    for (const folder of ['data', 'text', 'blobs', 'index', 'backups']) {
      await destination.ensureDir(folder);
    }
    const files = await filesToCopy(root);
    let done = 0;
    for (const relative of files) {
      await copyOne(source, destination, relative);
      done += 1;
      onProgress?.(done, files.length);
    }
    // Swap: the old folder steps aside, the new one takes its name, the old one goes.
    const aside = `${root}.before-conversion-${randomBytes(4).toString('hex')}`;
    await fs.rename(root, aside);
    try {
      await fs.rename(staging, root);
    } catch (error) {
      await fs.rename(aside, root);
      throw error;
    }
    swapped = true;
    await lock.release();
    await fs.rm(aside, { recursive: true, force: true });
    return { recoveryKey: target.recoveryKey, files: files.length };
  } finally {
    if (!swapped) {
      await fs.rm(staging, { recursive: true, force: true });
      await lock.release();
    }
  }
}

/**
 * Every file of the archive but the lock, the key file, temporary files and the search
 * index (derived; an encrypted archive keeps it in memory only).
 */
async function filesToCopy(root: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(relative: string): Promise<void> {
    const entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (child !== 'index') await walk(child);
      } else if (child !== '.lock' && child !== KEY_FILE && !entry.name.endsWith('.tmp')) {
        out.push(child);
      }
    }
  }
  await walk('');
  return out.sort();
}

/** Copies one file through both archives' ciphers, and reads the copy back to compare. */
async function copyOne(source: ArchiveFs, destination: ArchiveFs, relative: string): Promise<void> {
  if (relative.startsWith('damaged/') && source.encrypted) {
    // Damaged files were set aside because they did not verify: they cannot be decrypted,
    // so they are kept as they are, for whoever investigates.
    await destination.ensureDir(path.posix.dirname(relative));
    await fs.copyFile(source.resolve(relative), destination.resolve(relative));
    return;
  }
  const content = await source.readBytes(relative);
  const target = targetPath(source, destination, relative, content);
  await destination.writeOnce(target, content);
  if (!(await destination.readBytes(target)).equals(content)) {
    throw new CasefileError('io', `The copy of ${relative} did not read back the same.`);
  }
}

/** Text and blob files are named by their content's hash, which each archive names its own way. */
function targetPath(
  source: ArchiveFs,
  destination: ArchiveFs,
  relative: string,
  content: Buffer,
): string {
  const text = /^text\/([0-9a-f]{64})\.txt$/.exec(relative);
  const blob = /^blobs\/[0-9a-f]{2}\/([0-9a-f]{64})$/.exec(relative);
  if (!text && !blob) return relative;
  const hash = source.encrypted ? sha256(content) : (text ?? blob)![1];
  const name = destination.contentName(hash);
  return text ? TextStore.pathOf(name) : BlobStore.pathOf(name);
}
