/**
 * Turns an extracted draft into the records an archive stores: an attachment for the
 * original file (and one per file an e-mail carried), and the article, document or letter
 * linked to them. Ids and timestamps are given here, so that the records go to
 * `Archive.addMany` whole.
 */
import path from 'node:path';
import { NEEDS_OCR_TAG, type RecordKind, type SharingLevel } from '../../shared/records';
import { newId } from '../archive/archive';
import { sha256 } from '../archive/content-stores';
import type { Draft, EmbeddedFile, LetterDraft } from './drafts';
import { shorten } from './text-metadata';

export interface SourceFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly hash: string;
  readonly mediaType: string;
}

export interface BuildContext {
  readonly stamp: string;
  readonly sharing: SharingLevel;
  /** The person a letter is filed under; without one, an e-mail is kept as a document. */
  readonly letterPersonId?: string;
  /**
   * Whether the sender is a person of the archive (the prisoner, a relative: a letter in);
   * otherwise the campaign wrote it (a letter out).
   */
  readonly senderIsKnown?: boolean;
  /** An attachment already in the archive with this content, to link instead of adding. */
  readonly existingAttachment: (hash: string) => string | undefined;
}

export interface AddItem {
  readonly kind: RecordKind;
  readonly record: Record<string, unknown>;
  readonly label: string;
}

export interface BuiltRecords {
  readonly items: AddItem[];
  /** File contents to store before the records that name them. */
  readonly blobs: Uint8Array[];
  readonly main: {
    readonly kind: 'article' | 'document' | 'letter';
    readonly id: string;
    readonly title: string;
  };
  readonly attachmentIds: string[];
  readonly notes: string[];
}

const MAX_LARGE_TEXT = 20_000_000;
const MAX_SUMMARY = 20_000;
const MAX_ATTACHMENTS = 100;
export const EMAIL_TAG = 'email';

export function buildRecords(
  draft: Draft,
  source: SourceFile,
  context: BuildContext,
): BuiltRecords {
  const label = source.path;
  const items: AddItem[] = [];
  const blobs: Uint8Array[] = [];
  const notes: string[] = [];
  const meta = () => ({
    createdAt: context.stamp,
    updatedAt: context.stamp,
    tags: [] as string[],
    sharing: context.sharing,
  });

  const attach = (name: string, mediaType: string, bytes: Uint8Array, hash = sha256(bytes)) => {
    const existing = context.existingAttachment(hash);
    if (existing) return existing;
    const id = newId('attachment');
    items.push({
      kind: 'attachment',
      label,
      record: {
        ...meta(),
        id,
        hash,
        originalName: shorten(path.basename(name), 500) || 'file',
        mediaType: shorten(mediaType, 200),
        size: bytes.length,
      },
    });
    blobs.push(bytes);
    return id;
  };
  const original = attach(source.path, source.mediaType, source.bytes, source.hash);
  const large = (text: string) => {
    if (text.length <= MAX_LARGE_TEXT) return text;
    notes.push('The text was cut at 20 million characters, the most a record holds.');
    return text.slice(0, MAX_LARGE_TEXT);
  };

  if (draft.kind === 'article') {
    const id = newId('article');
    items.push({
      kind: 'article',
      label,
      record: {
        ...meta(),
        id,
        title: draft.title,
        author: draft.author ? shorten(draft.author, 300) : undefined,
        date: draft.date,
        language: draft.language,
        url: draft.url,
        body: large(draft.body),
        personIds: [],
      },
    });
    return {
      items,
      blobs,
      main: { kind: 'article', id, title: draft.title },
      attachmentIds: [original],
      notes,
    };
  }

  if (draft.kind === 'document') {
    const id = newId('document');
    items.push({
      kind: 'document',
      label,
      record: {
        ...meta(),
        id,
        title: draft.title,
        docType: draft.docType,
        date: draft.date,
        text: large(draft.text),
        attachmentIds: [original],
        personIds: [],
        tags: draft.needsOcr ? [NEEDS_OCR_TAG] : [],
      },
    });
    if (draft.needsOcr)
      notes.push('The pages have no text layer: the file is kept and marked for OCR.');
    return {
      items,
      blobs,
      main: { kind: 'document', id, title: draft.title },
      attachmentIds: [original],
      notes,
    };
  }

  const carried = draft.attachments.slice(0, MAX_ATTACHMENTS - 1);
  if (carried.length < draft.attachments.length)
    notes.push(`Only the first ${MAX_ATTACHMENTS - 1} attached files were kept.`);
  const attachmentIds = [
    original,
    ...carried.map((file: EmbeddedFile) => attach(file.name, file.mediaType, file.bytes)),
  ];
  const unique = [...new Set(attachmentIds)];
  if (context.letterPersonId) {
    const id = newId('letter');
    items.push({
      kind: 'letter',
      label,
      record: {
        ...meta(),
        id,
        personId: context.letterPersonId,
        direction: context.senderIsKnown ? 'in' : 'out',
        writer: draft.sender ? shorten(draft.sender, 200) : undefined,
        channel: 'email',
        writtenOn: draft.date,
        ...(context.senderIsKnown ? { receivedOn: draft.date } : { sentOn: draft.date }),
        status: context.senderIsKnown ? 'delivered' : 'sent',
        summary: letterSummary(draft),
        scanIds: unique,
      },
    });
    return {
      items,
      blobs,
      main: { kind: 'letter', id, title: draft.subject },
      attachmentIds: unique,
      notes,
    };
  }
  notes.push('No person of the archive is named in this e-mail, so it was kept as a document.');
  const id = newId('document');
  items.push({
    kind: 'document',
    label,
    record: {
      ...meta(),
      id,
      title: shorten(draft.subject, 500),
      docType: 'other',
      date: draft.date,
      text: large(emailAsText(draft)),
      attachmentIds: unique,
      personIds: [],
      tags: [EMAIL_TAG],
    },
  });
  return {
    items,
    blobs,
    main: { kind: 'document', id, title: draft.subject },
    attachmentIds: unique,
    notes,
  };
}

function letterSummary(draft: LetterDraft): string {
  const text = `${draft.subject}\n\n${draft.body}`.trim();
  return text.length <= MAX_SUMMARY ? text : `${text.slice(0, MAX_SUMMARY - 1)}…`;
}

function emailAsText(draft: LetterDraft): string {
  const head = [
    `From: ${draft.sender}${draft.senderAddress && draft.senderAddress !== draft.sender ? ` <${draft.senderAddress}>` : ''}`,
    draft.recipients.length ? `To: ${draft.recipients.join(', ')}` : '',
    draft.date ? `Date: ${draft.date}` : '',
    `Subject: ${draft.subject}`,
  ].filter(Boolean);
  return `${head.join('\n')}\n\n${draft.body}`;
}
