/**
 * T.TEST (TTEST), F.TEST (FTEST) and CHISQ.TEST (CHITEST) with the precise distributions of
 * distributions.ts in place of HyperFormula 3.5's jStat, which lost digits from the 8th
 * significant one (T.TEST's p 0.91884236581 where Excel gives 0.91884236821). The statistics and
 * their error values are HyperFormula's, which follow Microsoft's pages: tails other than 1 or 2
 * and types other than 1–3 are #NUM!, paired samples of different sizes #N/A, fewer than two
 * values or no variance #DIV/0!. Danish names are HyperFormula's daDK pack's.
 */
import { CellError, ErrorType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { fCdf, gammaRightTail, tRightTail } from './distributions.js';
import { numberPairs } from './numberPairs.js';
import { plainCell, type FunctionResult, type InterpreterState, type ProcedureCall } from './functionPlugins.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';

const DIV0 = () => new CellError(ErrorType.DIV_BY_ZERO, 'Too few values, or no variance.');

/** The range's numbers (text, logicals and blanks passed over), or its first error. */
function numbers(range: SimpleRangeValue): number[] | CellError {
  const found: number[] = [];
  for (const cell of range.valuesFromTopLeftCorner().map(plainCell)) {
    if (cell instanceof CellError) return cell;
    if (typeof cell === 'number') found.push(cell);
  }
  return found;
}

const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
const squaredDeviations = (xs: readonly number[]) => {
  const m = mean(xs);
  return xs.reduce((sum, x) => sum + (x - m) * (x - m), 0);
};
const sampleVariance = (xs: readonly number[]) => squaredDeviations(xs) / (xs.length - 1);

/** T.TEST's statistic and degrees of freedom for the test type, or the error it is. */
function tStatistic(xs: number[], ys: number[], type: number): { t: number; df: number } | CellError {
  const [n, m] = [xs.length, ys.length];
  if (type === 1) {
    if (n !== m) return new CellError(ErrorType.NA, 'Paired samples of different sizes.');
    if (n <= 1) return DIV0();
    const differences = xs.map((x, i) => x - ys[i]!);
    const s = Math.sqrt(sampleVariance(differences));
    if (s === 0) return DIV0();
    return { t: Math.abs((Math.sqrt(n) * mean(differences)) / s), df: n - 1 };
  }
  if (n <= 1 || m <= 1) return DIV0();
  if (type === 2) {
    const pooled = (squaredDeviations(xs) + squaredDeviations(ys)) / (n + m - 2);
    if (pooled === 0) return DIV0();
    return { t: Math.abs((mean(xs) - mean(ys)) / Math.sqrt(pooled * (1 / n + 1 / m))), df: n + m - 2 };
  }
  const [vx, vy] = [sampleVariance(xs) / n, sampleVariance(ys) / m];
  if (vx === 0 && vy === 0) return DIV0();
  const df = (vx + vy) ** 2 / (vx ** 2 / (n - 1) + vy ** 2 / (m - 1));
  return { t: Math.abs((mean(xs) - mean(ys)) / Math.sqrt(vx + vy)), df };
}

class HypothesisTestsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
  static override aliases: Record<string, string> = { TTEST: 'T.TEST', FTEST: 'F.TEST', CHITEST: 'CHISQ.TEST' };

  tTest(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('T.TEST'), (first: SimpleRangeValue, second: SimpleRangeValue, tails: number, type: number) => {
      const xs = numbers(first);
      const ys = numbers(second);
      if (xs instanceof CellError) return xs;
      if (ys instanceof CellError) return ys;
      const statistic = tStatistic(xs, ys, type);
      return statistic instanceof CellError ? statistic : Math.min(1, tails * tRightTail(statistic.t, statistic.df));
    });
  }

  fTest(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('F.TEST'), (first: SimpleRangeValue, second: SimpleRangeValue) => {
      const xs = numbers(first);
      const ys = numbers(second);
      if (xs instanceof CellError) return xs;
      if (ys instanceof CellError) return ys;
      if (xs.length <= 1 || ys.length <= 1) return DIV0();
      const [vx, vy] = [sampleVariance(xs), sampleVariance(ys)];
      if (vx === 0 || vy === 0) return DIV0();
      const lower = fCdf(vx / vy, xs.length - 1, ys.length - 1);
      const upper = fCdf(vy / vx, ys.length - 1, xs.length - 1);
      return 2 * Math.min(lower, upper);
    });
  }

  chisqTest(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('CHISQ.TEST'), (actual: SimpleRangeValue, expected: SimpleRangeValue) => {
      const [rows, columns] = [actual.height(), actual.width()];
      if (expected.height() !== rows || expected.width() !== columns) return new CellError(ErrorType.NA, 'Ranges of different sizes.');
      const observed = actual.valuesFromTopLeftCorner().map(plainCell);
      const wanted = expected.valuesFromTopLeftCorner().map(plainCell);
      const pairs = numberPairs(observed, wanted);
      if (pairs instanceof CellError) return pairs;
      let sum = 0;
      for (const [o, e] of pairs) {
        if (e === 0) return DIV0();
        sum += (o - e) ** 2 / e;
      }
      const count = pairs.length;
      if (count <= 1) return DIV0();
      if (sum < 0) return new CellError(ErrorType.NUM, 'A negative expected value.');
      const df = rows > 1 && columns > 1 ? (rows - 1) * (columns - 1) : rows * columns - 1;
      return gammaRightTail(sum, df / 2, 2);
    });
  }
}

/** Replaces HyperFormula's T.TEST, F.TEST and CHISQ.TEST and their legacy names (call before building engines). */
export function registerHypothesisTests(): void {
  HypothesisTestsPlugin.implementedFunctions = {
    'T.TEST': { ...builtInMetadata('T.TEST'), method: 'tTest' },
    'F.TEST': { ...builtInMetadata('F.TEST'), method: 'fTest' },
    'CHISQ.TEST': { ...builtInMetadata('CHISQ.TEST'), method: 'chisqTest' },
  };
  replaceBuiltInFunctions(HypothesisTestsPlugin, ['T.TEST', 'F.TEST', 'CHISQ.TEST', 'TTEST', 'FTEST', 'CHITEST']);
}
