/**
 * "Export dossier…" on a prisoner's page: choose the format and the sharing level, see what
 * that level leaves out before anything is made, then follow the export to the saved file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportPreview } from '../../../shared/api';
import type { Person, SharingLevel } from '../../../shared/records';
import { call } from '../api-client';
import { useExportRun } from '../lib/use-export-run';
import { useLoad } from '../lib/use-load';
import { ExportForm, LevelSelect } from './ExportForm';
import { Modal } from './Modal';

const FORMATS = ['pdf', 'html', 'zip'] as const;
type DossierFormat = (typeof FORMATS)[number];

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
  const run = useExportRun();
  const preview = useLoad(`export-preview:${person.id}:${level}`, () =>
    call('export.preview', { personId: person.id, level }),
  );
  const blocked = preview.status === 'ready' && !preview.data.personShared;

  return (
    <Modal title={t('exports.dossierTitle', { name: person.name })} onClose={props.onClose}>
      <ExportForm
        run={run}
        request={() => ({ what: 'dossier', personId: person.id, level, format })}
        blocked={blocked}
        onClose={props.onClose}
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
                disabled={run.busy}
                onChange={() => setFormat(value)}
              />
              {t(`exports.formats.${value}`)}
            </label>
          ))}
        </fieldset>
        <LevelSelect level={level} disabled={run.busy} onChange={setLevel} />
        <section className="export-preview" aria-live="polite" aria-label={t('exports.preview')}>
          {preview.status === 'loading' ? <p>{t('exports.previewLoading')}</p> : null}
          {preview.status === 'error' ? <p role="alert">{preview.error.message}</p> : null}
          {preview.status === 'ready' ? <LeftOut preview={preview.data} /> : null}
        </section>
      </ExportForm>
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
  const groups =
    preview.leftOutGroups.length > 0 ? (
      <p className="export-left-out-groups">
        {t('profile.leftOutGroups', {
          level,
          groups: preview.leftOutGroups.map((group) => t(`profile.groups.${group}`)).join(', '),
        })}
      </p>
    ) : null;
  if (preview.leftOut.length === 0)
    return groups ?? <p>{t('exports.nothingLeftOut', { level })}</p>;
  const kinds = Object.keys(preview.counts);
  return (
    <>
      {groups}
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
