/**
 * How Excel compares cell values when it looks them up or sorts them: numbers with numbers,
 * text with text (in the engine's text order: case ignored, the workbook's alphabet,
 * localeTextOrder.ts), logicals with logicals (FALSE before TRUE). Used by the lookups' searches
 * (orderedSearch.ts: LOOKUP, XMATCH, and MATCH, VLOOKUP, HLOOKUP, XLOOKUP on text) and SORTBY.
 */
import { CellError } from 'hyperformula';
import type { PlainCell } from './functionPlugins.js';
import type { TextOrder } from './localeTextOrder.js';

type Kind = 'number' | 'text' | 'logical' | 'error' | 'blank';

export function kindOf(value: PlainCell): Kind {
  if (value instanceof CellError) return 'error';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'logical';
  return 'blank';
}

/** Negative, zero or positive as `a` comes before, with or after `b`; both of one kind. */
export function compareSameKind(a: PlainCell, b: PlainCell, text: TextOrder): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return text.compare(a, b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return 0;
}

const SORT_RANK: Record<Kind, number> = { number: 0, text: 1, logical: 2, error: 3, blank: 4 };

/**
 * Excel's sort order (Microsoft, "Sort data in a range or table"): numbers, then text, then
 * logicals, then errors, ascending; `descending` reverses it, but blanks stay last either way.
 */
export function sortOrder(a: PlainCell, b: PlainCell, descending: boolean, text: TextOrder): number {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === 'blank' || kb === 'blank') return SORT_RANK[ka] - SORT_RANK[kb];
  const order = ka === kb ? compareSameKind(a, b, text) : SORT_RANK[ka] - SORT_RANK[kb];
  return descending ? -order : order;
}
