/**
 * Choosing one record (a person, a facility) by typing part of its name: a combobox with a
 * listbox of matches. ↑ ↓ choose, Enter takes, Esc closes; the × button clears the choice.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { matchOptions, type PickOption } from '../lib/pick';

const SHOWN = 30;

export function RecordPicker(props: {
  readonly label: string;
  readonly options: readonly PickOption[];
  readonly value: string | undefined;
  readonly onChange: (id: string | undefined) => void;
  readonly placeholder?: string;
  readonly className?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  /** What is typed; null while the box shows the chosen record. */
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const chosen = props.options.find((option) => option.id === props.value);
  const matches = useMemo(
    () => (open ? matchOptions(props.options, typed ?? '', SHOWN) : []),
    [open, props.options, typed],
  );
  const expanded = open && matches.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;
  const shown = typed ?? chosen?.label ?? (props.value ? props.value : '');

  function take(option: PickOption) {
    setTyped(null);
    setOpen(false);
    if (option.id !== props.value) props.onChange(option.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      if (matches.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + matches.length) % matches.length);
    } else if (event.key === 'Enter') {
      // Enter chooses here; it never submits the surrounding form.
      event.preventDefault();
      const option = expanded ? matches[Math.min(active, matches.length - 1)] : undefined;
      if (option) take(option);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
        setTyped(null);
      }
    }
  }

  return (
    <div className={['field', 'picker-one', props.className ?? ''].join(' ')}>
      <label htmlFor={`${id}-input`}>{props.label}</label>
      <div className="picker-one-box">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={props.placeholder ?? t('picker.anyone')}
          value={shown}
          onChange={(event) => {
            setTyped(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={(event) => event.target.select()}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setTyped(null);
          }}
          onKeyDown={onKeyDown}
        />
        {props.value ? (
          <button
            type="button"
            className="picker-one-clear"
            aria-label={t('picker.clear', { label: props.label })}
            title={t('picker.clearShort')}
            onClick={() => {
              setTyped(null);
              props.onChange(undefined);
              inputRef.current?.focus();
            }}
          >
            ×
          </button>
        ) : null}
        <div
          id={listId}
          role="listbox"
          aria-label={props.label}
          className="picker-one-list"
          hidden={!expanded}
        >
          {matches.map((option, index) => (
            <div
              key={option.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="picker-one-option"
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(index)}
              onClick={() => take(option)}
            >
              <span>{option.label}</span>
              {option.detail ? <span className="cell-muted"> · {option.detail}</span> : null}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
