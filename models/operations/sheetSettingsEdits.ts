/** Setting a cell's allowed bounds, a column's width, the frozen panes, Wrap Text and alignment (the sheet's `validations`, `colWidths`, `frozenPanes`, `wrapText`, `alignment`). */
import { assumptionBoundsSchema, type AssumptionBounds } from '../workbook/assumptionBounds.js';
import { readSettingsMap, settingsMap } from '../workbook/sheetSettings.js';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from '../workbook/columnWidths.js';
import { frozenPanesSchema, type FrozenPanes } from '../workbook/frozenPanes.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { cellKey } from '../workbook/workbookSchema.js';
import { isHorizontalAlignment, type HorizontalAlignment } from '../workbook/cellAlignment.js';
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

/** The panes as stored (null goes back to the suggestion); throws the operation's error for panes beyond a screen. */
export function checkFrozenPanes(panes: unknown): FrozenPanes | null {
  if (panes === null) return null;
  const parsed = frozenPanesSchema.safeParse(panes);
  if (!parsed.success) throw new WorkbookOperationError(parsed.error.issues[0]?.message ?? 'invalid frozen panes', 'invalid-input');
  return parsed.data;
}

export function setFrozenPanes(grid: WorkbookGrid, op: { sheetId: string; panes: FrozenPanes | null }): void {
  const sheet = requireSheet(grid, op.sheetId);
  const checked = checkFrozenPanes(op.panes);
  const panes = settingsMap(sheet, 'frozenPanes');
  if (!checked) {
    panes.delete('rows');
    panes.delete('cols');
    return;
  }
  panes.set('rows', checked.rows);
  panes.set('cols', checked.cols);
}

export function setWrapText(grid: WorkbookGrid, op: { sheetId: string; row: number; col: number; rows?: number; cols?: number; wrap: boolean }): void {
  const sheet = requireSheet(grid, op.sheetId);
  const rows = op.rows ?? 1;
  const cols = op.cols ?? 1;
  checkPosition(op.row, op.col);
  checkPosition(op.row + rows - 1, op.col + cols - 1);
  if (!op.wrap && !readSettingsMap(sheet, 'wrapText')) return;
  const wrapped = settingsMap(sheet, 'wrapText');
  for (let r = op.row; r < op.row + rows; r++) {
    for (let c = op.col; c < op.col + cols; c++) {
      const key = cellKey(grid.ensureRowId(op.sheetId, r), grid.ensureColId(op.sheetId, c));
      if (!op.wrap) wrapped.delete(key);
      else if (wrapped.get(key) !== true) wrapped.set(key, true);
    }
  }
}

/** Throws the operation's error for an alignment that is none of left, center, right (null is General). */
export function checkAlignment(alignment: unknown): void {
  if (alignment !== null && !isHorizontalAlignment(alignment)) throw new WorkbookOperationError('an alignment is "left", "center", "right" or null', 'invalid-input');
}

export function setAlignment(grid: WorkbookGrid, op: { sheetId: string; row: number; col: number; rows?: number; cols?: number; alignment: HorizontalAlignment | null }): void {
  const sheet = requireSheet(grid, op.sheetId);
  const rows = op.rows ?? 1;
  const cols = op.cols ?? 1;
  checkPosition(op.row, op.col);
  checkPosition(op.row + rows - 1, op.col + cols - 1);
  checkAlignment(op.alignment);
  if (op.alignment === null && !readSettingsMap(sheet, 'alignment')) return;
  const aligned = settingsMap(sheet, 'alignment');
  for (let r = op.row; r < op.row + rows; r++) {
    for (let c = op.col; c < op.col + cols; c++) {
      const key = cellKey(grid.ensureRowId(op.sheetId, r), grid.ensureColId(op.sheetId, c));
      if (op.alignment === null) aligned.delete(key);
      else if (aligned.get(key) !== op.alignment) aligned.set(key, op.alignment);
    }
  }
}
