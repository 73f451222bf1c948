/**
 * The prisoners list's filters and order as they live in the address
 * (`#/persons?status=…&facility=…&region=…&tag=…&sort=…&order=desc`), and how they apply to
 * the rows the archive sends. Pure: tested in Node.
 */
import type { FacilityRef, PrisonerRow } from '../../../shared/api';
import { PRISONER_STATUSES } from '../../../shared/records';

export const SORT_KEYS = ['name', 'status', 'facility', 'days', 'lastLetter', 'awaiting'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface PrisonerListView {
  readonly status?: string;
  /** A facility's id. */
  readonly facility?: string;
  readonly region?: string;
  readonly tag?: string;
  readonly sort: SortKey;
  readonly descending: boolean;
}

export const DEFAULT_VIEW: PrisonerListView = { sort: 'name', descending: false };

/**
 * The direction a column starts in: the most urgent first. Longest in detention, the
 * oldest last letter (who needs one), the most letters unanswered.
 */
const FIRST_DESCENDING: Record<SortKey, boolean> = {
  name: false,
  status: false,
  facility: false,
  days: true,
  lastLetter: false,
  awaiting: true,
};

function isSortKey(value: string | null): value is SortKey {
  return value !== null && (SORT_KEYS as readonly string[]).includes(value);
}

const FILTERS = ['status', 'facility', 'region', 'tag'] as const;

export function viewOfParams(params: URLSearchParams): PrisonerListView {
  const sort = params.get('sort');
  const view: { -readonly [K in keyof PrisonerListView]: PrisonerListView[K] } = {
    sort: isSortKey(sort) ? sort : DEFAULT_VIEW.sort,
    descending: params.get('order') === 'desc',
  };
  for (const filter of FILTERS) {
    const value = params.get(filter)?.trim();
    if (value) view[filter] = value;
  }
  return view;
}

export function paramsOfView(view: PrisonerListView): URLSearchParams {
  const params = new URLSearchParams();
  for (const filter of FILTERS) {
    const value = view[filter];
    if (value) params.set(filter, value);
  }
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.descending) params.set('order', 'desc');
  return params;
}

export function isFiltered(view: PrisonerListView): boolean {
  return FILTERS.some((filter) => view[filter] !== undefined);
}

/** The view without its filters, in the same order. */
export function withoutFilters(view: PrisonerListView): PrisonerListView {
  return { sort: view.sort, descending: view.descending };
}

/** Sorting by a column: the same column again turns the order round. */
export function sortedBy(view: PrisonerListView, key: SortKey): PrisonerListView {
  return view.sort === key
    ? { ...view, descending: !view.descending }
    : { ...view, sort: key, descending: FIRST_DESCENDING[key] };
}

export function filterRows(rows: readonly PrisonerRow[], view: PrisonerListView): PrisonerRow[] {
  return rows.filter(
    (row) =>
      (!view.status || row.status === view.status) &&
      (!view.facility || row.facility?.id === view.facility) &&
      (!view.region || row.facility?.region === view.region) &&
      (!view.tag || row.tags.includes(view.tag)),
  );
}

type Comparable = string | number | null;

function sortValue(row: PrisonerRow, key: SortKey): Comparable {
  switch (key) {
    case 'name':
      return row.name;
    case 'status':
      return row.status ? PRISONER_STATUSES.indexOf(row.status) : null;
    case 'facility':
      return row.facility?.code ?? row.addressLine;
    case 'days':
      return row.daysInDetention;
    case 'lastLetter':
      // Never written to comes before any date: that prisoner needs a letter most.
      return row.lastSentOn ?? '';
    case 'awaiting':
      return row.awaitingReply;
  }
}

/** Rows in the view's order; rows without a value go last either way, then by name. */
export function sortRows(
  rows: readonly PrisonerRow[],
  view: PrisonerListView,
  collator: Intl.Collator,
): PrisonerRow[] {
  const direction = view.descending ? -1 : 1;
  const compare = (a: Comparable, b: Comparable): number =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return [...rows].sort((left, right) => {
    const a = sortValue(left, view.sort);
    const b = sortValue(right, view.sort);
    if (a === null || b === null) {
      if (a !== b) return a === null ? 1 : -1;
    } else {
      const order = compare(a, b) * direction;
      if (order !== 0) return order;
    }
    return collator.compare(left.name, right.name);
  });
}

/** The values the filters offer: those that occur among the rows. */
export function filterChoices(rows: readonly PrisonerRow[]): {
  statuses: PrisonerRow['status'][];
  facilities: FacilityRef[];
  regions: string[];
  tags: string[];
} {
  const statuses = new Set<NonNullable<PrisonerRow['status']>>();
  const facilities = new Map<string, FacilityRef>();
  const regions = new Set<string>();
  const tags = new Set<string>();
  for (const row of rows) {
    if (row.status) statuses.add(row.status);
    if (row.facility) facilities.set(row.facility.id, row.facility);
    if (row.facility?.region) regions.add(row.facility.region);
    for (const tag of row.tags) tags.add(tag);
  }
  return {
    statuses: PRISONER_STATUSES.filter((status) => statuses.has(status)),
    facilities: [...facilities.values()].sort((a, b) => a.code.localeCompare(b.code)),
    regions: [...regions].sort((a, b) => a.localeCompare(b)),
    tags: [...tags].sort((a, b) => a.localeCompare(b)),
  };
}
