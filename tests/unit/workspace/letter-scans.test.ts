/** Scans kept with a letter: told by their bytes, shared as the letter is, taken off cleanly. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCAN_MAX_BYTES } from '../../../src/shared/api';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { createDispatch, type Dispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';
import { verifyArchive } from '../../../src/main/archive/verify';
import { makePdf } from '../importers/fixtures';

describe('scans of a letter', () => {
  let dir: string;
  let session: ArchiveSession;
  let dispatch: Dispatch;
  let letterId: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-scans-'));
    session = await ArchiveSession.start(path.join(dir, 'archive'));
    dispatch = createDispatch(handlers, { session }, () => undefined);
    const person = await session.current.create('person', {
      name: 'Aigul Nurbekova',
      nativeName: 'Айгүл Нұрбекова',
    });
    const letter = await session.current.create('letter', {
      personId: person.id,
      direction: 'in',
      receivedOn: '2024-06-03',
      status: 'delivered',
      summary: 'Хат колониядан',
      sharing: 'private',
    });
    letterId = letter.id;
  });

  afterEach(async () => {
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const attach = (fileName: string, bytes: Uint8Array) =>
    dispatch('letters.attachScan', {
      letterId,
      fileName,
      data: Buffer.from(bytes).toString('base64'),
    });

  it('keeps a PDF scan with the letter, named for what it is and shared as the letter is', async () => {
    const pdf = await makePdf({ pages: ['Хат: Айгүл Нұрбекова, 2024 жыл.'] });
    const answer = await attach('хат-сканы', pdf);
    expect(answer.ok).toBe(true);
    const letter = session.current.stored('letter', letterId);
    expect(letter.scanIds).toHaveLength(1);
    const attachment = session.current.stored('attachment', letter.scanIds[0]);
    expect(attachment).toMatchObject({
      originalName: 'хат-сканы.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
      sharing: 'private',
    });
    expect((await session.current.blobs.get(attachment.hash)).equals(pdf)).toBe(true);
    expect(await verifyArchive(session.current)).toEqual([]);
  });

  it('refuses, in words, a file that is not a scan whatever its name, and one too large', async () => {
    expect(
      await attach('скан.jpg', new TextEncoder().encode('MZ… a program, not a picture')),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: expect.stringMatching(/PDF, JPEG, PNG or TIFF/),
        details: { scan: 'not-a-scan' },
      },
    });
    const huge = new Uint8Array(SCAN_MAX_BYTES + 1);
    huge.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(await attach('үлкен.pdf', huge)).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await attach('бос.pdf', new Uint8Array())).toMatchObject({
      ok: false,
      error: { message: 'This file is empty.' },
    });
    expect(session.current.stored('letter', letterId).scanIds).toEqual([]);
    expect(session.current.count('attachment')).toBe(0);
  });

  it('takes a scan off the letter, and its attachment record with it', async () => {
    const tiff = new Uint8Array([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0, 0, 0]);
    await attach('конверт.tiff', tiff);
    const [scanId] = session.current.stored('letter', letterId).scanIds;
    expect(session.current.stored('attachment', scanId).originalName).toBe('конверт.tiff');
    expect(await dispatch('letters.detachScan', { letterId, attachmentId: scanId })).toMatchObject({
      ok: true,
    });
    expect(session.current.stored('letter', letterId).scanIds).toEqual([]);
    expect(session.current.has('attachment', scanId)).toBe(false);
    expect(await dispatch('letters.detachScan', { letterId, attachmentId: scanId })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await verifyArchive(session.current)).toEqual([]);
  });
});
