/**
 * Picking references on another sheet while a formula is typed, as in Excel and Google Sheets:
 * clicking a sheet tab keeps the edit open (in the formula bar, since the in-cell editor goes with
 * its sheet's grid) and shows that sheet; cells picked there go in with the sheet's name
 * (`Forudsætninger!B5`, `'Mit ark'!B5:B7`). Enter commits the formula to the cell it was started
 * in and returns to that cell's sheet; Escape cancels and returns too.
 *
 * @example
 *   // SheetTabs: the tab's mousedown keeps the focus in the formula, its click points there.
 *   if (!pointAtSheet(session, sheetId)) session.showSheet(sheetId);
 */
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { formatCellAddress } from '../../../models/workbook/cellAddress.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { commitCellText } from '../workspace/cellEdits.js';
import { focusedInput, pointing, type FormulaInput, type SheetCell } from './interactionState.js';
import { qualifiedAddress } from './referencePicking.js';
import { cellSelection, clampPosition, rangeAddress, type CellRange, type GridSelection } from './selection.js';

/** The focused input while a formula (`=…`) is typed into it, else null. */
function typedFormula(session: WorkbookSession): FormulaInput | null {
  const input = focusedInput(session.interaction.state.get());
  if (session.readOnly || !input || document.activeElement !== input.element) return null;
  return input.element.value.startsWith('=') ? input : null;
}

/** True while a formula is typed: a sheet tab's mousedown must then keep the focus in its input. */
export function canPointAtSheet(session: WorkbookSession): boolean {
  return typedFormula(session) !== null;
}

/**
 * Shows `sheetId` and keeps the formula being typed open for picking there (the interaction goes
 * to `pointing`). False when no formula is typed: the tab then just shows its sheet (and the edit
 * ends as before).
 */
export function pointAtSheet(session: WorkbookSession, sheetId: string): boolean {
  const input = typedFormula(session);
  if (!input) return false;
  const { value, selectionStart } = input.element;
  const caret = selectionStart ?? value.length;
  const from = session.activeSheet.get();
  session.interaction.send({ type: 'pointedAtSheet', sheetId, from, origin: input.cell(), moveDown: input.inCell, text: value, caret });
  session.showSheet(sheetId);
  return true;
}

/** True when the in-cell editor of `cell` handed its text to a cross-sheet edit (it must not commit it). */
export function handedOver(session: WorkbookSession, cell: SheetCell): boolean {
  const origin = pointing(session.interaction.state.get())?.origin;
  return !!origin && origin.sheetId === cell.sheetId && origin.row === cell.row && origin.col === cell.col;
}

/**
 * Ends a cross-sheet edit: commits `text` to the formula's cell (null cancels), shows that cell's
 * sheet again and selects the cell (the one below after Enter in a cell editor).
 */
export function finishCrossSheetEdit(session: WorkbookSession, text: string | null): void {
  const edit = pointing(session.interaction.state.get());
  if (!edit) return;
  session.interaction.send({ type: 'pointingEnded' });
  const { sheetId, row, col } = edit.origin;
  if (text !== null) commitCellText(session, sheetId, row, col, text);
  const returning = session.activeSheet.get() !== sheetId;
  session.showSheet(sheetId);
  const grid = workbookGrid(session.doc);
  const bounds = { rows: grid.rowIds(sheetId).length, cols: grid.colIds(sheetId).length };
  const step = text !== null && edit.moveDown ? 1 : 0;
  session.selection.set(cellSelection(clampPosition({ row: row + step, col }, bounds)));
  // A sheet shown again gets a new grid, which takes the focus when ready; the same one is asked to.
  if (!returning) session.focusGrid.set(session.focusGrid.get() + 1);
}

/**
 * The address a pick on `gridSheetId` puts into the formula: qualified with that sheet's name when
 * the formula belongs to another sheet (`Budget!B5`), plain on the formula's own sheet.
 */
export function pickedAddress(session: WorkbookSession, gridSheetId: string, range: CellRange): string {
  const home = pointing(session.interaction.state.get())?.origin.sheetId ?? gridSheetId;
  const sheet = home === gridSheetId ? null : (workbookGrid(session.doc).sheetName(gridSheetId) ?? null);
  return qualifiedAddress(rangeAddress(range), sheet);
}

/**
 * Moves the shown sheet's selection to a pick made there for a formula from another sheet, as
 * Excel does: the sheet's old selection no longer shows beside the pick's outline, and the pick
 * stays selected there after the edit (showSheet keeps each sheet's selection). The formula's own
 * sheet keeps its selection on the formula's cell, and so does any edit that stayed on its sheet.
 *
 * @example
 *   // A pick of B6:B7 on Budget for a formula on Forudsætninger: Budget's selection becomes B6:B7.
 *   followPick(session, 'budget', { active: { row: 5, col: 1 }, corner: { row: 6, col: 1 } });
 */
export function followPick(session: WorkbookSession, gridSheetId: string, picked: GridSelection): void {
  const edit = pointing(session.interaction.state.get());
  if (!edit || edit.origin.sheetId === gridSheetId || edit.shownSheet !== gridSheetId) return;
  session.selection.set(picked);
}

/**
 * What the name box shows during a cross-sheet edit: the formula's own cell, as Excel's does,
 * qualified while another sheet is shown, so that the planner sees where Enter puts the formula.
 *
 * @example
 *   formulaCellName({ sheetId: 'forudsaetninger', row: 39, col: 9 }, 'budget', 'Forudsætninger'); // 'Forudsætninger!J40'
 */
export function formulaCellName(origin: SheetCell, shownSheetId: string, originSheetName: string | null): string {
  return qualifiedAddress(formatCellAddress(origin), origin.sheetId === shownSheetId ? null : originSheetName);
}
