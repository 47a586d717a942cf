/** Reads cells as planners see them: canonical A1 inputs at zero-based positions. */
import type * as Y from 'yjs';
import { decodeFormula } from '../formula/storedFormula.js';
import { isFormula } from '../formula/a1References.js';
import { workbookGrid, type WorkbookGrid } from './WorkbookGrid.js';
import { cellKey, isCellFormat, isCellInput, splitCellKey, type CellFormat, type CellInput } from './workbookSchema.js';

export interface CellEntry {
  row: number;
  col: number;
  /** Canonical input: formulas in A1 notation with English function names. */
  input: CellInput;
}

/** A stored input in A1 terms (formulas decoded; everything else as stored). */
export function readableInput(stored: CellInput, sheetId: string, grid: WorkbookGrid): CellInput {
  return typeof stored === 'string' && isFormula(stored) ? decodeFormula(stored, sheetId, grid) : stored;
}

/** The cell's input as stored (a formula with ids, not A1 text), or undefined when empty. */
function storedInputAt(grid: WorkbookGrid, sheetId: string, row: number, col: number): CellInput | undefined {
  const parts = grid.sheetParts(sheetId);
  const rowId = grid.rowIds(sheetId)[row];
  const colId = grid.colIds(sheetId)[col];
  if (!parts || rowId === undefined || colId === undefined) return undefined;
  const stored = parts.cells.get(cellKey(rowId, colId));
  // A value no cell can hold (a Y.Map, an object: a hostile peer's) reads as an empty cell.
  return isCellInput(stored) ? stored : undefined;
}

export function cellInputAt(doc: Y.Doc, sheetId: string, row: number, col: number): CellInput | undefined {
  const grid = workbookGrid(doc);
  const stored = storedInputAt(grid, sheetId, row, col);
  return stored === undefined ? undefined : readableInput(stored, sheetId, grid);
}

/** Whether the cell holds an input; cheaper than cellInputAt (a formula is not decoded to A1 text). */
export function cellHasInput(doc: Y.Doc, sheetId: string, row: number, col: number): boolean {
  return storedInputAt(workbookGrid(doc), sheetId, row, col) !== undefined;
}

/** Every non-empty cell of a sheet whose row and column still exist, in stored form. */
export function storedCells(grid: WorkbookGrid, sheetId: string): Array<{ row: number; col: number; stored: CellInput }> {
  const parts = grid.sheetParts(sheetId);
  if (!parts) return [];
  const out: Array<{ row: number; col: number; stored: CellInput }> = [];
  const rows = grid.rowIndexes(sheetId);
  const cols = grid.colIndexes(sheetId);
  for (const [key, stored] of parts.cells.entries()) {
    if (!isCellInput(stored)) continue;
    const [rowId, colId] = splitCellKey(key);
    const row = rows.get(rowId);
    const col = cols.get(colId);
    if (row !== undefined && col !== undefined) out.push({ row, col, stored });
  }
  return out;
}

/** Every non-empty cell of a sheet with its canonical input, ordered by row then column. */
export function sheetCells(doc: Y.Doc, sheetId: string): CellEntry[] {
  const grid = workbookGrid(doc);
  return storedCells(grid, sheetId)
    .map(({ row, col, stored }) => ({ row, col, input: readableInput(stored, sheetId, grid) }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
}

export function cellFormatAt(doc: Y.Doc, sheetId: string, row: number, col: number): CellFormat | undefined {
  const grid = workbookGrid(doc);
  const parts = grid.sheetParts(sheetId);
  const rowId = grid.rowIds(sheetId)[row];
  const colId = grid.colIds(sheetId)[col];
  if (!parts || rowId === undefined || colId === undefined) return undefined;
  const format = parts.formats.get(cellKey(rowId, colId));
  return isCellFormat(format) ? format : undefined;
}

/** Every formatted cell of a sheet. */
export function sheetFormats(doc: Y.Doc, sheetId: string): Array<{ row: number; col: number; format: CellFormat }> {
  const grid = workbookGrid(doc);
  const parts = grid.sheetParts(sheetId);
  if (!parts) return [];
  const out: Array<{ row: number; col: number; format: CellFormat }> = [];
  for (const [key, format] of parts.formats.entries()) {
    if (!isCellFormat(format)) continue;
    const [rowId, colId] = splitCellKey(key);
    const row = grid.rowIndex(sheetId, rowId);
    const col = grid.colIndex(sheetId, colId);
    if (row >= 0 && col >= 0) out.push({ row, col, format });
  }
  return out;
}
