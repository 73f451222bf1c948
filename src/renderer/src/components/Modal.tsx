/** A modal dialog on the page's top layer: focus stays inside, Esc closes it. */
import { useTranslation } from 'react-i18next';
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function Modal(props: {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('input:not([type=checkbox]), select, textarea')?.focus();
    return () => {
      dialog.close();
      before?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="modal"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <header className="modal-header">
        <h2 id={titleId}>{props.title}</h2>
        <button
          type="button"
          className="button-quiet"
          aria-label={t('app.close')}
          onClick={props.onClose}
        >
          ×
        </button>
      </header>
      <div className="modal-body">{props.children}</div>
    </dialog>
  );
}
