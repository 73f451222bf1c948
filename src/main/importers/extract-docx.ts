/** Word (.docx) files become document drafts, their text read by mammoth. */
import mammoth from 'mammoth';
import { ExtractionError, type Extracted } from './drafts';
import { baseTitle } from './file-formats';
import { documentKindOf } from './document-kind';
import type { ImportLimits } from './limits';
import { dateFromText, titleFromText } from './text-metadata';
import { isZip, readZipDirectory, refuseZipBomb, verifyDeclaredSizes } from './zip-directory';

export const DOCX_MESSAGES = {
  notZip: 'This file is not a Word document (.docx): it is not a zip file as those are.',
  notWord: 'This zip file is not a Word document: it has no document part.',
  damaged: 'This Word document is damaged and cannot be read.',
} as const;

export async function extractDocx(
  bytes: Uint8Array,
  fileName: string,
  limits: ImportLimits,
): Promise<Extracted> {
  if (!isZip(bytes)) throw new ExtractionError(DOCX_MESSAGES.notZip);
  const entries = readZipDirectory(bytes);
  refuseZipBomb(entries, limits);
  if (!entries.some((entry) => entry.name === 'word/document.xml'))
    throw new ExtractionError(DOCX_MESSAGES.notWord);
  verifyDeclaredSizes(bytes, entries);
  let text: string;
  try {
    const result = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    text = result.value
      .replace(/\r\n?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  } catch {
    throw new ExtractionError(DOCX_MESSAGES.damaged);
  }
  return {
    draft: {
      kind: 'document',
      title: titleFromText(text) ?? baseTitle(fileName),
      docType: documentKindOf(text),
      text,
      date: dateFromText(text),
      needsOcr: false,
    },
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    warnings: text ? [] : ['This Word document has no text.'],
  };
}
