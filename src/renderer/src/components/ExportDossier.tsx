/**
 * "Export dossier…" on a prisoner's page: choose the format and the sharing level, see what
 * that level leaves out before anything is made, then follow the export to the saved file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportPreview } from '../../../shared/api';
import type { Person, SharingLevel } from '../../../shared/records';
import { call } from '../api-client';
import { exportAndSave, type ExportProgress, type SavedExport } from '../lib/export-file';
import { useLoad } from '../lib/use-load';
import { Modal } from './Modal';
import { ExportProgressLine, ExportSaved } from './ExportProgressLine';

const FORMATS = ['pdf', 'html', 'zip'] as const;
type DossierFormat = (typeof FORMATS)[number];
const LEVELS: readonly SharingLevel[] = ['public', 'team', 'private'];

export function ExportDossierButton(props: { readonly person: Person }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('exports.dossierButton')}
      </button>
      {open ? <ExportDossierDialog person={props.person} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ExportDossierDialog(props: { readonly person: Person; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { person } = props;
  const [format, setFormat] = useState<DossierFormat>('pdf');
  const [level, setLevel] = useState<SharingLevel>('team');
  const [progress, setProgress] = useState<ExportProgress>();
  const [saved, setSaved] = useState<SavedExport>();
  const [error, setError] = useState<string>();
  const preview = useLoad(`export-preview:${person.id}:${level}`, () =>
    call('export.preview', { personId: person.id, level }),
  );
  const busy = progress !== undefined && saved === undefined && error === undefined;
  const blocked = preview.status === 'ready' && !preview.data.personShared;

  const start = async () => {
    setSaved(undefined);
    setError(undefined);
    setProgress({ phase: 'working', step: 'collecting', bytes: 0 });
    try {
      setSaved(
        await exportAndSave({ what: 'dossier', personId: person.id, level, format }, setProgress),
      );
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <Modal title={t('exports.dossierTitle', { name: person.name })} onClose={props.onClose}>
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy && !blocked) void start();
        }}
      >
        <fieldset>
          <legend>{t('exports.format')}</legend>
          {FORMATS.map((value) => (
            <label key={value} className="export-choice">
              <input
                type="radio"
                name="export-format"
                value={value}
                checked={format === value}
                disabled={busy}
                onChange={() => setFormat(value)}
              />
              {t(`exports.formats.${value}`)}
            </label>
          ))}
        </fieldset>
        <label className="export-level">
          {t('exports.level')}
          <select
            value={level}
            disabled={busy}
            onChange={(event) => setLevel(event.target.value as SharingLevel)}
          >
            {LEVELS.map((value) => (
              <option key={value} value={value}>
                {t(`exports.levels.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <section className="export-preview" aria-live="polite" aria-label={t('exports.preview')}>
          {preview.status === 'loading' ? <p>{t('exports.previewLoading')}</p> : null}
          {preview.status === 'error' ? <p role="alert">{preview.error.message}</p> : null}
          {preview.status === 'ready' ? <LeftOut preview={preview.data} /> : null}
        </section>
        <ExportProgressLine progress={progress} saved={saved} error={error} />
        {saved ? <ExportSaved saved={saved} /> : null}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy || blocked}>
            {t('exports.export')}
          </button>
          <button type="button" onClick={props.onClose}>
            {saved ? t('app.close') : t('form.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function LeftOut(props: { readonly preview: ExportPreview }) {
  const { t } = useTranslation();
  const { preview } = props;
  const level = t(`exports.levelNames.${preview.level}`);
  if (!preview.personShared) {
    return <p role="alert">{t('exports.personNotShared', { level })}</p>;
  }
  if (preview.leftOut.length === 0) return <p>{t('exports.nothingLeftOut', { level })}</p>;
  const kinds = Object.keys(preview.counts);
  return (
    <>
      <p>{t('exports.leftOut', { count: preview.leftOut.length, level })}</p>
      <ul className="export-left-out">
        {kinds.map((kind) => (
          <li key={kind}>
            <strong>
              {t(`kind.${kind}` as 'kind.person')} × {preview.counts[kind]}
            </strong>
            {': '}
            {preview.leftOut
              .filter((record) => record.kind === kind)
              .map((record) => record.title)
              .join('; ')}
          </li>
        ))}
      </ul>
    </>
  );
}
