/**
 * One process at a time per archive. The lock file `.lock` names the process that holds
 * it; a lock left by a process that no longer runs (a crash, a kill) is taken over, so a
 * crash never locks the user out.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { CasefileError, LOCKED_MESSAGE } from '../../shared/errors';
import { isCode } from './archive-fs';

interface LockOwner {
  pid: number;
  hostname: string;
  since: string;
}

/** Archives this process holds, so that a second open in the same process is refused too. */
const heldHere = new Set<string>();

export class ArchiveLock {
  private constructor(
    private readonly file: string,
    /** The lock of a process that no longer runs was taken over: that session crashed. */
    readonly tookOverStale: boolean,
  ) {}

  static async acquire(archiveDir: string): Promise<ArchiveLock> {
    const file = path.join(path.resolve(archiveDir), '.lock');
    if (heldHere.has(file)) throw lockedError();
    const owner: LockOwner = {
      pid: process.pid,
      hostname: os.hostname(),
      since: new Date().toISOString(),
    };
    // Write the owner to a temporary file, then link it into place: link fails if a lock
    // exists, and a lock that exists is always complete.
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    await fs.writeFile(temporary, JSON.stringify(owner));
    let tookOverStale = false;
    try {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        try {
          await fs.link(temporary, file);
          heldHere.add(file);
          return new ArchiveLock(file, tookOverStale);
        } catch (error) {
          if (!isCode(error, 'EEXIST')) throw error;
          if (!(await isStale(file))) throw lockedError();
          await fs.rm(file, { force: true });
          tookOverStale = true;
        }
      }
      throw lockedError();
    } finally {
      await fs.rm(temporary, { force: true });
    }
  }

  async release(): Promise<void> {
    heldHere.delete(this.file);
    await fs.rm(this.file, { force: true });
  }
}

function lockedError(): CasefileError {
  return new CasefileError('archive-locked', LOCKED_MESSAGE);
}

async function isStale(file: string): Promise<boolean> {
  let owner: LockOwner;
  try {
    owner = JSON.parse(await fs.readFile(file, 'utf8')) as LockOwner;
  } catch {
    // Unreadable: written by something else or damaged. Only a lock we can read protects.
    return true;
  }
  if (owner.hostname !== os.hostname()) return false; // another computer, e.g. a shared drive
  if (owner.pid === process.pid) return false;
  return !isProcessRunning(owner.pid);
}

function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isCode(error, 'EPERM');
  }
}
