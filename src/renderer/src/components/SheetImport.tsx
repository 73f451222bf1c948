/**
 * The mapping step of a spreadsheet import: each column of the file with examples and a
 * choice of the field it fills (the mapping remembered for these headers, or guessed), a
 * preview of the first rows as they will be stored with their problems and duplicates
 * marked, then the import with progress and a report by row.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetJob, SheetPreview } from '../../../shared/api';
import { SHEET_FIELDS, type SheetField } from '../../../shared/sheet-fields';
import { call } from '../api-client';
import { formatDate } from '../lib/dates';
import { hrefOf } from '../lib/routes';
import { ErrorSummary } from './Field';
import { localServerMessage } from '../i18n/server-messages';

const POLL_MS = 300;

export function SheetImport(props: {
  readonly preview: SheetPreview;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState(props.preview);
  const [mapping, setMapping] = useState<(SheetField | null)[]>(props.preview.mapping);
  const [job, setJob] = useState<SheetJob | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const working = job?.state === 'working';
  useEffect(() => {
    if (!job || !working) return;
    const timer = setTimeout(() => {
      call('sheets.status', { sheetId: job.sheetId }).then(setJob, (error: Error) =>
        setProblem(error.message),
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, working]);

  const choose = async (column: number, field: SheetField | null) => {
    const next = mapping.map((current, index) => (index === column ? field : current));
    setMapping(next);
    try {
      setProblem(null);
      setPreview(await call('sheets.preview', { sheetId: preview.sheetId, mapping: next }));
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  const start = async () => {
    setBusy(true);
    try {
      setProblem(null);
      setJob(await call('sheets.start', { sheetId: preview.sheetId, mapping }));
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    if (job) setJob(await call('sheets.cancel', { sheetId: job.sheetId }));
    else props.onClose();
  };

  if (job && job.state !== 'ready' && job.state !== 'working')
    return <SheetReport job={job} onClose={props.onClose} />;

  return (
    <>
      {problem ? <ErrorSummary messages={[problem]} /> : null}
      <section className="panel sheet-mapping" aria-labelledby="sheet-mapping-title">
        <h2 id="sheet-mapping-title">{t('sheets.title', { file: preview.file })}</h2>
        <p>{t('sheets.lead')}</p>
        <p className="sheet-mapping-source" role="status">
          {preview.remembered ? t('sheets.remembered') : t('sheets.guessed')}
        </p>
        <table className="table sheet-columns">
          <thead>
            <tr>
              <th scope="col">{t('sheets.column')}</th>
              <th scope="col">{t('sheets.examples')}</th>
              <th scope="col">{t('sheets.field')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((column, index) => (
              <tr key={`${index}:${column.header}`}>
                <th scope="row">{column.header}</th>
                <td className="cell-muted">{column.samples.join(' · ')}</td>
                <td>
                  <select
                    aria-label={t('sheets.fieldFor', { header: column.header })}
                    value={mapping[index] ?? ''}
                    disabled={working}
                    onChange={(event) =>
                      void choose(index, (event.target.value || null) as SheetField | null)
                    }
                  >
                    <option value="">{t('sheets.leaveOut')}</option>
                    {SHEET_FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {t(`sheets.fields.${field}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <SheetPreviewTable preview={preview} />
      {working && job ? (
        <div className="panel import-progress" role="status" aria-live="polite">
          <p>{t('sheets.progress', { done: job.done, total: job.total })}</p>
          <progress
            value={job.done}
            max={job.total || undefined}
            aria-label={t('sheets.progress', { done: job.done, total: job.total })}
          />
          <button type="button" onClick={() => void cancel()}>
            {t('sheets.cancel')}
          </button>
        </div>
      ) : (
        <p className="sheet-actions">
          <button
            type="button"
            className="button-primary"
            disabled={busy || preview.counts.ready === 0}
            onClick={() => void start()}
          >
            {t('sheets.start', { count: preview.counts.ready })}
          </button>
          <button type="button" onClick={() => void cancel()}>
            {t('sheets.cancel')}
          </button>
          {preview.counts.ready === 0 ? (
            <span className="cell-muted" role="status">
              {preview.counts.duplicates > 0
                ? t('sheets.allDuplicates')
                : t('sheets.nothingToImport')}
            </span>
          ) : null}
        </p>
      )}
    </>
  );
}

function SheetPreviewTable(props: { readonly preview: SheetPreview }) {
  const { t, i18n } = useTranslation();
  const local = (sentence: string) => localServerMessage(sentence, i18n.language);
  const { preview } = props;
  return (
    <section className="panel sheet-preview" aria-labelledby="sheet-preview-title">
      <h2 id="sheet-preview-title">{t('sheets.preview')}</h2>
      <p className="cell-muted">
        {t('sheets.previewLead', { shown: preview.rows.length, total: preview.totalRows })}
      </p>
      <p className="sheet-counts">
        {[
          t('sheets.ready', { count: preview.counts.ready }),
          t('sheets.duplicates', { count: preview.counts.duplicates }),
          t('sheets.problems', { count: preview.counts.problems }),
        ].join(' · ')}
      </p>
      <div className="sheet-preview-scroll">
        <table className="table sheet-rows">
          <thead>
            <tr>
              <th scope="col">{t('sheets.row')}</th>
              <th scope="col">{t('sheets.name')}</th>
              <th scope="col">{t('sheets.nativeName')}</th>
              <th scope="col">{t('sheets.birthDate')}</th>
              <th scope="col">{t('sheets.status')}</th>
              <th scope="col">{t('sheets.facility')}</th>
              <th scope="col">{t('sheets.address')}</th>
              <th scope="col">{t('sheets.note')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => {
              const state = row.problems.length
                ? 'sheet-row-problem'
                : row.duplicate
                  ? 'sheet-row-duplicate'
                  : 'sheet-row-ready';
              return (
                <tr key={row.row} className={state}>
                  <td>{row.row}</td>
                  <td>{row.name}</td>
                  <td>{row.nativeName}</td>
                  <td>{formatDate(row.birthDate)}</td>
                  <td>{row.status ? t(`status.${row.status}`) : ''}</td>
                  <td>
                    {row.facility
                      ? row.facility.isNew
                        ? t('sheets.newFacility', { code: row.facility.code })
                        : row.facility.code
                      : ''}
                  </td>
                  <td>{row.address}</td>
                  <td className="sheet-row-note">
                    {row.problems.map(local).join(' ')}
                    {row.duplicate
                      ? row.duplicate.personId
                        ? t('sheets.duplicateOfPerson', { name: row.duplicate.name })
                        : t('sheets.duplicateOfRow', { row: row.duplicate.row ?? 0 })
                      : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SheetReport(props: { readonly job: SheetJob; readonly onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const local = (sentence: string) => localServerMessage(sentence, i18n.language);
  const { job } = props;
  return (
    <section className="panel import-report sheet-report" aria-labelledby="sheet-report-title">
      <h2 id="sheet-report-title">{t('sheets.report', { file: job.file })}</h2>
      {job.state === 'cancelled' ? <p role="status">{t('sheets.cancelled')}</p> : null}
      <p>
        {[
          t('sheets.created', { count: job.created.length }),
          t('sheets.skipped', { count: job.duplicates.length }),
          t('sheets.failed', { count: job.failed.length }),
          t('sheets.facilities', { count: job.facilitiesCreated }),
          t('sheets.addresses', { count: job.addressesCreated }),
        ].join(' · ')}
      </p>
      <ul className="import-files">
        {job.created.map((created) => (
          <li key={created.personId} className="import-created">
            <span className="import-kind">{t('sheets.rowLabel', { row: created.row })}</span>{' '}
            <a href={hrefOf({ page: 'person', id: created.personId })}>{created.name}</a>
          </li>
        ))}
        {job.duplicates.map((duplicate) => (
          <li key={`d${duplicate.row}`} className="import-skipped">
            <span className="import-kind">{t('sheets.rowLabel', { row: duplicate.row })}</span>{' '}
            {duplicate.personId ? (
              <a href={hrefOf({ page: 'person', id: duplicate.personId })}>{duplicate.name}</a>
            ) : (
              <strong>{duplicate.name}</strong>
            )}{' '}
            — {local(duplicate.reason)}
          </li>
        ))}
        {job.failed.map((failed) => (
          <li key={`f${failed.row}`} className="import-failed">
            <strong>{t('sheets.rowLabel', { row: failed.row })}</strong> — {local(failed.reason)}
          </li>
        ))}
      </ul>
      <p className="sheet-actions">
        <a className="button" href={hrefOf({ page: 'persons' })}>
          {t('sheets.openPrisoners')}
        </a>
        <button type="button" onClick={props.onClose}>
          {t('sheets.another')}
        </button>
      </p>
    </section>
  );
}
