/**
 * A person's photo: an image file kept as an attachment, named by the person's `photoId`.
 * The file's kind is told by its first bytes, never by its name, so a renamed program or
 * document is refused; only JPEG and PNG are taken, up to PHOTO_MAX_BYTES. The bytes go to
 * the blob store (through ArchiveFs, so an encrypted archive keeps them encrypted) before
 * the attachment and the person name them. A photo replaced or removed takes its attachment
 * record with it when nothing else points to it; the blob stays, as blobs are written once.
 */
import { PHOTO_MAX_BYTES } from '../../shared/api';
import { CasefileError } from '../../shared/errors';
import type { Archive } from '../archive/archive';
import { fileKindOf, megabytes, nameWithKind, type FileKind } from './file-kinds';
import { editableFields, type Person } from '../../shared/records';

const PHOTO_KINDS = ['image/jpeg', 'image/png'];

/** The image kind the bytes begin with (JPEG or PNG), or undefined for anything else. */
export function imageKindOf(bytes: Uint8Array): FileKind | undefined {
  return fileKindOf(bytes, PHOTO_KINDS);
}

/** Stores the image as the person's photo, in place of any earlier one. */
export async function setPersonPhoto(
  archive: Archive,
  personId: string,
  file: { readonly name: string; readonly bytes: Uint8Array },
): Promise<Person> {
  const person = await archive.get('person', personId);
  if (file.bytes.length > PHOTO_MAX_BYTES) {
    throw new CasefileError(
      'validation',
      `The photo is ${megabytes(file.bytes.length)} MB; a photo may be at most ${megabytes(PHOTO_MAX_BYTES)} MB.`,
      // The window tells the reason in its own language.
      { photo: 'too-large' },
    );
  }
  const kind = imageKindOf(file.bytes);
  if (!kind) {
    throw new CasefileError(
      'validation',
      'This file is not a JPEG or PNG image. Choose a photo saved as .jpg or .png.',
      { photo: 'not-an-image' },
    );
  }
  const hash = await archive.blobs.put(file.bytes);
  const attachment = await archive.create('attachment', {
    hash,
    originalName: nameWithKind(file.name, kind, 'photo'),
    mediaType: kind.mediaType,
    size: file.bytes.length,
    // Who sees a photo is decided by the person's photo group, which is never wider than
    // the person: the attachment is reached only through them.
    sharing: 'public',
  });
  const updated = await archive.update('person', personId, {
    ...editableFields(person),
    photoId: attachment.id,
  });
  await forgetUnused(archive, person.photoId);
  return updated;
}

/** Takes the photo off the person. */
export async function removePersonPhoto(archive: Archive, personId: string): Promise<Person> {
  const person = await archive.get('person', personId);
  if (!person.photoId) return person;
  const { photoId, ...rest } = editableFields(person);
  const updated = await archive.update('person', personId, rest);
  await forgetUnused(archive, photoId);
  return updated;
}

/** Removes an attachment record nothing points to any more (its blob stays: blobs are written once). */
export async function forgetUnused(
  archive: Archive,
  attachmentId: string | undefined,
): Promise<void> {
  if (!attachmentId || !archive.has('attachment', attachmentId)) return;
  await archive.whenLoaded();
  if (archive.recordsLinkingTo('attachment', attachmentId).length > 0) return;
  await archive.remove('attachment', attachmentId);
}
