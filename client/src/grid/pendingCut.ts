/**
 * Cut as a move, as in Excel: Ctrl+X copies the selection like Ctrl+C and marks it (a dashed
 * outline, on the cut's own sheet); the next paste of that same text in Fremskriv moves the cells
 * (the `moveCells` operation), on the same sheet or onto another one, so that formulas pointing at
 * them follow. Escape, an edit or a copy cancels the cut, switching sheets does not; text cut in
 * another application pastes as usual.
 */
import type * as Y from 'yjs';
import type { WorkbookOperation } from '../../../models/operations/workbookOperation.js';
import { changedSheetAxes } from '../../../models/workbook/workbookReader.js';
import { sameClipboardText } from './clipboardText.js';
import { rangeCols, rangeRows, type CellRange } from './selection.js';

/**
 * A cut waiting for its paste: the block, its sheet and the text it put on the clipboard. The
 * session's grid interaction holds the one pending cut (like the clipboard, it is not per sheet).
 */
export interface PendingCut {
  sheetId: string;
  range: CellRange;
  text: string;
}

/**
 * The move a paste of `text` onto `target` of the sheet `sheetId` makes (onto another sheet than
 * the cut's, a move there), or null when the text is not the pending cut's (copied since, or cut in
 * another application).
 *
 * @example cutMove(cut, text, 'budget', target) // { type: 'moveCells', sheetId: cut.sheetId, …, toSheetId: 'budget' }
 */
export function cutMove(cut: PendingCut | null, text: string, sheetId: string, target: CellRange): Extract<WorkbookOperation, { type: 'moveCells' }> | null {
  if (!cut || !sameClipboardText(cut.text, text)) return null;
  const { range } = cut;
  const move = { type: 'moveCells', sheetId: cut.sheetId, row: range.top, col: range.left, rows: rangeRows(range), cols: rangeCols(range), toRow: target.top, toCol: target.left } as const;
  return cut.sheetId === sheetId ? move : { ...move, toSheetId: sheetId };
}

/**
 * True when a transaction on the workspace ends the pending cut, as in Excel: any edit of this
 * planner's (`ownOrigin`); of a colleague's, only one that moves rows or columns of the cut's sheet
 * under the marked block, or deletes that sheet. Which sheet is shown does not matter.
 */
export function transactionEndsCut(cut: PendingCut, transaction: Y.Transaction, ownOrigin: unknown): boolean {
  if (transaction.origin === ownOrigin) return true;
  return changedSheetAxes(transaction, cut.sheetId);
}
