/**
 * What an encrypted archive shows while it waits for its passphrase: one field, one button,
 * and a plain word when the passphrase is wrong. Nothing of the archive is shown or loaded.
 */
import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import { ApiError, call } from '../api-client';

export function UnlockScreen(props: {
  readonly lockAfterMinutes: number | null;
  readonly onUnlocked: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase === '') {
      setError(t('unlock.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call('encryption.unlock', { passphrase });
      setPassphrase('');
      props.onUnlocked();
    } catch (caught) {
      setBusy(false);
      setError(
        caught instanceof ApiError && caught.code === 'wrong-passphrase'
          ? t('unlock.wrong')
          : caught instanceof Error
            ? caught.message
            : String(caught),
      );
    }
  }

  return (
    <main className="page">
      <form className="welcome unlock" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
        <h1 id={`${id}-title`}>{t('unlock.title')}</h1>
        <p className="welcome-lead">{t('unlock.lead')}</p>
        <div className={['field', error ? 'field-invalid' : ''].join(' ')}>
          <label htmlFor={`${id}-passphrase`}>{t('unlock.passphrase')}</label>
          <input
            id={`${id}-passphrase`}
            type="password"
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          {error ? (
            <p className="field-error" id={`${id}-error`} role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="welcome-actions">
          <button type="submit" className="button-primary button-large" disabled={busy}>
            {busy ? t('unlock.unlocking') : t('unlock.submit')}
          </button>
        </div>
        {props.lockAfterMinutes ? (
          <p className="welcome-note">
            {t('unlock.autoLock', { minutes: props.lockAfterMinutes })}
          </p>
        ) : null}
        <p className="welcome-note">{t('unlock.forgot')}</p>
      </form>
    </main>
  );
}
