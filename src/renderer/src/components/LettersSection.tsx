/** The correspondence log of one prisoner: letters out and in, newest first. */
import { useTranslation } from 'react-i18next';
import { Fragment, useState } from 'react';
import type { Address, Letter } from '../../../shared/records';
import { useFormat } from '../i18n/use-format';
import { useDeletion } from '../lib/use-deletion';
import { useReturnFocus } from '../lib/use-return-focus';
import { LetterForm, letterDate } from './LetterForm';
import { LetterScans } from './LetterScans';
import { UndoBar } from './UndoBar';

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
  const [scansOf, setScansOf] = useState<string | null>(null);
  const addButton = useReturnFocus<HTMLButtonElement>(editing !== null);
  const byId = new Map(props.letters.map((letter) => [letter.id, letter]));
  const deletion = useDeletion(props.onChanged, t('letters.deleteFailed'));
  const letters = [...props.letters].sort((a, b) =>
    (letterDate(b) ?? b.createdAt).localeCompare(letterDate(a) ?? a.createdAt),
  );

  function remove(letter: Letter) {
    if (editing?.mode === 'edit' && editing.letter.id === letter.id) setEditing(null);
    const day = format.day(letterDate(letter)) || t('letters.unknownDate');
    void deletion.remove('letter', letter.id, t('undo.letterOf', { day }));
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
      <UndoBar deletion={deletion} />
      {editing ? (
        <LetterForm
          key={editing.mode === 'edit' ? editing.letter.id : 'new'}
          personId={props.personId}
          letter={editing.mode === 'edit' ? editing.letter : undefined}
          current={props.current}
          others={props.letters}
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
              <Fragment key={letter.id}>
                <tr>
                  <td>
                    <span className={`direction direction-${letter.direction}`}>
                      {letter.direction === 'out' ? '→ ' : '← '}
                      {t(`shortDirection.${letter.direction}`)}
                    </span>
                  </td>
                  <td className="cell-nowrap">{format.day(letterDate(letter))}</td>
                  <td>{t(`channel.${letter.channel}`)}</td>
                  <td>{t(`letterStatus.${letter.status}`)}</td>
                  <td className="cell-summary">
                    {letter.summary}
                    {letter.inReplyTo && byId.has(letter.inReplyTo) ? (
                      <span className="reply-to">
                        {t('letters.answers', {
                          day:
                            format.day(letterDate(byId.get(letter.inReplyTo)!)) ||
                            t('letters.unknownDate'),
                        })}
                      </span>
                    ) : null}
                  </td>
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
                      className="button-small"
                      aria-expanded={scansOf === letter.id}
                      onClick={() => setScansOf(scansOf === letter.id ? null : letter.id)}
                      aria-label={t('letters.scansOf', {
                        day: format.day(letterDate(letter)),
                        count: letter.scanIds.length,
                      })}
                    >
                      {t('letters.scans', { count: letter.scanIds.length })}
                    </button>
                    <button
                      type="button"
                      className="button-small button-danger"
                      onClick={() => remove(letter)}
                      aria-label={t('letters.deleteOne', { day: format.day(letterDate(letter)) })}
                    >
                      {t('form.delete')}
                    </button>
                  </td>
                </tr>
                {scansOf === letter.id ? (
                  <tr className="letter-scans-row">
                    <td colSpan={6}>
                      <LetterScans letter={letter} onChanged={props.onChanged} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
