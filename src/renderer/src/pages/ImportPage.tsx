/**
 * Import: files chosen here or dropped anywhere on the window are sent, imported with
 * progress (n of m, the file last done, Cancel), and reported per file; then the persons
 * each new record mentions are accepted (linked to it) or rejected. Pasted text becomes an
 * article the same way.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJob, SheetPreview } from '../../../shared/api';
import { call } from '../api-client';
import { ErrorSummary, TextField } from '../components/Field';
import { SheetImport } from '../components/SheetImport';
import { guessTitle } from '../lib/guess-title';
import { onQueuedFiles, takeQueuedFiles } from '../lib/import-queue';
import { hrefOf, searchRoute } from '../lib/routes';
import { sendFiles } from '../lib/send-files';
import { isSpreadsheetFile, openSheet } from '../lib/open-sheet';
import { hasSealedBundle } from '../lib/bundle-files';
import { BundleMergeReport } from '../components/BundleMergeReport';
import { localServerMessage } from '../i18n/server-messages';

const POLL_MS = 300;

type Stage =
  | { readonly step: 'choose' }
  | { readonly step: 'sending'; readonly file: string }
  | { readonly step: 'passphrase'; readonly files: readonly File[] }
  | { readonly step: 'job'; readonly job: ImportJob }
  | { readonly step: 'opening'; readonly file: string }
  | { readonly step: 'sheet'; readonly preview: SheetPreview };

export function ImportPage() {
  const { t } = useTranslation();
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [problem, setProblem] = useState<string | null>(null);
  const cancelSending = useRef({ cancelled: false });
  const busy =
    stage.step === 'sending' ||
    stage.step === 'opening' ||
    stage.step === 'sheet' ||
    stage.step === 'passphrase' ||
    (stage.step === 'job' && stage.job.state === 'working');

  const importFiles = useCallback(
    async (files: readonly File[], bundlePassphrase?: string) => {
      if (files.length === 0) return;
      setProblem(null);
      // A spreadsheet of people chosen on its own goes to its mapping step; in a batch of
      // other files the import reports it, saying to choose it alone.
      const sheet = files.every(isSpreadsheetFile) ? files[0] : undefined;
      if (sheet) {
        setStage({ step: 'opening', file: sheet.name });
        try {
          setStage({ step: 'sheet', preview: await openSheet(sheet) });
          if (files.length > 1) setProblem(t('sheets.oneAtATime', { file: sheet.name }));
        } catch (error) {
          setStage({ step: 'choose' });
          setProblem(t('sheets.cannotOpen', { message: (error as Error).message }));
        }
        return;
      }
      // An encrypted archive bundle is opened with its passphrase: asked for before sending.
      if (bundlePassphrase === undefined && (await hasSealedBundle(files))) {
        setStage({ step: 'passphrase', files });
        return;
      }
      cancelSending.current = { cancelled: false };
      const signal = cancelSending.current;
      try {
        const job = await sendFiles(
          files,
          (file) => setStage({ step: 'sending', file }),
          signal,
          bundlePassphrase,
        );
        setStage({ step: 'job', job });
      } catch (error) {
        setStage({ step: 'choose' });
        setProblem(t('importing.failedToStart', { message: (error as Error).message }));
      }
    },
    [t],
  );

  // Files dropped on the window, now or before this page opened.
  useEffect(() => {
    const take = () => {
      if (busy) return;
      void importFiles(takeQueuedFiles());
    };
    take();
    return onQueuedFiles(take);
  }, [busy, importFiles]);

  const jobId = stage.step === 'job' ? stage.job.jobId : null;
  const working = stage.step === 'job' && stage.job.state === 'working';
  useEffect(() => {
    if (!jobId || !working) return;
    const timer = setTimeout(() => {
      call('import.status', { jobId }).then(
        (job) => setStage({ step: 'job', job }),
        (error: Error) => setProblem(error.message),
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [jobId, working, stage]);

  const cancel = async () => {
    cancelSending.current.cancelled = true;
    if (jobId) setStage({ step: 'job', job: await call('import.cancel', { jobId }) });
  };

  return (
    <section className="import-page" aria-labelledby="import-title">
      <div className="page-header">
        <h1 id="import-title">{t('importing.title')}</h1>
      </div>
      {problem ? <ErrorSummary messages={[problem]} /> : null}
      {stage.step === 'choose' ? (
        <>
          <FilePicker onFiles={importFiles} />
          <PasteArticle onDone={(job) => setStage({ step: 'job', job })} />
        </>
      ) : null}
      {stage.step === 'passphrase' ? (
        <BundlePassphrase
          files={stage.files}
          onImport={(passphrase) => void importFiles(stage.files, passphrase)}
          onCancel={() => setStage({ step: 'choose' })}
        />
      ) : null}
      {stage.step === 'opening' ? (
        <p className="panel" role="status">
          {t('sheets.opening', { file: stage.file })}
        </p>
      ) : null}
      {stage.step === 'sheet' ? (
        <SheetImport preview={stage.preview} onClose={() => setStage({ step: 'choose' })} />
      ) : null}
      {stage.step === 'sending' ? (
        <Progress label={t('importing.sending', { file: stage.file })} onCancel={cancel} />
      ) : null}
      {stage.step === 'job' && stage.job.state === 'working' ? (
        <Progress
          label={t('importing.progress', { done: stage.job.done, total: stage.job.total })}
          done={stage.job.done}
          total={stage.job.total}
          current={stage.job.current}
          onCancel={cancel}
        />
      ) : null}
      {stage.step === 'job' && stage.job.state !== 'working' ? (
        <>
          {stage.job.merged?.map((merged, index) => (
            <BundleMergeReport key={index} merged={merged} />
          ))}
          {onlyMergedBundles(stage.job) ? null : <Report job={stage.job} />}
          <Review job={stage.job} onChange={(job) => setStage({ step: 'job', job })} />
          <p>
            <button type="button" onClick={() => setStage({ step: 'choose' })}>
              {t('importing.another')}
            </button>
          </p>
        </>
      ) : null}
    </section>
  );
}

function FilePicker(props: { readonly onFiles: (files: readonly File[]) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="panel import-choose">
      <p>{t('importing.lead')}</p>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept=".txt,.md,.markdown,.html,.htm,.pdf,.docx,.eml,.casefile,.csv,.xlsx"
        onChange={(event) => {
          props.onFiles([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
      <button type="button" className="button-primary" onClick={() => input.current?.click()}>
        {t('importing.choose')}
      </button>
      <p className="cell-muted">{t('importing.dropHint')}</p>
      <p className="cell-muted">{t('sheets.pickerHint')}</p>
      <p className="cell-muted">{t('bundle.pickerHint')}</p>
    </div>
  );
}

/** The passphrase of an encrypted archive bundle, asked for before its bytes are sent. */
function BundlePassphrase(props: {
  readonly files: readonly File[];
  readonly onImport: (passphrase: string) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const form = useRef<HTMLFormElement>(null);
  // The passphrase is the one thing to do here: the keyboard starts in its field.
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  return (
    <form
      ref={form}
      className="panel import-passphrase"
      aria-labelledby="import-passphrase-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (passphrase) props.onImport(passphrase);
      }}
    >
      <h2 id="import-passphrase-title">{t('bundle.sealedTitle')}</h2>
      <p>{t('bundle.sealedLead', { files: props.files.map((file) => file.name).join(', ') })}</p>
      <TextField
        type="password"
        label={t('bundle.importPassphrase')}
        value={passphrase}
        onChange={setPassphrase}
        className="bundle-passphrase"
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={!passphrase}>
          {t('bundle.importWithPassphrase')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

function Progress(props: {
  readonly label: string;
  readonly done?: number;
  readonly total?: number;
  readonly current?: string;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="panel import-progress" role="status" aria-live="polite">
      <p>{props.label}</p>
      <progress value={props.done} max={props.total || undefined} aria-label={props.label} />
      {props.current ? (
        <p className="cell-muted">{t('importing.current', { file: props.current })}</p>
      ) : null}
      <button type="button" onClick={props.onCancel}>
        {t('importing.cancel')}
      </button>
    </div>
  );
}

function Report(props: { readonly job: ImportJob }) {
  const { t, i18n } = useTranslation();
  // The reasons and notes are main's sentences.
  const local = (sentence: string) => localServerMessage(sentence, i18n.language);
  const { job } = props;
  return (
    <section className="panel import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{t('importing.report')}</h2>
      {job.state === 'cancelled' ? <p role="status">{t('importing.cancelled')}</p> : null}
      <p>
        {[
          t('importing.created', { count: job.created.length }),
          t('importing.skipped', { count: job.skipped.length }),
          t('importing.failed', { count: job.failed.length }),
          ...(job.notReached ? [t('importing.notReached', { count: job.notReached })] : []),
        ].join(' · ')}
      </p>
      <ul className="import-files">
        {job.created.map((created) => (
          <li key={created.id} className="import-created">
            <span className="import-kind">{t(`importing.kinds.${created.kind}`)}</span>{' '}
            <a href={recordHref(created)}>{created.title}</a>{' '}
            <span className="cell-muted">{created.file}</span>
            {created.notes.map((note) => (
              <p key={note} className="cell-muted">
                {local(note)}
              </p>
            ))}
          </li>
        ))}
        {job.skipped.map((skipped, index) => (
          <li key={`s${index}`} className="import-skipped">
            <strong>{skipped.file}</strong> — {local(skipped.reason)}
          </li>
        ))}
        {job.failed.map((failed, index) => (
          <li key={`f${index}`} className="import-failed">
            <strong>{failed.file}</strong> — {local(failed.reason)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A batch of archive bundles alone, all merged: their own reports say everything. */
function onlyMergedBundles(job: ImportJob): boolean {
  return (
    (job.merged?.length ?? 0) > 0 &&
    job.state === 'done' &&
    job.created.length + job.skipped.length + job.failed.length + job.notReached === 0
  );
}

function recordHref(record: { kind: string; id: string; title: string }): string {
  // Documents and letters have no page of their own: the search finds them by title.
  return record.kind === 'article'
    ? hrefOf({ page: 'article', id: record.id })
    : hrefOf(searchRoute(record.title));
}

function Review(props: { readonly job: ImportJob; readonly onChange: (job: ImportJob) => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const suggestions = props.job.created.flatMap((record) =>
    record.persons.map((person) => ({ record, person })),
  );
  if (props.job.created.length === 0) return null;
  const decide = async (recordId: string, personId: string, decision: 'accepted' | 'rejected') => {
    try {
      setProblem(null);
      props.onChange(
        await call('import.decide', { jobId: props.job.jobId, recordId, personId, decision }),
      );
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <section className="panel import-review" aria-labelledby="import-review-title">
      <h2 id="import-review-title">{t('importing.review')}</h2>
      {problem ? <ErrorSummary messages={[problem]} /> : null}
      {suggestions.length === 0 ? (
        <p className="panel-empty">{t('importing.noSuggestions')}</p>
      ) : (
        <>
          <p className="cell-muted">{t('importing.reviewLead')}</p>
          <ul className="import-suggestions">
            {suggestions.map(({ record, person }) => {
              const label = t('importing.suggestionLabel', {
                name: person.name,
                title: record.title,
              });
              return (
                <li
                  key={`${record.id}:${person.personId}`}
                  className="import-suggestion"
                  aria-label={label}
                >
                  <div>
                    <a href={hrefOf({ page: 'person', id: person.personId })}>{person.name}</a>
                    <span className="cell-muted"> — {record.title}</span>
                    <blockquote>{person.sentence}</blockquote>
                  </div>
                  {person.decision === 'pending' ? (
                    <div className="import-decide">
                      <button
                        type="button"
                        className="button-small button-primary"
                        onClick={() => void decide(record.id, person.personId, 'accepted')}
                      >
                        {t('importing.accept')}
                      </button>
                      <button
                        type="button"
                        className="button-small"
                        onClick={() => void decide(record.id, person.personId, 'rejected')}
                      >
                        {t('importing.reject')}
                      </button>
                    </div>
                  ) : (
                    <span className={`import-decision import-${person.decision}`}>
                      {t(`importing.${person.decision}`)}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

function PasteArticle(props: { readonly onDone: (job: ImportJob) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [titleTouched, setTitleTouched] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shownTitle = titleTouched ? title : guessTitle(text);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      props.onDone(await call('import.paste', { title: shownTitle, text }));
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel import-paste" aria-labelledby="import-paste-title" onSubmit={submit}>
      <h2 id="import-paste-title">{t('importing.paste')}</h2>
      {problem ? <ErrorSummary messages={[problem]} /> : null}
      <TextField
        label={t('importing.pasteText')}
        value={text}
        onChange={setText}
        multiline
        rows={6}
      />
      <TextField
        label={t('importing.pasteTitle')}
        hint={t('importing.pasteHint')}
        value={shownTitle}
        onChange={(value) => {
          setTitleTouched(true);
          setTitle(value);
        }}
      />
      <button
        type="submit"
        className="button-primary"
        disabled={busy || !text.trim() || !shownTitle.trim()}
      >
        {t('importing.pasteAdd')}
      </button>
    </form>
  );
}
