/**
 * The app's addresses: `#/` (the dashboard), `#/persons?status=…&sort=…` (see
 * prisoner-list.ts), `#/persons/<id>`, `#/facilities`, `#/facilities/<id>`, `#/articles`,
 * `#/articles/<id>`, `#/documents`, `#/documents/<id>` and `#/search?q=…&kind=…&person=…&facility=…&from=…&to=…&status=…&tag=…`,
 * read and written.
 * Pure (no window), so that the round trip is tested in Node; `router.ts` adds the browser.
 */
import { paramsOfView, viewOfParams, type PrisonerListView } from './prisoner-list';
import { NO_FILTERS, paramsOfSearch, searchOfParams, type SearchFilters } from './search-filters';

export type Route =
  | { readonly page: 'dashboard' }
  /** Without a view: the list unfiltered, by name. */
  | { readonly page: 'persons'; readonly view?: PrisonerListView }
  | { readonly page: 'person'; readonly id: string }
  | { readonly page: 'facilities' }
  | { readonly page: 'facility'; readonly id: string }
  | { readonly page: 'articles' }
  | { readonly page: 'article'; readonly id: string }
  | { readonly page: 'documents' }
  | { readonly page: 'document'; readonly id: string }
  | { readonly page: 'search'; readonly query: string; readonly filters: SearchFilters }
  | { readonly page: 'settings' }
  | { readonly page: 'import' }
  | { readonly page: 'not-found'; readonly path: string };

/** The id that the article route uses for an article not yet saved. */
export const NEW_ARTICLE = 'new';

/** The results page for some words, with no filters unless given. */
export function searchRoute(query: string, filters: SearchFilters = NO_FILTERS): Route {
  return { page: 'search', query, filters };
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const at = raw.indexOf('?');
  const pathPart = at < 0 ? raw : raw.slice(0, at);
  const queryPart = at < 0 ? '' : raw.slice(at + 1);
  const segments = pathPart
    .split('/')
    .filter(Boolean)
    .map((segment) => safeDecode(segment));
  if (segments.length === 0) return { page: 'dashboard' };
  const [first, second, ...rest] = segments;
  if (rest.length === 0) {
    if (first === 'persons') {
      if (second) return { page: 'person', id: second };
      const view = viewOfParams(new URLSearchParams(queryPart));
      return paramsOfView(view).size > 0 ? { page: 'persons', view } : { page: 'persons' };
    }
    if (first === 'facilities') {
      return second ? { page: 'facility', id: second } : { page: 'facilities' };
    }
    if (first === 'articles')
      return second ? { page: 'article', id: second } : { page: 'articles' };
    if (first === 'documents')
      return second ? { page: 'document', id: second } : { page: 'documents' };
    if (first === 'settings' && second === undefined) return { page: 'settings' };
    if (first === 'import' && second === undefined) return { page: 'import' };
    if (first === 'search' && second === undefined) {
      const { query, filters } = searchOfParams(new URLSearchParams(queryPart));
      return { page: 'search', query, filters };
    }
  }
  return { page: 'not-found', path: raw };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'dashboard':
      return '#/';
    case 'persons': {
      const params = route.view ? paramsOfView(route.view).toString() : '';
      return params ? `#/persons?${params}` : '#/persons';
    }
    case 'person':
      return `#/persons/${encodeURIComponent(route.id)}`;
    case 'facilities':
      return '#/facilities';
    case 'facility':
      return `#/facilities/${encodeURIComponent(route.id)}`;
    case 'articles':
      return '#/articles';
    case 'article':
      return `#/articles/${encodeURIComponent(route.id)}`;
    case 'documents':
      return '#/documents';
    case 'document':
      return `#/documents/${encodeURIComponent(route.id)}`;
    case 'search':
      return `#/search?${paramsOfSearch(route.query, route.filters).toString()}`;
    case 'settings':
      return '#/settings';
    case 'import':
      return '#/import';
    case 'not-found':
      return `#${route.path.startsWith('/') ? '' : '/'}${route.path}`;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
