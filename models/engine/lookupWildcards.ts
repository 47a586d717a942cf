/**
 * VLOOKUP, HLOOKUP, XLOOKUP and MATCH searching as Excel does. HyperFormula 3.5 never applied
 * wildcards (wildcardPattern.ts) in MATCH with match type 0, so `=MATCH("Ros*",A1:A99,0)` was #N/A
 * (issue 11), and in VLOOKUP/HLOOKUP exact match and XLOOKUP match mode 2 it read `?` as
 * optional. Its searches for text that need no exact match (MATCH 1/-1, VLOOKUP/HLOOKUP TRUE,
 * XLOOKUP match mode -1/1 or search mode 2/-2) ordered text by character code after lowercasing
 * only the key, so `=MATCH("B";{"A";"B";"C"};1)` was 3 and Æ, Ø, Å did not follow the
 * workbook's alphabet; they now search in Excel's order (orderedSearch.ts), sorted data still
 * by bisection. XLOOKUP with an empty `if_not_found` (`XLOOKUP(5,A1:A9,B1:B9,,-1)`) gave 0 where
 * nothing matched; it is missing, so #N/A, as Excel gives. This is HyperFormula's own lookup plugin with those search steps corrected;
 * number and logical keys keep its search but for MATCH 1/-1 in a row or column, which bisects as
 * Excel does (orderedSearch.ts). Registering replaces the four functions; their
 * Danish names (LOPSLAG, SAMMENLIGN, …) are kept.
 */
import { CellError, EmptyValue, ErrorType, HyperFormula, SimpleRangeValue, type FunctionPluginDefinition } from 'hyperformula';
import { exactTextMatcher, hasWildcards, wildcardMatcher } from './wildcardPattern.js';
import { omitted, plainCell, type FunctionResult, type InterpreterState, type PlainCell, type ProcedureCall, type RangeCell } from './functionPlugins.js';
import { helperTextOrder } from './localeTextOrder.js';
import { closestMatch, sortedSearch, vectorOfCells, type CellVector } from './orderedSearch.js';
import { replaceBuiltInFunctions } from './replaceFunctions.js';
import { cachedMatch } from './matchCache.js';

const LOOKUP_FUNCTIONS = ['VLOOKUP', 'HLOOKUP', 'XLOOKUP', 'MATCH'] as const;

/** HyperFormula's search options (Lookup/SearchStrategy.ts), as far as these steps read them. */
interface SearchOptions {
  ordering: 'asc' | 'desc' | 'none';
  ifNoMatch: 'returnLowerBound' | 'returnUpperBound' | 'returnNotFound';
  returnOccurrence?: 'first' | 'last';
}

interface SearchStrategy {
  advancedFind(matcher: (value: unknown) => boolean, range: SimpleRangeValue, options: { returnOccurrence?: 'first' | 'last' }): number;
  find(key: unknown, range: SimpleRangeValue, options: SearchOptions): number;
}

/** The engine's cells as the plugin reads them (HyperFormula does not export its DependencyGraph). */
type CellArea = NonNullable<SimpleRangeValue['range']>;
type Graph = Parameters<CellArea['effectiveEndRow']>[0];

/** The members of HyperFormula's (unexported) LookupPlugin that the correction uses. */
interface LookupPluginInternals {
  dependencyGraph: Graph;
  arithmeticHelper: unknown;
  columnSearch: SearchStrategy;
  rowSearch: SearchStrategy;
  searchInRange(key: unknown, range: SimpleRangeValue, wildcards: boolean, options: SearchOptions, strategy: SearchStrategy): number;
  doMatch(key: unknown, range: SimpleRangeValue, type: number): unknown;
  vlookup(ast: ProcedureCall, state: InterpreterState): FunctionResult;
  hlookup(ast: ProcedureCall, state: InterpreterState): FunctionResult;
  xlookup(ast: ProcedureCall, state: InterpreterState): FunctionResult;
  xlookupArraySize(ast: ProcedureCall): unknown;
  doXlookup(key: unknown, lookupRange: SimpleRangeValue, returnRange: SimpleRangeValue, notFound: unknown, wildcards: boolean, options: SearchOptions): unknown;
  match(ast: ProcedureCall, state: InterpreterState): FunctionResult;
  doVlookup(key: unknown, table: SimpleRangeValue, index: number, options: SearchOptions): FunctionResult;
  doHlookup(key: unknown, table: SimpleRangeValue, index: number, options: SearchOptions): FunctionResult;
  runFunction(args: ProcedureCall['args'], state: InterpreterState, metadata: unknown, fn: (key: unknown, table: SimpleRangeValue, index: number, sorted: boolean) => unknown): FunctionResult;
  metadata(name: string): unknown;
}

/**
 * VLOOKUP's or HLOOKUP's table read as Excel reads it: a range or an array (`{1,2;3,4}`,
 * `CHOOSE({1,2},B1:B9,A1:A9)`, `SORT(A1:B9)`). HyperFormula's own gave #VALUE! for any array
 * before searching, though its search reads one; `across` is the table's size the index counts in.
 */
function lookupIn(plugin: LookupPluginInternals, across: 'width' | 'height', search: 'doVlookup' | 'doHlookup') {
  return (key: unknown, table: SimpleRangeValue, index: number, sorted: boolean): FunctionResult => {
    if (index < 1) return new CellError(ErrorType.VALUE, 'Argument cannot be less than 1.');
    if (index > (table.range ? table.range[across]() : table[across]())) return new CellError(ErrorType.REF, 'Index too large.');
    const options: SearchOptions = { ordering: sorted ? 'asc' : 'none', ifNoMatch: sorted ? 'returnLowerBound' : 'returnNotFound' };
    return plugin[search](key === EmptyValue ? 0 : key, table, index - 1, options);
  };
}

/** HyperFormula's LookupPlugin class, typed by the members used here (it is not exported by name). */
type LookupPluginClass = new (...args: never[]) => LookupPluginInternals;

function lookupWildcardsPlugin(BuiltIn: LookupPluginClass): FunctionPluginDefinition {
  class LookupWildcardsPlugin extends BuiltIn {
    // HyperFormula registers a function only if its method is the plugin class's own property.
    override vlookup(ast: ProcedureCall, state: InterpreterState): FunctionResult {
      return this.runFunction(ast.args, state, this.metadata('VLOOKUP'), lookupIn(this, 'width', 'doVlookup'));
    }

    override hlookup(ast: ProcedureCall, state: InterpreterState): FunctionResult {
      return this.runFunction(ast.args, state, this.metadata('HLOOKUP'), lookupIn(this, 'height', 'doHlookup'));
    }

    /** Whether the XLOOKUP being computed left `if_not_found` an empty place (`XLOOKUP(x,A:A,B:B,,1)`). */
    notFoundOmitted = false;

    override xlookup(ast: ProcedureCall, state: InterpreterState): FunctionResult {
      const outer = this.notFoundOmitted;
      try {
        this.notFoundOmitted = omitted(ast.args[3]);
        return super.xlookup(ast, state);
      } finally {
        this.notFoundOmitted = outer;
      }
    }

    /**
     * An empty `if_not_found` is missing, as Excel reads it: no match is #N/A (Microsoft: "If a
     * valid match is not found, and [if_not_found] is missing, #N/A is returned"). HyperFormula
     * read the empty place as a blank and gave 0.
     */
    override doXlookup(key: unknown, lookupRange: SimpleRangeValue, returnRange: SimpleRangeValue, notFound: unknown, wildcards: boolean, options: SearchOptions): unknown {
      return super.doXlookup(key, lookupRange, returnRange, this.notFoundOmitted ? ErrorType.NA : notFound, wildcards, options);
    }

    override xlookupArraySize(ast: ProcedureCall): unknown {
      return super.xlookupArraySize(ast);
    }

    override match(ast: ProcedureCall, state: InterpreterState): FunctionResult {
      return super.match(ast, state);
    }

    override searchInRange(key: unknown, range: SimpleRangeValue, wildcards: boolean, options: SearchOptions, strategy: SearchStrategy): number {
      if (wildcards && typeof key === 'string' && hasWildcards(key)) {
        return strategy.advancedFind(wildcardMatcher(key), range, { returnOccurrence: options.returnOccurrence ?? 'first' });
      }
      if (typeof key !== 'string') return super.searchInRange(key, range, wildcards, options, strategy);
      // An exact search for text compares as Excel does: case ignored, accents kept.
      if (options.ordering === 'none' && options.ifNoMatch === 'returnNotFound') {
        return strategy.advancedFind(exactTextMatcher(key), range, { returnOccurrence: options.returnOccurrence ?? 'first' });
      }
      const text = helperTextOrder(this.arithmeticHelper);
      if (options.ordering !== 'none') return sortedSearch(key, this.cellsOf(range), options.ordering, options.ifNoMatch, text);
      // XLOOKUP's next smaller (-1) or next larger (1), searched from the first or the last cell.
      const cells = this.cellsOf(range);
      const all = Array.from({ length: cells.length }, (_, index) => cells.at(index));
      return closestMatch(key, all, options.ifNoMatch === 'returnLowerBound' ? -1 : 1, options.returnOccurrence === 'last' ? -1 : 1, text);
    }

    /** A searched row or column, read cell by cell from the engine (a range) or from its values (an array). */
    cellsOf(range: SimpleRangeValue): CellVector {
      const area = range.range;
      if (area === undefined) return vectorOfCells(range.valuesFromTopLeftCorner().map(plainCell));
      const graph = this.dependencyGraph;
      const down = area.width() === 1;
      const length = down ? area.effectiveEndRow(graph) - area.start.row + 1 : area.effectiveEndColumn(graph) - area.start.col + 1;
      return {
        length: Math.max(0, length),
        at: (index: number): PlainCell => {
          const address = down ? { ...area.start, row: area.start.row + index } : { ...area.start, col: area.start.col + index };
          const value: unknown = (graph as { getCellValue(at: typeof address): unknown }).getCellValue(address);
          return value instanceof SimpleRangeValue ? new CellError(ErrorType.VALUE) : plainCell(value as RangeCell);
        },
      };
    }

    /** MATCH, its answers kept on the searched range while that range is unchanged (matchCache.ts). */
    override doMatch(key: unknown, range: SimpleRangeValue, type: number): unknown {
      return cachedMatch(this.dependencyGraph, range, key, type, () => this.searchMatch(key, range, type));
    }

    /**
     * MATCH for text as Excel: type 0 reads it as a wildcard pattern or compares it case-blind;
     * types 1 and -1 search sorted data in the workbook's alphabet. Other keys are the engine's.
     */
    searchMatch(key: unknown, range: SimpleRangeValue, type: number): unknown {
      if (typeof key !== 'string' && [1, -1].includes(type) && (range.width() === 1 || range.height() === 1)) {
        return this.sortedArrayMatch(key, range, type);
      }
      if (typeof key !== 'string' || ![0, 1, -1].includes(type)) return super.doMatch(key, range, type);
      if (range.width() > 1 && range.height() > 1) return super.doMatch(key, range, type);
      const strategy = range.width() === 1 ? this.columnSearch : this.rowSearch;
      if (type !== 0) {
        const sorted: SearchOptions = type === 1 ? { ordering: 'asc', ifNoMatch: 'returnLowerBound' } : { ordering: 'desc', ifNoMatch: 'returnUpperBound' };
        const index = this.searchInRange(key, range, false, sorted, strategy);
        return index === -1 ? new CellError(ErrorType.NA, 'Value not found.') : index + 1;
      }
      const index = this.searchInRange(key, range, true, { ordering: 'none', ifNoMatch: 'returnNotFound' }, strategy);
      // -1 is not found: the engine's own step gives its #N/A.
      return index === -1 ? super.doMatch(key, range, type) : index + 1;
    }

    /**
     * MATCH 1/-1 of a number or logical value in a row or column: Excel's bisection (LOOKUP's
     * too, orderedSearch.ts), the last of equal values, values of another kind passed over, as
     * for text. HyperFormula's own search of an array stopped at the first fitting value:
     * `MATCH(2;{1;1;1})` was 1 (Excel: 3), and the idiom for the last row holding something,
     * `MATCH(2;1/(A1:A99<>""))`, was 1; over a range its probes landed elsewhere than Excel's on
     * data not sorted (`MATCH(5;{10;2;8;4;6};1)` over cells was 2; Excel and LibreOffice: #N/A).
     */
    sortedArrayMatch(key: unknown, range: SimpleRangeValue, type: number): unknown {
      const index = sortedSearch(plainCell(key as RangeCell), this.cellsOf(range), type === 1 ? 'asc' : 'desc', type === 1 ? 'returnLowerBound' : 'returnUpperBound', helperTextOrder(this.arithmeticHelper));
      return index === -1 ? new CellError(ErrorType.NA, 'Value not found.') : index + 1;
    }
  }
  return LookupWildcardsPlugin as unknown as FunctionPluginDefinition;
}

/** Replaces HyperFormula's VLOOKUP, HLOOKUP, XLOOKUP and MATCH with the wildcard-correct ones. */
export function registerLookupWildcards(): void {
  const BuiltIn = HyperFormula.getFunctionPlugin('MATCH');
  if (!BuiltIn) throw new Error('HyperFormula has no MATCH');
  replaceBuiltInFunctions(lookupWildcardsPlugin(BuiltIn as unknown as LookupPluginClass), LOOKUP_FUNCTIONS);
}
