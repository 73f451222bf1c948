/**
 * When an inline form closes, the keyboard goes back to the button that opened it rather
 * than to the top of the page.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useReturnFocus<E extends HTMLElement>(open: boolean): RefObject<E | null> {
  const target = useRef<E>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    const active = document.activeElement;
    const focusIsLost = active === null || active === document.body;
    if (wasOpen.current && !open && focusIsLost) target.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return target;
}
