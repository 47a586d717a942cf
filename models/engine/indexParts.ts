/**
 * INDEX written to give a whole column or row (`INDEX(B2:M20,0,3)`, `INDEX(B2:M20,4,0)`,
 * `INDEX(B2:B20,0)`): a range, which Excel 365 spills where one value is expected and legacy
 * Excel intersects with the formula's row or column. Read from the formula's text, as the
 * engine sizes the spill (excelIndex.ts, `indexSize`): an index written as the number 0.
 *
 * @example indexGivesPart(call, segments) // true for INDEX(B1:C3,0,1)
 */
import type { FormulaSegment } from '../formula/a1References.js';
import type { FormulaCall } from './formulaTree.js';

const ZERO = /^\s*0+(\.0*)?\s*$/;
/** A number written that is 1 or more (`2`, `3.5`; INDEX truncates, so `0.5` is 0): the index gives one row or column. */
const NONZERO = /^\s*0*[1-9]\d*(\.\d*)?\s*$/;

/** The text of a call's argument `n` (not the first), where it lies in one text segment. */
function argumentText(call: FormulaCall, n: number, segments: readonly FormulaSegment[]): string | undefined {
  const from = call.commas[n - 1];
  const to = call.commas[n] ?? call.close;
  if (!from || !to || from.segment !== to.segment) return undefined;
  const segment = segments[from.segment];
  return segment?.kind === 'text' ? segment.text.slice(from.offset + 1, to.offset) : undefined;
}

/**
 * Whether a call is INDEX whose row or column index may be 0: written as 0, or computed
 * (`INDEX(B1:C3,E1,2)`, E1 = 0 gives the whole column, which Excel 365 spills and legacy Excel
 * intersects), not only written as another number.
 */
export function indexMayGivePart(call: FormulaCall, segments: readonly FormulaSegment[]): boolean {
  if (call.name !== 'INDEX' || call.args.length < 2 || call.args.length > 3 || !call.close) return false;
  return [1, 2].some((n) => n < call.args.length && !NONZERO.test(argumentText(call, n, segments) ?? ''));
}

/** Whether a call is INDEX with a row or column index written as 0. */
export function indexGivesPart(call: FormulaCall, segments: readonly FormulaSegment[]): boolean {
  if (call.name !== 'INDEX' || call.args.length < 2 || call.args.length > 3 || !call.close) return false;
  return [1, 2].some((n) => n < call.args.length && ZERO.test(argumentText(call, n, segments) ?? ''));
}
