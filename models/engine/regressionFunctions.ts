/**
 * Excel's LINEST and LOGEST for one x variable, which HyperFormula 3.5 lacks, as a function plugin
 * (the line itself is trendFunctions.ts' leastSquares, so TREND, GROWTH and these agree).
 *
 * LINEST(known_y's, [known_x's], [const], [stats]) gives {slope, intercept}; with stats TRUE the
 * 5×2 block of Microsoft's LINEST page: standard errors of slope and intercept; r² and the
 * standard error of y; F and the degrees of freedom; the regression and residual sums of squares.
 * const FALSE fits through the origin: intercept 0, its standard error #N/A, and r², F and the
 * sums of squares about zero rather than the mean (as Microsoft documents). LOGEST fits
 * y = b·m^x, that is LINEST on ln(y), and gives {m, b} with the statistics of that linear fit;
 * a y not above 0 is #NUM!. Inputs as TREND takes them (every cell a number, else #VALUE!).
 * Not supported, #VALUE!: several x variables (multiple regression), as for TREND.
 * With no degree of freedom left (two points and a constant) the standard errors are 0 and F #N/A,
 * as LibreOffice 7.4 gives; Excel's result there was not checked.
 */
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { resultRange, type Ast, type FunctionResult, type InterpreterState, type PlainCell, type ProcedureCall } from './functionPlugins.js';
import { REGRESSION_FUNCTION_TRANSLATIONS } from './regressionFunctionNames.js';
import { allNumbers, knownXsFor, leastSquares } from './trendFunctions.js';

export { REGRESSION_FUNCTION_NAMES, REGRESSION_FUNCTION_TRANSLATIONS } from './regressionFunctionNames.js';

const SIGNATURE = {
  parameters: [
    { argumentType: FunctionArgumentType.RANGE },
    { argumentType: FunctionArgumentType.RANGE, optionalArg: true },
    { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: true },
    { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false },
  ],
  sizeOfResultArrayMethod: 'fitSize',
  vectorizationForbidden: true,
};

function omitted(ast: Ast | undefined): boolean {
  return ast === undefined || String(ast.type) === 'EMPTY';
}

/** A logical written in the formula (`TRUE()`, `FALSE()`, `TRUE`, a number), or undefined. */
function literalTruth(ast: Ast | undefined): boolean | undefined {
  if (omitted(ast)) return false;
  const node = ast as Ast;
  if ('value' in node && (typeof node.value === 'number' || typeof node.value === 'boolean')) return Boolean(node.value);
  if ('procedureName' in node && (node.procedureName === 'TRUE' || node.procedureName === 'FALSE')) return node.procedureName === 'TRUE';
  return undefined;
}

const divided = (numerator: number, denominator: number): PlainCell =>
  denominator === 0 || !Number.isFinite(numerator / denominator) ? new CellError(ErrorType.DIV_BY_ZERO) : numerator / denominator;

const root = (value: PlainCell): PlainCell => (typeof value === 'number' ? Math.sqrt(value) : value);

/** LINEST's rows for one x variable (see the file comment). */
function linest(xs: readonly number[], ys: readonly number[], constant: boolean, withStats: boolean): PlainCell[][] {
  const n = xs.length;
  const meanX = constant ? xs.reduce((s, x) => s + x, 0) / n : 0;
  const meanY = constant ? ys.reduce((s, y) => s + y, 0) / n : 0;
  // x's without variance: Excel drops the collinear x, leaving the mean (TREND does the same).
  const line = leastSquares(xs, ys, !constant) ?? { slope: 0, intercept: meanY };
  const dropped = leastSquares(xs, ys, !constant) === undefined;
  const coefficients: PlainCell[] = [line.slope, constant ? line.intercept : 0];
  if (!withStats) return [coefficients];
  const sxx = xs.reduce((s, x) => s + (x - meanX) ** 2, 0);
  const ssTotal = ys.reduce((s, y) => s + (y - meanY) ** 2, 0);
  const ssResid = ys.reduce((s, y, i) => s + (y - (line.intercept + line.slope * xs[i]!)) ** 2, 0);
  const ssReg = ssTotal - ssResid;
  const parameters = (dropped ? 0 : 1) + (constant ? 1 : 0);
  const df = n - parameters;
  // No degree of freedom left (two points and a constant): the fit is exact, its errors 0 and F
  // undefined, as LibreOffice 7.4 gives (#N/A); Excel's result there was not checked.
  const variance = df === 0 ? 0 : divided(ssResid, df);
  const seY = root(variance);
  const seSlope = dropped ? 0 : typeof variance === 'number' ? Math.sqrt(variance / sxx) : variance;
  const seIntercept: PlainCell = !constant ? new CellError(ErrorType.NA) : typeof variance === 'number' ? Math.sqrt(variance * (1 / n + (meanX * meanX) / (dropped ? Infinity : sxx))) : variance;
  const f = df === 0 ? new CellError(ErrorType.NA) : typeof variance === 'number' ? divided(ssReg / Math.max(1, parameters - (constant ? 1 : 0)), variance) : variance;
  return [coefficients, [seSlope, seIntercept], [divided(ssReg, ssTotal), seY], [f, df], [ssReg, ssResid]];
}

class RegressionFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    LINEST: { method: 'linest', ...SIGNATURE },
    LOGEST: { method: 'logest', ...SIGNATURE },
  };

  linest(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.fit(ast, state, 'LINEST', false);
  }

  logest(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.fit(ast, state, 'LOGEST', true);
  }

  /** 5×2 with statistics (or when stats is not written in the formula), else 1×2. */
  fitSize(ast: ProcedureCall): ArraySize {
    if (ast.args.length < 1 || ast.args.length > 4) return ArraySize.error();
    return new ArraySize(2, literalTruth(ast.args[3]) === false ? 1 : 5);
  }

  private fit(ast: ProcedureCall, state: InterpreterState, name: string, exponential: boolean): FunctionResult {
    const [, knownXsAst, constantAst] = ast.args;
    return this.runFunction(ast.args, state, this.metadata(name), (knownYs: SimpleRangeValue, knownXs: SimpleRangeValue | undefined, givenConstant: boolean, withStats: boolean) => {
      // An empty place (`LINEST(y,x,,TRUE)`) is the default TRUE, not an empty cell's FALSE.
      const constant = omitted(constantAst) || givenConstant;
      const ys = allNumbers(knownYs);
      if (ys instanceof CellError) return ys;
      if (exponential && ys.some((y) => y <= 0)) return new CellError(ErrorType.NUM, 'LOGEST needs positive y values.');
      const xs = knownXsFor(knownYs, omitted(knownXsAst) ? undefined : knownXs);
      if (xs instanceof CellError) return xs;
      const rows = linest(xs, exponential ? ys.map(Math.log) : ys, constant, withStats);
      if (exponential) rows[0] = rows[0]!.map((c) => (typeof c === 'number' ? Math.exp(c) : c));
      if (!rows[0]!.every((c) => typeof c === 'number' && Number.isFinite(c))) return new CellError(ErrorType.NUM, 'Result out of range.');
      return this.fitSize(ast).isScalar() ? rows[0]![0]! : resultRange(rows);
    });
  }
}

/** Makes LINEST and LOGEST available to engines built afterwards (idempotent). */
export function registerRegressionFunctions(): void {
  HyperFormula.registerFunctionPlugin(RegressionFunctionsPlugin, REGRESSION_FUNCTION_TRANSLATIONS);
}
