/**
 * The bytes of attachments for the window, in slices: a court document's scan or a photo is
 * shown inside the app (or saved as a copy where the user chooses) without Casefile ever
 * writing a plaintext copy of it anywhere.
 */
import { CasefileError } from '../../shared/errors';
import type { Archive } from '../archive/archive';
import { sha256 } from '../archive/content-stores';
import { openableName } from '../desktop/external-copies';
import type { ArchiveSession } from './archive-session';
import type { Handlers } from './dispatch';

type AttachmentHandlers = Pick<
  Handlers,
  'attachments.get' | 'attachments.content' | 'attachments.openExternally'
>;

/** 4 MiB a slice: a 200 MB scan crosses in 50 calls, each under 6 MB of base64. */
export const ATTACHMENT_SLICE_BYTES = 4 * 1024 * 1024;
/** How long the bytes of the attachment last read stay in memory for its next slice. */
const KEEP_MS = 30_000;

/**
 * The store gives a blob whole (an encrypted one is one sealed unit), so the attachment being
 * read is kept for its next slices instead of being read and decrypted again for each.
 */
class LastRead {
  private held?: { archive: Archive; hash: string; bytes: Buffer; timer: NodeJS.Timeout };

  async bytes(archive: Archive, hash: string): Promise<Buffer> {
    const held = this.held;
    if (held && held.archive === archive && held.hash === hash) {
      held.timer.refresh();
      return held.bytes;
    }
    this.forget();
    const bytes = await readBlob(archive, hash);
    // A file changed or swapped outside Casefile is told as such, and none of it is shown.
    if (sha256(bytes) !== hash)
      throw new CasefileError(
        'archive-damaged',
        'This file was changed outside Casefile and is not shown. Run “casefile repair”, or import the original again.',
      );
    const timer = setTimeout(() => this.forget(), KEEP_MS);
    timer.unref();
    this.held = { archive, hash, bytes, timer };
    return bytes;
  }

  forget(): void {
    if (this.held) clearTimeout(this.held.timer);
    this.held = undefined;
  }
}

async function readBlob(archive: Archive, hash: string): Promise<Buffer> {
  try {
    return await archive.blobs.get(hash);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT')
      throw new CasefileError(
        'archive-damaged',
        'The file of this attachment is missing from the archive. Import the original again.',
      );
    throw error;
  }
}

const lastRead = new LastRead();

/** Sessions whose closing (or locking) already drops the attachment held in memory. */
const watchedSessions = new WeakSet<ArchiveSession>();

/** Decrypted bytes must not outlive the archive they came from: dropped when it closes. */
function forgetOnClose(session: ArchiveSession): void {
  if (watchedSessions.has(session)) return;
  watchedSessions.add(session);
  session.onClose(async () => lastRead.forget());
}

export const attachmentHandlers: AttachmentHandlers = {
  'attachments.get': async (input, context) => context.session.current.get('attachment', input.id),
  'attachments.content': async (input, context) => {
    const archive = context.session.current;
    const attachment = await archive.get('attachment', input.id);
    forgetOnClose(context.session);
    const bytes = await lastRead.bytes(archive, attachment.hash);
    if (input.offset > bytes.byteLength)
      throw new CasefileError('validation', 'The offset is past the end of the attachment.');
    const end = Math.min(bytes.byteLength, input.offset + ATTACHMENT_SLICE_BYTES);
    return {
      base64: bytes.subarray(input.offset, end).toString('base64'),
      nextOffset: end < bytes.byteLength ? end : null,
      size: bytes.byteLength,
      mediaType: attachment.mediaType,
      originalName: attachment.originalName,
    };
  },
  'attachments.openExternally': async (input, context) => {
    if (!context.desktop)
      throw new CasefileError(
        'validation',
        'Opening a file in another program works in the desktop app only. Save a copy instead.',
      );
    const archive = context.session.current;
    const attachment = await archive.get('attachment', input.id);
    const name = openableName(attachment.originalName, attachment.mediaType);
    if (!name)
      throw new CasefileError(
        'validation',
        'Files of this kind are not opened in another program. Save a copy instead.',
      );
    forgetOnClose(context.session);
    const bytes = await lastRead.bytes(archive, attachment.hash);
    try {
      await context.desktop.copies.open(bytes, name);
    } catch (error) {
      throw new CasefileError(
        'io',
        `The file could not be opened in another program (${error instanceof Error ? error.message.replace(/\.$/, '') : String(error)}).`,
      );
    }
    return { opened: true as const };
  },
};
