/**
 * Scans of a letter (the letter itself photographed, a returned envelope, a censor's stamp):
 * a PDF, JPEG, PNG or TIFF file kept as an attachment and listed in the letter's `scanIds`.
 * The kind is told by the file's first bytes. The bytes go to the blob store before the
 * attachment and the letter name them, so a crash leaves at most an unused blob.
 */
import { SCAN_MAX_BYTES } from '../../shared/api';
import { CasefileError } from '../../shared/errors';
import type { Archive } from '../archive/archive';
import { fileKindOf, megabytes, nameWithKind } from './file-kinds';
import { forgetUnused } from './person-photo';
import { editableFields, type Letter } from '../../shared/records';

const SCAN_KINDS = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'];

export async function attachLetterScan(
  archive: Archive,
  letterId: string,
  file: { readonly name: string; readonly bytes: Uint8Array },
): Promise<Letter> {
  const letter = await archive.get('letter', letterId);
  if (file.bytes.length === 0) throw new CasefileError('validation', 'This file is empty.');
  if (file.bytes.length > SCAN_MAX_BYTES) {
    throw new CasefileError(
      'validation',
      `The scan is ${megabytes(file.bytes.length)} MB; a scan may be at most ${megabytes(SCAN_MAX_BYTES)} MB.`,
      { scan: 'too-large' },
    );
  }
  const kind = fileKindOf(file.bytes, SCAN_KINDS);
  if (!kind) {
    throw new CasefileError(
      'validation',
      'This file is not a scan Casefile can keep. Choose a PDF, JPEG, PNG or TIFF file.',
      { scan: 'not-a-scan' },
    );
  }
  const hash = await archive.blobs.put(file.bytes);
  const attachment = await archive.create('attachment', {
    hash,
    originalName: nameWithKind(file.name, kind, 'scan'),
    mediaType: kind.mediaType,
    size: file.bytes.length,
    // A scan is shared as its letter is: it is reached only through the letter.
    sharing: letter.sharing,
  });
  return archive.update('letter', letterId, {
    ...editableFields(letter),
    scanIds: [...letter.scanIds, attachment.id],
  });
}

export async function detachLetterScan(
  archive: Archive,
  letterId: string,
  attachmentId: string,
): Promise<Letter> {
  const letter = await archive.get('letter', letterId);
  if (!letter.scanIds.includes(attachmentId))
    throw new CasefileError('not-found', 'This letter has no such scan.');
  const updated = await archive.update('letter', letterId, {
    ...editableFields(letter),
    scanIds: letter.scanIds.filter((id) => id !== attachmentId),
  });
  await forgetUnused(archive, attachmentId);
  return updated;
}
