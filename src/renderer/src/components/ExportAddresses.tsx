/**
 * "Export addresses…" on the prisoners list: the current addresses of the prisoners listed
 * (as the filters leave them) or of everyone with a tag, as a CSV for a letter-writing
 * evening or a mail merge, at a chosen sharing level.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrisonerRow } from '../../../shared/api';
import type { SharingLevel } from '../../../shared/records';
import { exportAndSave, type ExportProgress, type SavedExport } from '../lib/export-file';
import { ExportProgressLine, ExportSaved } from './ExportProgressLine';
import { Modal } from './Modal';

const LEVELS: readonly SharingLevel[] = ['public', 'team', 'private'];
const LAYOUTS = ['csv', 'envelope-dl', 'envelope-c5', 'labels-a4'] as const;
type Layout = (typeof LAYOUTS)[number];

export function ExportAddressesButton(props: { readonly listed: readonly PrisonerRow[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('exports.addressesButton')}
      </button>
      {open ? <ExportAddressesDialog listed={props.listed} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ExportAddressesDialog(props: {
  readonly listed: readonly PrisonerRow[];
  readonly onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { listed } = props;
  const tags = useMemo(
    () =>
      [...new Set(listed.flatMap((row) => row.tags))].sort(
        new Intl.Collator(i18n.language).compare,
      ),
    [listed, i18n.language],
  );
  const [who, setWho] = useState<'listed' | 'tag'>('listed');
  const [tag, setTag] = useState(tags[0] ?? '');
  const [level, setLevel] = useState<SharingLevel>('team');
  const [layout, setLayout] = useState<Layout>('csv');
  const [progress, setProgress] = useState<ExportProgress>();
  const [saved, setSaved] = useState<SavedExport>();
  const [error, setError] = useState<string>();
  const busy = progress !== undefined && saved === undefined && error === undefined;

  const start = async () => {
    setSaved(undefined);
    setError(undefined);
    setProgress({ phase: 'working', step: 'collecting', bytes: 0 });
    try {
      setSaved(
        await exportAndSave(
          who === 'tag'
            ? { what: 'addresses', level, layout, tag }
            : { what: 'addresses', level, layout, personIds: listed.map((row) => row.id) },
          setProgress,
        ),
      );
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <Modal title={t('exports.addressesTitle')} onClose={props.onClose}>
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void start();
        }}
      >
        <fieldset>
          <legend>{t('exports.whose')}</legend>
          <label className="export-choice">
            <input
              type="radio"
              name="export-whose"
              checked={who === 'listed'}
              disabled={busy}
              onChange={() => setWho('listed')}
            />
            {t('exports.listed', { count: listed.length })}
          </label>
          <label className="export-choice">
            <input
              type="radio"
              name="export-whose"
              checked={who === 'tag'}
              disabled={busy || tags.length === 0}
              onChange={() => setWho('tag')}
            />
            {t('exports.withTag')}
          </label>
          {who === 'tag' ? (
            <select
              aria-label={t('exports.tag')}
              value={tag}
              disabled={busy}
              onChange={(event) => setTag(event.target.value)}
            >
              {tags.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          ) : null}
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
        <label className="export-level">
          {t('exports.layout')}
          <select
            value={layout}
            disabled={busy}
            onChange={(event) => setLayout(event.target.value as Layout)}
          >
            {LAYOUTS.map((value) => (
              <option key={value} value={value}>
                {t(`exports.layouts.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="form-note">
          {t(layout === 'csv' ? 'exports.addressesHint' : 'exports.printHint')}
        </p>
        <ExportProgressLine progress={progress} saved={saved} error={error} />
        {saved ? (
          <>
            <ExportSaved saved={saved} />
            <p>
              {t('exports.addressesWritten', { count: saved.summary.written ?? 0 })}{' '}
              {saved.summary.withoutAddress
                ? t('exports.withoutAddress', { count: saved.summary.withoutAddress })
                : null}{' '}
              {saved.summary.notShared
                ? t('exports.notShared', { count: saved.summary.notShared })
                : null}
            </p>
          </>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy}>
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
