/**
 * A person's relations on their profile: each a link to the other person with how they stand
 * to this one, in the user's words ("wife", "lawyer"); adding one with the person picker and
 * a few suggested words, removing one. A relation is stored once, on this person; the other
 * person's page shows it the other way round ("named as wife by …") from `namedBy`.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonProfile } from '../../../shared/api';
import type { Person } from '../../../shared/records';
import { call } from '../api-client';
import { hrefOf } from '../lib/router';
import { editableFields } from '../lib/records-edit';
import { useLoad } from '../lib/use-load';
import { PersonLink } from './PersonLink';
import { PersonPicker } from './PersonPicker';

const ALL = 10_000;
const SUGGESTIONS = [
  'wife',
  'husband',
  'mother',
  'father',
  'brother',
  'lawyer',
  'sister',
  'son',
  'daughter',
  'friend',
] as const;
/** The first few are offered as buttons; all of them as the box's suggestions. */
const SHOWN_SUGGESTIONS = 6;

export function RelationsSection(props: {
  readonly person: Person;
  readonly namedBy: PersonProfile['namedBy'];
  readonly onChanged: (person: Person) => void;
}) {
  const { t } = useTranslation();
  const { person } = props;
  const persons = useLoad('persons:relations', () => call('persons.list', { limit: ALL }));
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const byId = new Map(
    persons.status === 'ready' ? persons.data.items.map((other) => [other.id, other]) : [],
  );

  async function save(relations: Person['relations']): Promise<boolean> {
    setBusy(true);
    setProblem(null);
    try {
      const saved = await call('persons.update', {
        id: person.id,
        fields: { ...editableFields(person), relations },
      });
      props.onChanged(saved);
      return true;
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="relations" aria-labelledby="relations-title">
      <h3 id="relations-title" className="subheading">
        {t('profile.relations')}
      </h3>
      {person.relations.length === 0 ? (
        <p className="cell-muted">{t('profile.noRelations')}</p>
      ) : (
        <ul className="relation-list">
          {person.relations.map((relation, index) => {
            const other = byId.get(relation.personId);
            const name = other?.name ?? relation.personId;
            return (
              <li key={`${relation.personId}:${index}`}>
                <span className="relation-type">{relation.type}</span>
                <a href={hrefOf({ page: 'person', id: relation.personId })}>{name}</a>
                {other?.nativeName ? (
                  <span className="cell-muted" lang="und-Cyrl">
                    {other.nativeName}
                  </span>
                ) : null}
                <button
                  type="button"
                  className="chip-remove"
                  disabled={busy}
                  aria-label={t('profile.removeRelation', { type: relation.type, name })}
                  onClick={() => void save(person.relations.filter((_, at) => at !== index))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {props.namedBy.length > 0 ? (
        <ul className="relation-list named-by" aria-label={t('profile.namedBy')}>
          {props.namedBy.map((entry, index) => (
            <li key={`${entry.person.id}:${index}`}>
              {t('profile.namedAs', { type: entry.type })} <PersonLink person={entry.person} />
            </li>
          ))}
        </ul>
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {adding ? (
        <AddRelation
          person={person}
          persons={persons.status === 'ready' ? persons.data.items : []}
          busy={busy}
          onCancel={() => setAdding(false)}
          onAdd={async (relation) => {
            if (await save([...person.relations, relation])) setAdding(false);
          }}
        />
      ) : (
        <button type="button" className="button-small" onClick={() => setAdding(true)}>
          {t('profile.addRelation')}
        </button>
      )}
    </section>
  );
}

function AddRelation(props: {
  readonly person: Person;
  readonly persons: readonly Person[];
  readonly busy: boolean;
  readonly onCancel: () => void;
  readonly onAdd: (relation: Person['relations'][number]) => Promise<void>;
}) {
  const { t } = useTranslation();
  const typeId = useId();
  const listId = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const [type, setType] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const others = props.persons.filter((other) => other.id !== props.person.id);

  function submit() {
    if (chosen.length === 0) return setProblem(t('profile.choosePerson'));
    if (type.trim() === '') return setProblem(t('profile.writeType'));
    setProblem(null);
    void props.onAdd({ personId: chosen[0], type: type.trim() });
  }

  return (
    <div
      className="relation-form"
      role="group"
      aria-label={t('profile.addRelation')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <PersonPicker
        label={t('profile.relationPerson')}
        persons={others}
        selected={chosen}
        // One person per relation: choosing another replaces the first.
        onChange={(ids) => setChosen(ids.slice(-1))}
      />
      <div className="field">
        <label htmlFor={typeId}>{t('profile.relationType', { name: props.person.name })}</label>
        <input
          id={typeId}
          list={listId}
          value={type}
          autoComplete="off"
          aria-describedby={`${typeId}-hint`}
          onChange={(event) => setType(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              submit();
            }
          }}
        />
        <datalist id={listId}>
          {SUGGESTIONS.map((word) => (
            <option key={word} value={t(`profile.suggestions.${word}`)} />
          ))}
        </datalist>
        <p className="field-hint" id={`${typeId}-hint`}>
          {t('profile.relationTypeHint')}
        </p>
        <div className="relation-suggestions" role="group" aria-label={t('profile.suggested')}>
          {SUGGESTIONS.slice(0, SHOWN_SUGGESTIONS).map((word) => (
            <button
              key={word}
              type="button"
              className="button-small"
              onClick={() => setType(t(`profile.suggestions.${word}`))}
            >
              {t(`profile.suggestions.${word}`)}
            </button>
          ))}
        </div>
      </div>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button-primary" disabled={props.busy} onClick={submit}>
          {t('profile.saveRelation')}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}
