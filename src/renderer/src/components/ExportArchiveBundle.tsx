/**
 * "Export archive…": the whole archive as one .casefile file, downloaded the way every export
 * is (export.start / status / chunk). An encrypted archive's file is always encrypted, with a
 * passphrase chosen here; a plain archive's may be.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api-client';
import { useLoad } from '../lib/use-load';
import { useExportRun } from '../lib/use-export-run';
import { TextField } from './Field';
import { ExportProgressLine, ExportSaved } from './ExportProgressLine';

const MIN_PASSPHRASE = 8;

export function ExportArchiveBundle() {
  const { t } = useTranslation();
  const status = useLoad('encryption-status', () => call('encryption.status', {}));
  const archiveEncrypted = status.status === 'ready' && status.data.encrypted;
  const run = useExportRun();
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problems, setProblems] = useState<{ passphrase?: string; again?: string }>({});
  const sealed = archiveEncrypted || encrypt;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (run.busy) return;
    if (sealed) {
      const next = {
        passphrase:
          [...passphrase].length < MIN_PASSPHRASE ? t('bundle.passphraseTooShort') : undefined,
        again: passphrase !== again ? t('bundle.passphrasesDiffer') : undefined,
      };
      setProblems(next);
      if (next.passphrase || next.again) return;
    }
    void run.start({ what: 'bundle', ...(sealed ? { passphrase } : {}) });
  };

  return (
    <form
      className="panel settings-panel bundle-export"
      aria-labelledby="bundle-export-title"
      onSubmit={onSubmit}
      noValidate
    >
      <h2 id="bundle-export-title">{t('bundle.exportTitle')}</h2>
      <p className="cell-muted">{t('bundle.exportLead')}</p>
      {archiveEncrypted ? (
        <p>{t('bundle.encryptedArchive')}</p>
      ) : (
        <label className="settings-radio">
          <input
            type="checkbox"
            checked={encrypt}
            disabled={run.busy}
            onChange={(event) => setEncrypt(event.target.checked)}
          />
          {t('bundle.encrypt')}
        </label>
      )}
      {sealed ? (
        <>
          <TextField
            type="password"
            label={t('bundle.passphrase')}
            hint={t('bundle.passphraseHint')}
            value={passphrase}
            onChange={setPassphrase}
            error={problems.passphrase}
            className="bundle-passphrase"
          />
          <TextField
            type="password"
            label={t('bundle.passphraseAgain')}
            value={again}
            onChange={setAgain}
            error={problems.again}
            className="bundle-passphrase"
          />
        </>
      ) : null}
      <ExportProgressLine progress={run.progress} saved={run.saved} error={run.error} />
      {run.saved ? (
        <>
          <ExportSaved saved={run.saved} />
          <p className="cell-muted">
            {t('bundle.exported', {
              count: run.saved.summary.records ?? 0,
              files: run.saved.summary.files ?? 0,
            })}
          </p>
        </>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={run.busy}>
          {t('bundle.exportButton')}
        </button>
      </div>
    </form>
  );
}
