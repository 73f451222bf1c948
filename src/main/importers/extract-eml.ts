/**
 * E-mail files (.eml, RFC 5322 with MIME) become letter drafts: who wrote, when, the subject
 * and the text, and every attached file kept as it came.
 */
import PostalMime, { type Address, type Email } from 'postal-mime';
import { ExtractionError, type EmbeddedFile, type Extracted } from './drafts';
import { baseTitle } from './file-formats';
import { htmlToText } from './html-text';
import { isRealDate } from './dates';
import { decodeText } from './text-decoding';
import { shorten } from './text-metadata';

export const NOT_EMAIL = 'This file is not an e-mail message: it has no sender, date or subject.';

export async function extractEml(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  // Anything that is not text (a picture renamed .eml) is refused before parsing.
  decodeText(bytes);
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, {
      attachmentEncoding: 'arraybuffer',
      maxNestingDepth: 50,
    });
  } catch {
    throw new ExtractionError('This e-mail message is damaged and cannot be read.');
  }
  const from = mailbox(email.from);
  if (!from && !email.subject && !email.date) throw new ExtractionError(NOT_EMAIL);
  const body = (email.text ?? (email.html ? htmlToText(email.html) : ''))
    .replace(/\r\n?/g, '\n')
    .trim();
  return {
    draft: {
      kind: 'letter',
      subject: shorten(email.subject ?? '', 300) || baseTitle(fileName),
      sender: from?.name || from?.address || '',
      senderAddress: from?.address || undefined,
      recipients: (email.to ?? []).flatMap(mailboxes).map((box) => box.name || box.address),
      date: senderLocalDate(email),
      body,
      attachments: email.attachments.map((attachment, index): EmbeddedFile => ({
        name: attachment.filename?.trim() || `attachment-${index + 1}`,
        mediaType: attachment.mimeType || 'application/octet-stream',
        bytes: asBytes(attachment.content),
      })),
    },
    mediaType: 'message/rfc822',
    warnings: [],
  };
}

function mailbox(address: Address | undefined): { name: string; address: string } | undefined {
  if (!address) return undefined;
  return address.group ? address.group[0] : address;
}

function mailboxes(address: Address): { name: string; address: string }[] {
  return address.group ? address.group : [address];
}

function asBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The day the sender wrote, as their own calendar showed it: "Tue, 12 Mar 2024 01:00 +0500"
 * is 12 March, though it was still 11 March in UTC.
 */
function senderLocalDate(email: Email): string | undefined {
  const header = email.headers.find((h) => h.key === 'date')?.value ?? '';
  const match = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(header);
  if (match) {
    const month = MONTHS.indexOf(match[2].toLowerCase()) + 1;
    const [day, year] = [Number(match[1]), Number(match[3])];
    if (month > 0 && isRealDate(year, month, day))
      return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return email.date && /^\d{4}-\d{2}-\d{2}/.test(email.date) ? email.date.slice(0, 10) : undefined;
}
