/**
 * INDEX written to give a whole column or row (`INDEX(B2:M20,0,3)`, `INDEX(B2:M20,4,0)`,
 * `INDEX(B2:B20,0)`): a range, which Excel 365 spills where one value is expected and legacy
 * Excel intersects with the formula's row or column. Read from the formula's text, as the
 * engine sizes the spill (excelIndex.ts, `indexSize`): an index written as 0, or computed.
 *
 * @example indexMayGivePart(call, segments) // true for INDEX(B1:C3,0,1) and INDEX(B1:C3,E1,1)
 */
import type { FormulaSegment } from '../formula/a1References.js';
import type { FormulaCall, FormulaItem } from './formulaTree.js';

/** A number written that is 1 or more (`2`, `3.5`; INDEX truncates, so `0.5` is 0): the index gives one row or column. */
const NONZERO = /^\s*0*[1-9]\d*(\.\d*)?\s*$/;
/** Functions whose result, one value, is a position from 1 up or an error. */
const POSITIONS = new Set(['MATCH', 'XMATCH', 'ROW', 'COLUMN', 'ROWS', 'COLUMNS']);

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
 * intersects), not only written as another number or given by MATCH, ROW and the like.
 */
export function indexMayGivePart(call: FormulaCall, segments: readonly FormulaSegment[]): boolean {
  if (call.name !== 'INDEX' || call.args.length < 2 || call.args.length > 3 || !call.close) return false;
  return [1, 2].some((n) => n < call.args.length && !NONZERO.test(argumentText(call, n, segments) ?? '') && !positionCall(call.args[n]!));
}

/**
 * Whether an index is one call of a function giving a position of 1 or more, or an error
 * (`MATCH(…)`, `ROW()`): INDEX(…,MATCH(…)) gives one cell, never a whole column, so a legacy
 * lookup needs no `@` to keep its value.
 */
function positionCall(items: readonly FormulaItem[]): boolean {
  let [item] = items;
  while (items.length === 1 && item?.kind === 'group') [item] = items = item.items;
  return items.length === 1 && item?.kind === 'call' && POSITIONS.has(item.name);
}

