/**
 * A menu opened by a button (aria-haspopup="menu", aria-expanded), as the top bar's menus, the
 * scenario menu and the export menu are: the keyboard starts on the first item (on the last when
 * opened with Up; Down or Up on the button opens it), the menu's keys are menuKeys.ts', Escape and
 * a press outside close it, and the focus leaving it (Tab) closes it. `choose(action)` closes the
 * menu and leaves the focus on its button before the action runs, so a dialog the action opens
 * gives the focus back there when it closes (useFocusReturn and ask() read the opener then).
 *
 * @example
 *   const m = useMenu();
 *   <span ref={m.root} onBlur={m.onBlur}><button {...m.toggleProps}>Eksportér</button>
 *     {m.open && <span role="menu" ref={m.menu} onKeyDown={m.onMenuKeyDown}>…</span>}</span>
 */
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { firstMenuItem, lastMenuItem, onMenuKey } from './menuKeys.js';
import { useClickOutside } from './useClickOutside.js';

/** `Root` and `List`: the elements the root and the menu are (a span, a div). */
export interface MenuControl<Root extends HTMLElement, List extends HTMLElement> {
  open: boolean;
  setOpen(open: boolean): void;
  /** Around the button and the menu: a press outside it closes the menu. */
  root: RefObject<Root | null>;
  menu: RefObject<List | null>;
  toggle: RefObject<HTMLButtonElement | null>;
  toggleProps: {
    ref: RefObject<HTMLButtonElement | null>;
    type: 'button';
    'aria-haspopup': 'menu';
    'aria-expanded': boolean;
    onClick(): void;
    onKeyDown(event: KeyboardEvent): void;
  };
  onMenuKeyDown(event: KeyboardEvent): void;
  /** For the root: the focus gone elsewhere on the page (Tab past the last item) closes the menu. */
  onBlur(event: FocusEvent): void;
  /** Closes the menu with the focus on its button, then runs `action`. */
  choose(action: () => void): void;
  /** Closes the menu with the focus on its button. */
  closeToToggle(): void;
}

export function useMenu<Root extends HTMLElement = HTMLSpanElement, List extends HTMLElement = HTMLSpanElement>(): MenuControl<Root, List> {
  const [open, setOpen] = useState(false);
  const root = useRef<Root | null>(null);
  const menu = useRef<List | null>(null);
  const toggle = useRef<HTMLButtonElement | null>(null);
  const startAtLast = useRef(false);

  useEffect(() => {
    if (!open) return;
    (startAtLast.current ? lastMenuItem(menu.current) : firstMenuItem(menu.current))?.focus();
    startAtLast.current = false;
  }, [open]);
  useClickOutside(open, root, () => setOpen(false));

  const closeToToggle = (): void => {
    setOpen(false);
    toggle.current?.focus();
  };
  return {
    open,
    setOpen,
    root,
    menu,
    toggle,
    toggleProps: {
      ref: toggle,
      type: 'button',
      'aria-haspopup': 'menu',
      'aria-expanded': open,
      onClick: () => setOpen(!open),
      onKeyDown: (event) => {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
        event.preventDefault();
        const last = event.key === 'ArrowUp';
        if (open) (last ? lastMenuItem(menu.current) : firstMenuItem(menu.current))?.focus();
        else {
          startAtLast.current = last;
          setOpen(true);
        }
      },
    },
    onMenuKeyDown: (event) => void onMenuKey(event, menu.current, closeToToggle),
    onBlur: (event) => {
      const next = event.relatedTarget;
      if (open && next !== null && !root.current?.contains(next as Node)) setOpen(false);
    },
    choose: (action) => {
      closeToToggle();
      action();
    },
    closeToToggle,
  };
}
