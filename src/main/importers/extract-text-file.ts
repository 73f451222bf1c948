/** Plain text, Markdown and HTML files become article drafts. */
import { decodeText } from './text-decoding';
import { ExtractionError, type Extracted } from './drafts';
import { baseTitle } from './file-formats';
import { htmlMetadata, htmlToText, parseHtml } from './html-text';
import { statedDate } from './dates';
import {
  authorFromText,
  dateFromText,
  languageOf,
  shorten,
  splitFrontMatter,
  titleFromText,
} from './text-metadata';

export type TextFormat = 'text' | 'markdown' | 'html';

const MEDIA_TYPE: Record<TextFormat, string> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
};

export function extractTextFile(
  bytes: Uint8Array,
  fileName: string,
  format: TextFormat,
): Extracted {
  const { text, encoding } = decodeText(
    bytes,
    format === 'html' ? declaredCharset(bytes) : undefined,
  );
  const article = format === 'html' ? fromHtml(text) : fromPlainText(text, format);
  if (!/[\p{L}\p{N}]/u.test(article.body)) throw new ExtractionError('This file has no text.');
  return {
    draft: {
      kind: 'article',
      title: article.title ?? baseTitle(fileName),
      body: article.body,
      author: article.author,
      date: article.date,
      language: article.language ?? languageOf(article.body),
      url: article.url,
      encoding,
    },
    mediaType: MEDIA_TYPE[format],
    warnings: [],
  };
}

interface ArticleParts {
  readonly title?: string;
  readonly body: string;
  readonly author?: string;
  readonly date?: string;
  readonly language?: string;
  readonly url?: string;
}

function fromPlainText(text: string, format: TextFormat): ArticleParts {
  const { fields, body } =
    format === 'markdown'
      ? splitFrontMatter(text)
      : { fields: {} as Record<string, string>, body: text };
  const clean = body.replace(/\r\n?/g, '\n').trim();
  return {
    title: fields.title ? shorten(fields.title, 200) : titleFromText(clean),
    body: clean,
    author: fields.author || authorFromText(clean),
    date: (fields.date && statedDate(fields.date)) || dateFromText(clean),
    language: fields.lang || fields.language || undefined,
  };
}

function fromHtml(html: string): ArticleParts {
  const page = parseHtml(html);
  const meta = htmlMetadata(page);
  const body = htmlToText(page);
  return {
    title: meta.title ?? titleFromText(body),
    body,
    author: meta.author ? shorten(meta.author, 300) : authorFromText(body),
    date: (meta.dateText && statedDate(meta.dateText)) || dateFromText(body),
    language: meta.language?.toLowerCase().split(/[-_]/)[0] || undefined,
    url:
      meta.url && /^https?:\/\/\S+$/i.test(meta.url) && meta.url.length <= 2000
        ? meta.url
        : undefined,
  };
}

/**
 * The charset an HTML page declares in its first kilobytes. Read as Latin-1, which any
 * ASCII-compatible encoding leaves legible for the tag itself.
 */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, 4096),
  ).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}
