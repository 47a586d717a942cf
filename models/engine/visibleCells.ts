/**
 * Which rows of the engine's sheets are hidden (workbook/hiddenLines.ts), for the functions that
 * pass over them as Excel's do: SUBTOTAL 101–111 (subtotalFunction.ts) and AGGREGATE's options 1,
 * 3, 5 and 7 (statisticsFunctions.ts). Only cells named by a reference are passed over (a hidden
 * row of `B2:B9`, or `B5` itself); a computed array (`B2:B9*2`) has no rows to hide, as in Excel.
 * Hidden columns are never passed over (Microsoft's SUBTOTAL page: "not affected by whether
 * columns are hidden").
 *
 * The binding builds each engine with its lookup in the config's context (formulaContext.ts), which
 * the function plugins see as `this.config.context`, and sets the formulas calling these functions
 * again when rows are hidden or shown (WorkbookEngine via engineHiddenRows.ts).
 */
import type { SimpleCellAddress, SimpleRangeValue } from 'hyperformula';
import type { FormulaContext, HiddenRowLookup } from './formulaContext.js';
import { plainCell, type Ast, type PlainCell } from './functionPlugins.js';

const NONE_HIDDEN: HiddenRowLookup = () => false;

/** The lookup the engine was built with (its config's `context`); none hidden for an engine without one (a formula checked alone). */
export function hiddenRowsOf(context: unknown): HiddenRowLookup {
  const lookup = typeof context === 'object' && context !== null ? (context as Partial<FormulaContext>).hiddenRows : undefined;
  return typeof lookup === 'function' ? lookup : NONE_HIDDEN;
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
 * The argument's cells in reading order, without those on hidden rows when `skipHidden` and those
 * `passOver` names (a nested subtotal, nestedSubtotals.ts): a range's rows by their sheet row;
 * `cell`, the single cell a reference argument names (HyperFormula hands it over as a value
 * without its place). A computed array has no places, so nothing of it is passed over.
 */
export function argumentCells(
  range: SimpleRangeValue,
  skipHidden: boolean,
  hidden: HiddenRowLookup,
  cell?: SimpleCellAddress,
  passOver?: (address: SimpleCellAddress) => boolean,
): PlainCell[] {
  const place = range.range?.start ?? cell;
  if ((!skipHidden && !passOver) || place === undefined) return range.valuesFromTopLeftCorner().map(plainCell);
  const out: PlainCell[] = [];
  range.data.forEach((row, i) => {
    if (skipHidden && hidden(place.sheet, place.row + i)) return;
    row.forEach((value, j) => {
      if (!passOver?.({ sheet: place.sheet, row: place.row + i, col: place.col + j })) out.push(plainCell(value));
    });
  });
  return out;
}
