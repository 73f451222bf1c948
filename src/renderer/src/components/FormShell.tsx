/**
 * The behaviour every form shares: Enter submits (Ctrl+Enter from a multi-line box), Esc
 * cancels, the first field has focus when the form opens, and after a failed save the
 * first field in error gets it.
 */
import { useTranslation } from 'react-i18next';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { ErrorSummary } from './Field';
import type { FormErrors } from '../lib/form-errors';

const FIELDS = 'input:not([type=hidden]):not([type=checkbox]), select, textarea';

export function FormShell(props: {
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly busy: boolean;
  readonly errors: FormErrors;
  readonly submitLabel: string;
  readonly children: ReactNode;
  readonly className?: string;
  readonly label?: string;
  readonly extraActions?: ReactNode;
  /** A whole page of typing is not thrown away by one key: such forms set this to false. */
  readonly cancelOnEscape?: boolean;
}) {
  const { t } = useTranslation();
  const cancelOnEscape = props.cancelOnEscape ?? true;
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    // Bring the whole form into view, not only its first field.
    if (typeof form.scrollIntoView === 'function') form.scrollIntoView({ block: 'nearest' });
    form.querySelector<HTMLElement>(FIELDS)?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [props.errors]);

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape' && cancelOnEscape) {
      event.preventDefault();
      event.stopPropagation();
      props.onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  return (
    <form
      ref={formRef}
      className={['form', props.className ?? ''].join(' ')}
      aria-label={props.label}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        if (!props.busy) props.onSubmit();
      }}
    >
      <ErrorSummary messages={props.errors.general} />
      {props.children}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={props.busy}>
          {props.busy ? t('form.saving') : props.submitLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('form.cancel')}
        </button>
        {props.extraActions}
        <span className="form-keys">
          {cancelOnEscape ? t('form.keys') : t('form.keysNoEscape')}
        </span>
      </div>
    </form>
  );
}
