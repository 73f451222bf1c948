/** What an empty archive shows: what Casefile is, and the two ways to begin. */
import { useTranslation } from 'react-i18next';
import { useOpenSample } from '../lib/use-open-sample';

export function Welcome(props: { readonly onAddPerson: () => void }) {
  const { t } = useTranslation();
  const { busy, error, open: openSample } = useOpenSample();

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('welcome.title')}</h1>
      <p className="welcome-lead">{t('welcome.lead')}</p>
      <p>{t('welcome.empty')}</p>
      <div className="welcome-actions">
        <button type="button" className="button-primary button-large" onClick={props.onAddPerson}>
          {t('welcome.addFirst')}
        </button>
        <button type="button" className="button-large" disabled={busy} onClick={openSample}>
          {busy ? t('welcome.openingSample') : t('welcome.openSample')}
        </button>
      </div>
      <p className="welcome-note">{t('welcome.note')}</p>
      {error ? (
        <div className="error-box" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
    </section>
  );
}
