/**
 * What our HyperFormula function plugins (rank functions, INT, conditional aggregates, trend
 * functions) share: the call types, taken from `FunctionPlugin.runFunction`'s signature
 * (HyperFormula does not export them by name), and a range cell's plain value.
 */
import { CellError, SimpleRangeValue, type FunctionPlugin } from 'hyperformula';

type RunFunction = FunctionPlugin['runFunction'];

/** A parsed formula argument. */
export type Ast = Parameters<RunFunction>[0][number];
/** The interpreter's state for the call (its address, array mode). */
export type InterpreterState = Parameters<RunFunction>[1];

/** The sheet HyperFormula computes workbook-scoped named expressions on (its NamedExpressions.SHEET_FOR_WORKBOOK_EXPRESSIONS). */
const NAMED_EXPRESSION_SHEET = -1;
/** What a function method returns: a value, an error or a range. */
export type FunctionResult = ReturnType<RunFunction>;
/** A call as a function method receives it. */
export interface ProcedureCall {
  readonly args: Ast[];
}
/** One cell's value inside a range argument. */
export type RangeCell = ReturnType<SimpleRangeValue['valuesFromTopLeftCorner']>[number];

/** A range cell's value without HyperFormula's number formats (dates, percentages are plain numbers). */
export type PlainCell = Exclude<RangeCell, object> | CellError;

/** A computed value without HyperFormula's number format (a date is its serial number), a range as it is. */
export function plainResult(value: ReturnType<FunctionPlugin['evaluateAst']>): FunctionResult {
  return value instanceof SimpleRangeValue || value instanceof CellError || typeof value !== 'object' ? value : value.val;
}

export function plainCell(cell: RangeCell): PlainCell {
  return typeof cell === 'object' && !(cell instanceof CellError) ? cell.val : cell;
}

/** A range's cells row by row as plain values (for functions that keep a range's shape). */
export function plainRows(range: SimpleRangeValue): PlainCell[][] {
  return range.data.map((row) => row.map(plainCell));
}

/** Rows as columns (an empty block stays empty): for functions that work along either axis. */
export function transposed(rows: PlainCell[][]): PlainCell[][] {
  return rows.length === 0 ? [] : rows[0]!.map((_, col) => rows.map((row) => row[col]!));
}

/** Rows of results as a range HyperFormula can spill (mixed values, errors included). */
export function resultRange(rows: PlainCell[][]): SimpleRangeValue {
  return SimpleRangeValue.onlyValues(rows);
}

/**
 * Whether the call `ast` is the whole formula of a cell that holds one value (HyperFormula sized
 * it as a single cell before computing it). A block returned there shows #VALUE!, so a function
 * whose size cannot be known beforehand (TEXTSPLIT of a cell's text) gives its first value
 * instead; nested in another function (INDEX(TEXTSPLIT(…),…)) it still gives the whole block.
 */
export function isWholeSingleCellFormula(ast: ProcedureCall, state: InterpreterState): boolean {
  // A defined name's formula is no cell: Excel computes it as an array, which its uses read whole (engineNames.ts).
  if (state.formulaAddress.sheet === NAMED_EXPRESSION_SHEET) return false;
  const vertex = (state as { formulaVertex?: object }).formulaVertex;
  return vertex !== undefined && 'formula' in vertex && vertex.formula === ast && !('array' in vertex);
}

/** Whether an optional argument is left out: absent, or an empty place (`TAKE(A1:C3,,2)`). */
export function omitted(ast: Ast | undefined): boolean {
  return ast === undefined || String(ast.type) === 'EMPTY';
}

/** A count written in the formula (`3`, `-2`), or undefined: what a result's size can be read from before it is computed. */
export function literalCount(ast: Ast | undefined): number | undefined {
  if (ast === undefined) return undefined;
  if ('value' in ast && typeof ast.value === 'number') return ast.value;
  if (String(ast.type) === 'MINUS_UNARY_OP' && 'value' in ast) {
    const inner = literalCount(ast.value as Ast);
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}
