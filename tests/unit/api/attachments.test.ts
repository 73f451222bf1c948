/**
 * An attachment's bytes for the window: whole across slices, told as damaged when its file
 * was changed outside Casefile, and refused for an id that is not an attachment.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { ATTACHMENT_SLICE_BYTES } from '../../../src/main/api/attachment-handlers';
import { createDispatch, type Dispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';
import { BlobStore } from '../../../src/main/archive/content-stores';
import { makePdf } from '../importers/fixtures';

describe('attachments.content', () => {
  let dir: string;
  let session: ArchiveSession;
  let dispatch: Dispatch;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-attachments-'));
    session = await ArchiveSession.start(path.join(dir, 'archive'));
    dispatch = createDispatch(handlers, { session }, () => undefined);
  });

  afterEach(async () => {
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function store(bytes: Uint8Array, originalName: string, mediaType: string) {
    const archive = session.current;
    const hash = await archive.blobs.put(bytes);
    return archive.create('attachment', { hash, originalName, mediaType, size: bytes.length });
  }

  async function readAll(id: string) {
    const parts: Buffer[] = [];
    let offset: number | null = 0;
    let calls = 0;
    let last: { size: number; mediaType: string; originalName: string } | undefined;
    while (offset !== null) {
      const result = await dispatch('attachments.content', { id, offset });
      if (!result.ok) return result;
      const value = result.value as {
        base64: string;
        nextOffset: number | null;
        size: number;
        mediaType: string;
        originalName: string;
      };
      parts.push(Buffer.from(value.base64, 'base64'));
      offset = value.nextOffset;
      last = value;
      calls += 1;
    }
    return { ok: true as const, bytes: Buffer.concat(parts), calls, ...last };
  }

  it('gives a court document back whole, in slices', async () => {
    const pdf = await makePdf({ pages: ['Алматы аудандық сотының қаулысы. Ерлан Сейтқали.'] });
    // Larger than one slice, so that the slices are joined.
    const scan = Buffer.concat([pdf, Buffer.alloc(ATTACHMENT_SLICE_BYTES + 1234, 0x25)]);
    const attachment = await store(scan, 'қаулы.pdf', 'application/pdf');
    const read = await readAll(attachment.id);
    expect(read).toMatchObject({
      ok: true,
      calls: 2,
      size: scan.length,
      mediaType: 'application/pdf',
      originalName: 'қаулы.pdf',
    });
    if (!read.ok || !('bytes' in read)) throw new Error('not read');
    expect(createHash('sha256').update(read.bytes).digest('hex')).toBe(attachment.hash);
  });

  it('tells a file changed outside Casefile, and shows none of it', async () => {
    const attachment = await store(
      new TextEncoder().encode('Сот үкімі: Айгүл Нұрбекова.'),
      'үкім.txt',
      'text/plain',
    );
    const file = path.join(dir, 'archive', BlobStore.pathOf(attachment.hash));
    await fs.writeFile(file, 'Someone else’s words.');
    expect(await dispatch('attachments.content', { id: attachment.id })).toMatchObject({
      ok: false,
      error: {
        code: 'archive-damaged',
        message: expect.stringMatching(/changed outside Casefile/),
      },
    });
    await fs.rm(file);
    expect(await dispatch('attachments.content', { id: attachment.id })).toMatchObject({
      ok: false,
      error: { code: 'archive-damaged', message: expect.stringMatching(/missing/) },
    });
  });

  it('refuses an id that is no attachment, and an offset past the end', async () => {
    const person = await session.current.create('person', { name: 'Erlan Seitkali' });
    expect(await dispatch('attachments.content', { id: person.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const attachment = await store(new Uint8Array([1, 2, 3]), 'a.bin', 'application/octet-stream');
    expect(await dispatch('attachments.content', { id: attachment.id, offset: 4 })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await dispatch('attachments.content', { id: attachment.id, offset: -1 })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});
