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
    window.history.replaceState({ casefileIndex: shownIndex }, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else if (window.location.hash !== href) {
    window.location.hash = href;
  }
}

/**
 * The address the app shows. It follows the window's hash, except when a page with unsaved
 * changes keeps the user (Back, Forward, an address typed in): the window then goes back to
 * the entry it came from, so that no entry of the history is lost or rewritten. Each entry
 * the app has shown carries its place in the history (`casefileIndex` in history.state),
 * which tells how far to go back.
 */
let shown: string | null = null;
let shownIndex = 0;
const listeners = new Set<() => void>();
const leaveChecks = new Set<() => boolean>();

/**
 * While registered, `mayLeave` is asked before the app follows a change of address it did
 * not make itself; answering false keeps the page. Returns the unregistering function.
 */
export function checkBeforeLeaving(mayLeave: () => boolean): () => void {
  leaveChecks.add(mayLeave);
  return () => leaveChecks.delete(mayLeave);
}

function indexOfEntry(): number | undefined {
  const state: unknown = window.history.state;
  const index = (state as { casefileIndex?: unknown } | null)?.casefileIndex;
  return typeof index === 'number' ? index : undefined;
}

function onHashChange(): void {
  const next = window.location.hash;
  if (next === shown) return;
  const index = indexOfEntry();
  for (const mayLeave of leaveChecks) {
    if (!mayLeave()) {
      // Back to the entry shown: by as many steps as the user went, or one for a new entry.
      if (index === undefined) window.history.back();
      else window.history.go(shownIndex - index);
      return;
    }
  }
  shown = next;
  if (index === undefined) {
    shownIndex += 1;
    window.history.replaceState({ casefileIndex: shownIndex }, '');
  } else {
    shownIndex = index;
  }
  for (const listener of listeners) listener();
}

function subscribe(onChange: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', onHashChange);
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

function currentHash(): string {
  if (shown === null) {
    shown = window.location.hash;
    shownIndex = indexOfEntry() ?? 0;
    window.history.replaceState({ casefileIndex: shownIndex }, '');
  }
  return shown;
}

/** The current route, re-rendering when the address changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parseRoute(hash), [hash]);
}
