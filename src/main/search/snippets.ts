/**
 * Snippets: a short piece of the original text around the words that matched, with the
 * ranges to highlight. Words are compared by their normalised keys, so a Latin query
 * highlights the Cyrillic word it matched (and an inflected form, and a typo's target).
 */
import { wordKeys } from './normalise';

export interface Snippet {
  readonly text: string;
  /** [start, end) character ranges of `text` to highlight. */
  readonly highlights: readonly (readonly [number, number])[];
}

export interface QueryKeys {
  /** Keys that match a word exactly. */
  readonly exact: ReadonlySet<string>;
  /** Keys that match the start of a word (the word being typed). */
  readonly prefixes: readonly string[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** How many snippet widths after the first match are searched for more matches. */
const SCAN_WINDOWS = 4;

function isMatch(word: string, keys: QueryKeys): boolean {
  return wordKeys(word.toLowerCase()).some(
    (key) => keys.exact.has(key) || keys.prefixes.some((prefix) => key.startsWith(prefix)),
  );
}

/** The piece of `text` (at most about `width` characters) with the most matched words. */
export function makeSnippet(text: string, keys: QueryKeys, width = 220): Snippet {
  const flat = text.replace(/\s+/g, ' ').trim();
  const matched: [number, number][] = [];
  for (const found of flat.matchAll(WORD)) {
    // Past one window's width after the first match, a better window is unlikely enough
    // that the rest of a long text is not worth normalising word by word (most of the
    // time a search takes went here).
    if (matched.length > 0 && found.index > matched[0][0] + width * SCAN_WINDOWS) break;
    if (isMatch(found[0], keys)) matched.push([found.index, found.index + found[0].length]);
  }
  if (flat.length <= width) return { text: flat, highlights: matched };
  if (matched.length === 0) return { text: `${cutAtWord(flat, width)} …`, highlights: [] };

  // The window that holds the most matches, starting a little before its first one.
  let bestStart = matched[0][0];
  let bestCount = 0;
  for (const [start] of matched) {
    const count = matched.filter(([s, e]) => s >= start && e <= start + width - 40).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = start;
    }
  }
  let start = Math.max(0, bestStart - 40);
  if (start > 0) {
    const space = flat.lastIndexOf(' ', start);
    start = space >= 0 ? space + 1 : start;
  }
  const piece = cutAtWord(flat.slice(start), width);
  const prefix = start > 0 ? '… ' : '';
  const suffix = start + piece.length < flat.length ? ' …' : '';
  const highlights = matched
    .filter(([s, e]) => s >= start && e <= start + piece.length)
    .map(([s, e]) => [s - start + prefix.length, e - start + prefix.length] as [number, number]);
  return { text: `${prefix}${piece}${suffix}`, highlights };
}

function cutAtWord(text: string, width: number): string {
  if (text.length <= width) return text;
  const space = text.lastIndexOf(' ', width);
  return text.slice(0, space > width / 2 ? space : width);
}
