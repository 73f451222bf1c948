/** A prisoner's criminal cases: charges, court, key dates and sentence, each editable. */
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Case, Person } from '../../../shared/records';
import { useFormat } from '../i18n/use-format';
import { useDeletion } from '../lib/use-deletion';
import { useReturnFocus } from '../lib/use-return-focus';
import { CaseForm } from './CaseForm';
import { PersonLink } from './PersonLink';
import { UndoBar } from './UndoBar';

type Editing = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly id: string } | null;

/** How a case is named in buttons and messages: its title, or its articles of the code. */
export function caseName(record: Case, articles: (list: string) => string): string {
  if (record.title) return record.title;
  return articles(record.charges.map((charge) => charge.article).join(', '));
}

export function CasesSection(props: {
  readonly personId: string;
  readonly cases: readonly Case[];
  /** The persons of the archive, among whom a case's lawyer is chosen. */
  readonly persons: readonly Person[];
  readonly onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const addButton = useReturnFocus<HTMLButtonElement>(editing !== null);
  const deletion = useDeletion(props.onChanged, t('cases.deleteFailed'));
  const nameOf = (record: Case) =>
    caseName(record, (list) => (list ? t('cases.articles', { list }) : t('cases.untitled')));
  // The case that started first is the one told first.
  const cases = [...props.cases].sort((a, b) =>
    (a.arrestDate ?? a.createdAt).localeCompare(b.arrestDate ?? b.createdAt),
  );

  function formFor(record?: Case) {
    return (
      <CaseForm
        key={record?.id ?? 'new'}
        personId={props.personId}
        case={record}
        persons={props.persons}
        onCancel={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          props.onChanged();
        }}
      />
    );
  }

  return (
    <section className="section cases" aria-labelledby="cases-title">
      <div className="section-header">
        <h2 id="cases-title">{t('cases.title')}</h2>
        {editing === null ? (
          <button type="button" ref={addButton} onClick={() => setEditing({ mode: 'new' })}>
            {t('cases.new')}
          </button>
        ) : null}
      </div>
      <UndoBar deletion={deletion} />
      {editing?.mode === 'new' ? formFor() : null}
      {cases.length === 0 && editing?.mode !== 'new' ? (
        <p className="cell-muted">{t('cases.none')}</p>
      ) : null}
      <ul className="case-list">
        {cases.map((record) =>
          editing?.mode === 'edit' && editing.id === record.id ? (
            <li key={record.id}>{formFor(record)}</li>
          ) : (
            <li key={record.id} className="case-card">
              <CaseCard
                record={record}
                name={nameOf(record)}
                lawyer={props.persons.find((person) => person.id === record.lawyerId)}
                onEdit={() => setEditing({ mode: 'edit', id: record.id })}
                onDelete={() => void deletion.remove('case', record.id, nameOf(record))}
              />
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

function CaseCard(props: {
  readonly record: Case;
  readonly name: string;
  readonly lawyer?: Person;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const record = props.record;
  const fine = record.sentence?.fine;
  return (
    <>
      <div className="case-card-header">
        <h3>{props.name}</h3>
        <span className={`badge badge-case-${record.status}`}>
          {t(`caseStatus.${record.status}`)}
        </span>
        <span className="case-card-actions">
          <button
            type="button"
            className="button-small"
            onClick={props.onEdit}
            aria-label={t('cases.editOne', { name: props.name })}
          >
            {t('form.edit')}
          </button>
          <button
            type="button"
            className="button-small button-danger"
            onClick={props.onDelete}
            aria-label={t('cases.deleteOne', { name: props.name })}
          >
            {t('form.delete')}
          </button>
        </span>
      </div>
      {record.charges.length > 0 ? (
        <ul className="charges">
          {record.charges.map((charge, index) => (
            <li key={index}>
              <strong>{t('cases.articleShort', { article: charge.article })}</strong>
              {charge.text ? <span> — {charge.text}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="cell-muted">{t('cases.noCharges')}</p>
      )}
      <dl className="facts case-facts">
        {record.court ? (
          <>
            <dt>{t('cases.court')}</dt>
            <dd>{record.court}</dd>
          </>
        ) : null}
        {record.judge ? (
          <>
            <dt>{t('cases.judge')}</dt>
            <dd>{record.judge}</dd>
          </>
        ) : null}
        {props.lawyer ? (
          <>
            <dt>{t('cases.lawyer')}</dt>
            <dd>
              <PersonLink person={props.lawyer} />
            </dd>
          </>
        ) : null}
        {record.arrestDate ? (
          <>
            <dt>{t('cases.arrestDate')}</dt>
            <dd>{format.day(record.arrestDate)}</dd>
          </>
        ) : null}
        {record.detentionExtensions.length > 0 ? (
          <>
            <dt>{t('cases.extensions')}</dt>
            <dd>
              <ul className="plain-list">
                {record.detentionExtensions.map((extension, index) => (
                  <li key={index}>
                    {extension.decidedOn
                      ? t('cases.extendedOn', {
                          on: format.day(extension.decidedOn),
                          until: format.day(extension.until),
                        })
                      : t('cases.extendedUntil', { until: format.day(extension.until) })}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {record.hearingDates.length > 0 ? (
          <>
            <dt>{t('cases.hearings')}</dt>
            <dd>{record.hearingDates.map((day) => format.day(day)).join(' · ')}</dd>
          </>
        ) : null}
        {record.verdictDate ? (
          <>
            <dt>{t('cases.verdictDate')}</dt>
            <dd>{format.day(record.verdictDate)}</dd>
          </>
        ) : null}
        {record.sentence?.term || fine ? (
          <>
            <dt>{t('cases.sentence')}</dt>
            <dd>
              {[
                record.sentence?.term,
                fine
                  ? t('cases.fineOf', {
                      amount: format.number(fine.amount),
                      currency: fine.currency,
                    })
                  : '',
              ]
                .filter(Boolean)
                .join('; ')}
            </dd>
          </>
        ) : null}
        {record.appealDate ? (
          <>
            <dt>{t('cases.appealDate')}</dt>
            <dd>{format.day(record.appealDate)}</dd>
          </>
        ) : null}
      </dl>
      {record.notes ? <p className="notes">{record.notes}</p> : null}
    </>
  );
}
