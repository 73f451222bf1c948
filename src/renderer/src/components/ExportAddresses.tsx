/**
 * "Export addresses…" on the prisoners list: the current addresses of the prisoners listed
 * (as the filters leave them) or of everyone with a tag, as a CSV for a letter-writing
 * evening or a mail merge, at a chosen sharing level.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrisonerRow } from '../../../shared/api';
import type { SharingLevel } from '../../../shared/records';
import { useExportRun } from '../lib/use-export-run';
import { ExportForm, LevelSelect } from './ExportForm';
import { Modal } from './Modal';

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
  const run = useExportRun();
  const { busy } = run;

  return (
    <Modal title={t('exports.addressesTitle')} onClose={props.onClose}>
      <ExportForm
        run={run}
        request={() =>
          who === 'tag'
            ? { what: 'addresses', level, layout, tag }
            : { what: 'addresses', level, layout, personIds: listed.map((row) => row.id) }
        }
        savedNote={(saved) => (
          <p>
            {t('exports.addressesWritten', { count: saved.summary.written ?? 0 })}{' '}
            {saved.summary.withoutAddress
              ? t('exports.withoutAddress', { count: saved.summary.withoutAddress })
              : null}{' '}
            {saved.summary.notShared
              ? t('exports.notShared', { count: saved.summary.notShared })
              : null}
          </p>
        )}
        onClose={props.onClose}
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
        <LevelSelect level={level} disabled={busy} onChange={setLevel} />
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
      </ExportForm>
    </Modal>
  );
}
