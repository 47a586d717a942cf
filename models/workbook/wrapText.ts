/**
 * Excel's Wrap Text, a cell's own setting kept in the sheet's `wrapText` map ("rowId:colId" →
 * true), shared with colleagues and carried through the v1 file (`wrapText`) and .xlsx
 * (`alignment.wrapText`). A wrapped cell shows each line of its text and wraps a long line at its
 * column's width, and its row grows to fit the lines (client/src/grid/rowHeights.ts). Typing a
 * line break (Alt+Enter) turns it on, as in Excel. Defensive: anything stored but `true` reads as
 * not wrapped.
 */
import type * as Y from 'yjs';
import { readSettingsMap } from './sheetSettings.js';
import { workbookGrid } from './WorkbookGrid.js';
import { cellKey, splitCellKey } from './workbookSchema.js';

/** Whether the cell at `row`,`col` wraps its text. */
export function cellWraps(doc: Y.Doc, sheetId: string, row: number, col: number): boolean {
  const grid = workbookGrid(doc);
  const sheet = grid.sheet(sheetId);
  const map = sheet && readSettingsMap(sheet, 'wrapText');
  if (!map || map.size === 0) return false;
  const rowId = grid.rowIds(sheetId)[row];
  const colId = grid.colIds(sheetId)[col];
  return rowId !== undefined && colId !== undefined && map.get(cellKey(rowId, colId)) === true;
}

/** The sheet's wrapped cells by position, top to bottom (cells of deleted rows or columns are skipped). */
export function sheetWrappedCells(doc: Y.Doc, sheetId: string): Array<{ row: number; col: number }> {
  const grid = workbookGrid(doc);
  const sheet = grid.sheet(sheetId);
  const map = sheet && readSettingsMap(sheet, 'wrapText');
  if (!map) return [];
  const out: Array<{ row: number; col: number }> = [];
  for (const [key, stored] of map.entries()) {
    if (stored !== true) continue;
    const [rowId, colId] = splitCellKey(key);
    const row = grid.rowIndex(sheetId, rowId);
    const col = grid.colIndex(sheetId, colId);
    if (row >= 0 && col >= 0) out.push({ row, col });
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}
