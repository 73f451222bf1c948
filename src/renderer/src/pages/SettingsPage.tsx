/**
 * The settings: the language and the theme, kept on this computer, and how many days
 * without a letter the dashboard waits before listing a prisoner, kept in the archive.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ArchiveSettings } from '../../../shared/api';
import { call } from '../api-client';
import { useArchive } from '../lib/archive-context';
import { useOpenSample } from '../lib/use-open-sample';
import { ErrorSummary, TextField } from '../components/Field';
import { ExportArchiveBundle } from '../components/ExportArchiveBundle';
import { LanguageSelect } from '../components/LanguageSwitch';
import { Loading, LoadError } from '../components/Status';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { isThemeChoice, THEME_CHOICES } from '../lib/theme';
import { chooseTheme, useThemeChoice } from '../lib/use-theme';
import { useLoad } from '../lib/use-load';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <section className="settings-page" aria-labelledby="settings-title">
      <div className="page-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </div>
      <div className="panel settings-panel">
        <h2>{t('settings.onComputer')}</h2>
        <p className="cell-muted">{t('settings.onComputerLead')}</p>
        <LanguageChoice />
        <ThemeChoice />
      </div>
      <ArchiveSettingsForm />
      <ExportArchiveBundle />
      <SamplePanel />
    </section>
  );
}

function LanguageChoice() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('nav.language')}</label>
      <LanguageSelect id={id} />
    </div>
  );
}

function ThemeChoice() {
  const { t } = useTranslation();
  const choice = useThemeChoice();
  const name = useId();
  return (
    <fieldset className="settings-theme">
      <legend>{t('settings.theme')}</legend>
      {THEME_CHOICES.map((value) => (
        <label key={value} className="settings-radio">
          <input
            type="radio"
            name={name}
            value={value}
            checked={choice === value}
            onChange={(event) => {
              if (isThemeChoice(event.target.value)) chooseTheme(event.target.value);
            }}
          />
          {t(`settings.themes.${value}`)}
        </label>
      ))}
    </fieldset>
  );
}

function ArchiveSettingsForm() {
  const { t } = useTranslation();
  const state = useLoad('settings', () => call('settings.get', {}));
  if (state.status === 'loading') return <Loading what={t('settings.loading')} />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.reload} />;
  return <ArchiveSettingsEditor saved={state.data} />;
}

function ArchiveSettingsEditor(props: { readonly saved: ArchiveSettings }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(props.saved);
  const [days, setDays] = useState(String(props.saved.quietDays));
  const [returnAddress, setReturnAddress] = useState(props.saved.returnAddress.join('\n'));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    // The API's own rule for the days, told here in the window's language.
    const quietDays = ArchiveSettings.shape.quietDays.safeParse(
      /^\d+$/.test(days.trim()) ? Number(days.trim()) : Number.NaN,
    );
    if (!quietDays.success) {
      setErrors({ fields: { quietDays: t('settings.quietDaysProblem') }, general: [] });
      return;
    }
    setBusy(true);
    try {
      const next = await call('settings.update', {
        quietDays: quietDays.data,
        returnAddress: returnAddress
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      });
      setSaved(next);
      setDays(String(next.quietDays));
      setReturnAddress(next.returnAddress.join('\n'));
      setErrors(NO_ERRORS);
      setDone(true);
    } catch (error) {
      setErrors(formErrorsOf(error, ['quietDays', 'returnAddress']));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="panel settings-panel"
      aria-labelledby="settings-archive"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <h2 id="settings-archive">{t('settings.inArchive')}</h2>
      <p className="cell-muted">{t('settings.inArchiveLead')}</p>
      <ErrorSummary messages={errors.general} />
      <TextField
        label={t('settings.quietDays')}
        value={days}
        onChange={setDays}
        inputMode="numeric"
        error={errors.fields.quietDays}
        hint={t('settings.quietDaysHint', { days: saved.quietDays })}
        className="settings-days"
      />
      <TextField
        label={t('settings.returnAddress')}
        value={returnAddress}
        onChange={setReturnAddress}
        multiline
        rows={4}
        error={errors.fields.returnAddress}
        hint={t('settings.returnAddressHint')}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('form.saving') : t('settings.save')}
        </button>
        {done ? (
          <span className="saved-note" role="status">
            {t('settings.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}

/** The fictional sample archive, reachable at any time, not only from an empty archive. */
function SamplePanel() {
  const { t } = useTranslation();
  const archive = useArchive();
  const { busy, error, open: openSample } = useOpenSample();
  if (archive.info.isSample) return null;

  return (
    <section className="panel settings-panel" aria-labelledby="settings-sample">
      <h2 id="settings-sample">{t('settings.sampleTitle')}</h2>
      <p className="cell-muted">{t('settings.sampleLead')}</p>
      <button type="button" disabled={busy} onClick={openSample}>
        {busy ? t('welcome.openingSample') : t('welcome.openSample')}
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
