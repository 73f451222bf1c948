/**
 * Applies the theme to the page (`<html data-theme>`) at start, follows the system while
 * the choice is "system", and lets the settings change it.
 */
import { useSyncExternalStore } from 'react';
import { storedTheme, storeTheme, themeOf, type ThemeChoice } from './theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();
let choice: ThemeChoice = storedTheme(window.localStorage);

function systemPrefersDark(): boolean {
  return window.matchMedia?.(DARK_QUERY).matches ?? false;
}

function apply() {
  const theme = themeOf(choice, systemPrefersDark());
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

apply();
window.matchMedia?.(DARK_QUERY).addEventListener('change', () => {
  if (choice === 'system') apply();
});

/** Switches the theme and keeps the choice for the next start. */
export function chooseTheme(next: ThemeChoice): void {
  choice = next;
  storeTheme(window.localStorage, next);
  apply();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, () => choice);
}
