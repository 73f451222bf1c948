/**
 * Every read and write of an archive's files goes through this module, so that durability
 * and encryption at rest are decided in one place: with a cipher, every file it writes is
 * encrypted and every file it reads must verify (see encryption/file-cipher.ts), except the
 * key file, which has to be read before the archive is unlocked.
 *
 * Paths given to it are relative to the archive folder and use '/' separators; it refuses
 * any path that would leave the folder.
 */
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { CasefileError } from '../../shared/errors';
import type { FileCipher } from './encryption/file-cipher';
import { KEY_FILE } from './encryption/key-file';

const TEMP_SUFFIX = '.tmp';

export class ArchiveFs {
  readonly root: string;
  /** Per-file write queues: writes to one file happen one at a time, in call order. */
  private readonly writers = new Map<string, CoalescingWriter>();

  constructor(
    root: string,
    /** Set for an encrypted archive: no file is then written in plaintext. */
    private readonly cipher: FileCipher | null = null,
  ) {
    this.root = path.resolve(root);
  }

  get encrypted(): boolean {
    return this.cipher !== null;
  }

  /**
   * The file name standing for a content hash in the text and blob stores: the hash itself,
   * or in an encrypted archive a keyed hash of it, which tells nothing about the content.
   */
  contentName(hash: string): string {
    return this.cipher ? this.cipher.contentName(hash) : hash;
  }

  /** The absolute path of a file of the archive; throws on paths that escape the folder. */
  resolve(relative: string): string {
    const absolute = path.resolve(this.root, relative);
    if (absolute !== this.root && !absolute.startsWith(this.root + path.sep)) {
      throw new CasefileError('internal', `Refused a path outside the archive: ${relative}`);
    }
    return absolute;
  }

  async readBytes(relative: string): Promise<Buffer> {
    const bytes = await fs.readFile(this.resolve(relative));
    return this.sealsFile(relative) ? this.cipher!.decrypt(relative, bytes) : bytes;
  }

  async readText(relative: string): Promise<string> {
    return (await this.readBytes(relative)).toString('utf8');
  }

  async exists(relative: string): Promise<boolean> {
    try {
      await fs.access(this.resolve(relative), fsConstants.F_OK);
      return true;
    } catch {
      return false;
    }
  }

  /** Names in a folder of the archive; an absent folder lists as empty. */
  async list(relativeDir: string): Promise<string[]> {
    try {
      return await fs.readdir(this.resolve(relativeDir));
    } catch (error) {
      if (isCode(error, 'ENOENT')) return [];
      throw error;
    }
  }

  async isDirectory(relative: string): Promise<boolean> {
    try {
      return (await fs.stat(this.resolve(relative))).isDirectory();
    } catch {
      return false;
    }
  }

  /** Creates a folder (and its parents) and makes the new entry durable in its parent. */
  async ensureDir(relativeDir: string): Promise<void> {
    const absolute = this.resolve(relativeDir);
    // The folders to make, outermost first: each new folder's entry is durable only once
    // the folder holding it is synced, so every level gets its own fsync, not just the last.
    const missing: string[] = [];
    for (let dir = absolute; dir !== this.root && !(await exists(dir)); dir = path.dirname(dir))
      missing.unshift(dir);
    for (const dir of missing) {
      await fs.mkdir(dir).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw toIoError(error);
      });
      await syncDirectory(path.dirname(dir));
    }
  }

  /**
   * Replaces a file's content so that after a crash at any instant the file holds either
   * the old or the new content, whole: temporary file, fsync, rename, fsync of the folder.
   * Writes to the same file are serialised and coalesced (a caller whose data was
   * superseded by a later one returns when that later write is durable).
   */
  async writeAtomic(relative: string, data: string | Uint8Array): Promise<void> {
    let writer = this.writers.get(relative);
    if (!writer) {
      writer = new CoalescingWriter((content) =>
        writeFileDurably(this.resolve(relative), this.seal(relative, content)),
      );
      this.writers.set(relative, writer);
    }
    await writer.write(data);
  }

  /** Writes a file only if it does not exist yet: for content-addressed stores. */
  async writeOnce(relative: string, data: string | Uint8Array): Promise<boolean> {
    if (await this.exists(relative)) return false;
    await this.ensureDir(path.posix.dirname(relative));
    await writeFileDurably(this.resolve(relative), this.seal(relative, data));
    return true;
  }

  async copyFile(fromRelative: string, toRelative: string): Promise<void> {
    await this.ensureDir(path.posix.dirname(toRelative));
    // Read and sealed again: an encrypted file is bound to its path.
    const data = await this.readBytes(fromRelative);
    await writeFileDurably(this.resolve(toRelative), this.seal(toRelative, data));
  }

  /**
   * Moves a file within the archive, durably (used to keep damaged files aside). The bytes
   * move as they are: an encrypted file moved this way stays bound to its old path.
   */
  async move(fromRelative: string, toRelative: string): Promise<void> {
    await this.ensureDir(path.posix.dirname(toRelative));
    await fs.rename(this.resolve(fromRelative), this.resolve(toRelative));
    await syncDirectory(path.dirname(this.resolve(toRelative)));
    await syncDirectory(path.dirname(this.resolve(fromRelative)));
  }

  async removeFile(relative: string): Promise<void> {
    await fs.rm(this.resolve(relative), { force: true });
  }

  async removeTree(relative: string): Promise<void> {
    await fs.rm(this.resolve(relative), { recursive: true, force: true });
  }

  /** Removes temporary files that a crash left behind in a folder. */
  async removeLeftoverTemporaries(relativeDir: string): Promise<void> {
    for (const name of await this.list(relativeDir)) {
      if (name.endsWith(TEMP_SUFFIX)) await this.removeFile(`${relativeDir}/${name}`);
    }
  }

  /** Whether a file is encrypted in this archive: all but the key file, when there is a cipher. */
  private sealsFile(relative: string): boolean {
    return this.cipher !== null && path.posix.normalize(relative) !== KEY_FILE;
  }

  private seal(relative: string, data: string | Uint8Array): string | Uint8Array {
    return this.sealsFile(relative) ? this.cipher!.encrypt(relative, data) : data;
  }

  /** Resolves once every write queued so far is durable. */
  async flush(): Promise<void> {
    await Promise.all([...this.writers.values()].map((writer) => writer.idle()));
  }
}

export function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

async function exists(absolute: string): Promise<boolean> {
  try {
    await fs.access(absolute);
    return true;
  } catch {
    return false;
  }
}

async function syncDirectory(absoluteDir: string): Promise<void> {
  // Windows cannot open a folder for fsync; its rename is durable enough once the file is.
  if (process.platform === 'win32') return;
  const handle = await fs.open(absoluteDir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeFileDurably(absolute: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${absolute}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  const handle = await fs.open(temporary, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temporary, { force: true });
    throw toIoError(error);
  }
  await handle.close();
  try {
    await fs.rename(temporary, absolute);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw toIoError(error);
  }
  await syncDirectory(path.dirname(absolute));
}

function toIoError(error: unknown): unknown {
  if (isCode(error, 'ENOSPC')) {
    return new CasefileError(
      'io',
      'The disk is full, so the change was not saved. Free some space and try again.',
    );
  }
  if (isCode(error, 'EACCES') || isCode(error, 'EPERM') || isCode(error, 'EROFS')) {
    return new CasefileError(
      'io',
      'Casefile may not write to the archive folder, so the change was not saved.',
    );
  }
  return error;
}

/**
 * Serialises writes of one file: at most one write runs; while it runs, later data
 * replaces any data still waiting, and every waiting caller is answered by the write
 * that carries the newest data.
 */
class CoalescingWriter {
  private running: Promise<void> | null = null;
  private pending: {
    data: string | Uint8Array;
    done: Promise<void>;
    resolve: () => void;
    reject: (error: unknown) => void;
  } | null = null;

  constructor(private readonly writeNow: (data: string | Uint8Array) => Promise<void>) {}

  write(data: string | Uint8Array): Promise<void> {
    if (!this.running) {
      this.running = this.run(data);
      return this.running;
    }
    if (this.pending) {
      this.pending.data = data;
      return this.pending.done;
    }
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const done = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.pending = { data, done, resolve, reject };
    return done;
  }

  async idle(): Promise<void> {
    while (this.running) {
      await this.running.catch(() => undefined);
    }
  }

  private async run(data: string | Uint8Array): Promise<void> {
    try {
      await this.writeNow(data);
    } finally {
      const next = this.pending;
      this.pending = null;
      if (next) {
        this.running = this.run(next.data);
        this.running.then(next.resolve, next.reject);
      } else {
        this.running = null;
      }
    }
  }
}
