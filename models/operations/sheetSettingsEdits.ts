/** Setting a cell's allowed bounds and a column's width (the sheet's `validations` and `colWidths`). */
import { assumptionBoundsSchema, type AssumptionBounds } from '../workbook/assumptionBounds.js';
import { settingsMap } from '../workbook/sheetSettings.js';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from '../workbook/columnWidths.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { cellKey } from '../workbook/workbookSchema.js';
import { checkPosition } from './cellEdits.js';
import { requireSheet } from './sheetEdits.js';
import { WorkbookOperationError } from './workbookOperation.js';


export function setAssumptionBounds(grid: WorkbookGrid, op: { sheetId: string; row: number; col: number; bounds: AssumptionBounds | null }): void {
  const sheet = requireSheet(grid, op.sheetId);
  checkPosition(op.row, op.col);
  let bounds: AssumptionBounds | null = null;
  if (op.bounds !== null) {
    const parsed = assumptionBoundsSchema.safeParse(op.bounds);
    if (!parsed.success) throw new WorkbookOperationError(parsed.error.issues[0]?.message ?? 'invalid bounds', 'invalid-input');
    bounds = parsed.data;
  }
  const key = cellKey(grid.rowIdAt(op.sheetId, op.row), grid.colIdAt(op.sheetId, op.col));
  const validations = settingsMap(sheet, 'validations');
  if (bounds === null) validations.delete(key);
  else validations.set(key, { ...bounds });
}

export function setColumnWidth(grid: WorkbookGrid, op: { sheetId: string; col: number; width: number | null }): void {
  const sheet = requireSheet(grid, op.sheetId);
  checkPosition(0, op.col);
  if (op.width !== null && (!Number.isFinite(op.width) || op.width < MIN_COLUMN_WIDTH || op.width > MAX_COLUMN_WIDTH)) {
    throw new WorkbookOperationError(`a column width is between ${MIN_COLUMN_WIDTH} and ${MAX_COLUMN_WIDTH} pixels`, 'invalid-input');
  }
  const colId = grid.colIdAt(op.sheetId, op.col);
  const widths = settingsMap(sheet, 'colWidths');
  if (op.width === null) widths.delete(colId);
  else widths.set(colId, Math.round(op.width));
}
