/**
 * Which language the interface speaks: the one chosen in the top bar (kept in
 * localStorage), else the browser's, else English. Pure apart from the two storage calls,
 * so that the choice is tested in Node.
 */

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_KEY = 'casefile.language';

/** Each language's own name, as the switch shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский' };

/**
 * The Intl locale for each language. English dates are written day first (British usage),
 * as campaigns in the region and their partners abroad read them.
 */
export const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language for the browser's preferences. Kazakh readers get Russian: the interface
 * has no Kazakh yet, and Russian is the other language of the country's courts and prisons.
 */
export function languageOfPreferences(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en') return 'en';
    if (base === 'ru' || base === 'kk') return 'ru';
  }
  return 'en';
}

export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language | null {
  try {
    const value = storage?.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    // Storage can be refused (private windows, policies): then the choice lasts the visit.
    return null;
  }
}

export function storeLanguage(storage: Pick<Storage, 'setItem'> | undefined, language: Language) {
  try {
    storage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // See storedLanguage.
  }
}
