/**
 * Cut as a move, as in Excel: Ctrl+X copies the selection like Ctrl+C and marks it (a dashed
 * outline); the next paste of that same text in Fremskriv moves the cells (the `moveCells`
 * operation), so that formulas pointing at them follow. Escape, an edit, a copy or leaving the
 * sheet cancels the cut; text cut in another application pastes as usual.
 */
import type { WorkbookOperation } from '../../../models/operations/workbookOperation.js';
import { createStore } from '../ui/store.js';
import { sameClipboardText } from './clipboardText.js';
import { rangeCols, rangeRows, type CellRange } from './selection.js';

/** A cut waiting for its paste: the block, its sheet and the text it put on the clipboard. */
export interface PendingCut {
  sheetId: string;
  range: CellRange;
  text: string;
}

/** The one pending cut of this browser tab (like the clipboard, it is not per sheet). */
export const pendingCut = createStore<PendingCut | null>(null);

/**
 * The move a paste of `text` onto `target` makes, or null when the text is not the pending cut's
 * (copied since, or cut in another application) or the cut was made on another sheet.
 */
export function cutMove(cut: PendingCut | null, text: string, sheetId: string, target: CellRange): Extract<WorkbookOperation, { type: 'moveCells' }> | null {
  if (!cut || cut.sheetId !== sheetId || !sameClipboardText(cut.text, text)) return null;
  const { range } = cut;
  return { type: 'moveCells', sheetId, row: range.top, col: range.left, rows: rangeRows(range), cols: rangeCols(range), toRow: target.top, toCol: target.left };
}
