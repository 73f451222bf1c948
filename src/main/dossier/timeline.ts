/**
 * A prisoner's timeline: the dated events, the key dates of their cases, their moves between
 * addresses and their letters, in one list sorted by day.
 */
import type { Case, Event } from '../../shared/records';
import { byDay, caseDates, type CaseDate } from '../workspace/timeline';
import type { AddressEntry, LetterEntry, TimelineEntry, TimelineSource } from './dossier-model';
import { placeOf } from './dossier-text';
import {
  CASE_STATUS_LABELS,
  CHANNEL_LABELS,
  EVENT_TYPE_LABELS,
  LETTER_STATUS_LABELS,
} from './labels';
import { shorten } from './text-shortening';

export interface TimelineInput {
  readonly events: readonly Event[];
  readonly cases: readonly { readonly record: Case; readonly title: string }[];
  /** Oldest first. */
  readonly addresses: readonly AddressEntry[];
  readonly letters: readonly LetterEntry[];
  /** The title of an event's source record, when it is shared at the export's level. */
  readonly sourceTitle: (source: NonNullable<Event['source']>) => string | undefined;
}

/** On one day, what was learnt first comes first: events, then court dates, moves, letters. */
const SOURCE_ORDER: Record<TimelineSource, number> = { event: 0, case: 1, address: 2, letter: 3 };

export function buildTimeline(input: TimelineInput): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  // A case's date that an event of the same kind already tells would show twice.
  const told = new Set(input.events.map((event) => `${event.date}:${event.type}`));

  for (const event of input.events) {
    const source = event.source ? input.sourceTitle(event.source) : undefined;
    entries.push({
      date: event.date,
      source: 'event',
      what: EVENT_TYPE_LABELS[event.type],
      text: source ? `${event.text} (source: ${source})` : event.text,
      recordId: event.id,
    });
  }

  for (const { record, title } of input.cases) {
    for (const date of caseDates(record)) {
      if (told.has(`${date.date}:${date.what}`)) continue;
      entries.push({
        date: date.date,
        source: 'case',
        ...caseDateWords(date, record, title),
        recordId: record.id,
      });
    }
  }

  input.addresses.forEach((address, index) => {
    if (!address.validFrom) return;
    entries.push({
      date: address.validFrom,
      source: 'address',
      what: index === 0 ? 'Address' : 'Moved',
      text: placeOf(address),
      recordId: address.id,
    });
  });

  for (const letter of input.letters) {
    if (!letter.date) continue;
    const how = `${LETTER_STATUS_LABELS[letter.status]}, ${CHANNEL_LABELS[letter.channel].toLowerCase()}`;
    entries.push({
      date: letter.date,
      source: 'letter',
      what: letter.direction === 'out' ? 'Letter out' : 'Letter in',
      text: letter.summary ? `${how}: ${shorten(letter.summary, 160)}` : how,
      recordId: letter.id,
    });
  }

  return byDay(entries, SOURCE_ORDER);
}

/** What a case's date was and a sentence telling it, for readers of the dossier. */
function caseDateWords(
  date: CaseDate,
  record: Case,
  title: string,
): { readonly what: string; readonly text: string } {
  switch (date.what) {
    case 'arrest':
      return { what: EVENT_TYPE_LABELS.arrest, text: sentence(`Arrested in the case ${title}`) };
    case 'detention-extension':
      return { what: 'Custody extended', text: `Custody extended until ${date.until} (${title}).` };
    case 'hearing':
      return { what: EVENT_TYPE_LABELS.hearing, text: sentence(`Hearing in the case ${title}`) };
    case 'verdict': {
      const term = record.sentence?.term ? `: ${record.sentence.term}` : '';
      return {
        what: EVENT_TYPE_LABELS.verdict,
        text: sentence(`Verdict in the case ${title}${term}`),
      };
    }
    case 'appeal':
      return {
        what: EVENT_TYPE_LABELS.appeal,
        text: `Appeal in the case ${title} (now: ${CASE_STATUS_LABELS[record.status].toLowerCase()}).`,
      };
  }
}

/** A full stop at the end, unless the text (a title, say) already ends a sentence. */
function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
