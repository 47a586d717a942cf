/**
 * Excel's Wrap Text, a cell's own setting kept in the sheet's `wrapText` map ("rowId:colId" →
 * true), shared with colleagues and carried through the v1 file (`wrapText`) and .xlsx
 * (`alignment.wrapText`). A wrapped cell shows each line of its text and wraps a long line at its
 * column's width, and its row grows to fit the lines (client/src/grid/rowHeights.ts). Typing a
 * line break (Alt+Enter) turns it on, as in Excel. Defensive: anything stored but `true` reads as
 * not wrapped.
 */
import type * as Y from 'yjs';
import { cellSettingsByPosition, storedCellSetting } from './cellSettings.js';

/** Whether the cell at `row`,`col` wraps its text. */
export function cellWraps(doc: Y.Doc, sheetId: string, row: number, col: number): boolean {
  return storedCellSetting(doc, sheetId, 'wrapText', row, col) === true;
}

/** The sheet's wrapped cells by position, top to bottom (cells of deleted rows or columns are skipped). */
export function sheetWrappedCells(doc: Y.Doc, sheetId: string): Array<{ row: number; col: number }> {
  return cellSettingsByPosition(doc, sheetId, 'wrapText', (stored) => (stored === true ? true : null)).map(({ row, col }) => ({ row, col }));
}
