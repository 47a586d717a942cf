/**
 * Which sheet to show next among the visible ones (hidden sheets have no tab, models/workbook/
 * sheetVisibility.ts): Ctrl+PageDown / Ctrl+PageUp step over hidden sheets as in Excel, and a
 * sheet hidden while it is on screen (by the planner or a colleague) gives way to the next
 * visible sheet, else the one before it, as Excel activates after "Hide".
 *
 * @example adjacentVisibleSheet(['a', 'b', 'c'], 'b', 1) // 'c'
 */

/** The visible sheet `step` tabs away from `activeId` (no wrap: Excel stops at the last tab); null when there is none. */
export function adjacentVisibleSheet(visibleIds: readonly string[], activeId: string, step: 1 | -1): string | null {
  const at = visibleIds.indexOf(activeId);
  if (at < 0) return visibleIds[0] ?? null;
  return visibleIds[at + step] ?? null;
}

/**
 * The sheet to show when `activeId` is no longer visible (hidden or deleted): the first visible
 * sheet after it in tab order, else the last before it, else the first visible. `allIds` is
 * every sheet in tab order, hidden ones included; null while `activeId` is still visible.
 */
export function sheetInsteadOf(allIds: readonly string[], visibleIds: readonly string[], activeId: string): string | null {
  if (visibleIds.includes(activeId)) return null;
  const visible = new Set(visibleIds);
  const at = allIds.indexOf(activeId);
  if (at >= 0) {
    const after = allIds.slice(at + 1).find((id) => visible.has(id));
    if (after !== undefined) return after;
    const before = allIds.slice(0, at).findLast((id) => visible.has(id));
    if (before !== undefined) return before;
  }
  return visibleIds[0] ?? null;
}

/** Ctrl+PageDown → 1, Ctrl+PageUp → -1 (also with Alt, as Excel for the web has them where the browser takes Ctrl+PageUp/Down); else null. */
export function sheetStepKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): 1 | -1 | null {
  if (!(event.ctrlKey || event.metaKey) || event.shiftKey) return null;
  if (event.key === 'PageDown') return 1;
  if (event.key === 'PageUp') return -1;
  return null;
}

/** Shift+F11 (and Alt+Shift+F1), Excel's keys for a new sheet. */
export function isAddSheetKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  if (!event.shiftKey || event.ctrlKey || event.metaKey) return false;
  return (event.key === 'F11' && !event.altKey) || (event.key === 'F1' && event.altKey);
}
