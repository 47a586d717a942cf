/** Setting cells and their display formats, by position, in the document's identity terms. */
import { encodeFormula, type GridAllocator } from '../formula/storedFormula.js';
import { isFormula } from '../formula/a1References.js';
import { MAX_COLUMNS, MAX_ROWS } from '../workbook/cellAddress.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { cellKey, isCellInput, sheetParts, type CellFormat, type CellInput } from '../workbook/workbookSchema.js';
import { requireSheet } from './sheetEdits.js';
import { WorkbookOperationError, type CellEdit } from './workbookOperation.js';

export const MAX_CELL_TEXT = 32_767;

export function checkPosition(row: number, col: number): void {
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLUMNS) {
    throw new WorkbookOperationError(`cell position ${row},${col} is outside the sheet`, 'out-of-range');
  }
}

/** The stored form of a typed input: formulas get identity references, the rest is kept. */
export function storedInput(input: CellInput, sheetId: string, grid: GridAllocator): CellInput {
  checkInput(input);
  return typeof input === 'string' && isFormula(input) ? encodeFormula(input, sheetId, grid) : input;
}

export function checkInput(input: CellInput | null): void {
  if (input === null) return;
  if (!isCellInput(input)) throw new WorkbookOperationError('a cell holds a number, text, a boolean or a formula', 'invalid-input');
  if (typeof input === 'string' && input.length > MAX_CELL_TEXT) {
    throw new WorkbookOperationError(`cell text is longer than ${MAX_CELL_TEXT} characters`, 'invalid-input');
  }
}

export function setCells(grid: WorkbookGrid, sheetId: string, edits: readonly CellEdit[]): void {
  const sheet = requireSheet(grid, sheetId);
  for (const edit of edits) {
    checkPosition(edit.row, edit.col);
    checkInput(edit.input);
  }
  const { cells } = sheetParts(sheet);
  for (const edit of edits) {
    const key = cellKey(grid.ensureRowId(sheetId, edit.row), grid.ensureColId(sheetId, edit.col));
    if (edit.input === null || edit.input === '') {
      if (cells.has(key)) cells.delete(key);
      continue;
    }
    const value = storedInput(edit.input, sheetId, grid);
    if (cells.get(key) !== value) cells.set(key, value);
  }
}

export function setFormat(
  grid: WorkbookGrid,
  op: { sheetId: string; row: number; col: number; rows?: number; cols?: number; format: CellFormat | null },
): void {
  const sheet = requireSheet(grid, op.sheetId);
  const rows = op.rows ?? 1;
  const cols = op.cols ?? 1;
  checkPosition(op.row, op.col);
  checkPosition(op.row + rows - 1, op.col + cols - 1);
  const { formats } = sheetParts(sheet);
  for (let r = op.row; r < op.row + rows; r++) {
    for (let c = op.col; c < op.col + cols; c++) {
      const key = cellKey(grid.ensureRowId(op.sheetId, r), grid.ensureColId(op.sheetId, c));
      if (op.format === null) formats.delete(key);
      else formats.set(key, op.format);
    }
  }
}
