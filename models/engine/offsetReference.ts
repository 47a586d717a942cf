/**
 * The cells OFFSET's first argument refers to, as Excel reads a reference
 * (https://support.microsoft.com/office/offset-function-c8de19ae-dd79-4b9b-a14e-b4d906d11b3b:
 * "the reference from which you want to base the offset"). A planner writes it as a cell or
 * range, a whole column or row (`OFFSET(A:A,0,2)`), or computes it with a function that gives a
 * reference: `INDEX` (`OFFSET(INDEX(B2:M20,3,1),0,$B$1)`,
 * https://support.microsoft.com/office/index-function-a5dcf0dd-996d-40a4-a822-b56b061328bd, the
 * reference form) or another `OFFSET`, or picks it with `IF` or `CHOOSE`
 * or names it in text with `INDIRECT` (`OFFSET(INDIRECT("Ark2!B"&$A$1),0,0,3,1)`), or looks it up
 * with `XLOOKUP` (its return range's cell, row or column at the match),
 * (`OFFSET(IF($A$1>0,B1,C1),0,0,3,1)`, `OFFSET(CHOOSE($A$1,B1,C1),1,0,2,1)`: both return a
 * reference in Excel, https://support.microsoft.com/office/choose-function-fc5c184f-cb62-4ec7-a46e-38653b98f5bc,
 * "=SUM(CHOOSE(2,A1:A10,B1:B10,C1:C10))"). HyperFormula computes these to a value and loses
 * where it was, so the reference is worked out here from the formula's own parse tree;
 * engineFormula.ts wraps the ranges that are only a place (INDEX's range, IF's and CHOOSE's
 * choices) in FREMSKRIV.ANCHOR, so the formula depends on INDEX's row and column numbers and on
 * IF's condition and CHOOSE's index, but not on the values of the ranges.
 */
import { CellError, ErrorType } from 'hyperformula';
import type { SimpleCellAddress } from 'hyperformula';
import type { Ast } from './functionPlugins.js';

/** Excel's sheet: a target past it is #REF!, one past Fremskriv's smaller sheet reads empty cells. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** A rectangle of one sheet (engine sheet number, from 0). */
export interface OffsetTarget {
  sheet: number;
  row: number;
  col: number;
  height: number;
  width: number;
}

/** How a reference's numbers (INDEX's row and column, a nested OFFSET's moves) are computed. */
export interface ReferenceNumbers {
  /** An argument as a whole number (truncated as Excel does), `omitted` when left out. */
  whole(arg: Ast | undefined, omitted: number): number | CellError;
  /** IF's condition as Excel reads it (a number is TRUE unless 0, "TRUE"/"FALSE" text too). */
  condition(arg: Ast | undefined): boolean | CellError;
  /** The cells INDIRECT's text and a1 arguments name (indirectReference.ts). */
  indirect(args: readonly Ast[]): OffsetTarget | CellError;
  /** XLOOKUP's match: the position (from 1) in its lookup range and whether that is a column, or #N/A. */
  lookup(args: readonly Ast[]): { position: number; vertical: boolean } | CellError;
  /** OFFSET's target from its reference and its four numbers (offsetFunction.ts). */
  moved(anchor: OffsetTarget, args: readonly (Ast | undefined)[]): OffsetTarget | CellError;
}

interface AstAddress {
  toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress;
}
interface AstColumn {
  toSimpleColumnAddress(base: SimpleCellAddress): { sheet: number; col: number };
}
interface AstRow {
  toSimpleRowAddress(base: SimpleCellAddress): { sheet: number; row: number };
}
type Node = Ast & { type: string; args?: Ast[]; procedureName?: string; expression?: Ast };

const OFFSET_NAMES = new Set(['FREMSKRIV.OFFSET', 'OFFSET']);

/**
 * The rectangle `ast` refers to, from the formula at `base`; an error where it is a reference
 * Excel would refuse (INDEX outside its range); undefined where it is no reference at all.
 */
export function referenceOf(ast: Ast | undefined, base: SimpleCellAddress, numbers: ReferenceNumbers): OffsetTarget | CellError | undefined {
  const node = ast as Node | undefined;
  switch (node?.type) {
    case 'CELL_REFERENCE': {
      const at = (node as unknown as { reference: AstAddress }).reference.toSimpleCellAddress(base);
      return { sheet: at.sheet, row: at.row, col: at.col, height: 1, width: 1 };
    }
    case 'CELL_RANGE': {
      const { start, end } = node as unknown as { start: AstAddress; end: AstAddress };
      const a = start.toSimpleCellAddress(base);
      const b = end.toSimpleCellAddress(base);
      return span(a.sheet, a.row, b.row, a.col, b.col);
    }
    case 'COLUMN_RANGE': {
      const { start, end } = node as unknown as { start: AstColumn; end: AstColumn };
      const a = start.toSimpleColumnAddress(base);
      return span(a.sheet, 0, EXCEL_ROWS - 1, a.col, end.toSimpleColumnAddress(base).col);
    }
    case 'ROW_RANGE': {
      const { start, end } = node as unknown as { start: AstRow; end: AstRow };
      const a = start.toSimpleRowAddress(base);
      return span(a.sheet, a.row, end.toSimpleRowAddress(base).row, 0, EXCEL_COLUMNS - 1);
    }
    case 'PARENTHESES':
      return referenceOf(node.expression, base, numbers);
    case 'FUNCTION_CALL':
      return callReference(node, base, numbers);
    default:
      return undefined;
  }
}

function callReference(node: Node, base: SimpleCellAddress, numbers: ReferenceNumbers): OffsetTarget | CellError | undefined {
  const args = node.args ?? [];
  const name = node.procedureName ?? '';
  if (name === 'FREMSKRIV.ANCHOR') return referenceOf(args[0], base, numbers);
  if (OFFSET_NAMES.has(name)) {
    const anchor = referenceOf(args[0], base, numbers);
    return anchor === undefined || anchor instanceof CellError ? anchor : numbers.moved(anchor, args.slice(1, 5));
  }
  if (name === 'INDEX') return indexReference(args, base, numbers);
  if (name === 'FREMSKRIV.SPAN') return spanReference(args, base, numbers);
  if (name === 'FREMSKRIV.INDIRECT') return numbers.indirect(args);
  if (name === 'IF') {
    const condition = numbers.condition(args[0]);
    if (condition instanceof CellError) return condition;
    // IF(FALSE,B1) gives FALSE, no reference: OFFSET's #VALUE!.
    return referenceOf(condition ? args[1] : args[2], base, numbers);
  }
  if (name === 'XLOOKUP') return lookupReference(args, base, numbers);
  if (name === 'CHOOSE') {
    const index = numbers.whole(args[0], 0);
    if (index instanceof CellError) return index;
    if (index < 1 || index >= args.length) return new CellError(ErrorType.VALUE, 'CHOOSE’s index is outside its values');
    return referenceOf(args[index], base, numbers);
  }
  return undefined;
}

/**
 * INDEX's reference form: the cell at a row and column of the range, a whole column for row 0,
 * a whole row for column 0; one index into a one-row range counts along the row (excelIndex.ts).
 */
function indexReference(args: readonly Ast[], base: SimpleCellAddress, numbers: ReferenceNumbers): OffsetTarget | CellError | undefined {
  const range = referenceOf(args[0], base, numbers);
  if (range === undefined || range instanceof CellError) return range;
  const first = numbers.whole(args[1], 0);
  const second = numbers.whole(args[2], 0);
  if (first instanceof CellError) return first;
  if (second instanceof CellError) return second;
  let [row, col] = [first, second];
  if (args.length < 3 && range.height === 1 && range.width > 1) [row, col] = [1, first];
  if (args.length < 3 && range.width === 1) col = 1;
  if (row < 0 || col < 0) return new CellError(ErrorType.VALUE, 'INDEX counts from 1 (0 is a whole row or column)');
  if (row > range.height || col > range.width) return new CellError(ErrorType.REF, 'index outside the range');
  return {
    sheet: range.sheet,
    row: row === 0 ? range.row : range.row + row - 1,
    col: col === 0 ? range.col : range.col + col - 1,
    height: row === 0 ? range.height : 1,
    width: col === 0 ? range.width : 1,
  };
}

/**
 * XLOOKUP's reference (Microsoft's XLOOKUP page: `=SUM(XLOOKUP(…):XLOOKUP(…))`): the return
 * range's cell, row (lookup range a column) or column (a row) at the match; nothing found, the
 * if_not_found reference, else #N/A.
 */
function lookupReference(args: readonly Ast[], base: SimpleCellAddress, numbers: ReferenceNumbers): OffsetTarget | CellError | undefined {
  const range = referenceOf(args[2], base, numbers);
  if (range === undefined || range instanceof CellError) return range;
  const match = numbers.lookup(args);
  if (match instanceof CellError) {
    const fallback = args[3] as Node | undefined;
    return match.type === ErrorType.NA && fallback !== undefined && fallback.type !== 'EMPTY' ? referenceOf(fallback, base, numbers) : match;
  }
  const along = match.vertical ? range.height : range.width;
  if (match.position > along) return new CellError(ErrorType.VALUE, 'the return range is shorter than the lookup range');
  return match.vertical
    ? { ...range, row: range.row + match.position - 1, height: 1 }
    : { ...range, col: range.col + match.position - 1, width: 1 };
}

/** The range operator's result (rangeOperatorCalls.ts): the smallest rectangle holding both ends; ends on two sheets #VALUE!. */
function spanReference(args: readonly Ast[], base: SimpleCellAddress, numbers: ReferenceNumbers): OffsetTarget | CellError | undefined {
  const [a, b] = [referenceOf(args[0], base, numbers), referenceOf(args[1], base, numbers)];
  if (a === undefined || a instanceof CellError) return a;
  if (b === undefined || b instanceof CellError) return b;
  if (a.sheet !== b.sheet) return new CellError(ErrorType.VALUE, 'The range operator joins references of one sheet');
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { sheet: a.sheet, row, col, height: Math.max(a.row + a.height, b.row + b.height) - row, width: Math.max(a.col + a.width, b.col + b.width) - col };
}

function span(sheet: number, rowA: number, rowB: number, colA: number, colB: number): OffsetTarget {
  const row = Math.min(rowA, rowB);
  const col = Math.min(colA, colB);
  return { sheet, row, col, height: Math.abs(rowB - rowA) + 1, width: Math.abs(colB - colA) + 1 };
}
