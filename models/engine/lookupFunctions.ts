/**
 * Excel's LOOKUP and XMATCH, which HyperFormula 3.5 lacks, as a function plugin.
 *
 * - LOOKUP (Microsoft's LOOKUP page): the vector form LOOKUP(value, vector, [result]) and the
 *   array form LOOKUP(value, array), which searches the first row of an array wider than tall,
 *   else the first column, and returns from the last row or column. The match is the largest
 *   value of the lookup value's kind (number, text ignoring case, logical) that is not greater
 *   than it; errors, blanks and values of another kind are passed over, so the planners' idiom
 *   `LOOKUP(2,1/(B2:B99<>""),B2:B99)` finds the last filled cell. Excel searches the vector by
 *   bisection, as MATCH with match type 1 does (orderedSearch.ts' sortedSearch): on sorted data
 *   the last value not greater than the lookup value, on unsorted data where its probes land
 *   (`LOOKUP(5;{1;2;3;10;4})` is 3, not 4; LibreOffice 7.4 alike). Nothing small enough: #N/A.
 * - XMATCH (Microsoft's XMATCH page): match_mode 0 exact (text ignoring case), -1 exact or next
 *   smaller, 1 exact or next larger, 2 wildcards (* ? ~); search_mode 1 first to last, -1 last to
 *   first, 2 and -2 bisection over ascending or descending data (on sorted data the same answer
 *   as a linear search, which is what is computed). Not a row or column: #VALUE!; no match: #N/A.
 * Both take array expressions as arguments (`1/(B2:B99<>"")`) without array entry, as Excel 365.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { helperTextOrder } from './localeTextOrder.js';
import { closestMatch, sortedSearch, vectorOfCells } from './orderedSearch.js';
import { plainCell, plainRows, type FunctionResult, type InterpreterState, type PlainCell, type ProcedureCall } from './functionPlugins.js';
import { LOOKUP_FUNCTION_TRANSLATIONS } from './lookupFunctionNames.js';

export { LOOKUP_FUNCTION_NAMES, LOOKUP_FUNCTION_TRANSLATIONS } from './lookupFunctionNames.js';

const RANGE = { argumentType: FunctionArgumentType.RANGE };

/** A lookup value as Excel compares it: a reference to a blank cell looks up 0. */
function lookupValue(value: unknown): PlainCell {
  const plain = plainCell(value as Parameters<typeof plainCell>[0]);
  return plain === EmptyValue ? 0 : plain;
}

/** The cells of a one-row or one-column range, or undefined for a block. */
function vectorOf(range: SimpleRangeValue): PlainCell[] | undefined {
  if (range.width() > 1 && range.height() > 1) return undefined;
  return range.valuesFromTopLeftCorner().map(plainCell);
}

const MATCH_MODES = new Set([0, -1, 1, 2]);
const SEARCH_MODES = new Set([1, -1, 2, -2]);

class LookupFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    LOOKUP: {
      method: 'lookup',
      parameters: [{ argumentType: FunctionArgumentType.NOERROR }, RANGE, { ...RANGE, optionalArg: true }],
      enableArrayArithmeticForArguments: true,
      vectorizationForbidden: true,
    },
    XMATCH: {
      method: 'xmatch',
      parameters: [
        { argumentType: FunctionArgumentType.NOERROR },
        RANGE,
        { argumentType: FunctionArgumentType.INTEGER, defaultValue: 0 },
        { argumentType: FunctionArgumentType.INTEGER, defaultValue: 1 },
      ],
      enableArrayArithmeticForArguments: true,
    },
  };

  lookup(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('LOOKUP'), (raw: unknown, searched: SimpleRangeValue, result: SimpleRangeValue | undefined) => {
      const value = lookupValue(raw);
      if (value instanceof CellError) return value;
      let keys: PlainCell[];
      let answers: PlainCell[];
      const rows = plainRows(searched);
      if (result !== undefined) {
        const vector = vectorOf(searched);
        const results = vectorOf(result);
        if (vector === undefined || results === undefined) return new CellError(ErrorType.NA, 'LOOKUP needs a row or column.');
        [keys, answers] = [vector, results];
      } else if (searched.width() > searched.height()) {
        [keys, answers] = [rows[0]!, rows[rows.length - 1]!];
      } else {
        [keys, answers] = [rows.map((row) => row[0]!), rows.map((row) => row[row.length - 1]!)];
      }
      const index = sortedSearch(value, vectorOfCells(keys), 'asc', 'returnLowerBound', helperTextOrder(this.arithmeticHelper));
      if (index === -1 || index >= answers.length) return new CellError(ErrorType.NA, 'No value small enough.');
      const answer = answers[index]!;
      return answer === EmptyValue ? 0 : answer;
    });
  }

  xmatch(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('XMATCH'), (raw: unknown, searched: SimpleRangeValue, matchMode: number, searchMode: number) => {
      const value = lookupValue(raw);
      if (value instanceof CellError) return value;
      if (!MATCH_MODES.has(matchMode) || !SEARCH_MODES.has(searchMode)) return new CellError(ErrorType.VALUE, 'Unknown match or search mode.');
      const cells = vectorOf(searched);
      if (cells === undefined) return new CellError(ErrorType.VALUE, 'XMATCH needs a row or column.');
      const index = closestMatch(value, cells, matchMode, searchMode, helperTextOrder(this.arithmeticHelper));
      return index === -1 ? new CellError(ErrorType.NA, 'No match.') : index + 1;
    });
  }
}

/** Makes LOOKUP and XMATCH available to engines built afterwards (idempotent). */
export function registerLookupFunctions(): void {
  HyperFormula.registerFunctionPlugin(LookupFunctionsPlugin, LOOKUP_FUNCTION_TRANSLATIONS);
}
