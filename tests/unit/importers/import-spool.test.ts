import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ImportSpool } from '../../../src/main/importers/import-spool';
import { makeTempDir, removeDir } from '../archive/helpers';

const RULING = new TextEncoder().encode(
  'Алматы қалалық сотының үкімі: Ерлан Сейтқалиға қатысты іс. '.repeat(200),
);

describe('the import spool', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('spool');
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  async function spooled(spool: ImportSpool, name: string, number: number, cuts: number[]) {
    const file = path.join(dir, name);
    await spool.create(file, number);
    let from = 0;
    for (const to of [...cuts, RULING.length]) {
      await spool.append(file, RULING.subarray(from, to));
      from = to;
    }
    return file;
  }

  it('gives back the bytes sent in slices, and keeps none of them readable on disk', async () => {
    const spool = new ImportSpool();
    const file = await spooled(spool, 'үкім.txt', 0, [1, 4000, 4001]);
    expect(Buffer.from(await spool.read(file)).equals(Buffer.from(RULING))).toBe(true);
    const stored = await fs.readFile(file);
    expect(stored.includes(Buffer.from('Сейтқали'))).toBe(false);
    expect(stored.includes(Buffer.from(RULING.subarray(0, 16)))).toBe(false);
  });

  it('keeps slices in the order they were sent when none waits for the last', async () => {
    const spool = new ImportSpool();
    const file = path.join(dir, 'үкім.txt');
    await spool.create(file, 0);
    const cuts = [0, 1, 700, 4000, 4001, RULING.length];
    await Promise.all(
      cuts.slice(1).map((to, index) => spool.append(file, RULING.subarray(cuts[index], to))),
    );
    expect(Buffer.from(await spool.read(file)).equals(Buffer.from(RULING))).toBe(true);
  });

  it('refuses a copy changed, cut short, reordered or moved from another file', async () => {
    const spool = new ImportSpool();
    const first = await spooled(spool, 'бір.txt', 0, [5000]);
    const second = await spooled(spool, 'екі.txt', 1, [5000]);
    const stored = await fs.readFile(first);

    const flipped = Buffer.from(stored);
    flipped[stored.length - 3] ^= 1;
    await fs.writeFile(first, flipped);
    await expect(spool.read(first)).rejects.toThrow(/changed while it waited/);

    await fs.writeFile(first, stored.subarray(0, stored.length - 10));
    await expect(spool.read(first)).rejects.toThrow(/changed while it waited/);

    // The two slices swapped: each is whole, but not in its place.
    const firstSlice = 4 + 12 + 16 + 5000;
    await fs.writeFile(
      first,
      Buffer.concat([stored.subarray(firstSlice), stored.subarray(0, firstSlice)]),
    );
    await expect(spool.read(first)).rejects.toThrow(/changed while it waited/);

    // The other file's slices, sealed with the same key, under this file's name.
    await fs.writeFile(first, await fs.readFile(second));
    await expect(spool.read(first)).rejects.toThrow(/changed while it waited/);

    await fs.writeFile(first, stored);
    expect((await spool.read(first)).length).toBe(RULING.length);
  });
});
