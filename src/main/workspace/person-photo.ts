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
import type { Person } from '../../shared/records';
import type { Archive } from '../archive/archive';

const SIGNATURES: readonly { mediaType: string; extension: string; bytes: readonly number[] }[] = [
  { mediaType: 'image/jpeg', extension: 'jpg', bytes: [0xff, 0xd8, 0xff] },
  {
    mediaType: 'image/png',
    extension: 'png',
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
];

/** The image kind the bytes begin with, or undefined for anything else. */
export function imageKindOf(
  bytes: Uint8Array,
): { mediaType: string; extension: string } | undefined {
  const found = SIGNATURES.find(
    (signature) =>
      bytes.length > signature.bytes.length &&
      signature.bytes.every((byte, index) => bytes[index] === byte),
  );
  return found && { mediaType: found.mediaType, extension: found.extension };
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
    originalName: photoName(file.name, kind.extension),
    mediaType: kind.mediaType,
    size: file.bytes.length,
    // Who sees a photo is decided by the person's photo group, which is never wider than
    // the person: the attachment is reached only through them.
    sharing: 'public',
  });
  const updated = await archive.update('person', personId, {
    ...fieldsOf(person),
    photoId: attachment.id,
  });
  await forgetUnused(archive, person.photoId);
  return updated;
}

/** Takes the photo off the person. */
export async function removePersonPhoto(archive: Archive, personId: string): Promise<Person> {
  const person = await archive.get('person', personId);
  if (!person.photoId) return person;
  const { photoId, ...rest } = fieldsOf(person);
  const updated = await archive.update('person', personId, rest);
  await forgetUnused(archive, photoId);
  return updated;
}

function fieldsOf(person: Person) {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = person;
  return fields;
}

async function forgetUnused(archive: Archive, attachmentId: string | undefined): Promise<void> {
  if (!attachmentId || !archive.has('attachment', attachmentId)) return;
  await archive.whenLoaded();
  if (archive.recordsLinkingTo('attachment', attachmentId).length > 0) return;
  await archive.remove('attachment', attachmentId);
}

/** The chosen file's name, with the extension its content has (a .jpeg stays as it is). */
function photoName(name: string, extension: string): string {
  const base =
    name
      .trim()
      .replace(/[\r\n]/g, ' ')
      .slice(0, 200) || 'photo';
  const known = /\.(jpe?g|png)$/i.exec(base);
  if (
    known &&
    (known[1].toLowerCase() === extension ||
      (extension === 'jpg' && known[1].toLowerCase() === 'jpeg'))
  )
    return base;
  return `${base.replace(/\.[^.]*$/, '') || 'photo'}.${extension}`;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
