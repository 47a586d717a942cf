/**
 * A menu of the top bar: its button (aria-haspopup, aria-expanded) opens a list of items under it.
 * The keyboard starts on the first item; Up and Down move between items, Escape closes the menu
 * and Tab leaves it; a click outside closes it. An item chosen through `choose` closes the menu
 * and leaves the focus on the menu's button before its action runs, so a dialog the action opens
 * gives the focus back there when it closes (useFocusReturn reads the opener then).
 *
 * @example <HeaderMenu label="Faktiske tal">{(choose) => <button role="menuitem" onClick={() => choose(fetch)}>Hent …</button>}</HeaderMenu>
 */
import { useEffect, useRef, useState } from 'react';
import { firstMenuItem, moveInMenu } from './menuKeys.js';
import { useClickOutside } from './useClickOutside.js';

interface Props {
  label: string;
  children(choose: (action: () => void) => void): React.ReactNode;
}

export function HeaderMenu({ label, children }: Props): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLSpanElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (open) firstMenuItem(menu.current)?.focus();
  }, [open]);
  useClickOutside(open, root, () => setOpen(false));

  const choose = (action: () => void): void => {
    setOpen(false);
    toggle.current?.focus();
    action();
  };

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      toggle.current?.focus();
      return;
    }
    if (moveInMenu(menu.current, event.key)) event.preventDefault();
  };

  return (
    <span
      className="menu-anchor"
      ref={root}
      onKeyDown={onKeyDown}
      onBlur={(event) => open && !root.current?.contains(event.relatedTarget as Node | null) && event.relatedTarget !== null && setOpen(false)}
    >
      <button ref={toggle} type="button" className="menu-toggle" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}
        <span aria-hidden="true" className="menu-caret">
          ▾
        </span>
      </button>
      {open && (
        <span className="dropdown" role="menu" aria-label={label} ref={menu}>
          {children(choose)}
        </span>
      )}
    </span>
  );
}
