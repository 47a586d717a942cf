/**
 * A menu that closes on a press outside it, as every menu of the page does (the export menu, the
 * header's menus, the sheet tab menu): while `open`, a mousedown outside `inside` calls `close`.
 */
import { useEffect, type RefObject } from 'react';

export function useClickOutside(open: boolean, inside: RefObject<HTMLElement | null>, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const outside = (event: MouseEvent): void => {
      if (inside.current && !inside.current.contains(event.target as Node)) close();
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
    // `close` only sets state, so the listener made when the menu opened stays right.
  }, [open, inside]);
}
