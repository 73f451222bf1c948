/**
 * The interface's words in English and Russian, through i18next. Every visible string is
 * looked up by key (the keys are typed from the English dictionary, see i18next.d.ts);
 * dates and numbers go through Intl in `format.ts`.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ru } from './ru';
import { languageOfPreferences, storedLanguage, storeLanguage, type Language } from './language';

function startingLanguage(): Language {
  return storedLanguage(window.localStorage) ?? languageOfPreferences(navigator.languages ?? []);
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ru: { translation: ru } },
  lng: startingLanguage(),
  fallbackLng: 'en',
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  // The dictionaries are bundled: ready before the first render.
  initAsync: false,
  returnNull: false,
});
document.documentElement.lang = i18n.language;

/** Switches the interface's language and keeps the choice for the next start. */
export function chooseLanguage(language: Language): void {
  storeLanguage(window.localStorage, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}
