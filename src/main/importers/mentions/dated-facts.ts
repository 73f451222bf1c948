/**
 * Dated facts a text states about a case: "срок содержания под стражей продлён до 10 июня",
 * "detention extended until 10 June", "қамау мерзімі 10 маусымға дейін ұзартылды", "hearing
 * on 12 March", "задержан 28 февраля". Each is told with its sentence, for the user to confirm
 * as a timeline event or a detention extension.
 */
import type { EVENT_TYPES } from '../../../shared/records';
import { findDates, isoOf, type FoundDate } from '../dates';
import type { Sentence } from './sentences';

export type FactType = (typeof EVENT_TYPES)[number];

export interface DatedFact {
  /** "detention" for a detention (extended or ordered) until the date; else the event type. */
  readonly type: FactType;
  /** ISO date when its year is known (written, or taken from the text's own date). */
  readonly date?: string;
  /** The date as written: "10 июня". */
  readonly dateText: string;
  readonly sentence: string;
  readonly index: number;
}

/** Words that say what happened; a sentence gives one fact, of the first kind that fits. */
const TRIGGERS: readonly (readonly [FactType, RegExp])[] = [
  ['detention', /продл[еёиья]|ұзартыл|ұзартт|extend|prolong|remanded|until|дейін қамау/iu],
  ['hearing', /заседани|слушани|hearing|отырыс/iu],
  ['verdict', /приговор|приговорил|осуд|sentenced|verdict|convicted|үкім|сотталды/iu],
  ['appeal', /апелляци|appeal|шағым/iu],
  ['arrest', /задержан|арестован|арест|arrested|detained|ұсталды|қамауға алынды/iu],
  ['transfer', /этапирован|переведен|переведён|этап|transferred|ауыстырылды/iu],
  ['release', /освобожд|освобод|released|босатылды/iu],
  ['hunger-strike', /голодовк|hunger strike|аштық/iu],
];

/** Words meaning "until": the date an extension runs to follows them, or precedes "дейін". */
const UNTIL_BEFORE = /(?:до|until|till|to|through)\s*$/iu;
const UNTIL_AFTER = /^\s*(?:дейін|шейін)/iu;
const DETENTION_WORDS = /страж|арест|содержан|заключ|detention|custody|remand|қамау|мерзім|арест/iu;

export function findDatedFacts(sentences: readonly Sentence[], fallbackYear?: number): DatedFact[] {
  const facts: DatedFact[] = [];
  for (const sentence of sentences) {
    const dates = findDates(sentence.text);
    if (dates.length === 0) continue;
    for (const [type, pattern] of TRIGGERS) {
      if (!pattern.test(sentence.text)) continue;
      // "продлил арест" with no date it runs to is not an extension: the next kind may fit.
      const date = type === 'detention' ? untilDate(sentence.text, dates) : dates[0];
      if (!date) continue;
      facts.push({
        type,
        date: isoOf(date, date.year === undefined ? yearFrom(dates, fallbackYear) : undefined),
        dateText: date.text,
        sentence: sentence.text,
        index: sentence.start + date.index,
      });
      break;
    }
  }
  return facts;
}

/** The date a detention runs until: the one after "до"/"until", or before "дейін". */
function untilDate(text: string, dates: readonly FoundDate[]): FoundDate | undefined {
  if (!DETENTION_WORDS.test(text)) return undefined;
  return dates.find(
    (date) =>
      UNTIL_BEFORE.test(text.slice(Math.max(0, date.index - 12), date.index)) ||
      UNTIL_AFTER.test(text.slice(date.index + date.text.length)),
  );
}

/** A date without a year takes the year of another date in the sentence, else the text's. */
function yearFrom(dates: readonly FoundDate[], fallbackYear?: number): number | undefined {
  return dates.find((date) => date.year !== undefined)?.year ?? fallbackYear;
}
