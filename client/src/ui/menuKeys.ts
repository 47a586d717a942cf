/**
 * The keys of a menu (role="menu"), as WAI-ARIA's menu pattern and a desktop menu have them: Up and
 * Down move between the items, wrapping; Home and End go to the first and the last; Enter and Space
 * choose the focused item; a letter goes to the next item whose text starts with it; Escape closes.
 * Disabled items are passed over. Shared by every menu of the page (the top bar's, the scenario
 * menu, the export menu, the sheet tab's and the grid's right-click menu): before, only some had
 * Up and Down, none Home, End or a letter (the planner walk-through).
 */

import type { KeyboardEvent } from 'react';

const ITEMS = '[role="menuitem"]:not(:disabled)';

function items(menu: HTMLElement): HTMLElement[] {
  return [...menu.querySelectorAll<HTMLElement>(ITEMS)];
}

/** The menu's first item a planner can choose, to take the keyboard when the menu opens. */
export function firstMenuItem(menu: HTMLElement | null): HTMLElement | null {
  return menu?.querySelector<HTMLElement>(ITEMS) ?? null;
}

/** The menu's last item a planner can choose (a menu opened with Up starts there). */
export function lastMenuItem(menu: HTMLElement | null): HTMLElement | null {
  return menu ? (items(menu).at(-1) ?? null) : null;
}

/** The item after `from` (or the first) whose text starts with `letter`, in the planner's locale's case. */
function itemStartingWith(list: HTMLElement[], from: number, letter: string): HTMLElement | undefined {
  const wanted = letter.toLocaleLowerCase();
  for (let step = 1; step <= list.length; step++) {
    const item = list[(from + step + list.length) % list.length]!;
    if ((item.textContent ?? '').trim().toLocaleLowerCase().startsWith(wanted)) return item;
  }
  return undefined;
}

/**
 * Handles a key pressed inside `menu`; `close` runs on Escape (and gives the focus back to what
 * opened the menu). Says whether the key was the menu's (it is then prevented and goes no further,
 * so the grid behind never reads it). Keys pressed in a control inside the menu that is not an
 * item (the export menu's selects) are the control's own, but Escape.
 *
 * @example <div role="menu" ref={menu} onKeyDown={(e) => onMenuKey(e, menu.current, close)}>
 */
export function onMenuKey(event: KeyboardEvent, menu: HTMLElement | null, close: () => void): boolean {
  if (!menu) return false;
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    close();
    return true;
  }
  const target = event.target instanceof HTMLElement ? event.target : null;
  const onItem = target !== null && target.getAttribute('role') === 'menuitem';
  if (!onItem && target !== menu) return false;
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const list = items(menu);
  const at = onItem ? list.indexOf(target) : -1;
  let next: HTMLElement | undefined;
  switch (event.key) {
    case 'ArrowDown':
      next = list[(at + 1) % list.length];
      break;
    case 'ArrowUp':
      next = list[(at - 1 + list.length) % list.length];
      break;
    case 'Home':
      next = list[0];
      break;
    case 'End':
      next = list.at(-1);
      break;
    case 'Enter':
    case ' ':
      if (!onItem) return false;
      event.preventDefault();
      event.stopPropagation();
      target.click();
      return true;
    default:
      if (event.key.length !== 1 || event.key === ' ') return false;
      next = itemStartingWith(list, at, event.key);
      if (!next) {
        // A letter no item starts with stays in the menu (it would otherwise reach the grid).
        event.preventDefault();
        event.stopPropagation();
        return true;
      }
  }
  event.preventDefault();
  event.stopPropagation();
  next?.focus();
  return true;
}
