import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';
import { LOCKED_MESSAGE } from '../../../src/shared/errors';
import { caught, FixtureProcess, makeTempDir, removeDir, snapshotFiles } from './helpers';

const EXACT_MESSAGE = 'This archive is open in another Casefile window or program.';

describe('archive lock', () => {
  let root: string;
  let dir: string;
  const open: Archive[] = [];
  const children: FixtureProcess[] = [];

  beforeEach(async () => {
    root = await makeTempDir('lock');
    dir = path.join(root, 'archive');
    const archive = await Archive.open(dir, { create: true });
    await archive.create('person', { name: 'Zhanbolat Temirkhanov' });
    await archive.close();
  });

  afterEach(async () => {
    for (const archive of open.splice(0)) await archive.close();
    for (const child of children.splice(0)) {
      if (child.child.exitCode === null && child.child.signalCode === null) {
        child.child.kill('SIGKILL');
      }
      await child.exited;
    }
    await removeDir(root);
  });

  async function openHere(): Promise<Archive> {
    const archive = await Archive.open(dir);
    open.push(archive);
    return archive;
  }

  function startChild(...args: string[]): FixtureProcess {
    const child = new FixtureProcess('open-archive.ts', [dir, ...args]);
    children.push(child);
    return child;
  }

  it('uses the agreed sentence', () => {
    expect(LOCKED_MESSAGE).toBe(EXACT_MESSAGE);
  });

  it('refuses a second open in the same process, changing nothing, until the first closes', async () => {
    const first = await openHere();
    const lock = JSON.parse(await fs.readFile(path.join(dir, '.lock'), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    const before = await snapshotFiles(dir);

    const error = await caught(() => Archive.open(dir));
    expect(error.code).toBe('archive-locked');
    expect(error.message).toBe(EXACT_MESSAGE);
    // The same folder named differently is the same archive.
    expect((await caught(() => Archive.open(`${dir}${path.sep}`))).code).toBe('archive-locked');
    expect((await caught(() => Archive.open(path.join(dir, '..', 'archive')))).code).toBe(
      'archive-locked',
    );
    expect(await snapshotFiles(dir)).toEqual(before);
    // The first one still works and still holds the lock.
    await first.create('person', { name: 'Second' });
    expect(await fs.readFile(path.join(dir, '.lock'), 'utf8')).toContain(`"pid":${process.pid}`);

    await first.close();
    open.splice(0);
    await expect(fs.access(path.join(dir, '.lock'))).rejects.toThrow();
    const again = await openHere();
    expect(again.count('person')).toBe(2);
  });

  it('refuses an open from another process, changing nothing, until the first closes', async () => {
    const first = await openHere();
    const before = await snapshotFiles(dir);
    const child = startChild();
    const answer = JSON.parse(await child.waitFor((line) => line.startsWith('{')));
    expect(answer).toEqual({ code: 'archive-locked', message: EXACT_MESSAGE });
    expect((await child.exited).code).toBe(2);
    expect(await snapshotFiles(dir)).toEqual(before);

    await first.close();
    open.splice(0);
    const second = startChild();
    await second.waitFor((line) => line === 'closed');
    expect((await second.exited).code).toBe(0);
  });

  it('a process that holds the archive keeps this process out', async () => {
    const holder = startChild('hold');
    await holder.waitFor((line) => line === 'opened');
    const error = await caught(() => Archive.open(dir));
    expect(error).toMatchObject({ code: 'archive-locked', message: EXACT_MESSAGE });
    holder.child.stdin!.end();
    await holder.waitFor((line) => line === 'closed');
    await holder.exited;
    await openHere();
  });

  it('takes over a lock left by a process that was killed', async () => {
    const holder = startChild('hold');
    await holder.waitFor((line) => line === 'opened');
    const lock = JSON.parse(await fs.readFile(path.join(dir, '.lock'), 'utf8'));
    expect(lock.pid).toBe(holder.child.pid);
    holder.child.kill('SIGKILL');
    expect((await holder.exited).signal).toBe('SIGKILL');
    // The lock is still there: nobody removed it.
    await fs.access(path.join(dir, '.lock'));

    // What the crash left half-written in the text store is cleared away on taking over.
    await fs.writeFile(path.join(dir, 'text', `${'d'.repeat(64)}.txt.0a1b2c3d4e5f.tmp`), 'par');
    const archive = await openHere();
    expect(archive.count('person')).toBe(1);
    expect(await fs.readdir(path.join(dir, 'text'))).toEqual([]);
    const taken = JSON.parse(await fs.readFile(path.join(dir, '.lock'), 'utf8'));
    expect(taken.pid).toBe(process.pid);
    expect((await fs.readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('takes over an unreadable lock, but not one held from another computer', async () => {
    await fs.writeFile(path.join(dir, '.lock'), 'garbage');
    await (await openHere()).close();
    open.splice(0);

    await fs.writeFile(
      path.join(dir, '.lock'),
      JSON.stringify({ pid: 1, hostname: `${os.hostname()}-elsewhere`, since: '' }),
    );
    expect((await caught(() => Archive.open(dir))).code).toBe('archive-locked');
  });
});
