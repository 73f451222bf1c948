/**
 * Shared helpers for the archive tests: temporary folders, snapshots of a folder's files
 * (to prove that a refused change wrote nothing) and a clock that moves only when told.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { CasefileError } from '../../../src/shared/errors';

export async function makeTempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `casefile-${prefix}-`));
}

export async function removeDir(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}

/** Every file under `dir` (relative, '/' separators), recursively, sorted. */
export async function listFiles(dir: string, under = ''): Promise<string[]> {
  const out: string[] = [];
  async function walk(relative: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(path.join(dir, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else out.push(child);
    }
  }
  await walk(under);
  return out.sort();
}

/** Path → sha-256 of every file under `dir` (optionally leaving some out). */
export async function snapshotFiles(
  dir: string,
  skip: (relative: string) => boolean = () => false,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const relative of await listFiles(dir)) {
    if (skip(relative)) continue;
    out[relative] = createHash('sha256')
      .update(await fs.readFile(path.join(dir, relative)))
      .digest('hex');
  }
  return out;
}

/** The files of data/ and text/ with their hashes: what a refused change must not touch. */
export async function snapshotData(dir: string): Promise<Record<string, string>> {
  return snapshotFiles(dir, (relative) => !/^(data|text|blobs)\//.test(relative));
}

/** Runs `work` and returns the CasefileError it throws; fails if it throws nothing else. */
export async function caught(work: () => Promise<unknown>): Promise<CasefileError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof CasefileError) return error;
    throw error;
  }
  throw new Error('expected a CasefileError, but nothing was thrown');
}

/** A clock for `Archive.open({ now })` that advances by `stepMs` on every reading. */
export function steppingClock(start = '2026-01-01T00:00:00.000Z', stepMs = 1000): () => Date {
  let current = Date.parse(start);
  return () => {
    current += stepMs;
    return new Date(current);
  };
}

/** A timestamp for complete records (addMany): a fixed day plus `seconds`. */
export function stamp(seconds = 0): string {
  return new Date(Date.parse('2025-06-01T12:00:00.000Z') + seconds * 1000).toISOString();
}

/** The repository root, where `node --import tsx` finds tsx. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A script of tests/fixtures run in a process of its own, with its output read line by line. */
export class FixtureProcess {
  readonly child: ChildProcess;
  readonly lines: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  private stderr = '';

  constructor(fixture: string, args: readonly string[]) {
    this.child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(REPO_ROOT, 'tests', 'fixtures', fixture), ...args],
      { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      this.lines.push(line);
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.test(line)) return true;
        waiter.resolve(line);
        return false;
      });
    });
  }

  /** The first line (already printed or still to come) that passes `test`. */
  waitFor(test: (line: string) => boolean, timeoutMs = 20_000): Promise<string> {
    const seen = this.lines.find(test);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching line within ${timeoutMs} ms; stderr: ${this.stderr}`)),
        timeoutMs,
      );
      this.waiters.push({
        test,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      });
    });
  }

  get errorOutput(): string {
    return this.stderr;
  }
}
