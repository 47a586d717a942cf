/**
 * Excel's MODE, MODE.SNGL, MODE.MULT, TRIMMEAN, KURT, AGGREGATE, FREQUENCY, PERMUT and
 * PERMUTATIONA, which HyperFormula 3.5 lacks, as a function plugin; the statistics themselves are
 * in sampleStatistics.ts.
 * PERMUT(number, number_chosen) is number!/(number−number_chosen)!, both truncated; number ≤ 0,
 * number_chosen < 0 or number < number_chosen is #NUM! (Microsoft's PERMUT page).
 * PERMUTATIONA(number, number_chosen) is number^number_chosen, both truncated; either below 0, or
 * number 0 with number_chosen above 0, is #NUM! (Microsoft's PERMUTATIONA page; LibreOffice 7.4 alike).
 * MODE.MULT spills, as a column, every value occurring most often (at least twice), in the order
 * each first occurs; no value repeated is #N/A (Microsoft's MODE.MULT page). Its size is known
 * only once computed, so the binding sizes its spill then (spillSizeHints.ts).
 *
 * Ranges count their numbers only: text, logicals and blanks in them are passed over, an error is
 * the result (Microsoft's pages for each function), as HyperFormula's own aggregates do.
 * AGGREGATE(function_num, options, ref1, …) for 1–13 (AVERAGE, COUNT, COUNTA, MAX, MIN, PRODUCT,
 * STDEV.S, STDEV.P, SUM, VAR.S, VAR.P, MEDIAN, MODE.SNGL) and AGGREGATE(function_num, options,
 * array, k) for 14–19 (LARGE, SMALL, PERCENTILE.INC, QUARTILE.INC, PERCENTILE.EXC,
 * QUARTILE.EXC). Options 2, 3, 6 and 7 pass over error values; options 1, 3, 5 and 7 pass over
 * hidden rows of the references (visibleCells.ts; never hidden columns, nor rows of a computed
 * array); options 0–3 pass over cells of the references holding SUBTOTAL or AGGREGATE themselves
 * (nestedSubtotals.ts). Array expressions are accepted as in Excel 365, so the
 * planners' `AGGREGATE(14,6,B2:B99/(C2:C99="Roskilde"),1)` works.
 * FREQUENCY(data_array, bins_array): a column one longer than the bins, each bin counting the
 * numbers above the next smaller bin up to itself, the last those above every bin (Microsoft's
 * FREQUENCY page); bins need not be sorted, a repeated bin counts nothing, data's text and
 * blanks are passed over and an error is the result.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { plainCell, resultRange, type FunctionResult, type InterpreterState, type PlainCell, type ProcedureCall } from './functionPlugins.js';
import * as stats from './sampleStatistics.js';
import { STATISTICS_FUNCTION_TRANSLATIONS } from './statisticsFunctionNames.js';
import { argumentCells, hiddenRowsOf, referencedCell } from './visibleCells.js';
import { subtotalCells } from './nestedSubtotals.js';

export { STATISTICS_FUNCTION_NAMES, STATISTICS_FUNCTION_TRANSLATIONS } from './statisticsFunctionNames.js';

const RANGE = { argumentType: FunctionArgumentType.RANGE };

/** AGGREGATE's reference-form functions (1–13) over the numbers of its ranges (SUBTOTAL's 1–11 are the same: subtotalFunction.ts). */
export const REFERENCE_FORM: Record<number, (numbers: number[]) => stats.Statistic> = {
  1: stats.average,
  2: (numbers) => numbers.length,
  4: stats.maximum,
  5: stats.minimum,
  6: stats.product,
  7: (numbers) => stats.standardDeviation(numbers, true),
  8: (numbers) => stats.standardDeviation(numbers, false),
  9: stats.sum,
  10: (numbers) => stats.variance(numbers, true),
  11: (numbers) => stats.variance(numbers, false),
  12: stats.median,
  13: stats.mode,
};
const COUNTA = 3;

/** AGGREGATE's array-form functions (14–19), which take k. */
const ARRAY_FORM: Record<number, (numbers: number[], k: number) => stats.Statistic> = {
  14: (numbers, k) => stats.kth(numbers, k, true),
  15: (numbers, k) => stats.kth(numbers, k, false),
  16: stats.percentileInclusive,
  17: stats.quartileInclusive,
  18: stats.percentileExclusive,
  19: stats.quartileExclusive,
};

const IGNORES_ERRORS = new Set([2, 3, 6, 7]);
const IGNORES_HIDDEN_ROWS = new Set([1, 3, 5, 7]);
/** Options that pass over nested SUBTOTAL and AGGREGATE cells (Microsoft's AGGREGATE page). */
const IGNORES_NESTED = new Set([0, 1, 2, 3]);

function asResult(statistic: stats.Statistic): number | CellError {
  return typeof statistic === 'number' ? statistic : new CellError(statistic);
}

/** Every cell of the arguments, in order. */
function cellsOf(ranges: readonly SimpleRangeValue[]): PlainCell[] {
  return ranges.flatMap((range) => range.valuesFromTopLeftCorner().map(plainCell));
}

/** The numbers among the cells, or the first error unless errors are passed over. */
function numbersOf(cells: readonly PlainCell[], skipErrors: boolean): number[] | CellError {
  const numbers: number[] = [];
  for (const cell of cells) {
    if (cell instanceof CellError) {
      if (!skipErrors) return cell;
    } else if (typeof cell === 'number') numbers.push(cell);
  }
  return numbers;
}

/**
 * How many numbers fall in each bin (a number goes to the smallest bin not below it, the first
 * of equal bins; a bin that is no number gets none) and, last, above every bin.
 */
function frequencies(numbers: readonly number[], bins: ReadonlyArray<number | undefined>): number[] {
  const counts = new Array<number>(bins.length + 1).fill(0);
  for (const x of numbers) {
    let at = bins.length;
    bins.forEach((bin, i) => {
      if (bin !== undefined && bin >= x && (at === bins.length || bin < bins[at]!)) at = i;
    });
    counts[at]!++;
  }
  return counts;
}

class StatisticsFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    'MODE.SNGL': { method: 'modeSngl', parameters: [RANGE], repeatLastArgs: 1 },
    KURT: { method: 'kurt', parameters: [RANGE], repeatLastArgs: 1 },
    TRIMMEAN: { method: 'trimmean', parameters: [RANGE, { argumentType: FunctionArgumentType.NUMBER }] },
    AGGREGATE: {
      method: 'aggregate',
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER }, RANGE],
      repeatLastArgs: 1,
      enableArrayArithmeticForArguments: true,
      vectorizationForbidden: true,
    },
    FREQUENCY: { method: 'frequency', sizeOfResultArrayMethod: 'frequencySize', parameters: [RANGE, RANGE], vectorizationForbidden: true },
    'MODE.MULT': { method: 'modeMult', sizeOfResultArrayMethod: 'modeMultSize', parameters: [RANGE], repeatLastArgs: 1, vectorizationForbidden: true },
    PERMUTATIONA: { method: 'permutationa', parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER }] },
    PERMUT: { method: 'permut', parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER }] },
  };

  permut(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('PERMUT'), (number: number, chosen: number) => {
      const [n, k] = [Math.trunc(number), Math.trunc(chosen)];
      if (n <= 0 || k < 0 || n < k) return new CellError(ErrorType.NUM, 'PERMUT needs 0 ≤ number_chosen ≤ number and number > 0.');
      let product = 1;
      for (let i = n - k + 1; i <= n && Number.isFinite(product); i++) product *= i;
      return product;
    });
  }

  permutationa(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('PERMUTATIONA'), (number: number, chosen: number) => {
      const [n, k] = [Math.trunc(number), Math.trunc(chosen)];
      if (n < 0 || k < 0 || (n === 0 && k > 0)) return new CellError(ErrorType.NUM, 'PERMUTATIONA needs number ≥ 0 and number_chosen ≥ 0.');
      return Math.pow(n, k);
    });
  }

  modeMult(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('MODE.MULT'), (...ranges: SimpleRangeValue[]) => {
      const numbers = numbersOf(cellsOf(ranges), false);
      if (numbers instanceof CellError) return numbers;
      const modes = stats.modes(numbers);
      return modes.length === 0 ? new CellError(ErrorType.NA, 'No value occurs more than once.') : resultRange(modes.map((value) => [value]));
    });
  }

  /** One cell until computed; the binding then spills the modes found (spillSizeHints.ts). */
  modeMultSize(): ArraySize {
    return ArraySize.scalar();
  }

  frequency(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('FREQUENCY'), (data: SimpleRangeValue, bins: SimpleRangeValue) => {
      const numbers = numbersOf(cellsOf([data]), false);
      if (numbers instanceof CellError) return numbers;
      const limits = cellsOf([bins]).map((cell) => (typeof cell === 'number' ? cell : undefined));
      return resultRange(frequencies(numbers, limits).map((count) => [count]));
    });
  }

  /** One row more than the bins have cells, one column. */
  frequencySize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const bins = ast.args[1];
    if (bins === undefined) return ArraySize.error();
    const size = this.arraySizeForAst(bins, state);
    return new ArraySize(1, size.width * size.height + 1);
  }

  static override aliases = { MODE: 'MODE.SNGL' };

  modeSngl(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('MODE.SNGL'), (...ranges: SimpleRangeValue[]) => {
      const numbers = numbersOf(cellsOf(ranges), false);
      return numbers instanceof CellError ? numbers : asResult(stats.mode(numbers));
    });
  }

  kurt(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('KURT'), (...ranges: SimpleRangeValue[]) => {
      const numbers = numbersOf(cellsOf(ranges), false);
      return numbers instanceof CellError ? numbers : asResult(stats.kurtosis(numbers));
    });
  }

  trimmean(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('TRIMMEAN'), (range: SimpleRangeValue, percent: number) => {
      const numbers = numbersOf(cellsOf([range]), false);
      return numbers instanceof CellError ? numbers : asResult(stats.trimmedMean(numbers, percent));
    });
  }

  aggregate(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('AGGREGATE'), (functionNumber: number, options: number, ...ranges: SimpleRangeValue[]) => {
      const fn = Math.trunc(functionNumber);
      const option = Math.trunc(options);
      if (option < 0 || option > 7) return new CellError(ErrorType.VALUE, 'AGGREGATE options are 0 to 7.');
      const skipErrors = IGNORES_ERRORS.has(option);
      const hidden = hiddenRowsOf(this.config.context);
      const skipHidden = IGNORES_HIDDEN_ROWS.has(option);
      const nested = IGNORES_NESTED.has(option) ? subtotalCells(this.dependencyGraph) : undefined;
      const cellsAt = (range: SimpleRangeValue, i: number): PlainCell[] => argumentCells(range, skipHidden, hidden, referencedCell(ast.args[i + 2], state.formulaAddress), nested);
      const arrayForm = ARRAY_FORM[fn];
      if (arrayForm !== undefined) return this.arrayForm(arrayForm, ranges, skipErrors, cellsAt);
      const referenceForm = REFERENCE_FORM[fn];
      if (referenceForm === undefined && fn !== COUNTA) return new CellError(ErrorType.VALUE, 'AGGREGATE functions are 1 to 19.');
      const cells = ranges.flatMap(cellsAt);
      if (fn === COUNTA) return this.countA(cells, skipErrors);
      const numbers = numbersOf(cells, skipErrors);
      return numbers instanceof CellError ? numbers : asResult(referenceForm!(numbers));
    });
  }

  private arrayForm(statistic: (numbers: number[], k: number) => stats.Statistic, ranges: SimpleRangeValue[], skipErrors: boolean, cellsAt: (range: SimpleRangeValue, i: number) => PlainCell[]): number | CellError {
    if (ranges.length !== 2) return new CellError(ErrorType.VALUE, 'AGGREGATE 14 to 19 take an array and k.');
    const k = plainCell(ranges[1]!.valuesFromTopLeftCorner()[0]!);
    if (k instanceof CellError) return k;
    if (typeof k !== 'number') return new CellError(ErrorType.VALUE, 'k must be a number.');
    const numbers = numbersOf(cellsAt(ranges[0]!, 0), skipErrors);
    return numbers instanceof CellError ? numbers : asResult(statistic(numbers, k));
  }

  /** COUNTA: every cell that is not blank (an error counts, unless errors are passed over). */
  private countA(cells: readonly PlainCell[], skipErrors: boolean): number {
    return cells.filter((cell) => cell !== EmptyValue && !(skipErrors && cell instanceof CellError)).length;
  }
}

/** Makes MODE, MODE.SNGL, MODE.MULT, TRIMMEAN, KURT, AGGREGATE, FREQUENCY, PERMUT and PERMUTATIONA available to engines built afterwards (idempotent). */
export function registerStatisticsFunctions(): void {
  HyperFormula.registerFunctionPlugin(StatisticsFunctionsPlugin, STATISTICS_FUNCTION_TRANSLATIONS);
}
