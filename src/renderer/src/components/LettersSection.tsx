/** The correspondence log of one prisoner: letters out and in, newest first. */
import { useState } from 'react';
import type { Address, Letter } from '../../../shared/records';
import { call } from '../api-client';
import { formatDate } from '../lib/dates';
import { useReturnFocus } from '../lib/use-return-focus';
import { CHANNEL_LABELS, LETTER_STATUS_LABELS, SHORT_DIRECTION_LABELS } from '../lib/labels';
import { editableFields } from '../lib/records-edit';
import { LetterForm, letterDate } from './LetterForm';

type Editing = { readonly mode: 'new' } | { readonly mode: 'edit'; readonly letter: Letter } | null;

export function LettersSection(props: {
  readonly personId: string;
  readonly letters: readonly Letter[];
  readonly current?: Address;
  readonly onChanged: () => void;
}) {
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
      setProblem(error instanceof Error ? error.message : 'The letter could not be deleted.');
    }
  }

  async function undo(letter: Letter) {
    setProblem(null);
    try {
      await call('letters.create', { ...editableFields(letter), id: letter.id });
      setDeleted(null);
      props.onChanged();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The letter could not be restored.');
    }
  }

  return (
    <section className="section" aria-labelledby="letters-title">
      <div className="section-header">
        <h2 id="letters-title">Correspondence log</h2>
        {editing === null ? (
          <button type="button" ref={addButton} onClick={() => setEditing({ mode: 'new' })}>
            New letter
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
            The letter of {formatDate(letterDate(deleted)) || 'unknown date'} was deleted.
          </span>
          <button type="button" onClick={() => void undo(deleted)}>
            Undo
          </button>
          <button
            type="button"
            className="button-quiet"
            aria-label="Dismiss"
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
        <p className="cell-muted">No letters are logged yet.</p>
      ) : (
        <table className="table letters-table">
          <thead>
            <tr>
              <th scope="col">Direction</th>
              <th scope="col">Date</th>
              <th scope="col">Channel</th>
              <th scope="col">Status</th>
              <th scope="col" className="col-wide">
                Summary
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {letters.map((letter) => (
              <tr key={letter.id}>
                <td>
                  <span className={`direction direction-${letter.direction}`}>
                    {letter.direction === 'out' ? '→ ' : '← '}
                    {SHORT_DIRECTION_LABELS[letter.direction]}
                  </span>
                </td>
                <td className="cell-nowrap">{formatDate(letterDate(letter))}</td>
                <td>{CHANNEL_LABELS[letter.channel]}</td>
                <td>{LETTER_STATUS_LABELS[letter.status]}</td>
                <td className="cell-summary">{letter.summary}</td>
                <td className="cell-actions">
                  <button
                    type="button"
                    className="button-small"
                    onClick={() => setEditing({ mode: 'edit', letter })}
                    aria-label={`Edit the letter of ${formatDate(letterDate(letter))}`}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button-small button-danger"
                    onClick={() => void remove(letter)}
                    aria-label={`Delete the letter of ${formatDate(letterDate(letter))}`}
                  >
                    Delete
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
