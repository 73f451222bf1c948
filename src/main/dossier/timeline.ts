/**
 * A prisoner's timeline: the dated events, the key dates of their cases, their moves between
 * addresses and their letters, in one list sorted by day.
 */
import type { Case, Event } from '../../shared/records';
import type { AddressEntry, LetterEntry, TimelineEntry, TimelineSource } from './dossier-model';
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
    const add = (date: string | null | undefined, type: Event['type'] | null, text: string) => {
      if (!date || (type && told.has(`${date}:${type}`))) return;
      entries.push({
        date,
        source: 'case',
        what: type ? EVENT_TYPE_LABELS[type] : 'Custody extended',
        text,
        recordId: record.id,
      });
    };
    add(record.arrestDate, 'arrest', sentence(`Arrested in the case ${title}`));
    for (const extension of record.detentionExtensions) {
      add(
        extension.decidedOn ?? extension.until,
        null,
        `Custody extended until ${extension.until} (${title}).`,
      );
    }
    for (const day of record.hearingDates) {
      add(day, 'hearing', sentence(`Hearing in the case ${title}`));
    }
    const term = record.sentence?.term ? `: ${record.sentence.term}` : '';
    add(record.verdictDate, 'verdict', sentence(`Verdict in the case ${title}${term}`));
    add(
      record.appealDate,
      'appeal',
      `Appeal in the case ${title} (now: ${CASE_STATUS_LABELS[record.status].toLowerCase()}).`,
    );
  }

  input.addresses.forEach((address, index) => {
    if (!address.validFrom) return;
    const place = address.facility
      ? [address.facility.code, address.facility.name].filter(Boolean).join(' — ')
      : (address.lines[0] ?? address.linesLatin[0] ?? '');
    entries.push({
      date: address.validFrom,
      source: 'address',
      what: index === 0 ? 'Address' : 'Moved',
      text: place,
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

  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        a.entry.date.localeCompare(b.entry.date) ||
        SOURCE_ORDER[a.entry.source] - SOURCE_ORDER[b.entry.source] ||
        a.index - b.index,
    )
    .map(({ entry }) => entry);
}

/** A full stop at the end, unless the text (a title, say) already ends a sentence. */
function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
