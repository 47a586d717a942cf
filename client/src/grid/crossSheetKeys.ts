/**
 * Excel's point mode with the keys in the formula bar during a cross-sheet edit: while a formula
 * typed on one sheet is open in the formula bar (crossSheetPointing.ts), an arrow picks on the
 * shown sheet, another one or the formula's own sheet shown again, the cell next to that sheet's
 * active cell (then next to the cell picked last); Shift+arrow stretches it to a range,
 * Ctrl+arrow and Ctrl+Shift+arrow run to the data edge, and the reference goes in qualified on
 * another sheet (`Budget!C6:C8`), plain on the formula's own (`J41`). The shown sheet's grid
 * picks, with the same logic as its cell editor's arrows (GridController.pickByKey). Where the
 * caret may take no reference (after `)`, inside a word), the arrow moves the caret as before
 * (Ctrl+arrow by word); so do the arrows of a formula bar edit that never left its sheet.
 *
 * @example
 *   // FormulaBar's keydown:
 *   if (pickOnShownSheet(session, event.nativeEvent)) event.preventDefault();
 */
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import type { KeyPicker } from './GridInteraction.js';
import { pointing } from './interactionState.js';
import { keyStroke, pickingKey } from './keyboardNavigation.js';

/** Offers the shown sheet's grid to the formula bar's arrows; the returned function withdraws it. */
export function offerKeyPicking(session: WorkbookSession, grid: KeyPicker): () => void {
  return session.interaction.offerKeyPicking(grid);
}

/**
 * A key pressed in the formula bar: true when it was an arrow that picked a cell on the shown
 * sheet during a cross-sheet edit, whichever sheet is shown (the caller then cancels the key's
 * default). The formula's own sheet picks too, as in Excel; its active cell is the formula's.
 */
export function pickOnShownSheet(session: WorkbookSession, event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  const key = pickingKey(keyStroke(event));
  const grid = session.interaction.keyPicker();
  if (!key || !pointing(session.interaction.state.get()) || !grid) return false;
  return grid.pickByKey(key, session.selection.get().active);
}
