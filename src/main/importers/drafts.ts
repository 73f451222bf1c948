/**
 * What extracting one file gives: a draft of the record it becomes, not yet stored and
 * without ids, or a plain sentence saying why the file cannot be imported.
 */
import type { DOCUMENT_TYPES } from '../../shared/records';

export interface ArticleDraft {
  readonly kind: 'article';
  readonly title: string;
  readonly body: string;
  readonly author?: string;
  /** ISO `YYYY-MM-DD`. */
  readonly date?: string;
  readonly language?: string;
  readonly url?: string;
  /** The text encoding the file was read in, e.g. "windows-1251". */
  readonly encoding: string;
}

export interface DocumentDraft {
  readonly kind: 'document';
  readonly title: string;
  readonly docType: (typeof DOCUMENT_TYPES)[number];
  readonly text: string;
  readonly date?: string;
  /** The text of each page, for PDFs. */
  readonly pages?: readonly string[];
  /** A scan with no text layer: kept, and marked for OCR. */
  readonly needsOcr: boolean;
}

/** A file carried inside another one, such as an e-mail attachment. */
export interface EmbeddedFile {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

export interface LetterDraft {
  readonly kind: 'letter';
  readonly subject: string;
  readonly sender: string;
  readonly senderAddress?: string;
  readonly recipients: readonly string[];
  readonly date?: string;
  readonly body: string;
  readonly attachments: readonly EmbeddedFile[];
}

export type Draft = ArticleDraft | DocumentDraft | LetterDraft;

/** What the extraction of one file produced, with notes worth telling the user. */
export interface Extracted {
  readonly draft: Draft;
  /** The media type of the original file, as stored with its attachment. */
  readonly mediaType: string;
  readonly warnings: readonly string[];
}

/** A file that cannot be imported; the message is one sentence for the user. */
export class ExtractionError extends Error {
  override readonly name = 'ExtractionError';
}

/** The text of a draft that mentions are looked for in: its title once, then its text. */
export function draftText(draft: Draft): string {
  const [title, text] =
    draft.kind === 'article'
      ? [draft.title, draft.body]
      : draft.kind === 'document'
        ? [draft.title, draft.text]
        : [draft.subject, draft.body];
  // A title read off the first line is not said twice; a blank line keeps it a sentence apart.
  const body = text.trimStart();
  return `${title}\n\n${body.startsWith(title) ? body.slice(title.length).trimStart() : body}`;
}
