/**
 * Column widths kept in the workbook (a sheet's `colWidths`: column id → pixels), shared with
 * colleagues and carried through the v1 file (`columnWidths`) and .xlsx. Defensive: a stored value
 * that is not a sensible width is read as no width.
 */
import type * as Y from 'yjs';
import { readSettingsMap } from './sheetSettings.js';
import { workbookGrid } from './WorkbookGrid.js';

/** Excel's widest column is 255 characters, about 1 800 pixels; wider is a mistake or hostile. */
export const MAX_COLUMN_WIDTH = 2000;
export const MIN_COLUMN_WIDTH = 10;

/** A stored width → pixels, or null when it is not a sensible width (a hostile or older peer's value). */
export function readColumnWidth(stored: unknown): number | null {
  return typeof stored === 'number' && Number.isFinite(stored) && stored >= MIN_COLUMN_WIDTH && stored <= MAX_COLUMN_WIDTH ? Math.round(stored) : null;
}

/** The sheet's set column widths by position, left to right (columns since deleted are skipped). */
export function sheetColumnWidths(doc: Y.Doc, sheetId: string): Array<{ col: number; width: number }> {
  const grid = workbookGrid(doc);
  const sheet = grid.sheet(sheetId);
  const map = sheet && readSettingsMap(sheet, 'colWidths');
  if (!map) return [];
  const out: Array<{ col: number; width: number }> = [];
  for (const [colId, stored] of map.entries()) {
    const col = grid.colIndex(sheetId, colId);
    const width = readColumnWidth(stored);
    if (col >= 0 && width !== null) out.push({ col, width });
  }
  return out.sort((a, b) => a.col - b.col);
}
