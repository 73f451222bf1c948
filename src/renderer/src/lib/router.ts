/**
 * A small hash router: the app's pages are addressed by the hash (see `routes.ts`), so a
 * reload, a bookmark or Back keeps the place, in the Electron window and in a browser alike.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { hrefOf, parseRoute, type Route } from './routes';

export { hrefOf, NEW_ARTICLE, parseRoute, searchRoute, type Route } from './routes';

/** Goes to a route; `replace` keeps the history from growing (after saving a new record). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = hrefOf(route);
  if (options.replace) {
    window.history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else if (window.location.hash !== href) {
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
  return useMemo(() => parseRoute(hash), [hash]);
}
