/**
 * A prisoner's timeline as the workspace shows it: every dated thing about one person —
 * events, the key dates of their cases, their moves between addresses, their letters, the
 * articles and documents linked to them — in one list sorted by day. Entries carry codes,
 * not sentences, so that the window words them in its own language.
 */
import type { TIMELINE_SOURCES } from '../../shared/api';
import type { Address, Case, DOCUMENT_TYPES, Event, Facility, Letter } from '../../shared/records';

export type TimelineSource = (typeof TIMELINE_SOURCES)[number];

export const CASE_DATE_KINDS = [
  'arrest',
  'detention-extension',
  'hearing',
  'verdict',
  'appeal',
] as const;
export type CaseDateKind = (typeof CASE_DATE_KINDS)[number];

export interface CaseDate {
  readonly date: string;
  readonly what: CaseDateKind;
  /** For a detention extension: the day custody now ends. */
  readonly until?: string;
}

/** The key dates of one case, in the order the case file lists them (not sorted). */
export function caseDates(record: Case): CaseDate[] {
  const dates: CaseDate[] = [];
  if (record.arrestDate) dates.push({ date: record.arrestDate, what: 'arrest' });
  for (const extension of record.detentionExtensions) {
    // A decision whose day is not known is placed on the day custody ends.
    dates.push({
      date: extension.decidedOn ?? extension.until,
      what: 'detention-extension',
      until: extension.until,
    });
  }
  for (const day of record.hearingDates) dates.push({ date: day, what: 'hearing' });
  if (record.verdictDate) dates.push({ date: record.verdictDate, what: 'verdict' });
  if (record.appealDate) dates.push({ date: record.appealDate, what: 'appeal' });
  return dates;
}

export interface TimelineEntry {
  readonly date: string;
  readonly source: TimelineSource;
  /**
   * What happened, as a code: an event type; a case date kind; `address` for the first
   * address and `transfer` for each later one; `out` / `in` for letters; a document type;
   * `article`.
   */
  readonly what: string;
  /** The record the entry comes from, for the link. */
  readonly recordId: string;
  /** A short text: the event, the case's title, the place, the letter's summary, a title. */
  readonly text: string;
  /** For detention extensions: until when. For verdicts: the sentence's term. */
  readonly detail?: string;
}

/** An article or a document as stored: what the timeline needs, without the large text. */
export interface DatedTitle {
  readonly id: string;
  readonly title: string;
  readonly date?: string | null;
}

export interface PersonTimelineInput {
  /** `text` is optional in the type only: the archive's stored shape leaves it out of its type. */
  readonly events: readonly (Pick<Event, 'id' | 'date' | 'type'> & { readonly text?: string })[];
  readonly cases: readonly Case[];
  readonly addresses: readonly Address[];
  readonly facilities: readonly Facility[];
  readonly letters: readonly Letter[];
  readonly articles: readonly DatedTitle[];
  readonly documents: readonly (DatedTitle & {
    readonly docType: (typeof DOCUMENT_TYPES)[number];
  })[];
}

/** On one day, what was learnt first comes first: events, court dates, moves, letters, press. */
const SOURCE_ORDER: Record<TimelineSource, number> = {
  event: 0,
  case: 1,
  address: 2,
  letter: 3,
  document: 4,
  article: 5,
};

/** A facility in a few words: its code and, when it has one, its name ("ЕЦ-166/5 — …"). */
export function facilityLabel(facility: {
  readonly code?: string;
  readonly name?: string;
}): string {
  return [facility.code, facility.name].filter(Boolean).join(' — ');
}

/** Where an address is, in a few words: its facility's code and name, or its first line. */
export function placeOf(
  facility: { readonly code?: string; readonly name?: string } | undefined,
  address: { readonly lines: readonly string[]; readonly linesLatin: readonly string[] },
): string {
  if (facility) return facilityLabel(facility);
  return address.lines[0] ?? address.linesLatin[0] ?? '';
}

/** A case's name where it has no title: its articles of the code. */
export function caseLabel(record: Case): string {
  if (record.title) return record.title;
  return record.charges.map((charge) => charge.article).join(', ');
}

export function buildPersonTimeline(input: PersonTimelineInput): TimelineEntry[] {
  const entries: TimelineEntry[] = [];

  for (const event of input.events) {
    entries.push({
      date: event.date,
      source: 'event',
      what: event.type,
      recordId: event.id,
      text: event.text ?? '',
    });
  }

  // A case date that an event of the same type already tells would show twice.
  const told = new Set(input.events.map((event) => `${event.date}:${event.type}`));
  for (const record of input.cases) {
    for (const date of caseDates(record)) {
      if (told.has(`${date.date}:${date.what}`)) continue;
      entries.push({
        date: date.date,
        source: 'case',
        what: date.what,
        recordId: record.id,
        text: caseLabel(record),
        detail: date.until ?? (date.what === 'verdict' ? record.sentence?.term : undefined),
      });
    }
  }

  const facilities = new Map(input.facilities.map((facility) => [facility.id, facility]));
  const addresses = [...input.addresses]
    .filter((address) => address.validFrom)
    .sort((a, b) => a.validFrom!.localeCompare(b.validFrom!));
  addresses.forEach((address, index) => {
    const facility = address.facilityId ? facilities.get(address.facilityId) : undefined;
    const place = placeOf(facility, address);
    entries.push({
      date: address.validFrom!,
      source: 'address',
      what: index === 0 ? 'address' : 'transfer',
      recordId: address.id,
      text: place,
    });
  });

  for (const letter of input.letters) {
    const date =
      (letter.direction === 'out' ? letter.sentOn : letter.receivedOn) ?? letter.writtenOn;
    if (!date) continue;
    entries.push({
      date,
      source: 'letter',
      what: letter.direction,
      recordId: letter.id,
      text: letter.summary,
    });
  }

  const titled = [
    ...input.articles.map((item) => ({ item, source: 'article' as const, what: 'article' })),
    ...input.documents.map((item) => ({ item, source: 'document' as const, what: item.docType })),
  ];
  for (const { item, source, what } of titled) {
    if (!item.date) continue;
    entries.push({ date: item.date, source, what, recordId: item.id, text: item.title });
  }

  return byDay(entries, SOURCE_ORDER);
}

/**
 * Entries sorted by day; on one day by their source's place in `order`, then as they were
 * added (a case's dates stay in the order of its file).
 */
export function byDay<S extends string, E extends { readonly date: string; readonly source: S }>(
  entries: readonly E[],
  order: Readonly<Record<S, number>>,
): E[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        a.entry.date.localeCompare(b.entry.date) ||
        order[a.entry.source] - order[b.entry.source] ||
        a.index - b.index,
    )
    .map(({ entry }) => entry);
}
