/**
 * Guesses an article's title, author, date and language from plain text: what a campaign
 * secretary would read off the top of the page.
 */
import { firstFullDate } from './dates';

const MAX_TITLE = 200;
/** How far into a text its date and author are looked for: they stand near the top. */
const HEAD_CHARS = 3000;

export interface TextMetadata {
  readonly title?: string;
  readonly author?: string;
  readonly date?: string;
  readonly language?: string;
}

/** The first line that has words, without Markdown marks, shortened at a word if long. */
export function titleFromText(text: string): string | undefined {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw
      .replace(/^\s*(?:#{1,6}\s+|[*_=-]{3,}\s*$|>\s*)/, '')
      .replace(/[*_`]+/g, '')
      .trim();
    if (/[\p{L}\p{N}]/u.test(line)) return shorten(line, MAX_TITLE);
  }
  return undefined;
}

export function shorten(line: string, max: number): string {
  const single = line.replace(/\s+/g, ' ').trim();
  if (single.length <= max) return single;
  const cut = single.lastIndexOf(' ', max - 1);
  return `${single.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** "Автор: …", "Текст: …", "Author: …", "By …" on a line of its own; the name capitalised. */
const AUTHOR_LINE =
  /^\s*(?:[Аа]вторы?|[Тт]екст|[Aa]uthor|By|Written by)\s*[:—–-]?\s+(\p{Lu}[\p{L}.'’ -]{2,80})\s*$/mu;

export function authorFromText(text: string): string | undefined {
  const match = AUTHOR_LINE.exec(text.slice(0, HEAD_CHARS));
  return match ? match[1].trim() : undefined;
}

export function dateFromText(text: string): string | undefined {
  return firstFullDate(text.slice(0, HEAD_CHARS));
}

const KAZAKH_ONLY = /[әғқңөұүһі]/giu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** "kk" when Kazakh letters are frequent, "ru" for other Cyrillic, "en" for Latin text. */
export function languageOf(text: string): string | undefined {
  const sample = text.slice(0, 20_000);
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (cyrillic === 0 && latin === 0) return undefined;
  if (cyrillic >= latin) {
    const kazakh = sample.match(KAZAKH_ONLY)?.length ?? 0;
    // Kazakh letters make up 5–10% of Kazakh prose; a Kazakh name in Russian text, far less.
    return kazakh >= cyrillic * 0.02 ? 'kk' : 'ru';
  }
  return 'en';
}

/**
 * Markdown front matter ("---\ntitle: …\ndate: …\n---"), read for the keys articles use;
 * returns the fields and the text without it.
 */
export function splitFrontMatter(text: string): { fields: Record<string, string>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of match[1].split(/\r?\n/)) {
    const pair = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    if (pair) fields[pair[1].toLowerCase()] = pair[2].replace(/^["']|["']$/g, '').trim();
  }
  return { fields, body: text.slice(match[0].length) };
}

/** Title, author, date and language of a plain text. */
export function metadataOfText(text: string): TextMetadata {
  return {
    title: titleFromText(text),
    author: authorFromText(text),
    date: dateFromText(text),
    language: languageOf(text),
  };
}
