import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ArchiveFs } from '../../../src/main/archive/archive-fs';
import { BlobStore, sha256, TextStore } from '../../../src/main/archive/content-stores';
import { listFiles, makeTempDir, removeDir } from './helpers';

describe('content-addressed stores', () => {
  let dir: string;
  let files: ArchiveFs;

  beforeEach(async () => {
    dir = await makeTempDir('stores');
    files = new ArchiveFs(dir);
  });

  afterEach(async () => {
    await removeDir(dir);
  });

  it('stores a text under the sha-256 of its UTF-8 bytes, once', async () => {
    const texts = new TextStore(files);
    const body = 'Сот қамау мерзімін ұзартты. The court extended the detention.';
    const hash = await texts.put(body);
    expect(hash).toBe(sha256(Buffer.from(body, 'utf8')));
    expect(TextStore.pathOf(hash)).toBe(`text/${hash}.txt`);
    expect(await fs.readFile(path.join(dir, 'text', `${hash}.txt`), 'utf8')).toBe(body);
    expect(await texts.put(body)).toBe(hash);
    expect(await listFiles(dir)).toEqual([`text/${hash}.txt`]);
    expect(await texts.has(hash)).toBe(true);
    expect(await texts.get(hash)).toBe(body);
    expect(await texts.has(sha256('other'))).toBe(false);
  });

  it('stores files under blobs/<first two hex digits>/<hash>', async () => {
    const blobs = new BlobStore(files);
    const bytes = new Uint8Array([0, 1, 2, 255, 254]);
    const hash = await blobs.put(bytes);
    expect(BlobStore.pathOf(hash)).toBe(`blobs/${hash.slice(0, 2)}/${hash}`);
    expect(await blobs.get(hash)).toEqual(Buffer.from(bytes));
    expect(await blobs.put(bytes)).toBe(hash);
    expect(await listFiles(dir)).toEqual([`blobs/${hash.slice(0, 2)}/${hash}`]);
  });
});
