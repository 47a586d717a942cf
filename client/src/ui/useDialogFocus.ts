/**
 * Keyboard use of a view that opens over the page (a modal dialog): Tab and Shift+Tab stay inside
 * it, Escape closes it (wherever focus is: a button that went away while working leaves focus on
 * the page's body), and when it closes, focus goes back to what had it before (the button that
 * opened it), so a keyboard user is never left on the page's top with the view gone.
 *
 * @example const ref = useDialogFocus<HTMLDivElement>(onClose); <div ref={ref} role="dialog" …>
 */
import { useEffect, useRef } from 'react';
import { useFocusReturn } from './useFocusReturn.js';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The next element Tab should reach inside `container`, or null to let the browser move on. */
export function wrappedFocus(container: HTMLElement, active: Element | null, backwards: boolean): HTMLElement | null {
  const focusable = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (focusable.length === 0) return null;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  if (!container.contains(active)) return backwards ? last : first;
  if (backwards && active === first) return last;
  if (!backwards && active === last) return first;
  return null;
}

export function useDialogFocus<T extends HTMLElement>(onClose: () => void): React.RefObject<T | null> {
  const ref = useRef<T>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useFocusReturn();
  useEffect(() => {
    const container = ref.current;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close.current();
        return;
      }
      if (event.key !== 'Tab' || !container) return;
      const next = wrappedFocus(container, document.activeElement, event.shiftKey);
      if (next) {
        event.preventDefault();
        next.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return ref;
}
