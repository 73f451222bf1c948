/** Where a search hit leads, how it is grouped, and how it reads in a list. */
import type { ApiOutput, SearchHit } from '../../../shared/api';
import { EVENT_TYPE_LABELS } from './labels';
import { searchRoute, type Route } from './routes';
import { NO_FILTERS, SEARCH_KINDS, type SearchFilters } from './search-filters';

/**
 * A person, an article, a document and a facility open their own page; a letter, address,
 * case or event the page of the person it belongs to.
 */
export function routeOfHit(
  hit: Pick<SearchHit, 'kind' | 'id' | 'personId'>,
  query: string,
  filters: SearchFilters = NO_FILTERS,
): Route {
  if (hit.kind === 'person') return { page: 'person', id: hit.id };
  if (hit.kind === 'article') return { page: 'article', id: hit.id };
  if (hit.kind === 'document') return { page: 'document', id: hit.id };
  if (hit.kind === 'facility') return { page: 'facility', id: hit.id };
  if (hit.personId) return { page: 'person', id: hit.personId };
  return searchRoute(query, filters);
}

/**
 * A name offered when nothing matched: a person opens their page; anything else is
 * searched for by its own name, without the filters that found nothing.
 */
export function routeOfSuggestion(suggestion: Pick<SearchHit, 'kind' | 'id' | 'title'>): Route {
  if (suggestion.kind === 'person') return { page: 'person', id: suggestion.id };
  return searchRoute(suggestion.title);
}

export interface HitGroup {
  readonly kind: SearchHit['kind'];
  readonly hits: readonly { readonly hit: SearchHit; readonly index: number }[];
}

const GROUP_ORDER: readonly SearchHit['kind'][] = [...SEARCH_KINDS, 'attachment'];

/**
 * Hits grouped by kind, the groups always in one order (People, Facilities, Letters,
 * Articles, Documents, Cases, Events, Addresses), each group best first; `index` is the
 * flat order, the one the keyboard walks.
 */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<SearchHit['kind'], SearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.kind) ?? [];
    group.push(hit);
    groups.set(hit.kind, group);
  }
  let index = 0;
  return GROUP_ORDER.filter((kind) => groups.has(kind)).map((kind) => ({
    kind,
    hits: (groups.get(kind) ?? []).map((hit) => ({ hit, index: index++ })),
  }));
}

/** Records that nearly match, shown like hits when nothing matches. */
export function suggestionsAsHits(answer: ApiOutput<'search.query'>): SearchHit[] {
  return answer.suggestions.map((suggestion) => ({
    ...suggestion,
    score: 0,
    snippet: '',
    highlights: [],
  }));
}

/** How a hit reads in the results list. */
export interface PresentedHit {
  readonly title: string;
  /** The snippet is the title itself, so the title carries the highlights. */
  readonly titleMatched: boolean;
  /** ISO date, when the hit itself says one. */
  readonly date?: string;
  /** The person the hit belongs to, when the title does not already name them. */
  readonly person?: string;
}

const LETTER_TITLE = /^Letter (to|from)\s*(\d{4}-\d{2}-\d{2})?$/;
const EVENT_TITLE = /^(\d{4}-\d{2}-\d{2}) (\S+)$/;

/** The words a row is made of, in the interface's language. */
export interface HitWords {
  readonly letter: (direction: 'to' | 'from', person: string) => string;
  readonly letterWithoutPerson: (direction: 'to' | 'from') => string;
  /** An event type, `other` included. */
  readonly eventType: (type: string) => string;
  /** A case with neither a title nor charges has no title of its own. */
  readonly untitledCase: string;
}

/** English words, as the archive itself writes them. */
export const ENGLISH_HIT_WORDS: HitWords = {
  letter: (direction, person) => `Letter ${direction} ${person}`,
  letterWithoutPerson: (direction) => (direction === 'to' ? 'Outgoing letter' : 'Incoming letter'),
  eventType: (type) =>
    type === 'other'
      ? 'Other event'
      : ((EVENT_TYPE_LABELS as Record<string, string>)[type] ?? type),
  untitledCase: 'Case without charges',
};

/**
 * A hit as a row: letters and events carry their date in the title ("Letter to 2024-05-03",
 * "2024-02-28 arrest"); it is taken out, to be shown day-first in its own column, and the
 * title is made to read as words ("Letter to Nurlan Kushakbaev", "Arrest").
 */
export function presentHit(
  hit: SearchHit,
  personName?: string,
  words: HitWords = ENGLISH_HIT_WORDS,
): PresentedHit {
  const titleMatched = hit.snippet !== '' && hit.snippet === hit.title;
  const person = hit.kind !== 'person' && hit.kind !== 'facility' ? personName : undefined;
  if (hit.kind === 'letter') {
    const match = LETTER_TITLE.exec(hit.title);
    if (match) {
      const direction = match[1] as 'to' | 'from';
      const title = person ? words.letter(direction, person) : words.letterWithoutPerson(direction);
      return { title, titleMatched: false, date: match[2] };
    }
  }
  if (hit.kind === 'event') {
    const match = EVENT_TITLE.exec(hit.title);
    if (match) {
      return { title: words.eventType(match[2]), titleMatched: false, date: match[1], person };
    }
  }
  if (hit.kind === 'case' && hit.title.trim() === '') {
    return { title: words.untitledCase, titleMatched: false, person };
  }
  return { title: hit.title, titleMatched, person };
}

/** A hit's identity across answers. */
export function hitKey(hit: Pick<SearchHit, 'kind' | 'id'>): string {
  return `${hit.kind}:${hit.id}`;
}

/** Hits whose date is not in the hit itself but in their record. */
export function needsDateLookup(hit: Pick<SearchHit, 'kind'>): boolean {
  return (
    hit.kind === 'article' ||
    hit.kind === 'document' ||
    hit.kind === 'case' ||
    hit.kind === 'address'
  );
}

/** The date a result row shows for a record: when it was published, arrested, moved in. */
export function dateOfRecord(
  kind: SearchHit['kind'],
  record: Readonly<Record<string, unknown>>,
): string | undefined {
  const field =
    kind === 'case'
      ? (record.arrestDate ?? record.verdictDate)
      : kind === 'address'
        ? record.validFrom
        : kind === 'article' || kind === 'document'
          ? record.date
          : undefined;
  return typeof field === 'string' && field !== '' ? field : undefined;
}
