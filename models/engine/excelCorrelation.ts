/**
 * CORREL, PEARSON and RSQ as Excel computes them. HyperFormula 3.5 gave #NUM! where a range's
 * values do not vary (the correlation divides by a standard deviation of 0); Excel gives #DIV/0!
 * ("If … the standard deviation of their values equals zero, CORREL returns the #DIV/0! error
 * value", Microsoft's CORREL page; LibreOffice 7.4 agrees, and RSQ, the square of PEARSON, with it).
 * Pairs are read as FORECAST reads them (trendFunctions.ts): a pair where either cell is text, a
 * logical value or empty is skipped, an error is the result, ranges of other sizes are #N/A.
 * Registering replaces the engine's functions; their Danish names (KORRELATION, PEARSON,
 * FORKLARINGSGRAD) are kept.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { replaceBuiltInFunctions } from './replaceFunctions.js';
import { numberPairs } from './trendFunctions.js';

const NO_VARIANCE = () => new CellError(ErrorType.DIV_BY_ZERO, 'The values do not vary.');

/** Pearson's correlation of the pairs, from deviations about the means; undefined without variance. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | undefined {
  const n = xs.length;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  return sxx === 0 || syy === 0 ? undefined : sxy / Math.sqrt(sxx * syy);
}

const TWO_RANGES = {
  parameters: [{ argumentType: FunctionArgumentType.RANGE }, { argumentType: FunctionArgumentType.RANGE }],
  vectorizationForbidden: true,
};

class ExcelCorrelationPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    CORREL: { method: 'correl', ...TWO_RANGES },
    PEARSON: { method: 'correl', ...TWO_RANGES },
    RSQ: { method: 'rsq', ...TWO_RANGES },
  };

  correl(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('CORREL'), (first: SimpleRangeValue, second: SimpleRangeValue) => {
      // No pair at all is an empty array: #DIV/0! on Microsoft's CORREL page, where RSQ's says #N/A.
      const pairs = numberPairs(first, second, NO_VARIANCE());
      if (pairs instanceof CellError) return pairs;
      return correlation(pairs.xs, pairs.ys) ?? NO_VARIANCE();
    });
  }

  rsq(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('RSQ'), (knownYs: SimpleRangeValue, knownXs: SimpleRangeValue) => {
      const pairs = numberPairs(knownYs, knownXs);
      if (pairs instanceof CellError) return pairs;
      const r = correlation(pairs.xs, pairs.ys);
      return r === undefined ? NO_VARIANCE() : r * r;
    });
  }
}

/** Replaces HyperFormula's CORREL, PEARSON and RSQ with Excel's (call before building engines). */
export function registerExcelCorrelation(): void {
  replaceBuiltInFunctions(ExcelCorrelationPlugin, ['CORREL', 'PEARSON', 'RSQ']);
}
