/**
 * Dates as campaign texts write them, in Russian, Kazakh and English: "12 марта 2024",
 * "12 наурыз 2024", "12 March 2024", "March 12, 2024", "2024-03-12", "12.03.2024". A date
 * written without its year ("до 10 июня") keeps the year unknown unless the caller knows
 * the year the text was written in.
 */

export interface FoundDate {
  /** Where the date starts in the text, and how long it is written. */
  readonly index: number;
  readonly text: string;
  readonly year?: number;
  readonly month: number;
  readonly day: number;
}

/** Month names as word stems (with the endings a word may carry), by month number. */
const MONTH_STEMS: readonly (readonly [string, number])[] = [
  // Russian: "марта", "в марте", "март"
  ['январ[ьяею]', 1],
  ['феврал[ьяею]', 2],
  ['марта?|марте', 3],
  ['апрел[ьяею]', 4],
  ['ма[йяею]', 5],
  ['июн[ьяею]', 6],
  ['июл[ьяею]', 7],
  ['августа?|августе', 8],
  ['сентябр[ьяею]', 9],
  ['октябр[ьяею]', 10],
  ['ноябр[ьяею]', 11],
  ['декабр[ьяею]', 12],
  // Kazakh, with case endings: "наурызда", "маусымға", "шілденің"
  ['қаңтар\\p{L}*', 1],
  ['ақпан\\p{L}*', 2],
  ['наурыз\\p{L}*', 3],
  ['сәуір\\p{L}*', 4],
  ['мамыр\\p{L}*', 5],
  ['маусым\\p{L}*', 6],
  ['шілде\\p{L}*', 7],
  ['тамыз\\p{L}*', 8],
  ['қыркүйек\\p{L}*', 9],
  ['қазан\\p{L}*', 10],
  ['қараша\\p{L}*', 11],
  ['желтоқсан\\p{L}*', 12],
  // English, with the usual abbreviations
  ['jan(?:uary)?', 1],
  ['feb(?:ruary)?', 2],
  ['mar(?:ch)?', 3],
  ['apr(?:il)?', 4],
  ['may', 5],
  ['june?', 6],
  ['july?', 7],
  ['aug(?:ust)?', 8],
  ['sep(?:t|tember)?', 9],
  ['oct(?:ober)?', 10],
  ['nov(?:ember)?', 11],
  ['dec(?:ember)?', 12],
];

const MONTH_WORD = MONTH_STEMS.map(([stem]) => `(?:${stem})`).join('|');
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const DAY = '(\\d{1,2})(?:-?(?:го|е|ого|ші|сі|st|nd|rd|th))?';
const YEAR_WORD = '(?:\\s*(?:г\\.|гг\\.|года|году|год|ж\\.|жылы|жылғы))?';

/** Each pattern, with how its groups give year, month and day. */
const PATTERNS: readonly {
  re: RegExp;
  read: (m: RegExpExecArray) => [string | undefined, string, string];
}[] = [
  {
    re: new RegExp(`${BEFORE}(\\d{4})-(\\d{2})-(\\d{2})${AFTER}`, 'gu'),
    read: (m) => [m[1], m[2], m[3]],
  },
  {
    re: new RegExp(`${BEFORE}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${AFTER}${YEAR_WORD}`, 'gu'),
    read: (m) => [m[3], m[2], m[1]],
  },
  {
    // "2024 жылғы 12 наурыз": Kazakh puts the year first
    re: new RegExp(`${BEFORE}(\\d{4})\\s*жылғы\\s+${DAY}\\s+(${MONTH_WORD})${AFTER}`, 'giu'),
    read: (m) => [m[1], m[3], m[2]],
  },
  {
    re: new RegExp(
      `${BEFORE}${DAY}\\s+(${MONTH_WORD})${AFTER}(?:,?\\s+(\\d{4})${AFTER}${YEAR_WORD})?`,
      'giu',
    ),
    read: (m) => [m[3], m[2], m[1]],
  },
  {
    re: new RegExp(
      `${BEFORE}(${MONTH_WORD})\\.?\\s+${DAY}${AFTER}(?:,?\\s+(\\d{4})${AFTER})?`,
      'giu',
    ),
    read: (m) => [m[3], m[1], m[2]],
  },
];

function monthNumber(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  const lower = word.toLowerCase();
  for (const [stem, month] of MONTH_STEMS) {
    if (new RegExp(`^(?:${stem})$`, 'u').test(lower)) return month;
  }
  return 0;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Every date in the text, in order of position; overlapping readings keep the longest. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [yearText, monthText, dayText] = read(m);
      const year = yearText ? Number(yearText) : undefined;
      const month = monthNumber(monthText);
      const day = Number(dayText);
      // A year is checked with the day; without one, 29 February is allowed.
      if (!isRealDate(year ?? 2024, month, day)) continue;
      if (year !== undefined && (year < 1900 || year > 2100)) continue;
      found.push({ index: m.index, text: m[0].trim(), year, month, day });
    }
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  return found.filter(
    (date, i) =>
      !found.some(
        (other, j) =>
          j !== i &&
          other.index <= date.index &&
          other.index + other.text.length >= date.index + date.text.length &&
          (other.text.length > date.text.length || j < i),
      ),
  );
}

/** ISO `YYYY-MM-DD` of a found date, with the year given when the text left it out. */
export function isoOf(date: FoundDate, fallbackYear?: number): string | undefined {
  const year = date.year ?? fallbackYear;
  if (year === undefined || !isRealDate(year, date.month, date.day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The first complete date in the text (with its year), as ISO. */
export function firstFullDate(text: string): string | undefined {
  for (const date of findDates(text)) {
    const iso = isoOf(date);
    if (iso) return iso;
  }
  return undefined;
}

/** A date a file states about itself: ISO with a time ("2024-03-12T10:00:00Z") or prose. */
export function statedDate(text: string): string | undefined {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/.exec(text);
  if (iso && isRealDate(Number(iso[1]), Number(iso[2]), Number(iso[3])))
    return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return firstFullDate(text);
}
