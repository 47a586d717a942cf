/**
 * Which rows of the engine's sheets are hidden (workbook/hiddenLines.ts), for the functions that
 * pass over them as Excel's do: SUBTOTAL 101–111 (subtotalFunction.ts) and AGGREGATE's options 1,
 * 3, 5 and 7 (statisticsFunctions.ts). Only cells named by a reference are passed over (a hidden
 * row of `B2:B9`, or `B5` itself); a computed array (`B2:B9*2`) has no rows to hide, as in Excel.
 * Hidden columns are never passed over (Microsoft's SUBTOTAL page: "not affected by whether
 * columns are hidden").
 *
 * The binding hands each engine its lookup (by the engine's dependency graph, which the function
 * plugins see as `this.dependencyGraph`), and sets the formulas calling these functions again when
 * rows are hidden or shown (WorkbookEngine via engineHiddenRows.ts).
 */
import type { HyperFormula, SimpleCellAddress, SimpleRangeValue } from 'hyperformula';
import { plainCell, type Ast, type PlainCell } from './functionPlugins.js';

/** Whether row `row` of engine sheet `sheet` is hidden. */
export type HiddenRowLookup = (sheet: number, row: number) => boolean;

const lookups = new WeakMap<object, HiddenRowLookup>();

/** Gives `hf`'s function plugins the binding's lookup of hidden rows. */
export function followHiddenRows(hf: HyperFormula, lookup: HiddenRowLookup): void {
  lookups.set(hf.dependencyGraph, lookup);
}

/** The lookup of the engine whose dependency graph is `graph`; none hidden for an engine without one (a formula checked alone). */
export function hiddenRowsOf(graph: object): HiddenRowLookup {
  return lookups.get(graph) ?? (() => false);
}

interface AstAddress {
  toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress;
}

/** The cell a single-cell reference argument (`B5`) names, else undefined. */
export function referencedCell(ast: Ast | undefined, base: SimpleCellAddress): SimpleCellAddress | undefined {
  if ((ast?.type as string | undefined) !== 'CELL_REFERENCE') return undefined;
  return (ast as Ast & { reference: AstAddress }).reference.toSimpleCellAddress(base);
}

/**
 * The argument's cells in reading order, without those on hidden rows when `skipHidden`: a range's
 * rows by their sheet row; `cell`, the single cell a reference argument names (HyperFormula hands
 * it over as a value without its place).
 */
export function argumentCells(range: SimpleRangeValue, skipHidden: boolean, hidden: HiddenRowLookup, cell?: SimpleCellAddress): PlainCell[] {
  const place = range.range?.start ?? cell;
  if (!skipHidden || place === undefined) return range.valuesFromTopLeftCorner().map(plainCell);
  const out: PlainCell[] = [];
  range.data.forEach((row, i) => {
    if (!hidden(place.sheet, place.row + i)) for (const value of row) out.push(plainCell(value));
  });
  return out;
}
