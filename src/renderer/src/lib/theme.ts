/**
 * Light or dark: the choice is kept on this computer (localStorage), like the language,
 * because it is the reader's, not the archive's — an archive on a shared stick is opened by
 * people who want different themes, and the welcome and unlock screens are themed before
 * any archive is open. "system" follows the operating system. Pure apart from the two
 * storage calls, so that it is tested in Node.
 */

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = Exclude<ThemeChoice, 'system'>;

export const THEME_KEY = 'casefile.theme';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

/** The theme shown for a choice, given whether the system asks for dark. */
export function themeOf(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

export function storedTheme(storage: Pick<Storage, 'getItem'> | undefined): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_KEY);
    return isThemeChoice(value) ? value : 'system';
  } catch {
    // Storage can be refused (private windows, policies): then the system decides.
    return 'system';
  }
}

export function storeTheme(storage: Pick<Storage, 'setItem'> | undefined, choice: ThemeChoice) {
  try {
    storage?.setItem(THEME_KEY, choice);
  } catch {
    // See storedTheme.
  }
}
