/**
 * One court document or other paper: what it is, who it is about, its text (extracted from
 * the file, or typed in for a scan), and the original files, which open inside the app.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOCUMENT_TYPES,
  NEEDS_OCR_TAG,
  type Document,
  type FieldsOf,
  type Person,
} from '../../../shared/records';
import { ApiError, call } from '../api-client';
import { AttachmentList } from '../components/AttachmentList';
import { SelectField, TextField } from '../components/Field';
import { FormShell } from '../components/FormShell';
import { RecordSideFields } from '../components/RecordSideFields';
import { Loading, LoadError } from '../components/Status';
import { formatDate, parseDateInput } from '../lib/dates';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { editableFields, optionalText } from '../lib/records-edit';
import { navigate } from '../lib/router';
import { splitList } from '../lib/text-lists';
import { useDateProblem } from '../lib/use-date-problem';
import { useLoad } from '../lib/use-load';
import { useUnsavedGuard } from '../lib/use-unsaved-guard';

const FIELDS = [
  'title',
  'docType',
  'date',
  'court',
  'text',
  'personIds',
  'tags',
  'sharing',
] as const;

export function DocumentPage(props: { readonly id: string }) {
  const id = props.id;
  const { t } = useTranslation();
  const state = useLoad(`document:${id}`, async () => {
    const [document, persons] = await Promise.all([
      call('documents.get', { id }),
      call('persons.list', { limit: 10_000 }),
    ]);
    return { document, persons: persons.items };
  });

  if (state.status === 'loading') return <Loading what={t('document.loading')} />;
  if (state.status === 'error') {
    const missing = state.error instanceof ApiError && state.error.code === 'not-found';
    return (
      <>
        <LoadError error={state.error} onRetry={missing ? undefined : state.reload} />
        <p>
          <a href="#/documents">{t('document.back')}</a>
        </p>
      </>
    );
  }
  return <DocumentEditor document={state.data.document} persons={state.data.persons} />;
}

function DocumentEditor(props: {
  readonly document: Document;
  readonly persons: readonly Person[];
}) {
  const { t } = useTranslation();
  const dateProblem = useDateProblem();
  const [document, setDocument] = useState(props.document);
  const [title, setTitle] = useState(document.title);
  const [docType, setDocType] = useState(document.docType);
  const [date, setDate] = useState(formatDate(document.date));
  const [court, setCourt] = useState(document.court ?? '');
  const [text, setText] = useState(document.text);
  const [personIds, setPersonIds] = useState<string[]>([...document.personIds]);
  const [tags, setTags] = useState(document.tags.join(', '));
  const [sharing, setSharing] = useState(document.sharing);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const dirty =
    title !== document.title ||
    docType !== document.docType ||
    date !== formatDate(document.date) ||
    court !== (document.court ?? '') ||
    text !== document.text ||
    personIds.join() !== document.personIds.join() ||
    tags !== document.tags.join(', ') ||
    sharing !== document.sharing;
  const guard = useUnsavedGuard(dirty && !busy);

  async function save() {
    const parsed = parseDateInput(date);
    if (!parsed.ok) {
      setErrors({ fields: { date: dateProblem(parsed.message) }, general: [] });
      return;
    }
    const fields = {
      ...editableFields(document),
      title: title.trim(),
      docType,
      date: parsed.iso,
      court: optionalText(court),
      text,
      personIds,
      // A scan whose text has been typed in no longer needs it.
      tags: text.trim() ? splitList(tags).filter((tag) => tag !== NEEDS_OCR_TAG) : splitList(tags),
      sharing,
    } satisfies FieldsOf<'document'>;
    setBusy(true);
    setSavedAt(null);
    try {
      const saved = await call('documents.update', { id: document.id, fields });
      setDocument(saved);
      setTags(saved.tags.join(', '));
      setErrors(NO_ERRORS);
      setSavedAt(new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
    } catch (error) {
      setErrors(formErrorsOf(error, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  const needsOcr = document.tags.includes(NEEDS_OCR_TAG);
  return (
    <section aria-labelledby="document-title">
      <div className="page-header">
        <p className="breadcrumbs">
          <a href="#/documents">{t('documents.title')}</a> /
        </p>
        <h1 id="document-title">{document.title}</h1>
        {savedAt ? (
          <span className="saved-note" role="status">
            {t('document.savedAt', { time: savedAt })}
          </span>
        ) : null}
      </div>
      {needsOcr ? (
        <p className="note-box" role="note">
          {t('document.needsOcr')}
        </p>
      ) : null}
      <div className="document-layout">
        <FormShell
          onSubmit={() => void save()}
          onCancel={() => {
            if (guard.confirmLeave()) navigate({ page: 'documents' });
          }}
          cancelOnEscape={false}
          busy={busy}
          errors={errors}
          submitLabel={t('document.save')}
          className="form-grid form-grid-4 document-form"
          label={t('document.edit')}
        >
          <TextField
            label={t('document.title')}
            required
            value={title}
            onChange={setTitle}
            error={errors.fields.title}
            className="span-4"
          />
          <SelectField
            label={t('document.type')}
            value={docType}
            onChange={setDocType}
            error={errors.fields.docType}
            options={DOCUMENT_TYPES.map((value) => [value, t(`documentType.${value}`)] as const)}
          />
          <TextField
            label={t('document.date')}
            value={date}
            onChange={setDate}
            error={errors.fields.date}
            hint={t('form.dateHint')}
            inputMode="numeric"
          />
          <TextField
            label={t('document.court')}
            value={court}
            onChange={setCourt}
            error={errors.fields.court}
            className="span-2"
          />
          <TextField
            label={t('document.text')}
            multiline
            rows={16}
            value={text}
            onChange={setText}
            error={errors.fields.text}
            hint={needsOcr ? t('document.textHintOcr') : t('document.textHint')}
            className="span-3"
          />
          <RecordSideFields
            personsLabel={t('document.persons')}
            persons={props.persons}
            personIds={personIds}
            onPersonIds={setPersonIds}
            tags={tags}
            onTags={setTags}
            sharing={sharing}
            onSharing={setSharing}
            errors={errors}
          />
        </FormShell>
        <AttachmentList ids={document.attachmentIds} />
      </div>
    </section>
  );
}
