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

/** The text of a call's argument `n` (not the first), where it lies in one text segment. */
function argumentText(call: FormulaCall, n: number, segments: readonly FormulaSegment[]): string | undefined {
  const from = call.commas[n - 1];
  const to = call.commas[n] ?? call.close;
  if (!from || !to || from.segment !== to.segment) return undefined;
  const segment = segments[from.segment];
  return segment?.kind === 'text' ? segment.text.slice(from.offset + 1, to.offset) : undefined;
}

/** Whether a call is INDEX with a row or column index written as 0. */
export function indexGivesPart(call: FormulaCall, segments: readonly FormulaSegment[]): boolean {
  if (call.name !== 'INDEX' || call.args.length < 2 || call.args.length > 3 || !call.close) return false;
  return [1, 2].some((n) => n < call.args.length && ZERO.test(argumentText(call, n, segments) ?? ''));
}
