/**
 * Labelled form controls with their inline error. Every control has a visible label; an
 * error is tied to its control with aria-describedby, so it is read out with it.
 */
import { useTranslation } from 'react-i18next';
import { useId, type ReactNode } from 'react';

interface BaseProps {
  readonly label: string;
  readonly error?: string;
  readonly hint?: string;
  readonly className?: string;
}

function describedBy(hintId: string, errorId: string, hint?: string, error?: string) {
  const ids = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  return ids === '' ? undefined : ids;
}

function FieldFrame(props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  return (
    <div className={['field', props.error ? 'field-invalid' : '', props.className ?? ''].join(' ')}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.error ? (
        <p className="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.hint ? (
        <p className="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(
  props: BaseProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly multiline?: boolean;
    readonly rows?: number;
    readonly type?: 'text' | 'url' | 'password';
    readonly placeholder?: string;
    readonly required?: boolean;
    readonly inputMode?: 'text' | 'numeric';
    readonly name?: string;
    readonly lang?: string;
  },
) {
  const { t } = useTranslation();
  const id = useId();
  const common = {
    id,
    name: props.name,
    value: props.value,
    placeholder: props.placeholder,
    required: props.required,
    lang: props.lang,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(`${id}-hint`, `${id}-error`, props.hint, props.error),
  };
  return (
    <FieldFrame
      id={id}
      label={props.required ? t('form.required', { label: props.label }) : props.label}
      hint={props.hint}
      error={props.error}
      className={props.className}
    >
      {props.multiline ? (
        <textarea
          {...common}
          rows={props.rows ?? 3}
          onChange={(event) => props.onChange(event.target.value)}
        />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export function SelectField<V extends string>(
  props: BaseProps & {
    readonly value: V;
    readonly onChange: (value: V) => void;
    readonly options: readonly (readonly [V, string])[];
    readonly name?: string;
  },
) {
  const id = useId();
  return (
    <FieldFrame
      id={id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      className={props.className}
    >
      <select
        id={id}
        name={props.name}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, props.hint, props.error)}
        onChange={(event) => props.onChange(event.target.value as V)}
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField(props: {
  readonly label: ReactNode;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly className?: string;
}) {
  const id = useId();
  return (
    <div className={['field-checkbox', props.className ?? ''].join(' ')}>
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

/** Problems that belong to no single field, said once above the form. */
export function ErrorSummary(props: { readonly messages: readonly string[] }) {
  if (props.messages.length === 0) return null;
  return (
    <div className="error-box" role="alert">
      {props.messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
