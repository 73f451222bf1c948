/**
 * Two processes on one archive: while another process holds it, every command that would
 * write answers with the lock's plain sentence, exits 1 and changes no file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';
import { FixtureProcess, makeTempDir, removeDir, snapshotFiles } from '../archive/helpers';
import { cli } from '../../fixtures/run-cli';

const LOCKED = 'This archive is open in another Casefile window or program.';

describe('a command on an archive another process holds', () => {
  let root: string;
  let dir: string;
  let holder: FixtureProcess;

  beforeEach(async () => {
    root = await makeTempDir('cli-locked');
    dir = path.join(root, 'archive');
    const archive = await Archive.open(dir, { create: true });
    await archive.create('person', { name: 'Erzhan Ongarov', nativeName: 'Ержан Оңғаров' });
    await archive.close();
    holder = new FixtureProcess('open-archive.ts', [dir, 'hold']);
    await holder.waitFor((line) => line === 'opened');
  });

  afterEach(async () => {
    holder.child.stdin!.end();
    await holder.exited;
    await removeDir(root);
  });

  it('is refused in one sentence, and nothing is written', async () => {
    const note = path.join(root, 'хат.txt');
    await fs.writeFile(note, 'Ержан Оңғаров сотта. Келесі отырыс 12 наурызда.');
    const before = await snapshotFiles(dir);
    const attempts = [
      ['add', 'person', '--json', JSON.stringify({ name: 'Saule Temirova' })],
      ['import', note],
      ['repair'],
      ['verify'],
    ];
    for (const args of attempts) {
      const result = await cli([...args, '--archive', dir]);
      expect(result, args[0]).toMatchObject({ code: 1, out: '', err: `${LOCKED}\n` });
    }
    expect(await snapshotFiles(dir)).toEqual(before);

    // Once the other process lets go, the same command works.
    holder.child.stdin!.end();
    await holder.waitFor((line) => line === 'closed');
    const added = await cli([...attempts[0], '--archive', dir]);
    expect(added.code).toBe(0);
  });
});
