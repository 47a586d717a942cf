// Excel's rank functions, which HyperFormula 3.5 does not ship, as a function plugin.
// Planners build scenario workbooks in Excel (often Danish Excel), so names and
// results must match Excel exactly, including PERCENTRANK's truncation.
import {
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { RANK_FUNCTION_TRANSLATIONS, type RankFunctionName } from './rankFunctionNames.js';

// HyperFormula does not export its AST and interpreter-state types, so they are
// taken from the signature of the documented `runFunction` helper instead.

export { RANK_FUNCTION_NAMES, RANK_FUNCTION_TRANSLATIONS, type RankFunctionName } from './rankFunctionNames.js';

const DEFAULT_SIGNIFICANCE = 3;
// Digits beyond what a double can hold change nothing, and capping keeps 10 ** digits finite.
const MAX_SIGNIFICANCE = 15;

/**
 * Truncates toward zero to `digits` decimals, as Excel's PERCENTRANK does. The scaled
 * value is first rounded to 15 significant digits (Excel's precision) so binary noise
 * such as 0.29 * 100 = 28.999999999999996 does not truncate to 0.28.
 */
function truncateToDigits(value: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Number((value * factor).toPrecision(15));
  return Math.trunc(scaled) / factor;
}

/**
 * Excel's RANK.EQ: 1 + how many values beat `value` in the chosen direction, so ties
 * share the top rank. Returns undefined when `value` is not among `values`.
 */
function rankOf(value: number, values: readonly number[], ascending: boolean): number | undefined {
  let beaten = 0;
  let found = false;
  for (const candidate of values) {
    if (candidate === value) {
      found = true;
    } else if (ascending ? candidate < value : candidate > value) {
      beaten += 1;
    }
  }
  return found ? beaten + 1 : undefined;
}

/**
 * Excel's PERCENTRANK.INC before truncation, or the Excel error for the input.
 * Between two data points it interpolates on sorted positions, making it the inverse
 * of PERCENTILE.INC; LibreOffice and Julia's StatsBase use this reading to match Excel.
 */
function percentRankPosition(values: readonly number[], x: number): number | ErrorType {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const smallest = sorted[0];
  const largest = sorted[n - 1];
  if (smallest === undefined || largest === undefined) {
    return ErrorType.NUM;
  }
  if (x < smallest || x > largest) {
    return ErrorType.NA;
  }
  if (n === 1) {
    return 1;
  }
  let less = 0;
  while (less < n && (sorted[less] ?? Infinity) < x) {
    less += 1;
  }
  const upper = sorted[less];
  const lower = sorted[less - 1];
  if (upper === undefined || upper === x || lower === undefined) {
    return less / (n - 1);
  }
  return (less - 1 + (x - lower) / (upper - lower)) / (n - 1);
}

class RankFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    'RANK.EQ': {
      method: 'rankEq',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
    'PERCENTRANK.INC': {
      method: 'percentRankInc',
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: DEFAULT_SIGNIFICANCE, minValue: 1 },
      ],
    },
  };

  static override aliases = {
    RANK: 'RANK.EQ',
    PERCENTRANK: 'PERCENTRANK.INC',
  };

  rankEq(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('RANK.EQ'),
      (value: number, ref: SimpleRangeValue, order: number): number | CellError => {
        const numbers = this.numbersIn(ref);
        if (numbers instanceof CellError) {
          return numbers;
        }
        const rank = rankOf(value, numbers, order !== 0);
        return rank ?? new CellError(ErrorType.NA, 'Value not found.');
      },
    );
  }

  percentRankInc(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('PERCENTRANK.INC'),
      (array: SimpleRangeValue, x: number, significance: number): number | CellError => {
        const numbers = this.numbersIn(array);
        if (numbers instanceof CellError) {
          return numbers;
        }
        const rank = percentRankPosition(numbers, x);
        if (typeof rank !== 'number') {
          return new CellError(rank);
        }
        const digits = Math.min(Math.trunc(significance), MAX_SIGNIFICANCE);
        return truncateToDigits(rank, digits);
      },
    );
  }

  // Excel ignores text, booleans and blanks in these ranges but propagates errors,
  // which is exactly HyperFormula's own "exact numbers" coercion.
  private numbersIn(range: SimpleRangeValue): number[] | CellError {
    return this.arithmeticHelper.manyToExactNumbers(range.valuesFromTopLeftCorner());
  }
}

/**
 * Makes RANK, RANK.EQ, PERCENTRANK and PERCENTRANK.INC available to engines built
 * afterwards. Safe to call before every engine construction: re-registering the same
 * plugin only overwrites identical entries, and each call also adds the translated
 * names to languages registered since the previous call (HyperFormula only
 * translates into languages that exist at registration time).
 */
export function registerRankFunctions(): void {
  HyperFormula.registerFunctionPlugin(RankFunctionsPlugin, RANK_FUNCTION_TRANSLATIONS);
}
