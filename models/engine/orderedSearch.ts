/**
 * Where Excel's lookups land when they need no exact match, in Excel's order of values
 * (excelOrdering.ts: numbers with numbers, text with text in the workbook's alphabet, case
 * ignored, so in a da-DK workbook Æ, Ø, Å come after Z): LOOKUP, XMATCH, and the text lookups of
 * MATCH with match type 1/-1, VLOOKUP/HLOOKUP with TRUE and XLOOKUP's match modes -1/1 and search
 * modes 2/-2 (lookupWildcards.ts). HyperFormula compared a lowercased, accent-stripped key with the
 * cells as written, by character code: `=MATCH("B";{"A";"B";"C"};1)` was 3 and, in a da-DK
 * workbook, `=MATCH("Ø";A1:A3;1)` over Odense, Zealand, Ølstykke was 3 (Danish Excel: 2).
 *
 * Values of another kind than the looked-up value (a number among text, a blank, an error) are
 * passed over, so `MATCH("zzz";A:A)` finds the last text, as the planners' idiom expects.
 */
import { compareSameKind, kindOf } from './excelOrdering.js';
import type { PlainCell } from './functionPlugins.js';
import type { TextOrder } from './localeTextOrder.js';
import { wildcardMatcher } from './wildcardPattern.js';

/** A row or column of cells, read one at a time: a sorted search reads only the cells it probes. */
export interface CellVector {
  readonly length: number;
  at(index: number): PlainCell;
}

/** The cells of an array as a vector. */
export function vectorOfCells(cells: readonly PlainCell[]): CellVector {
  return { length: cells.length, at: (index) => cells[index]! };
}

/** How the data is sorted, and which neighbour answers when the value itself is not there (HyperFormula's search options). */
export type SortedOrder = 'asc' | 'desc';
export type IfNoMatch = 'returnLowerBound' | 'returnUpperBound' | 'returnNotFound';

/**
 * The last index in 0…count-1 where `before` holds, for a `before` that holds on a prefix; -1 if
 * none; undefined as soon as a probe meets a value of another kind (`before` answers undefined).
 * The probes are Excel's: the middle rounded down (1…11 probes 6, then 3, then 4), so on data
 * that is not sorted the answer is the one Excel and LibreOffice give (`LOOKUP(5;{1;2;3;10;4})`
 * is 3, `MATCH(5;{10;2;8;4;6};1)` #N/A), not merely some value not greater.
 */
function lastBefore(count: number, before: (index: number) => boolean | undefined): number | undefined {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const holds = before(middle);
    if (holds === undefined) return undefined;
    if (holds) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * Excel's bisection over sorted data (MATCH 1/-1, VLOOKUP/HLOOKUP TRUE, XLOOKUP search mode ±2):
 * the 0-based position of `key`, else of its lower or upper neighbour as `ifNoMatch` asks, or -1.
 * Among equal values the last is found. Reads O(log n) cells unless a probe meets a value of
 * another kind; then it searches the cells of the key's kind only (O(n)), as HyperFormula does on
 * meeting a blank.
 */
export function sortedSearch(key: PlainCell, cells: CellVector, ordering: SortedOrder, ifNoMatch: IfNoMatch, text: TextOrder): number {
  const kind = kindOf(key);
  // Whether a cell comes before the key or is equal to it, in the data's own direction.
  const upToKey = (value: PlainCell): boolean | undefined => {
    if (kindOf(value) !== kind) return undefined;
    const difference = compareSameKind(value, key, text);
    return ordering === 'asc' ? difference <= 0 : difference >= 0;
  };
  let found = lastBefore(cells.length, (index) => upToKey(cells.at(index)));
  let sameKind: number[] | undefined;
  if (found === undefined) {
    sameKind = [];
    for (let index = 0; index < cells.length; index++) if (kindOf(cells.at(index)) === kind) sameKind.push(index);
    const kept = sameKind;
    const at = lastBefore(kept.length, (position) => upToKey(cells.at(kept[position]!)));
    found = at === undefined || at === -1 ? -1 : kept[at]!;
  }
  if (found !== -1 && compareSameKind(cells.at(found), key, text) === 0) return found;
  if (ifNoMatch === 'returnNotFound') return -1;
  // Ascending data's lower neighbour and descending data's upper one sit at `found`; the others just after it.
  if ((ordering === 'asc') === (ifNoMatch === 'returnLowerBound')) return found;
  for (let index = found + 1; index < cells.length; index++) if (kindOf(cells.at(index)) === kind) return index;
  return -1;
}

/**
 * XMATCH's and XLOOKUP's linear search: match mode 0 exact, -1 exact or next smaller, 1 exact or
 * next larger, 2 wildcards; search mode -1 from the last cell, any other from the first (on
 * sorted data XMATCH's bisection modes 2/-2 give the same answer). The 0-based position, or -1.
 */
export function closestMatch(value: PlainCell, cells: readonly PlainCell[], matchMode: number, searchMode: number, text: TextOrder): number {
  const order = searchMode === -1 ? cells.map((_, i) => cells.length - 1 - i) : cells.map((_, i) => i);
  const kind = kindOf(value);
  const matchesPattern = matchMode === 2 && typeof value === 'string' ? wildcardMatcher(value) : undefined;
  let best = -1;
  for (const i of order) {
    const cell = cells[i]!;
    if (matchesPattern !== undefined) {
      if (matchesPattern(cell)) return i;
      continue;
    }
    if (kindOf(cell) !== kind) continue;
    const difference = compareSameKind(cell, value, text);
    if (difference === 0) return i;
    const onSide = matchMode === -1 ? difference < 0 : matchMode === 1 ? difference > 0 : false;
    if (!onSide) continue;
    // The next smaller is the largest below; the next larger the smallest above; ties keep the first found.
    if (best === -1 || (matchMode === -1 ? compareSameKind(cell, cells[best]!, text) > 0 : compareSameKind(cell, cells[best]!, text) < 0)) best = i;
  }
  return best;
}
