/** The language of the interface, chosen in the top bar and kept for the next start. */
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../i18n';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../i18n/language';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('nav.language')}</span>
      <LanguageSelect />
    </label>
  );
}

/** The choice of language itself, each named in its own tongue, for a label to name. */
export function LanguageSelect(props: { readonly id?: string }) {
  const { i18n } = useTranslation();
  return (
    <select
      id={props.id}
      value={i18n.language}
      onChange={(event) => {
        if (isLanguage(event.target.value)) chooseLanguage(event.target.value);
      }}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </select>
  );
}
