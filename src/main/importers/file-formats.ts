/** The kinds of file an import reads, told by the file name's extension. */
import path from 'node:path';

export const FORMATS = {
  '.txt': { format: 'text', mediaType: 'text/plain' },
  '.text': { format: 'text', mediaType: 'text/plain' },
  '.md': { format: 'markdown', mediaType: 'text/markdown' },
  '.markdown': { format: 'markdown', mediaType: 'text/markdown' },
  '.html': { format: 'html', mediaType: 'text/html' },
  '.htm': { format: 'html', mediaType: 'text/html' },
  '.pdf': { format: 'pdf', mediaType: 'application/pdf' },
  '.docx': {
    format: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  '.eml': { format: 'eml', mediaType: 'message/rfc822' },
} as const;

export type FileFormat = (typeof FORMATS)[keyof typeof FORMATS]['format'];

export function formatOf(fileName: string): { format: FileFormat; mediaType: string } | null {
  const extension = path.extname(fileName).toLowerCase();
  return Object.hasOwn(FORMATS, extension) ? FORMATS[extension as keyof typeof FORMATS] : null;
}

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

/** The file name without folder and extension: the title of last resort. */
export function baseTitle(fileName: string): string {
  return path.basename(fileName, path.extname(fileName)).replace(/[_]+/g, ' ').trim() || fileName;
}
