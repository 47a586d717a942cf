/**
 * The functions planners use to extrapolate an indicator from its actual months, which
 * HyperFormula 3.5 lacks, as Excel computes them: FORECAST (and FORECAST.LINEAR), INTERCEPT,
 * TREND and GROWTH; and CONCAT (Excel 2019). HyperFormula's own SLOPE, RSQ and STEYX stay.
 *
 * Two families, as in Excel (Microsoft's help pages for FORECAST, INTERCEPT, TREND and LINEST):
 * - FORECAST and INTERCEPT pair the i-th y with the i-th x and skip a pair where either is text,
 *   a logical value or empty; an error in either range is the result. Ranges of different sizes,
 *   or no pair left, give #N/A; x's without variance give #DIV/0!. LibreOffice skips the same
 *   pairs (its ScForecast skips "string or empty" cells); test/models/trendFunctions.test.ts and
 *   test/interchange/libreOfficeRecalculation.test.ts compare with LibreOffice 7.4.
 * - TREND and GROWTH fit as LINEST does: every known value must be a number (an empty or text
 *   cell gives #VALUE!), and x's without variance are dropped as collinear rather than an error,
 *   so the line is flat at the mean (Microsoft's INTERCEPT page: LINEST "returns 0" where SLOPE
 *   and INTERCEPT give #DIV/0!). LibreOffice gives an error there instead.
 *   One x variable (known_x's the shape of known_y's) takes new_x's of any shape (the result has
 *   its shape and spills like TRANSPOSE; in a formula that can only hold one value the top-left one
 *   is kept); several (regressionInputs.ts) give one value per row of new_x's beside a column of
 *   y's, per column beside a row. known_x's omitted for a row or column of y's is {1,2,3,…}; for a
 *   block of y's, whose {1,2,3,…} order Excel does not document, #VALUE!. const FALSE fits through
 *   the origin. The fit is multipleRegression.ts', as LINEST's.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { plainCell, type Ast, type FunctionResult, type InterpreterState, type ProcedureCall } from './functionPlugins.js';
import { TREND_FUNCTION_TRANSLATIONS } from './trendFunctionNames.js';
import { numberAsText } from './excelNumberText.js';
import { engineLocale } from './formulaContext.js';
import { fitRegression, predicted } from './multipleRegression.js';
import { allNumbers, knownPoints, knownVariablesFor, layoutOf, newPointsFor } from './regressionInputs.js';

// HyperFormula exports neither its AST nor its interpreter state: both from `runFunction`'s signature.

export { TREND_FUNCTION_NAMES, TREND_FUNCTION_TRANSLATIONS, type TrendFunctionName } from './trendFunctionNames.js';

/** Excel's longest cell text; CONCAT gives #VALUE! beyond it. */
const MAX_TEXT_LENGTH = 32767;
const RANGE = { argumentType: FunctionArgumentType.RANGE };
const OPTIONAL_RANGE = { argumentType: FunctionArgumentType.RANGE, optionalArg: true };
const FIT_SIGNATURE = {
  parameters: [RANGE, OPTIONAL_RANGE, OPTIONAL_RANGE, { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: true }],
  vectorizationForbidden: true,
};

/** An argument left out: missing, or an empty place between commas (`TREND(B1:B9,,13)`). */
function omitted(ast: Ast | undefined): boolean {
  return ast === undefined || String(ast.type) === 'EMPTY';
}

export interface Line {
  slope: number;
  intercept: number;
}

/**
 * The least-squares line through the points (FORECAST, INTERCEPT), from deviations about the means
 * (two passes, as Excel and LibreOffice compute it, which loses less to rounding than sums of
 * squares). x's of zero variance have no slope: undefined.
 */
export function leastSquares(xs: readonly number[], ys: readonly number[]): Line | undefined {
  const n = xs.length;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    sxx += dx * dx;
    sxy += dx * (ys[i]! - meanY);
  }
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

/**
 * The numbers of paired cells, skipping pairs with text, logicals or blanks (FORECAST, INTERCEPT,
 * CORREL); `none` is the answer when no pair is left (#N/A for these two).
 */
export function numberPairs(ys: SimpleRangeValue, xs: SimpleRangeValue, none = new CellError(ErrorType.NA, 'No pair of numbers.')): { xs: number[]; ys: number[] } | CellError {
  if (ys.numberOfElements() !== xs.numberOfElements()) return new CellError(ErrorType.NA, 'Ranges need to be of equal size.');
  const yCells = ys.valuesFromTopLeftCorner();
  const xCells = xs.valuesFromTopLeftCorner();
  const pairs = { xs: [] as number[], ys: [] as number[] };
  for (let i = 0; i < yCells.length; i++) {
    const y = plainCell(yCells[i]!);
    const x = plainCell(xCells[i]!);
    if (y instanceof CellError) return y;
    if (x instanceof CellError) return x;
    if (typeof x === 'number' && typeof y === 'number') {
      pairs.xs.push(x);
      pairs.ys.push(y);
    }
  }
  return pairs.xs.length === 0 ? none : pairs;
}

class TrendFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    FORECAST: { method: 'forecast', parameters: [{ argumentType: FunctionArgumentType.NUMBER }, RANGE, RANGE] },
    INTERCEPT: { method: 'intercept', parameters: [RANGE, RANGE] },
    TREND: { method: 'trend', sizeOfResultArrayMethod: 'fittedSize', ...FIT_SIGNATURE },
    GROWTH: { method: 'growth', sizeOfResultArrayMethod: 'fittedSize', ...FIT_SIGNATURE },
    CONCAT: { method: 'concat', parameters: [{ argumentType: FunctionArgumentType.ANY }], repeatLastArgs: 1 },
  };

  static override aliases = { 'FORECAST.LINEAR': 'FORECAST' };

  forecast(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('FORECAST'), (x: number, ys: SimpleRangeValue, xs: SimpleRangeValue) =>
      this.pairedLine(ys, xs, (line) => line.intercept + line.slope * x),
    );
  }

  intercept(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('INTERCEPT'), (ys: SimpleRangeValue, xs: SimpleRangeValue) =>
      this.pairedLine(ys, xs, (line) => line.intercept),
    );
  }

  trend(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.fitted(ast, state, 'TREND', false);
  }

  growth(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.fitted(ast, state, 'GROWTH', true);
  }

  /**
   * TREND's and GROWTH's result: for one x variable the shape of new_x's, else known_x's, else
   * known_y's; for several, a value per row of new_x's beside a column of y's (per column beside a row).
   */
  fittedSize(ast: ProcedureCall, state: InterpreterState): ArraySize {
    const args = ast.args;
    if (args.length < 1 || args.length > 4) return ArraySize.error();
    const [knownYsAst, knownXsAst, newXsAst] = args;
    const size = (arg: Ast): { width: number; height: number } => this.arraySizeForAst(arg, state);
    const layout = knownYsAst === undefined || omitted(knownXsAst) ? 'shape' : layoutOf(size(knownYsAst), size(knownXsAst!));
    if (layout === 'columns' || layout === 'rows') {
      if (omitted(newXsAst)) return new ArraySize(size(knownYsAst!).width, size(knownYsAst!).height);
      const points = size(newXsAst!);
      return layout === 'columns' ? new ArraySize(1, points.height) : new ArraySize(points.width, 1);
    }
    const shaping = [newXsAst, knownXsAst, knownYsAst].find((arg) => !omitted(arg));
    if (shaping === undefined) return ArraySize.error();
    const shape = size(shaping);
    // A range's size is marked as a reference, which would make the result one cell.
    return new ArraySize(shape.width, shape.height);
  }

  concat(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata('CONCAT'), (...values: unknown[]) => {
      let text = '';
      for (const value of values) {
        const cells = value instanceof SimpleRangeValue ? value.valuesFromTopLeftCorner().map(plainCell) : [value];
        for (const cell of cells) {
          if (cell instanceof CellError) return cell;
          text += this.textOf(cell);
          if (text.length > MAX_TEXT_LENGTH) return new CellError(ErrorType.VALUE, 'Text too long.');
        }
      }
      return text;
    });
  }

  private textOf(value: unknown): string {
    if (typeof value === 'number') return numberAsText(value, engineLocale(this.config.context));
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (typeof value === 'string') return value;
    if (value === EmptyValue || value === undefined) return '';
    return typeof value === 'object' && value !== null && 'val' in value ? this.textOf(value.val) : '';
  }

  private pairedLine(ys: SimpleRangeValue, xs: SimpleRangeValue, use: (line: Line) => number): number | CellError {
    const pairs = numberPairs(ys, xs);
    if (pairs instanceof CellError) return pairs;
    const line = leastSquares(pairs.xs, pairs.ys);
    return line === undefined ? new CellError(ErrorType.DIV_BY_ZERO, 'The x values have no variance.') : use(line);
  }

  private fitted(ast: ProcedureCall, state: InterpreterState, name: 'TREND' | 'GROWTH', exponential: boolean): FunctionResult {
    const [, knownXsAst, newXsAst] = ast.args;
    return this.runFunction(
      ast.args,
      state,
      this.metadata(name),
      (knownYs: SimpleRangeValue, knownXs: SimpleRangeValue | undefined, newXs: SimpleRangeValue | undefined, constant: boolean) => {
        const ys = allNumbers(knownYs);
        if (ys instanceof CellError) return ys;
        if (exponential && ys.some((y) => y <= 0)) return new CellError(ErrorType.NUM, 'GROWTH needs positive y values.');
        const known = knownVariablesFor(knownYs, omitted(knownXsAst) ? undefined : knownXs);
        if (known instanceof CellError) return known;
        const targets = omitted(newXsAst) || newXs === undefined ? knownPoints(known, knownYs.width()) : newPointsFor(known, newXs);
        if (targets instanceof CellError) return targets;
        // x's without variance are dropped as collinear (LINEST's rule), leaving the mean.
        const fit = fitRegression(known.variables, exponential ? ys.map(Math.log) : ys, constant);
        const values = targets.points.map((point) => (exponential ? Math.exp(predicted(fit, point)) : predicted(fit, point)));
        if (!values.every(Number.isFinite)) return new CellError(ErrorType.NUM, 'Result out of range.');
        const rows: number[][] = [];
        for (let i = 0; i < values.length; i += targets.width) rows.push(values.slice(i, i + targets.width));
        const onlyOne = this.fittedSize(ast, state).isScalar();
        return values.length === 1 || onlyOne ? values[0]! : SimpleRangeValue.onlyNumbers(rows);
      },
    );
  }

}

/** Makes FORECAST, FORECAST.LINEAR, INTERCEPT, TREND, GROWTH and CONCAT available to engines built afterwards (idempotent). */
export function registerTrendFunctions(): void {
  HyperFormula.registerFunctionPlugin(TrendFunctionsPlugin, TREND_FUNCTION_TRANSLATIONS);
}
