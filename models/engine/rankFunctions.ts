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
 * Excel's RANK.AVG: the rank RANK.EQ gives, plus half of the ties beyond the first, so two
 * values sharing ranks 2 and 3 both rank 2.5. Undefined when `value` is not among `values`.
 */
function averageRankOf(value: number, values: readonly number[], ascending: boolean): number | undefined {
  const first = rankOf(value, values, ascending);
  if (first === undefined) return undefined;
  const ties = values.filter((candidate) => candidate === value).length;
  return first + (ties - 1) / 2;
}

/**
 * Where `x` sits among the sorted values, 0-based and interpolated between neighbours, or the
 * Excel error: both PERCENTRANK.INC (position / (n - 1)) and PERCENTRANK.EXC
 * ((position + 1) / (n + 1), Microsoft's PERCENTRANK.EXC page) divide it.
 * Between two data points it interpolates on sorted positions, making PERCENTRANK.INC the
 * inverse of PERCENTILE.INC; LibreOffice and Julia's StatsBase use this reading to match Excel.
 */
function percentRankPosition(values: readonly number[], x: number): { position: number; count: number } | ErrorType {
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
  let less = 0;
  while (less < n && (sorted[less] ?? Infinity) < x) {
    less += 1;
  }
  const upper = sorted[less];
  const lower = sorted[less - 1];
  if (upper === undefined || upper === x || lower === undefined) {
    return { position: less, count: n };
  }
  return { position: less - 1 + (x - lower) / (upper - lower), count: n };
}

/** PERCENTRANK.INC's share before truncation (a single value ranks 1). */
function inclusiveShare({ position, count }: { position: number; count: number }): number {
  return count === 1 ? 1 : position / (count - 1);
}

/** PERCENTRANK.EXC's share before truncation: never 0 or 1. */
function exclusiveShare({ position, count }: { position: number; count: number }): number {
  return (position + 1) / (count + 1);
}

const PERCENTRANK_PARAMETERS = [
  { argumentType: FunctionArgumentType.RANGE },
  { argumentType: FunctionArgumentType.NUMBER },
  { argumentType: FunctionArgumentType.NUMBER, defaultValue: DEFAULT_SIGNIFICANCE, minValue: 1 },
];

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
    'RANK.AVG': {
      method: 'rankAvg',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
    'PERCENTRANK.INC': { method: 'percentRankInc', parameters: PERCENTRANK_PARAMETERS },
    'PERCENTRANK.EXC': { method: 'percentRankExc', parameters: PERCENTRANK_PARAMETERS },
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

  rankAvg(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('RANK.AVG'), (value: number, ref: SimpleRangeValue, order: number): number | CellError => {
      const numbers = this.numbersIn(ref);
      if (numbers instanceof CellError) return numbers;
      return averageRankOf(value, numbers, order !== 0) ?? new CellError(ErrorType.NA, 'Value not found.');
    });
  }

  percentRankInc(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.percentRank(ast, state, 'PERCENTRANK.INC', inclusiveShare);
  }

  percentRankExc(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.percentRank(ast, state, 'PERCENTRANK.EXC', exclusiveShare);
  }

  private percentRank(ast: ProcedureCall, state: InterpreterState, name: string, share: typeof inclusiveShare): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata(name), (array: SimpleRangeValue, x: number, significance: number): number | CellError => {
      const numbers = this.numbersIn(array);
      if (numbers instanceof CellError) return numbers;
      const position = percentRankPosition(numbers, x);
      if (typeof position !== 'object') return new CellError(position);
      const digits = Math.min(Math.trunc(significance), MAX_SIGNIFICANCE);
      return truncateToDigits(share(position), digits);
    });
  }

  // Excel ignores text, booleans and blanks in these ranges but propagates errors,
  // which is exactly HyperFormula's own "exact numbers" coercion.
  private numbersIn(range: SimpleRangeValue): number[] | CellError {
    return this.arithmeticHelper.manyToExactNumbers(range.valuesFromTopLeftCorner());
  }
}

/**
 * Makes RANK, RANK.EQ, RANK.AVG, PERCENTRANK, PERCENTRANK.INC and PERCENTRANK.EXC available to engines built
 * afterwards. Safe to call before every engine construction: re-registering the same
 * plugin only overwrites identical entries, and each call also adds the translated
 * names to languages registered since the previous call (HyperFormula only
 * translates into languages that exist at registration time).
 */
export function registerRankFunctions(): void {
  HyperFormula.registerFunctionPlugin(RankFunctionsPlugin, RANK_FUNCTION_TRANSLATIONS);
}
