/**
 * One file's bytes to a draft record, by its format; the one entry point extraction has.
 * Each format's module (jsdom, pdfjs, mammoth, the mail parser) is loaded when a file of
 * that format first comes: an extraction thread that meets only PDFs never loads jsdom.
 */
import { ExtractionError, type Extracted } from './drafts';
import { formatOf, SUPPORTED_EXTENSIONS } from './file-formats';
import { DEFAULT_LIMITS, formatBytes, type ImportLimits } from './limits';

export async function extractFile(
  bytes: Uint8Array,
  fileName: string,
  limits: ImportLimits = DEFAULT_LIMITS,
): Promise<Extracted> {
  const known = formatOf(fileName);
  if (!known) throw new ExtractionError(unsupported(fileName));
  if (bytes.length === 0) throw new ExtractionError('This file is empty.');
  if (bytes.length > limits.maxFileBytes) throw new ExtractionError(tooLarge(limits));
  switch (known.format) {
    case 'text':
    case 'markdown':
    case 'html':
      return (await import('./extract-text-file')).extractTextFile(bytes, fileName, known.format);
    case 'pdf':
      return (await import('./extract-pdf')).extractPdf(bytes, fileName);
    case 'docx':
      return (await import('./extract-docx')).extractDocx(bytes, fileName, limits);
    case 'eml':
      return (await import('./extract-eml')).extractEml(bytes, fileName);
  }
}

export function unsupported(fileName: string): string {
  const extension = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.')) : '';
  if (extension.toLowerCase() === '.jsonl')
    return 'A JSONL file of records is imported on its own: casefile import FILE.jsonl.';
  if (['.csv', '.xlsx'].includes(extension.toLowerCase()))
    return 'A spreadsheet of people is imported on its own, so that its columns can be matched to fields first: choose or drop it alone.';
  return `Files of this kind${extension ? ` (${extension})` : ''} are not imported; Casefile reads ${SUPPORTED_EXTENSIONS.join(', ')}.`;
}

export function tooLarge(limits: ImportLimits): string {
  return `This file is larger than ${formatBytes(limits.maxFileBytes)}, the most an import takes.`;
}
