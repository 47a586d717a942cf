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
import { sessionStore } from './sessionStore.js';
import { formulaInput, lastPick, type FormulaInput, type SheetCell } from './formulaInput.js';
import { qualifiedAddress, type PickedReference } from './referencePicking.js';
import { cellSelection, clampPosition, rangeAddress, type CellRange, type GridSelection } from './selection.js';

/** A formula being typed while the grid may show another sheet than the formula's own. */
export interface CrossSheetEdit {
  /** The cell the formula belongs to: Enter commits it there. */
  readonly origin: SheetCell;
  /** Started in the in-cell editor: Enter then moves down from the origin, as that editor's Enter does. */
  readonly moveDown: boolean;
  /** The text and caret handed over to the formula bar. */
  readonly text: string;
  readonly caret: number;
  /** The reference picked last before the tab was clicked (a pick on the next sheet replaces it). */
  readonly picked: PickedReference | null;
}

/** The session's formula edit that may point at other sheets, or null. */
export const crossSheetEdit = sessionStore<CrossSheetEdit | null>(null);

/** The focused input while a formula (`=…`) is typed into it, else null. */
function typedFormula(session: WorkbookSession): FormulaInput | null {
  const input = formulaInput(session).get();
  if (session.readOnly || !input || document.activeElement !== input.element) return null;
  return input.element.value.startsWith('=') ? input : null;
}

/** True while a formula is typed: a sheet tab's mousedown must then keep the focus in its input. */
export function canPointAtSheet(session: WorkbookSession): boolean {
  return typedFormula(session) !== null;
}

/**
 * Shows `sheetId` and keeps the formula being typed open for picking there. False when no formula
 * is typed: the tab then just shows its sheet (and the edit ends as before).
 */
export function pointAtSheet(session: WorkbookSession, sheetId: string): boolean {
  const input = typedFormula(session);
  if (!input) return false;
  const store = crossSheetEdit(session);
  if (!store.get() && sheetId !== session.activeSheet.get()) {
    const { value, selectionStart } = input.element;
    const caret = selectionStart ?? value.length;
    store.set({ origin: input.cell(), moveDown: input.inCell, text: value, caret, picked: lastPick(session) });
  }
  session.showSheet(sheetId);
  return true;
}

/** True when the in-cell editor of `cell` handed its text to a cross-sheet edit (it must not commit it). */
export function handedOver(session: WorkbookSession, cell: SheetCell): boolean {
  const origin = crossSheetEdit(session).get()?.origin;
  return !!origin && origin.sheetId === cell.sheetId && origin.row === cell.row && origin.col === cell.col;
}

/**
 * Ends a cross-sheet edit: commits `text` to the formula's cell (null cancels), shows that cell's
 * sheet again and selects the cell (the one below after Enter in a cell editor).
 */
export function finishCrossSheetEdit(session: WorkbookSession, text: string | null): void {
  const store = crossSheetEdit(session);
  const edit = store.get();
  if (!edit) return;
  store.set(null);
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
 * While a cross-sheet edit is open, the reference picked last on any sheet: a grid that has picked
 * nothing itself replaces it while the caret still sits after it, as Excel's point mode does.
 */
export function carriedPick(session: WorkbookSession): PickedReference | null {
  const edit = crossSheetEdit(session).get();
  return edit ? (lastPick(session) ?? edit.picked) : null;
}

/**
 * The address a pick on `gridSheetId` puts into the formula: qualified with that sheet's name when
 * the formula belongs to another sheet (`Budget!B5`), plain on the formula's own sheet.
 */
export function pickedAddress(session: WorkbookSession, gridSheetId: string, range: CellRange): string {
  const home = crossSheetEdit(session).get()?.origin.sheetId ?? gridSheetId;
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
  const edit = crossSheetEdit(session).get();
  if (!edit || edit.origin.sheetId === gridSheetId || session.activeSheet.get() !== gridSheetId) return;
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
