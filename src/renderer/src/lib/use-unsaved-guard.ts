/**
 * Keeps typed changes from being lost by one click: while a form has unsaved edits, closing
 * it, following a link of the app, going Back or Forward, reloading or closing the window
 * asks first.
 */
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkBeforeLeaving } from './router';

export interface UnsavedGuard {
  /** True when the form may close: nothing unsaved, or the user agreed to drop it. */
  confirmLeave(): boolean;
}

export function useUnsavedGuard(dirty: boolean): UnsavedGuard {
  const { t } = useTranslation();
  const question = t('form.unsavedConfirm');
  // Set when the user agreed on a link's click, so that the address change it makes is not
  // asked about a second time.
  const agreedRef = useRef(false);
  const onLinkClick = useEffectEvent((event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!link || !(link.getAttribute('href') ?? '').startsWith('#')) return;
    if (window.confirm(question)) {
      agreedRef.current = true;
    } else {
      event.preventDefault();
      event.stopPropagation();
    }
  });
  const onAddressChange = useEffectEvent(() => agreedRef.current || window.confirm(question));
  const confirmLeave = useCallback(() => {
    if (!dirty || agreedRef.current) return true;
    agreedRef.current = window.confirm(question);
    return agreedRef.current;
  }, [dirty, question]);

  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const click = (event: MouseEvent) => onLinkClick(event);
    window.addEventListener('beforeunload', beforeUnload);
    // Capture: the app's routes are links, and the question must come before they act.
    document.addEventListener('click', click, true);
    agreedRef.current = false;
    const stopChecking = checkBeforeLeaving(() => onAddressChange());
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
      stopChecking();
    };
  }, [dirty]);

  return { confirmLeave };
}

/**
 * The guard for a form whose fields are plain values: it has unsaved changes when they
 * differ from what the form opened with (and it is not saving them right now).
 */
export function useUnsavedChanges(values: unknown, busy: boolean): UnsavedGuard {
  const [opened] = useState(() => JSON.stringify(values));
  return useUnsavedGuard(!busy && JSON.stringify(values) !== opened);
}
