/**
 * Ctrl+D and Ctrl+R as in Excel: the first row (or column) of the selection is copied into the
 * rest of it, formulas with their relative references moved along; a selection one cell deep
 * fills from the cell above (or to the left). Formats travel with the inputs.
 */
import { shiftFormula } from '../../../models/formula/shiftFormula.js';
import { isFormula } from '../../../models/formula/a1References.js';
import type { CellEdit } from '../../../models/operations/workbookOperation.js';
import type { CellFormat, CellInput } from '../../../models/workbook/workbookReader.js';
import type { CellRange } from './selection.js';

/** Reads the sheet being filled. */
export interface CellSource {
  input(row: number, col: number): CellInput | undefined;
  format(row: number, col: number): CellFormat | undefined;
}

export interface FormatEdit {
  row: number;
  col: number;
  format: CellFormat | null;
}

export interface CellChanges {
  cells: CellEdit[];
  formats: FormatEdit[];
}

/** An input copied `rows` down and `cols` right: formulas move their relative references. */
export function movedInput(input: CellInput | undefined, rows: number, cols: number): CellInput | null {
  if (input === undefined) return null;
  return typeof input === 'string' && isFormula(input) ? shiftFormula(input, rows, cols) : input;
}

/** Copies one cell's input (formulas moved by the distance) and its format into `out`. */
export function copyCell(source: CellSource, from: { row: number; col: number }, to: { row: number; col: number }, out: CellChanges): void {
  out.cells.push({ row: to.row, col: to.col, input: movedInput(source.input(from.row, from.col), to.row - from.row, to.col - from.col) });
  const format = source.format(from.row, from.col) ?? null;
  if (format !== (source.format(to.row, to.col) ?? null)) out.formats.push({ row: to.row, col: to.col, format });
}

/** Ctrl+D. Null when there is nothing to fill from (one cell in the first row). */
export function fillDown(range: CellRange, source: CellSource): CellChanges | null {
  const sourceRow = range.top === range.bottom ? range.top - 1 : range.top;
  if (sourceRow < 0) return null;
  const out: CellChanges = { cells: [], formats: [] };
  for (let col = range.left; col <= range.right; col++) {
    for (let row = sourceRow + 1; row <= range.bottom; row++) copyCell(source, { row: sourceRow, col }, { row, col }, out);
  }
  return out;
}

/** Ctrl+R. Null when there is nothing to fill from (one cell in the first column). */
export function fillRight(range: CellRange, source: CellSource): CellChanges | null {
  const sourceCol = range.left === range.right ? range.left - 1 : range.left;
  if (sourceCol < 0) return null;
  const out: CellChanges = { cells: [], formats: [] };
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = sourceCol + 1; col <= range.right; col++) copyCell(source, { row, col: sourceCol }, { row, col }, out);
  }
  return out;
}
