/**
 * The filters of the results page as they live in the address (`#/search?q=…&kind=…`), and
 * the search request they make. Pure: no window, no React, so that it is tested in Node.
 */
import type { ApiInput } from '../../../shared/api';
import type { RecordKind } from '../../../shared/records';
import { parseCalendarDate } from './dates';
import {
  CASE_STATUS_LABELS,
  DOCUMENT_TYPE_LABELS,
  EVENT_TYPE_LABELS,
  LETTER_STATUS_LABELS,
  STATUS_LABELS,
} from './labels';

/** The date-range problem of the filters; the page says it in the interface's language. */
export const END_BEFORE_START = 'The end date is before the start date.';

/** The kinds one can search for, in the order the interface lists them. */
export const SEARCH_KINDS = [
  'person',
  'facility',
  'letter',
  'article',
  'document',
  'case',
  'event',
  'address',
] as const satisfies readonly RecordKind[];
export type SearchKind = (typeof SEARCH_KINDS)[number];

export function isSearchKind(value: string): value is SearchKind {
  return (SEARCH_KINDS as readonly string[]).includes(value);
}

export interface SearchFilters {
  /** Empty: every kind. Kept in the order of SEARCH_KINDS. */
  readonly kinds: readonly SearchKind[];
  readonly personId?: string;
  readonly facilityId?: string;
  /** As the address has it: ISO when the app wrote it; checked before searching. */
  readonly from?: string;
  readonly to?: string;
  readonly status?: string;
  /** A record must carry all of them. */
  readonly tags: readonly string[];
}

export const NO_FILTERS: SearchFilters = { kinds: [], tags: [] };

/** The most hits the archive answers with; the results page asks for all of them. */
export const MAX_RESULTS = 5000;

const PARAM = {
  query: 'q',
  kind: 'kind',
  person: 'person',
  facility: 'facility',
  from: 'from',
  to: 'to',
  status: 'status',
  tag: 'tag',
} as const;

const clean = (value: string | null | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** Builds filters, dropping empty values and putting kinds and tags in a stable order. */
export function makeFilters(parts: {
  readonly kinds?: readonly string[];
  readonly personId?: string | null;
  readonly facilityId?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly status?: string | null;
  readonly tags?: readonly string[];
}): SearchFilters {
  const kinds = new Set((parts.kinds ?? []).filter(isSearchKind));
  const tags = [...new Set((parts.tags ?? []).map((tag) => tag.trim()).filter(Boolean))];
  const optional = {
    personId: clean(parts.personId),
    facilityId: clean(parts.facilityId),
    from: clean(parts.from),
    to: clean(parts.to),
    status: clean(parts.status),
  };
  return {
    kinds: SEARCH_KINDS.filter((kind) => kinds.has(kind)),
    tags,
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  };
}

/** The same filters with some changed; `undefined` removes one. */
export function withFilters(filters: SearchFilters, patch: Partial<SearchFilters>): SearchFilters {
  return makeFilters({ ...filters, ...patch });
}

/** Kinds a chip toggles: on when it was off, off when it was on. */
export function toggleKind(filters: SearchFilters, kind: SearchKind): SearchFilters {
  const kinds = filters.kinds.includes(kind)
    ? filters.kinds.filter((other) => other !== kind)
    : [...filters.kinds, kind];
  return withFilters(filters, { kinds });
}

export function hasFilters(filters: SearchFilters): boolean {
  return (
    filters.kinds.length > 0 ||
    filters.tags.length > 0 ||
    filters.personId !== undefined ||
    filters.facilityId !== undefined ||
    filters.from !== undefined ||
    filters.to !== undefined ||
    filters.status !== undefined
  );
}

/** Reads the words and the filters from the query part of the address. */
export function searchOfParams(params: URLSearchParams): {
  query: string;
  filters: SearchFilters;
} {
  const kinds = params.getAll(PARAM.kind).flatMap((value) => value.split(','));
  const tags = params.getAll(PARAM.tag);
  return {
    query: params.get(PARAM.query) ?? '',
    filters: makeFilters({
      kinds,
      personId: params.get(PARAM.person),
      facilityId: params.get(PARAM.facility),
      from: params.get(PARAM.from),
      to: params.get(PARAM.to),
      status: params.get(PARAM.status),
      tags,
    }),
  };
}

/** The words and filters as the query part of the address: only what is set. */
export function paramsOfSearch(query: string, filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  params.set(PARAM.query, query);
  for (const kind of filters.kinds) params.append(PARAM.kind, kind);
  if (filters.personId) params.set(PARAM.person, filters.personId);
  if (filters.facilityId) params.set(PARAM.facility, filters.facilityId);
  if (filters.from) params.set(PARAM.from, filters.from);
  if (filters.to) params.set(PARAM.to, filters.to);
  if (filters.status) params.set(PARAM.status, filters.status);
  for (const tag of filters.tags) params.append(PARAM.tag, tag);
  return params;
}

/** Tags as typed in one box: separated by commas. */
export function tagsOfInput(text: string): string[] {
  return makeFilters({ tags: text.split(',') }).tags as string[];
}

export type DateErrors = { readonly from?: string; readonly to?: string };

export type SearchRequest =
  | { readonly ok: true; readonly input: ApiInput<'search.query'> }
  | { readonly ok: false; readonly errors: DateErrors };

/** Reads the date filters: day-first or ISO, real calendar days, the end not before the start. */
export function readDateRange(
  fromText: string | undefined,
  toText: string | undefined,
): { from?: string; to?: string; errors: DateErrors } {
  const from = parseCalendarDate(fromText ?? '');
  const to = parseCalendarDate(toText ?? '');
  const errors: { from?: string; to?: string } = {};
  if (!from.ok) errors.from = from.message;
  if (!to.ok) errors.to = to.message;
  const fromIso = from.ok ? from.iso : undefined;
  const toIso = to.ok ? to.iso : undefined;
  if (fromIso && toIso && toIso < fromIso) errors.to = END_BEFORE_START;
  return { from: fromIso, to: toIso, errors };
}

/** The API request of a search, or why the filters cannot be used yet. */
export function searchRequestOf(
  query: string,
  filters: SearchFilters,
  limit: number = MAX_RESULTS,
): SearchRequest {
  const dates = readDateRange(filters.from, filters.to);
  if (dates.errors.from || dates.errors.to) return { ok: false, errors: dates.errors };
  const input: ApiInput<'search.query'> = {
    query: query.trim(),
    limit,
    ...(filters.kinds.length > 0 ? { kinds: [...filters.kinds] } : {}),
    ...(filters.personId ? { personId: filters.personId } : {}),
    ...(filters.facilityId ? { facilityId: filters.facilityId } : {}),
    ...(dates.from ? { from: dates.from } : {}),
    ...(dates.to ? { to: dates.to } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.tags.length > 0 ? { tags: [...filters.tags] } : {}),
  };
  return { ok: true, input };
}

/** Where a group's values are named in the dictionary (`status.pre-trial`, `caseStatus.…`). */
export type StatusGroupKey =
  'status' | 'caseStatus' | 'letterStatus' | 'eventType' | 'documentType';

/**
 * Statuses one can filter by, grouped by the kind of record that has them; each value once.
 * Values only: the page names the groups and the values in its language.
 */
export function statusGroups(): { key: StatusGroupKey; values: string[] }[] {
  const groups: { key: StatusGroupKey; labels: Record<string, string> }[] = [
    { key: 'status', labels: STATUS_LABELS },
    { key: 'caseStatus', labels: CASE_STATUS_LABELS },
    { key: 'letterStatus', labels: LETTER_STATUS_LABELS },
    { key: 'eventType', labels: EVENT_TYPE_LABELS },
    { key: 'documentType', labels: DOCUMENT_TYPE_LABELS },
  ];
  const seen = new Set<string>();
  return groups
    .map((group) => ({
      key: group.key,
      values: Object.keys(group.labels).filter((value) => {
        if (seen.has(value)) return false;
        seen.add(value);
        return true;
      }),
    }))
    .filter((group) => group.values.length > 0);
}

/**
 * How far the full-text index is built, in whole percent (never 100 while still building);
 * null once it is ready, when no progress line is shown.
 */
export function indexingShare(status: {
  readonly state: 'ready' | 'building';
  readonly done: number;
  readonly total: number;
}): number | null {
  if (status.state !== 'building') return null;
  const share = status.total > 0 ? Math.floor((100 * status.done) / status.total) : 0;
  return Math.min(99, Math.max(0, share));
}
