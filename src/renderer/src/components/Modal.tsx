/**
 * A modal dialog on the page's top layer: focus stays inside, Esc closes it — unless a form
 * inside has unsaved changes and the user chooses to keep them (useModalCloseGuard).
 */
import { useTranslation } from 'react-i18next';
import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react';

type CloseGuard = () => boolean;
const CloseGuardContext = createContext<RefObject<CloseGuard | null> | null>(null);

/**
 * Lets a form inside a modal be asked before the modal closes (Esc, the × button): `confirm`
 * answers whether closing may go on.
 */
export function useModalCloseGuard(confirm: CloseGuard): void {
  const guardRef = useContext(CloseGuardContext);
  useEffect(() => {
    if (!guardRef) return;
    guardRef.current = confirm;
    return () => {
      if (guardRef.current === confirm) guardRef.current = null;
    };
  }, [guardRef, confirm]);
}

export function Modal(props: {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const guardRef = useRef<CloseGuard | null>(null);
  const close = () => {
    if (guardRef.current && !guardRef.current()) return;
    props.onClose();
  };

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
        close();
      }}
    >
      <header className="modal-header">
        <h2 id={titleId}>{props.title}</h2>
        <button type="button" className="button-quiet" aria-label={t('app.close')} onClick={close}>
          ×
        </button>
      </header>
      <div className="modal-body">
        <CloseGuardContext value={guardRef}>{props.children}</CloseGuardContext>
      </div>
    </dialog>
  );
}
