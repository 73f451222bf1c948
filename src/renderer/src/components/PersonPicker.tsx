/** Choosing several persons from the archive: the chosen ones as chips, the rest by filter. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/records';

const SHOWN = 40;

export function PersonPicker(props: {
  readonly label: string;
  readonly persons: readonly Person[];
  readonly selected: readonly string[];
  readonly onChange: (ids: string[]) => void;
  readonly error?: string;
}) {
  const { t } = useTranslation();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const byId = new Map(props.persons.map((person) => [person.id, person]));
  const needle = filter.trim().toLocaleLowerCase();
  const matching = props.persons
    .filter(
      (person) =>
        needle === '' ||
        [person.name, person.nativeName ?? '', ...person.aliases].some((name) =>
          name.toLocaleLowerCase().includes(needle),
        ),
    )
    .sort((a, b) => a.name.localeCompare(b.name));

  function toggle(id: string, on: boolean) {
    const rest = props.selected.filter((selected) => selected !== id);
    props.onChange(on ? [...rest, id] : rest);
  }

  return (
    <fieldset className={['picker', props.error ? 'field-invalid' : ''].join(' ')}>
      <legend>{props.label}</legend>
      <div className="chips" aria-live="polite">
        {props.selected.length === 0 && props.persons.length > 0 ? (
          <span className="cell-muted">{t('picker.noneChosen')}</span>
        ) : null}
        {props.selected.map((id) => (
          <span key={id} className="chip">
            {byId.get(id)?.name ?? id}
            <button
              type="button"
              className="chip-remove"
              aria-label={t('picker.remove', { name: byId.get(id)?.name ?? id })}
              onClick={() => toggle(id, false)}
            >
              ×
            </button>
          </span>
        ))}
      </div>
      {props.error ? <p className="field-error">{props.error}</p> : null}
      {props.persons.length === 0 ? (
        <p className="cell-muted">{t('picker.noPersons')}</p>
      ) : (
        <>
          <label htmlFor={filterId} className="picker-filter-label">
            {t('picker.findPerson')}
          </label>
          <input
            id={filterId}
            type="search"
            value={filter}
            autoComplete="off"
            onChange={(event) => setFilter(event.target.value)}
            onKeyDown={(event) => {
              // Enter here narrows the list; it does not save the form.
              if (event.key === 'Enter') event.preventDefault();
            }}
          />
          <ul className="picker-list">
            {matching.slice(0, SHOWN).map((person) => (
              <li key={person.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={props.selected.includes(person.id)}
                    onChange={(event) => toggle(person.id, event.target.checked)}
                  />
                  <span>
                    {person.name}
                    {person.nativeName ? (
                      <span className="cell-muted"> · {person.nativeName}</span>
                    ) : null}
                  </span>
                </label>
              </li>
            ))}
            {matching.length > SHOWN ? (
              <li className="cell-muted">{t('picker.more', { count: matching.length - SHOWN })}</li>
            ) : null}
            {matching.length === 0 ? <li className="cell-muted">{t('picker.nobody')}</li> : null}
          </ul>
        </>
      )}
    </fieldset>
  );
}
