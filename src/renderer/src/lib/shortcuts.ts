/**
 * The keyboard shortcuts outside forms: "?" shows them, "g" then a letter goes to a
 * section. Pure (no window), so that the key sequences are tested in Node.
 */
import type { Route } from './routes';

/** "g" then one of these letters, as on many web apps: mostly the first letter of the section. */
export const GO_TO: readonly { readonly key: string; readonly route: Route }[] = [
  { key: 'd', route: { page: 'dashboard' } },
  { key: 'p', route: { page: 'persons' } },
  { key: 'f', route: { page: 'facilities' } },
  { key: 'a', route: { page: 'articles' } },
  // "d" is the dashboard's: documents take the second letter.
  { key: 'o', route: { page: 'documents' } },
  { key: 'i', route: { page: 'import' } },
  { key: 's', route: { page: 'settings' } },
];

/** How long after "g" the second letter still counts. */
export const SEQUENCE_MS = 1500;

export type ShortcutAction =
  | { readonly kind: 'help' }
  | { readonly kind: 'go'; readonly route: Route }
  /** The first key of a sequence: wait for the next. */
  | { readonly kind: 'pending' }
  | { readonly kind: 'none' };

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** Typing in a box: letters are text there, never shortcuts. */
  readonly inTextField: boolean;
}

/** What a key does, given when "g" was last pressed (null: it was not). */
export function actionOfKey(
  press: KeyPress,
  gPressedAt: number | null,
  now: number,
): ShortcutAction {
  if (press.inTextField || press.ctrlKey || press.metaKey || press.altKey) return { kind: 'none' };
  if (press.key === '?') return { kind: 'help' };
  const key = press.key.toLowerCase();
  if (gPressedAt !== null && now - gPressedAt <= SEQUENCE_MS) {
    const target = GO_TO.find((entry) => entry.key === key);
    if (target) return { kind: 'go', route: target.route };
  }
  if (key === 'g') return { kind: 'pending' };
  return { kind: 'none' };
}
