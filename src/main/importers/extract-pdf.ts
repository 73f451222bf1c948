/**
 * PDF files become document drafts, with the text of each page, through pdfjs-dist (the
 * legacy build, the one meant for Node). A PDF is untrusted input, so pdfjs runs with eval
 * off and every resource it may want (character maps, standard fonts) read from its own
 * package folder: nothing is fetched, and no script a PDF carries is ever run (pdfjs runs
 * document JavaScript only in its viewer's sandbox, which is not loaded here).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { ExtractionError, type Extracted } from './drafts';
import { baseTitle } from './file-formats';
import { documentKindOf } from './document-kind';
import { dateFromText, shorten, titleFromText } from './text-metadata';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | undefined;
/** Loaded on first use: pdfjs is large, and most imports hold no PDF. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

function resourceFolders(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: path.join(root, 'cmaps') + path.sep,
    standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
  };
}

export const MESSAGES = {
  notPdf: 'This file is not a PDF: it does not start as one.',
  truncated: 'This PDF is incomplete: its end is missing, as when a download or a copy is cut off.',
  encrypted:
    'This PDF is protected by a password: open it, save a copy without the password and import that.',
  damaged: 'This PDF is damaged and cannot be read.',
  javascript: 'This PDF carries JavaScript; it was not run.',
} as const;

/** Fewer letters than this per page, on average, means the pages are pictures of text. */
const MIN_CHARS_PER_PAGE = 20;

export async function extractPdf(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  checkFraming(bytes);
  const { getDocument } = await loadPdfJs();
  let task: ReturnType<typeof getDocument>;
  try {
    task = openTask(getDocument, bytes);
  } catch {
    throw new ExtractionError(MESSAGES.damaged);
  }
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw new ExtractionError(
      isNamed(error, 'PasswordException') ? MESSAGES.encrypted : MESSAGES.damaged,
    );
  }
  try {
    const pages: string[] = [];
    const warnings: string[] = [];
    let unreadable = 0;
    for (let number = 1; number <= doc.numPages; number += 1) {
      try {
        pages.push(await pageText(await doc.getPage(number)));
      } catch {
        unreadable += 1;
        pages.push('');
        warnings.push(`Page ${number} could not be read.`);
      }
    }
    if (doc.numPages > 0 && unreadable === doc.numPages)
      throw new ExtractionError(MESSAGES.damaged);
    if (await carriesJavaScript(doc)) warnings.push(MESSAGES.javascript);
    const text = pages.join('\n\n').trim();
    const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
    const needsOcr = letters < MIN_CHARS_PER_PAGE * Math.max(1, doc.numPages);
    const info = (await doc.getMetadata().catch(() => null))?.info as
      { Title?: unknown } | undefined;
    const stated = typeof info?.Title === 'string' ? info.Title.trim() : '';
    return {
      draft: {
        kind: 'document',
        title:
          (needsOcr ? undefined : titleFromText(text)) ??
          (stated && !/^untitled/i.test(stated) ? shorten(stated, 200) : undefined) ??
          baseTitle(fileName),
        docType: documentKindOf(text),
        text,
        date: dateFromText(text),
        pages,
        needsOcr,
      },
      mediaType: 'application/pdf',
      warnings,
    };
  } finally {
    await doc.destroy();
  }
}

function openTask(getDocument: PdfJs['getDocument'], bytes: Uint8Array) {
  return getDocument({
    // pdfjs takes the buffer over (and refuses a Buffer): it gets a plain copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useWorkerFetch: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWasm: false,
    stopAtErrors: false,
    verbosity: 0,
    ...resourceFolders(),
  });
}

/**
 * A PDF starts with "%PDF-" and ends with "%%EOF" (with at most some bytes of padding
 * after it). pdfjs reads on past a missing end, rebuilding what it can, so a cut-off
 * file is told apart here, before it is opened.
 */
function checkFraming(bytes: Uint8Array): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buffer.subarray(0, 1024).includes('%PDF-')) throw new ExtractionError(MESSAGES.notPdf);
  if (!buffer.subarray(Math.max(0, buffer.length - 2048)).includes('%%EOF'))
    throw new ExtractionError(MESSAGES.truncated);
}

interface TextItemLike {
  readonly str?: string;
  readonly hasEOL?: boolean;
}

async function pageText(page: {
  getTextContent(): Promise<{ items: readonly unknown[] }>;
  cleanup(): unknown;
}): Promise<string> {
  const content = await page.getTextContent();
  let text = '';
  for (const item of content.items as TextItemLike[]) {
    if (typeof item.str !== 'string') continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  page.cleanup();
  return text.replace(/[ \t]+\n/g, '\n').trim();
}

async function carriesJavaScript(doc: { getJSActions(): Promise<unknown> }): Promise<boolean> {
  const actions = await doc.getJSActions().catch(() => null);
  return actions !== null && typeof actions === 'object' && Object.keys(actions).length > 0;
}

function isNamed(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}
