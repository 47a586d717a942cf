/**
 * What our HyperFormula function plugins (rank functions, INT, conditional aggregates, trend
 * functions) share: the call types, taken from `FunctionPlugin.runFunction`'s signature
 * (HyperFormula does not export them by name), and a range cell's plain value.
 */
import { CellError, type FunctionPlugin, type SimpleRangeValue } from 'hyperformula';

type RunFunction = FunctionPlugin['runFunction'];

/** A parsed formula argument. */
export type Ast = Parameters<RunFunction>[0][number];
/** The interpreter's state for the call (its address, array mode). */
export type InterpreterState = Parameters<RunFunction>[1];
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

export function plainCell(cell: RangeCell): PlainCell {
  return typeof cell === 'object' && !(cell instanceof CellError) ? cell.val : cell;
}
