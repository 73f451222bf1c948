/**
 * Splits text into sentences, for the evidence shown beside a suggested mention. Initials
 * ("Н. Кушакбаев") and the abbreviations of court papers ("ст.", "ч.", "г.") do not end one.
 */

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const ABBREVIATIONS = new Set([
  'г',
  'гг',
  'ст',
  'ч',
  'п',
  'пп',
  'им',
  'ул',
  'д',
  'т',
  'е',
  'др',
  'пр',
  'см',
  'тел',
  'обл',
  'р',
  'респ',
  'ж',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'art',
  'vs',
  'jr',
  'sr',
]);

const END = /[.!?…]+["»”)]*(?=\s)|\n\s*\n|\n(?=\s*[-•*\d])/gu;
/** Long lines without stops (tables, PDF columns) are cut so evidence stays readable. */
const MAX_SENTENCE = 400;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start = end;
  };
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    if (m[0].startsWith('.') && endsWithAbbreviation(text, m.index)) continue;
    push(m.index + m[0].length);
  }
  push(text.length);
  // Line breaks inside a sentence (PDF lines, wrapped text) read as spaces in evidence.
  return sentences
    .flatMap(cutLong)
    .map((sentence) => ({ ...sentence, text: sentence.text.replace(/\s+/g, ' ') }));
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[0];
  if (!word) return false;
  // A single capital is an initial; a known short word is an abbreviation.
  return (
    (word.length === 1 && word === word.toUpperCase()) || ABBREVIATIONS.has(word.toLowerCase())
  );
}

function cutLong(sentence: Sentence): Sentence[] {
  if (sentence.text.length <= MAX_SENTENCE) return [sentence];
  const parts: Sentence[] = [];
  let at = 0;
  while (at < sentence.text.length) {
    let end = Math.min(sentence.text.length, at + MAX_SENTENCE);
    if (end < sentence.text.length) {
      const space = sentence.text.lastIndexOf(' ', end);
      if (space > at + MAX_SENTENCE / 2) end = space;
    }
    const text = sentence.text.slice(at, end).trim();
    if (text) parts.push({ start: sentence.start + at, end: sentence.start + end, text });
    at = end;
  }
  return parts;
}

/** The sentence that holds a position of the text (binary search over sorted sentences). */
export function sentenceAt(sentences: readonly Sentence[], position: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (position < sentence.start) high = middle - 1;
    else if (position >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return sentences[Math.max(0, Math.min(low, sentences.length - 1))];
}
