/** Where a search hit leads: its own page, or the page of the person it belongs to. */
import type { ApiOutput, SearchHit } from '../../../shared/api';
import type { Route } from './router';

export function routeOfHit(hit: SearchHit, query: string): Route {
  if (hit.kind === 'person') return { page: 'person', id: hit.id };
  if (hit.kind === 'article') return { page: 'article', id: hit.id };
  if (hit.personId) return { page: 'person', id: hit.personId };
  return { page: 'search', query };
}

export interface HitGroup {
  readonly kind: SearchHit['kind'];
  readonly hits: readonly { readonly hit: SearchHit; readonly index: number }[];
}

/** Hits grouped by kind, groups in the order their best hit came; `index` is the flat order. */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<SearchHit['kind'], { hit: SearchHit; index: number }[]>();
  for (const hit of hits) {
    const group = groups.get(hit.kind) ?? [];
    group.push({ hit, index: 0 });
    groups.set(hit.kind, group);
  }
  let index = 0;
  return [...groups].map(([kind, items]) => ({
    kind,
    hits: items.map((item) => ({ hit: item.hit, index: index++ })),
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
