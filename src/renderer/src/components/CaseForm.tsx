/**
 * Adding or editing one criminal case: its charges (as many as the indictment lists), the
 * court, judge and lawyer, the key dates, the sentence and the status. What is typed is
 * checked with the same schema the archive checks it with, so the form says what is wrong
 * next to the field before anything is sent.
 */
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import {
  CASE_STATUSES,
  CaseFields,
  type Case,
  type FieldsOf,
  type Person,
} from '../../../shared/records';
import { call } from '../api-client';
import { formatDate, parseCalendarDate } from '../lib/dates';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { editableFields, optionalText } from '../lib/records-edit';
import { useDateProblem } from '../lib/use-date-problem';
import { useUnsavedGuard } from '../lib/use-unsaved-guard';
import { SelectField, TextField } from './Field';
import { FormShell } from './FormShell';
import { PersonPicker } from './PersonPicker';

type Status = (typeof CASE_STATUSES)[number];

interface ChargeRow {
  readonly key: number;
  readonly article: string;
  readonly text: string;
}
interface ExtensionRow {
  readonly key: number;
  readonly decidedOn: string;
  readonly until: string;
}
interface DateRow {
  readonly key: number;
  readonly day: string;
}

/** The fields of the form as typed: every date and the fine are still text. */
interface Draft {
  readonly title: string;
  readonly status: Status;
  readonly charges: readonly ChargeRow[];
  readonly court: string;
  readonly judge: string;
  readonly lawyerId: string | undefined;
  readonly arrestDate: string;
  readonly extensions: readonly ExtensionRow[];
  readonly hearings: readonly DateRow[];
  readonly verdictDate: string;
  readonly appealDate: string;
  readonly term: string;
  readonly fineAmount: string;
  readonly fineCurrency: string;
  readonly notes: string;
}

let nextKey = 1;
const key = () => nextKey++;

function draftOf(record: Case | undefined): Draft {
  return {
    title: record?.title ?? '',
    status: record?.status ?? 'investigation',
    charges: record?.charges.length
      ? record.charges.map((charge) => ({
          key: key(),
          article: charge.article,
          text: charge.text ?? '',
        }))
      : [{ key: key(), article: '', text: '' }],
    court: record?.court ?? '',
    judge: record?.judge ?? '',
    lawyerId: record?.lawyerId,
    arrestDate: formatDate(record?.arrestDate),
    extensions: (record?.detentionExtensions ?? []).map((extension) => ({
      key: key(),
      decidedOn: formatDate(extension.decidedOn),
      until: formatDate(extension.until),
    })),
    hearings: (record?.hearingDates ?? []).map((day) => ({ key: key(), day: formatDate(day) })),
    verdictDate: formatDate(record?.verdictDate),
    appealDate: formatDate(record?.appealDate),
    term: record?.sentence?.term ?? '',
    fineAmount: record?.sentence?.fine ? String(record.sentence.fine.amount) : '',
    fineCurrency: record?.sentence?.fine?.currency ?? 'KZT',
    notes: record?.notes ?? '',
  };
}

/** Row keys change on every opening; they are not part of what the user typed. */
function withoutKeys(draft: Draft): string {
  return JSON.stringify(draft, (name, value: unknown) => (name === 'key' ? undefined : value));
}

/** "150 000,50" and "150000.5" are the same fine. */
function parseAmount(text: string): number | undefined | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return undefined;
  return /^\d+(\.\d+)?$/.test(compact) ? Number(compact) : null;
}

type Built =
  | { readonly ok: true; readonly fields: FieldsOf<'case'> }
  | { readonly ok: false; readonly errors: Record<string, string> };

/** Turns the typed draft into the case's fields, or says per field what is wrong. */
function build(
  draft: Draft,
  personId: string,
  base: Case | undefined,
  words: { date: (message: string) => string; amount: string; noDay: string },
): Built {
  const errors: Record<string, string> = {};
  const day = (field: string, text: string): string | undefined => {
    // The calendar is checked here, per row: rows left empty are dropped before the schema
    // sees the list, so its positions would not match the rows on screen.
    const parsed = parseCalendarDate(text);
    if (!parsed.ok) {
      errors[field] = words.date(parsed.message);
      return undefined;
    }
    return parsed.iso;
  };
  const amount = parseAmount(draft.fineAmount);
  if (amount === null) errors['sentence.fine.amount'] = words.amount;
  const term = optionalText(draft.term);
  // An unreadable amount stands in as 0, so that the currency is still checked with it.
  const fine =
    amount !== undefined
      ? { amount: amount ?? 0, currency: draft.fineCurrency.trim().toUpperCase() }
      : undefined;
  const fields = {
    ...(base ? editableFields(base) : {}),
    personId,
    title: optionalText(draft.title),
    status: draft.status,
    // A row left empty is a row not used, not a charge without an article.
    charges: draft.charges
      .filter((charge) => charge.article.trim() !== '' || charge.text.trim() !== '')
      .map((charge) => ({ article: charge.article, text: optionalText(charge.text) })),
    court: optionalText(draft.court),
    judge: optionalText(draft.judge),
    lawyerId: draft.lawyerId,
    arrestDate: day('arrestDate', draft.arrestDate),
    detentionExtensions: draft.extensions
      .map((extension, index) => ({
        decidedOn: day(`detentionExtensions.${index}.decidedOn`, extension.decidedOn),
        until: day(`detentionExtensions.${index}.until`, extension.until),
        empty: extension.decidedOn.trim() === '' && extension.until.trim() === '',
        index,
      }))
      .filter((extension) => {
        if (extension.empty) return false;
        if (!extension.until)
          errors[`detentionExtensions.${extension.index}.until`] ??= words.noDay;
        return true;
      })
      .map(({ decidedOn, until }) => ({ decidedOn, until: until ?? '' })),
    hearingDates: draft.hearings
      .map((row, index) => day(`hearingDates.${index}`, row.day))
      .filter((iso): iso is string => iso !== undefined),
    verdictDate: day('verdictDate', draft.verdictDate),
    appealDate: day('appealDate', draft.appealDate),
    sentence: term || fine ? { term, fine } : undefined,
    notes: draft.notes,
  } satisfies FieldsOf<'case'>;
  // Every problem is said at once: what the form found, then what the schema finds.
  const checked = CaseFields.safeParse(fields);
  if (!checked.success) {
    for (const issue of checked.error.issues) errors[issue.path.join('.')] ??= issue.message;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, fields };
}

/** Every field name the form can show an error at, for the archive's answers. */
function fieldNames(draft: Draft): string[] {
  return [
    'title',
    'status',
    'charges',
    ...draft.charges.flatMap((_, index) => [`charges.${index}.article`, `charges.${index}.text`]),
    'court',
    'judge',
    'lawyerId',
    'arrestDate',
    ...draft.extensions.flatMap((_, index) => [
      `detentionExtensions.${index}.decidedOn`,
      `detentionExtensions.${index}.until`,
    ]),
    ...draft.hearings.map((_, index) => `hearingDates.${index}`),
    'verdictDate',
    'appealDate',
    'sentence.term',
    'sentence.fine.amount',
    'sentence.fine.currency',
    'notes',
  ];
}

export function CaseForm(props: {
  readonly personId: string;
  readonly case?: Case;
  /** The persons of the archive: the lawyer is chosen among them. */
  readonly persons: readonly Person[];
  readonly onSaved: (saved: Case) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dateProblem = useDateProblem();
  // What the form opened with, to tell whether anything was changed since.
  const [initial] = useState(() => draftOf(props.case));
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const dirty = withoutKeys(draft) !== withoutKeys(initial);
  const guard = useUnsavedGuard(dirty && !busy);

  const set =
    <F extends keyof Draft>(field: F) =>
    (value: Draft[F]) =>
      setDraft((current) => ({ ...current, [field]: value }));
  function setRow<F extends 'charges' | 'extensions' | 'hearings'>(
    field: F,
    index: number,
    patch: Partial<Draft[F][number]>,
  ) {
    setDraft((current) => ({
      ...current,
      [field]: current[field].map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));
  }
  function addRow<F extends 'charges' | 'extensions' | 'hearings'>(
    field: F,
    row: Draft[F][number],
  ) {
    setDraft((current) => ({ ...current, [field]: [...current[field], row] }));
  }
  function removeRow(field: 'charges' | 'extensions' | 'hearings', index: number) {
    setDraft((current) => ({
      ...current,
      [field]: current[field].filter((_, i) => i !== index),
    }));
  }

  async function save() {
    const built = build(draft, props.personId, props.case, {
      date: dateProblem,
      amount: t('cases.amountProblem'),
      noDay: t('cases.untilRequired'),
    });
    if (!built.ok) {
      setErrors({ fields: built.errors, general: [] });
      return;
    }
    setBusy(true);
    try {
      const saved = props.case
        ? await call('cases.update', { id: props.case.id, fields: built.fields })
        : await call('cases.create', built.fields);
      props.onSaved(saved);
    } catch (error) {
      setErrors(formErrorsOf(error, fieldNames(draft)));
      setBusy(false);
    }
  }

  const error = (field: string) => errors.fields[field];
  const lawyers = props.persons.filter((person) => person.id !== props.personId);

  return (
    <FormShell
      onSubmit={() => void save()}
      onCancel={() => guard.confirmLeave() && props.onCancel()}
      busy={busy}
      errors={errors}
      submitLabel={props.case ? t('cases.save') : t('cases.addCase')}
      className="form-grid form-grid-4 form-panel case-form"
      label={props.case ? t('cases.edit') : t('cases.new')}
    >
      <TextField
        label={t('cases.caseTitle')}
        value={draft.title}
        onChange={set('title')}
        error={error('title')}
        hint={t('cases.caseTitleHint')}
        className="span-3"
      />
      <SelectField
        label={t('cases.status')}
        value={draft.status}
        onChange={set('status')}
        error={error('status')}
        options={CASE_STATUSES.map((value) => [value, t(`caseStatus.${value}`)] as const)}
      />

      <fieldset className="span-4 rows-fieldset">
        <legend>{t('cases.charges')}</legend>
        {draft.charges.map((charge, index) => (
          <div key={charge.key} className="row-fields charge-row">
            <TextField
              label={t('cases.article', { n: index + 1 })}
              value={charge.article}
              onChange={(value) => setRow('charges', index, { article: value })}
              error={error(`charges.${index}.article`)}
              className="charge-article"
            />
            <TextField
              label={t('cases.wording', { n: index + 1 })}
              value={charge.text}
              onChange={(value) => setRow('charges', index, { text: value })}
              error={error(`charges.${index}.text`)}
              className="charge-text"
            />
            <button
              type="button"
              className="button-small row-remove"
              aria-label={t('cases.removeCharge', { n: index + 1 })}
              onClick={() => removeRow('charges', index)}
            >
              ×
            </button>
          </div>
        ))}
        {error('charges') ? <p className="field-error">{error('charges')}</p> : null}
        <button
          type="button"
          className="button-small"
          onClick={() => addRow('charges', { key: key(), article: '', text: '' })}
        >
          {t('cases.addCharge')}
        </button>
      </fieldset>

      <TextField
        label={t('cases.court')}
        value={draft.court}
        onChange={set('court')}
        error={error('court')}
        className="span-2"
      />
      <TextField
        label={t('cases.judge')}
        value={draft.judge}
        onChange={set('judge')}
        error={error('judge')}
        className="span-2"
      />

      <TextField
        label={t('cases.arrestDate')}
        value={draft.arrestDate}
        onChange={set('arrestDate')}
        error={error('arrestDate')}
        hint={t('form.dateHint')}
        inputMode="numeric"
      />
      <TextField
        label={t('cases.verdictDate')}
        value={draft.verdictDate}
        onChange={set('verdictDate')}
        error={error('verdictDate')}
        hint={t('form.dateHint')}
        inputMode="numeric"
      />
      <TextField
        label={t('cases.appealDate')}
        value={draft.appealDate}
        onChange={set('appealDate')}
        error={error('appealDate')}
        hint={t('form.dateHint')}
        inputMode="numeric"
      />
      <div />

      <fieldset className="span-2 rows-fieldset">
        <legend>{t('cases.extensions')}</legend>
        {draft.extensions.map((extension, index) => (
          <div key={extension.key} className="row-fields">
            <TextField
              label={t('cases.decidedOn', { n: index + 1 })}
              value={extension.decidedOn}
              onChange={(value) => setRow('extensions', index, { decidedOn: value })}
              error={error(`detentionExtensions.${index}.decidedOn`)}
              inputMode="numeric"
            />
            <TextField
              label={t('cases.until', { n: index + 1 })}
              value={extension.until}
              onChange={(value) => setRow('extensions', index, { until: value })}
              error={error(`detentionExtensions.${index}.until`)}
              inputMode="numeric"
            />
            <button
              type="button"
              className="button-small row-remove"
              aria-label={t('cases.removeExtension', { n: index + 1 })}
              onClick={() => removeRow('extensions', index)}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button-small"
          onClick={() => addRow('extensions', { key: key(), decidedOn: '', until: '' })}
        >
          {t('cases.addExtension')}
        </button>
      </fieldset>

      <fieldset className="span-2 rows-fieldset">
        <legend>{t('cases.hearings')}</legend>
        {draft.hearings.map((hearing, index) => (
          <div key={hearing.key} className="row-fields">
            <TextField
              label={t('cases.hearing', { n: index + 1 })}
              value={hearing.day}
              onChange={(value) => setRow('hearings', index, { day: value })}
              error={error(`hearingDates.${index}`)}
              inputMode="numeric"
            />
            <button
              type="button"
              className="button-small row-remove"
              aria-label={t('cases.removeHearing', { n: index + 1 })}
              onClick={() => removeRow('hearings', index)}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button-small"
          onClick={() => addRow('hearings', { key: key(), day: '' })}
        >
          {t('cases.addHearing')}
        </button>
      </fieldset>

      <TextField
        label={t('cases.term')}
        value={draft.term}
        onChange={set('term')}
        error={error('sentence.term')}
        hint={t('cases.termHint')}
        className="span-2"
      />
      <TextField
        label={t('cases.fine')}
        value={draft.fineAmount}
        onChange={set('fineAmount')}
        error={error('sentence.fine.amount')}
        inputMode="numeric"
      />
      <TextField
        label={t('cases.currency')}
        value={draft.fineCurrency}
        onChange={set('fineCurrency')}
        error={error('sentence.fine.currency')}
        hint={t('cases.currencyHint')}
      />

      <div className="span-4">
        <PersonPicker
          label={t('cases.lawyer')}
          persons={lawyers}
          selected={draft.lawyerId ? [draft.lawyerId] : []}
          // One lawyer per case: the last one ticked is the one kept.
          onChange={(ids) => set('lawyerId')(ids.at(-1))}
          error={error('lawyerId')}
        />
      </div>

      <TextField
        label={t('cases.notes')}
        multiline
        rows={3}
        value={draft.notes}
        onChange={set('notes')}
        error={error('notes')}
        className="span-4"
      />
    </FormShell>
  );
}
