/** The correspondence log of one prisoner: letters out and in, newest first. */
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Address, Letter } from '../../../shared/records';
import { call } from '../api-client';
import { useFormat } from '../i18n/use-format';
import { useReturnFocus } from '../lib/use-return-focus';
import { editableFields } from '../lib/records-edit';
import { LetterForm, letterDate } from './LetterForm';

type Editing = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly letter: Letter } | null;

export function LettersSection(props: {
  readonly personId: string;
  readonly letters: readonly Letter[];
  readonly current?: Address;
  readonly onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState<Editing>(null);
  const addButton = useReturnFocus<HTMLButtonElement>(editing !== null);
  const [deleted, setDeleted] = useState<Letter | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const letters = [...props.letters].sort((a, b) =>
    (letterDate(b) ?? b.createdAt).localeCompare(letterDate(a) ?? a.createdAt),
  );

  async function remove(letter: Letter) {
    setProblem(null);
    try {
      const answer = await call('letters.delete', { id: letter.id });
      setDeleted(answer.deleted);
      if (editing?.mode === 'edit' && editing.letter.id === letter.id) setEditing(null);
      props.onChanged();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : t('letters.deleteFailed'));
    }
  }

  async function undo(letter: Letter) {
    setProblem(null);
    try {
      await call('letters.create', { ...editableFields(letter), id: letter.id });
      setDeleted(null);
      props.onChanged();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : t('letters.restoreFailed'));
    }
  }

  return (
    <section className="section" aria-labelledby="letters-title">
      <div className="section-header">
        <h2 id="letters-title">{t('letters.title')}</h2>
        {editing === null ? (
          <button type="button" ref={addButton} onClick={() => setEditing({ mode: 'new' })}>
            {t('letters.new')}
          </button>
        ) : null}
      </div>
      {problem ? (
        <div className="error-box" role="alert">
          <p>{problem}</p>
        </div>
      ) : null}
      {deleted ? (
        <div className="undo-bar" role="status">
          <span>
            {t('letters.deleted', {
              day: format.day(letterDate(deleted)) || t('letters.unknownDate'),
            })}
          </span>
          <button type="button" onClick={() => void undo(deleted)}>
            {t('form.undo')}
          </button>
          <button
            type="button"
            className="button-quiet"
            aria-label={t('app.dismiss')}
            onClick={() => setDeleted(null)}
          >
            ×
          </button>
        </div>
      ) : null}
      {editing ? (
        <LetterForm
          key={editing.mode === 'edit' ? editing.letter.id : 'new'}
          personId={props.personId}
          letter={editing.mode === 'edit' ? editing.letter : undefined}
          current={props.current}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            props.onChanged();
          }}
        />
      ) : null}
      {letters.length === 0 ? (
        <p className="cell-muted">{t('letters.none')}</p>
      ) : (
        <table className="table letters-table">
          <thead>
            <tr>
              <th scope="col">{t('letters.colDirection')}</th>
              <th scope="col">{t('letters.colDate')}</th>
              <th scope="col">{t('letters.colChannel')}</th>
              <th scope="col">{t('letters.colStatus')}</th>
              <th scope="col" className="col-wide">
                {t('letters.colSummary')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('letters.colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {letters.map((letter) => (
              <tr key={letter.id}>
                <td>
                  <span className={`direction direction-${letter.direction}`}>
                    {letter.direction === 'out' ? '→ ' : '← '}
                    {t(`shortDirection.${letter.direction}`)}
                  </span>
                </td>
                <td className="cell-nowrap">{format.day(letterDate(letter))}</td>
                <td>{t(`channel.${letter.channel}`)}</td>
                <td>{t(`letterStatus.${letter.status}`)}</td>
                <td className="cell-summary">{letter.summary}</td>
                <td className="cell-actions">
                  <button
                    type="button"
                    className="button-small"
                    onClick={() => setEditing({ mode: 'edit', letter })}
                    aria-label={t('letters.editOne', { day: format.day(letterDate(letter)) })}
                  >
                    {t('form.edit')}
                  </button>
                  <button
                    type="button"
                    className="button-small button-danger"
                    onClick={() => void remove(letter)}
                    aria-label={t('letters.deleteOne', { day: format.day(letterDate(letter)) })}
                  >
                    {t('form.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
