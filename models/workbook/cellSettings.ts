/**
 * Reading a per-cell settings map of a sheet (sheetSettings.ts: `validations`, `wrapText`,
 * `alignment`, keyed "rowId:colId") by position: one cell's stored value, or every cell's, top to
 * bottom. Each setting reads what it stores itself (wrapText.ts, cellAlignment.ts,
 * assumptionBounds.ts); a value it does not recognise reads as none.
 */
import type * as Y from 'yjs';
import { readSettingsMap, type SheetSettingsKey } from './sheetSettings.js';
import { workbookGrid } from './WorkbookGrid.js';
import { cellKey, splitCellKey } from './workbookSchema.js';

type CellSettingsKey = Extract<SheetSettingsKey, 'validations' | 'wrapText' | 'alignment'>;

/** What the sheet's `key` map stores for the cell at `row`,`col`; undefined when nothing (or no such cell). */
export function storedCellSetting(doc: Y.Doc, sheetId: string, key: CellSettingsKey, row: number, col: number): unknown {
  const grid = workbookGrid(doc);
  const sheet = grid.sheet(sheetId);
  const map = sheet && readSettingsMap(sheet, key);
  if (!map || map.size === 0) return undefined;
  const rowId = grid.rowIds(sheetId)[row];
  const colId = grid.colIds(sheetId)[col];
  return rowId === undefined || colId === undefined ? undefined : map.get(cellKey(rowId, colId));
}

/**
 * The cells of the sheet's `key` map by position, top to bottom, each with what `read` makes of
 * its stored value; cells of deleted rows or columns, and values `read` gives null for, are skipped.
 */
export function cellSettingsByPosition<T>(doc: Y.Doc, sheetId: string, key: CellSettingsKey, read: (stored: unknown) => T | null): Array<{ row: number; col: number; value: T }> {
  const grid = workbookGrid(doc);
  const sheet = grid.sheet(sheetId);
  const map = sheet && readSettingsMap(sheet, key);
  if (!map) return [];
  const out: Array<{ row: number; col: number; value: T }> = [];
  for (const [cell, stored] of map.entries()) {
    const value = read(stored);
    if (value === null) continue;
    const [rowId, colId] = splitCellKey(cell);
    const row = grid.rowIndex(sheetId, rowId);
    const col = grid.colIndex(sheetId, colId);
    if (row >= 0 && col >= 0) out.push({ row, col, value });
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}
