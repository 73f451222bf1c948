/**
 * An attachment's bytes in the window, read in slices from main (`attachments.content`): for
 * showing inside the app and for saving a copy where the user chooses. Nothing is written to
 * a temporary file on the way.
 */
import { call } from '../api-client';
import { readSlices } from './blob-files';

export interface AttachmentFile {
  readonly blob: Blob;
  readonly name: string;
  readonly mediaType: string;
}

export async function readAttachment(id: string): Promise<AttachmentFile> {
  let name = 'attachment';
  let mediaType = 'application/octet-stream';
  const parts = await readSlices(async (offset) => {
    const slice = await call('attachments.content', { id, offset });
    name = slice.originalName;
    mediaType = slice.mediaType;
    return slice;
  });
  return { blob: new Blob(parts, { type: mediaType }), name, mediaType };
}

/** What the app can show of a file itself; anything else is saved as a copy to be opened. */
export type Showable = 'image' | 'pdf' | 'text' | null;

export function showableAs(mediaType: string): Showable {
  const type = mediaType.split(';')[0].trim().toLowerCase();
  if (type === 'application/pdf') return 'pdf';
  // Only formats every Chromium decodes; TIFF scans are saved as copies.
  if (['image/png', 'image/jpeg', 'image/gif', 'image/webp'].includes(type)) return 'image';
  if (type === 'text/plain' || type === 'text/markdown' || type === 'text/csv') return 'text';
  return null;
}
