/**
 * Excel's LINEST and LOGEST, which HyperFormula 3.5 lacks, as a function plugin (the fit is
 * multipleRegression.ts', the inputs regressionInputs.ts', so TREND, GROWTH and these agree).
 *
 * LINEST(known_y's, [known_x's], [const], [stats]) gives the coefficients in the reverse order of
 * the x variables, then the intercept ({m₂, m₁, b}); with stats TRUE the 5-row block of Microsoft's
 * LINEST page: the standard errors of each; r² and the standard error of y; F and the degrees of
 * freedom; the regression and residual sums of squares; #N/A in the rest of rows 3–5. A collinear
 * x variable is dropped: coefficient and standard error 0, one more degree of freedom.
 * const FALSE fits through the origin: intercept 0, its standard error #N/A, and r², F and the
 * sums of squares about zero rather than the mean (as Microsoft documents). LOGEST fits
 * y = b·m^x, that is LINEST on ln(y), and gives {mₖ … m₁, b} with the statistics of that linear
 * fit; a y not above 0 is #NUM!. Inputs as TREND takes them (every cell a number, else #VALUE!).
 * With no degree of freedom left (two points and a constant) the standard errors are 0 and F #N/A,
 * as LibreOffice 7.4 gives; Excel's result there was not checked.
 */
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { resultRange, type Ast, type FunctionResult, type InterpreterState, type PlainCell, type ProcedureCall } from './functionPlugins.js';
import { REGRESSION_FUNCTION_TRANSLATIONS } from './regressionFunctionNames.js';
import { fitRegression } from './multipleRegression.js';
import { allNumbers, knownVariablesFor, layoutOf } from './regressionInputs.js';

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

/**
 * LINEST's rows (see the file comment): the coefficients from the last x variable to the first,
 * then the intercept; with statistics four more rows, #N/A where a row has no more values.
 */
function linest(variables: readonly (readonly number[])[], ys: readonly number[], constant: boolean, withStats: boolean): PlainCell[][] {
  const fit = fitRegression(variables, ys, constant);
  const reversed = <T>(perVariable: readonly T[]): T[] => [...perVariable].reverse();
  const coefficients: PlainCell[] = [...reversed(fit.coefficients), fit.intercept];
  if (!withStats) return [coefficients];
  const df = fit.n - fit.kept - (constant ? 1 : 0);
  // No degree of freedom left (two points and a constant): the fit is exact, its errors 0 and F
  // undefined, as LibreOffice 7.4 gives (#N/A); Excel's result there was not checked.
  const variance = df === 0 ? 0 : divided(fit.ssResid, df);
  const errorOf = (inverse: number): PlainCell => (typeof variance === 'number' ? Math.sqrt(variance * inverse) : variance);
  const seIntercept = constant ? errorOf(1 / fit.n + fit.meanLeverage) : new CellError(ErrorType.NA);
  const ssReg = fit.ssTotal - fit.ssResid;
  const f = df === 0 ? new CellError(ErrorType.NA) : typeof variance === 'number' ? divided(ssReg / fit.kept, variance) : variance;
  const filled = (pair: PlainCell[]): PlainCell[] => [...pair, ...coefficients.slice(2).map(() => new CellError(ErrorType.NA))];
  return [
    coefficients,
    [...reversed(fit.inverseDiagonal.map((inverse, j) => (fit.dropped[j] ? 0 : errorOf(inverse)))), seIntercept],
    filled([divided(ssReg, fit.ssTotal), errorOf(1)]),
    filled([f, df]),
    filled([ssReg, fit.ssResid]),
  ];
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

  /**
   * A column per x variable and one for the intercept; five rows with statistics (or when stats is
   * not written in the formula), else one.
   */
  fitSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const [knownYsAst, knownXsAst] = ast.args;
    if (knownYsAst === undefined || ast.args.length > 4) return ArraySize.error();
    let variables = 1;
    if (!omitted(knownXsAst)) {
      const ys = this.arraySizeForAst(knownYsAst, state);
      const xs = this.arraySizeForAst(knownXsAst!, state);
      const layout = layoutOf(ys, xs);
      variables = layout === 'columns' ? xs.width : layout === 'rows' ? xs.height : 1;
    }
    return new ArraySize(variables + 1, literalTruth(ast.args[3]) === false ? 1 : 5);
  }

  private fit(ast: ProcedureCall, state: InterpreterState, name: string, exponential: boolean): FunctionResult {
    const [, knownXsAst, constantAst] = ast.args;
    return this.runFunction(ast.args, state, this.metadata(name), (knownYs: SimpleRangeValue, knownXs: SimpleRangeValue | undefined, givenConstant: boolean, withStats: boolean) => {
      // An empty place (`LINEST(y,x,,TRUE)`) is the default TRUE, not an empty cell's FALSE.
      const constant = omitted(constantAst) || givenConstant;
      const ys = allNumbers(knownYs);
      if (ys instanceof CellError) return ys;
      if (exponential && ys.some((y) => y <= 0)) return new CellError(ErrorType.NUM, 'LOGEST needs positive y values.');
      const known = knownVariablesFor(knownYs, omitted(knownXsAst) ? undefined : knownXs);
      if (known instanceof CellError) return known;
      const rows = linest(known.variables, exponential ? ys.map(Math.log) : ys, constant, withStats);
      if (exponential) rows[0] = rows[0]!.map((c) => (typeof c === 'number' ? Math.exp(c) : c));
      if (!rows[0]!.every((c) => typeof c === 'number' && Number.isFinite(c))) return new CellError(ErrorType.NUM, 'Result out of range.');
      return this.fitSize(ast, state).isScalar() ? rows[0]![0]! : resultRange(rows);
    });
  }
}

/** Makes LINEST and LOGEST available to engines built afterwards (idempotent). */
export function registerRegressionFunctions(): void {
  HyperFormula.registerFunctionPlugin(RegressionFunctionsPlugin, REGRESSION_FUNCTION_TRANSLATIONS);
}
