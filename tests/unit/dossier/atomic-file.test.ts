import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../../../src/main/dossier/atomic-file';
import { tempDir } from './fixture';

describe('writeFileAtomically', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await tempDir('casefile-atomic-');
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes text, bytes and streams of chunks whole', async () => {
    const out = path.join(dir, 'out.bin');
    await writeFileAtomically(out, 'Үңгірбаев');
    expect(await fs.readFile(out, 'utf8')).toBe('Үңгірбаев');
    async function* chunks() {
      for (let i = 0; i < 100; i += 1) yield new Uint8Array(1000).fill(i);
    }
    await writeFileAtomically(out, chunks());
    const bytes = await fs.readFile(out);
    expect(bytes.length).toBe(100_000);
    expect(bytes[99_999]).toBe(99);
    expect(await fs.readdir(dir)).toEqual(['out.bin']);
  });

  it('leaves the old file untouched and no temporary file when the content fails halfway', async () => {
    const out = path.join(dir, 'dossier.zip');
    await fs.writeFile(out, 'the previous export');
    async function* failing() {
      yield new Uint8Array(10);
      throw new Error('the archive went away');
    }
    await expect(writeFileAtomically(out, failing())).rejects.toThrow('the archive went away');
    expect(await fs.readFile(out, 'utf8')).toBe('the previous export');
    expect(await fs.readdir(dir)).toEqual(['dossier.zip']);
  });

  it('says plainly when the folder does not exist', async () => {
    await expect(writeFileAtomically(path.join(dir, 'missing', 'x.pdf'), 'x')).rejects.toThrow(
      `The folder ${path.join(dir, 'missing')} does not exist.`,
    );
  });
});
