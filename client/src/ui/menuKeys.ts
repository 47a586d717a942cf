/**
 * Up and Down between the items of a menu (role="menu"), wrapping, as in a desktop menu; the
 * disabled items are passed over. Shared by the top bar's menus and the sheet tab's menu.
 */

const ITEMS = '[role="menuitem"]:not(:disabled)';

/** The menu's first item a planner can choose, to take the keyboard when the menu opens. */
export function firstMenuItem(menu: HTMLElement | null): HTMLElement | null {
  return menu?.querySelector<HTMLElement>(ITEMS) ?? null;
}

/** Moves the focus on Up or Down (and says so, true); any other key is left alone (false). */
export function moveInMenu(menu: HTMLElement | null, key: string): boolean {
  if ((key !== 'ArrowDown' && key !== 'ArrowUp') || !menu) return false;
  const items = [...menu.querySelectorAll<HTMLElement>(ITEMS)];
  const at = items.indexOf(document.activeElement as HTMLElement);
  items[(at + (key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
  return true;
}
