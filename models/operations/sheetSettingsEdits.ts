/** Setting a cell's allowed bounds and a column's width (the sheet's `validations` and `colWidths`). */
import { assumptionBoundsSchema, type AssumptionBounds } from '../workbook/assumptionBounds.js';
import { settingsMap } from '../workbook/sheetSettings.js';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from '../workbook/columnWidths.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { cellKey } from '../workbook/workbookSchema.js';
import { checkPosition } from './cellEdits.js';
import { requireSheet } from './sheetEdits.js';
import { WorkbookOperationError } from './workbookOperation.js';

/** The bounds as stored (null removes them); throws the operation's error for bounds that are none. */
export function checkBounds(bounds: unknown): AssumptionBounds | null {
  if (bounds === null) return null;
  const parsed = assumptionBoundsSchema.safeParse(bounds);
  if (!parsed.success) throw new WorkbookOperationError(parsed.error.issues[0]?.message ?? 'invalid bounds', 'invalid-input');
  return parsed.data;
}

/** Throws the operation's error for a width outside what a column can have (null is the default width). */
export function checkColumnWidth(width: number | null): void {
  if (width !== null && (typeof width !== 'number' || !Number.isFinite(width) || width < MIN_COLUMN_WIDTH || width > MAX_COLUMN_WIDTH)) {
    throw new WorkbookOperationError(`a column width is between ${MIN_COLUMN_WIDTH} and ${MAX_COLUMN_WIDTH} pixels`, 'invalid-input');
  }
}

export function setAssumptionBounds(grid: WorkbookGrid, op: { sheetId: string; row: number; col: number; bounds: AssumptionBounds | null }): void {
  const sheet = requireSheet(grid, op.sheetId);
  checkPosition(op.row, op.col);
  const bounds = checkBounds(op.bounds);
  const key = cellKey(grid.ensureRowId(op.sheetId, op.row), grid.ensureColId(op.sheetId, op.col));
  const validations = settingsMap(sheet, 'validations');
  if (bounds === null) validations.delete(key);
  else validations.set(key, { ...bounds });
}

export function setColumnWidth(grid: WorkbookGrid, op: { sheetId: string; col: number; width: number | null }): void {
  const sheet = requireSheet(grid, op.sheetId);
  checkPosition(0, op.col);
  checkColumnWidth(op.width);
  const colId = grid.ensureColId(op.sheetId, op.col);
  const widths = settingsMap(sheet, 'colWidths');
  if (op.width === null) widths.delete(colId);
  else widths.set(colId, Math.round(op.width));
}
