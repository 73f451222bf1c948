/**
 * The prisoner page's calls beside the record: a photo chosen in the window (told by its
 * bytes, not its name; replaced and removed; shown back through `attachments.content`),
 * kept encrypted in an encrypted archive, and the profile's figures: days in detention and
 * the persons whose relations name this one.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { callOrThrow, createDispatch, type Dispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';
import { Archive } from '../../../src/main/archive/archive';
import { BlobStore } from '../../../src/main/archive/content-stores';
import { imageKindOf, setPersonPhoto } from '../../../src/main/workspace/person-photo';
import { PHOTO_MAX_BYTES } from '../../../src/shared/api';
import { NOW, PRISONER, buildPrisonerArchive, tempDir } from '../dossier/fixture';

const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF fictional portrait of Ғалымжан Үңгірбаев'),
]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('fictional second portrait — Қарағанды'),
]);

describe('the photo and the profile through the API', () => {
  let dir: string;
  let session: ArchiveSession;
  let dispatch: Dispatch;

  beforeAll(async () => {
    dir = await tempDir('casefile-profile-api-');
    const archive = await buildPrisonerArchive(dir);
    await archive.close();
    session = await ArchiveSession.start(path.join(dir, 'archive'), { now: () => NOW });
    dispatch = createDispatch(handlers, { session }, () => undefined);
  });

  afterAll(async () => {
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const setPhoto = (fileName: string, bytes: Buffer) =>
    dispatch('persons.setPhoto', {
      personId: PRISONER.id,
      fileName,
      data: bytes.toString('base64'),
    });

  async function shownBytes(id: string): Promise<{ mediaType: string; bytes: Buffer }> {
    const parts: Buffer[] = [];
    let offset: number | null = 0;
    let mediaType = '';
    while (offset !== null) {
      const slice: { base64: string; nextOffset: number | null; mediaType: string } =
        await callOrThrow(dispatch, 'attachments.content', { id, offset });
      parts.push(Buffer.from(slice.base64, 'base64'));
      mediaType = slice.mediaType;
      offset = slice.nextOffset;
    }
    return { mediaType, bytes: Buffer.concat(parts) };
  }

  it('tells JPEG and PNG by their first bytes only', () => {
    expect(imageKindOf(JPEG)?.mediaType).toBe('image/jpeg');
    expect(imageKindOf(PNG)?.mediaType).toBe('image/png');
    expect(imageKindOf(Buffer.from('%PDF-1.4 not a photo'))).toBeUndefined();
    expect(imageKindOf(Buffer.from([0xff, 0xd8]))).toBeUndefined();
  });

  it('refuses a file that is not an image, whatever its name, and one that is too large', async () => {
    const named = await setPhoto('portrait.jpg', Buffer.from('MZ\x90\x00 a program renamed'));
    expect(named).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: 'This file is not a JPEG or PNG image. Choose a photo saved as .jpg or .png.',
      },
    });
    const huge = Buffer.concat([JPEG, Buffer.alloc(PHOTO_MAX_BYTES)]);
    const tooLarge = await setPhoto('big.jpg', huge);
    expect(tooLarge.ok).toBe(false);
    expect(!tooLarge.ok && tooLarge.error.code).toBe('validation');
    const person = await callOrThrow(dispatch, 'persons.get', { id: PRISONER.id });
    expect(person.photoId).toBeUndefined();
    expect(session.current.count('attachment')).toBe(3);
  });

  it('sets a photo, shows its bytes back, replaces it and removes it', async () => {
    const first = await callOrThrow(dispatch, 'persons.setPhoto', {
      personId: PRISONER.id,
      // The name says PNG; the bytes are a JPEG, and the bytes decide.
      fileName: 'Үңгірбаев.png',
      data: JPEG.toString('base64'),
    });
    expect(first.photoId).toBeDefined();
    const attachment = await callOrThrow(dispatch, 'attachments.get', { id: first.photoId! });
    expect(attachment).toMatchObject({
      mediaType: 'image/jpeg',
      originalName: 'Үңгірбаев.jpg',
      size: JPEG.length,
    });
    expect(await shownBytes(first.photoId!)).toEqual({ mediaType: 'image/jpeg', bytes: JPEG });
    // The rest of the person is untouched.
    expect(first).toMatchObject({ name: PRISONER.name, relations: [{}, {}], sharing: 'public' });

    const second = await callOrThrow(dispatch, 'persons.setPhoto', {
      personId: PRISONER.id,
      fileName: 'second.png',
      data: PNG.toString('base64'),
    });
    expect(second.photoId).not.toBe(first.photoId);
    expect((await shownBytes(second.photoId!)).bytes).toEqual(PNG);
    // The replaced photo's attachment went with it, since nothing else named it.
    expect(session.current.has('attachment', first.photoId!)).toBe(false);

    const removed = await callOrThrow(dispatch, 'persons.removePhoto', { personId: PRISONER.id });
    expect(removed.photoId).toBeUndefined();
    expect(session.current.has('attachment', second.photoId!)).toBe(false);
    expect(session.current.count('attachment')).toBe(3);
  });

  it('counts the days in detention and lists who names the person in their relations', async () => {
    const profile = await callOrThrow(dispatch, 'workspace.profile', { personId: PRISONER.id });
    // Pre-trial since the arrest on 2023-05-01, counted to 2025-03-01.
    expect(profile).toMatchObject({
      today: '2025-03-01',
      detainedSince: '2023-05-01',
      daysInDetention: 670,
      namedBy: [],
    });
    const wife = await callOrThrow(dispatch, 'workspace.profile', { personId: 'p-wife' });
    expect(wife.daysInDetention).toBeNull();
    expect(wife.namedBy).toEqual([
      {
        person: { id: PRISONER.id, name: PRISONER.name, nativeName: PRISONER.nativeName },
        type: 'wife of',
      },
    ]);
  });

  it('names the profile groups a level leaves out in the export preview', async () => {
    // The prisoner is public with notes; notes stay within the team unless marked public.
    const atPublic = await callOrThrow(dispatch, 'export.preview', {
      personId: PRISONER.id,
      level: 'public',
    });
    expect(atPublic.leftOutGroups).toEqual(['notes']);
    const atTeam = await callOrThrow(dispatch, 'export.preview', {
      personId: PRISONER.id,
      level: 'team',
    });
    expect(atTeam.leftOutGroups).toEqual([]);
  });

  it('validates a relation with the record schema, and refuses one to a missing person', async () => {
    const person = await callOrThrow(dispatch, 'persons.get', { id: 'p-wife' });
    const { id, createdAt: _c, updatedAt: _u, ...fields } = person;
    const empty = await dispatch('persons.update', {
      id,
      fields: { ...fields, relations: [{ personId: PRISONER.id, type: '  ' }] },
    });
    expect(!empty.ok && empty.error.message).toContain('The relation is required.');
    const missing = await dispatch('persons.update', {
      id,
      fields: { ...fields, relations: [{ personId: 'p-nobody', type: 'brother' }] },
    });
    expect(!missing.ok && missing.error.message).toBe(
      'No person with the id p-nobody is in this archive.',
    );
  });
});

describe('a photo in an encrypted archive', () => {
  it('is kept encrypted on disk and read back whole', async () => {
    const dir = await tempDir('casefile-photo-encrypted-');
    const folder = path.join(dir, 'archive');
    const passphrase = 'Алатау етегінде 1986';
    try {
      const archive = await Archive.open(folder, {
        create: true,
        encryptWith: passphrase,
        now: () => NOW,
      });
      await archive.create('person', { name: 'Динара Әлімқұлова', sharing: 'team' }, 'p-d');
      const person = await setPersonPhoto(archive, 'p-d', { name: 'портрет.png', bytes: PNG });
      const attachment = await archive.get('attachment', person.photoId!);
      await archive.close();
      // No file under blobs/ holds the photo's bytes or its plain content-address.
      const blobs = await fs.readdir(path.join(folder, 'blobs'), { recursive: true });
      expect(blobs.some((name) => name.includes(attachment.hash))).toBe(false);
      expect(blobs.includes(BlobStore.pathOf(attachment.hash).slice('blobs/'.length))).toBe(false);
      for (const name of blobs) {
        const file = path.join(folder, 'blobs', name);
        if ((await fs.stat(file)).isFile())
          expect((await fs.readFile(file)).includes(Buffer.from('Қарағанды'))).toBe(false);
      }
      const reopened = await Archive.open(folder, { passphrase });
      expect(await reopened.blobs.get(attachment.hash)).toEqual(PNG);
      await reopened.close();
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
