/**
 * A small hash router: the app's pages are addressed as `#/persons`, `#/persons/<id>`,
 * `#/articles`, `#/articles/<id>` and `#/search?q=`, so a reload or a bookmark keeps the
 * place, in the Electron window and in a browser alike.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { readonly page: 'persons' }
  | { readonly page: 'person'; readonly id: string }
  | { readonly page: 'articles' }
  | { readonly page: 'article'; readonly id: string }
  | { readonly page: 'search'; readonly query: string }
  | { readonly page: 'not-found'; readonly path: string };

/** The id that the article route uses for an article not yet saved. */
export const NEW_ARTICLE = 'new';

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart, queryPart = ''] = raw.split('?', 2);
  const segments = pathPart
    .split('/')
    .filter(Boolean)
    .map((segment) => safeDecode(segment));
  const params = new URLSearchParams(queryPart);
  if (segments.length === 0) return { page: 'persons' };
  const [first, second, ...rest] = segments;
  if (rest.length === 0) {
    if (first === 'persons') return second ? { page: 'person', id: second } : { page: 'persons' };
    if (first === 'articles')
      return second ? { page: 'article', id: second } : { page: 'articles' };
    if (first === 'search' && second === undefined) {
      return { page: 'search', query: params.get('q') ?? '' };
    }
  }
  return { page: 'not-found', path: raw };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'persons':
      return '#/persons';
    case 'person':
      return `#/persons/${encodeURIComponent(route.id)}`;
    case 'articles':
      return '#/articles';
    case 'article':
      return `#/articles/${encodeURIComponent(route.id)}`;
    case 'search':
      return `#/search?${new URLSearchParams({ q: route.query }).toString()}`;
    case 'not-found':
      return `#/${route.path}`;
  }
}

/** Goes to a route; `replace` keeps the history from growing (after saving a new record). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = hrefOf(route);
  if (options.replace) {
    window.history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** The current route, re-rendering when the address changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
