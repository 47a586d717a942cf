/**
 * Moves a formula's relative references by an offset, as Excel does when a formula is filled
 * down or right or pasted elsewhere: `=A1*$B$1` filled one row down is `=A2*$B$1`.
 * A reference pushed off the sheet becomes `#REF!`.
 */
import { EXCEL_ROWS, MAX_COLUMNS } from '../workbook/cellAddress.js';
import { formatReference, splitFormula, type A1Reference, type ReferenceEndpoint } from './a1References.js';

function shiftEndpoint(endpoint: ReferenceEndpoint, rows: number, cols: number): ReferenceEndpoint | null {
  const out: ReferenceEndpoint = {};
  if (endpoint.row) {
    const index = endpoint.row.absolute ? endpoint.row.index : endpoint.row.index + rows;
    if (index < 0 || index >= EXCEL_ROWS) return null;
    out.row = { ...endpoint.row, index };
  }
  if (endpoint.col) {
    const index = endpoint.col.absolute ? endpoint.col.index : endpoint.col.index + cols;
    if (index < 0 || index >= MAX_COLUMNS) return null;
    out.col = { ...endpoint.col, index };
  }
  return out;
}

function shiftReference(ref: A1Reference, rows: number, cols: number): string {
  const start = shiftEndpoint(ref.start, rows, cols);
  const end = ref.end ? shiftEndpoint(ref.end, rows, cols) : undefined;
  if (!start || end === null) return '#REF!';
  return formatReference(end ? { ...ref, start, end } : { ...ref, start });
}

export function shiftFormula(formula: string, rowOffset: number, colOffset: number): string {
  if (!formula.startsWith('=') || (rowOffset === 0 && colOffset === 0)) return formula;
  return splitFormula(formula)
    .map((segment) => (segment.kind === 'text' ? segment.text : shiftReference(segment.ref, rowOffset, colOffset)))
    .join('');
}
