/**
 * Least squares with one or several x variables, as Excel's LINEST fits them (and so LOGEST,
 * TREND and GROWTH): Householder QR of the x columns, about their means when the line has a
 * constant (as LibreOffice's LINEST and Excel since 2003 compute it, which loses less to rounding
 * than the normal equations). Microsoft's LINEST page: an x column that is a linear combination of
 * the columns before it (or, with a constant, has no variance) is dropped: its coefficient and its
 * standard error are 0 and the degrees of freedom count only the columns kept.
 */

/** The fitted plane: a coefficient per x variable (0 for a dropped one) and the intercept. */
export interface RegressionFit {
  coefficients: number[];
  intercept: number;
  /** Which x variables were dropped as collinear. */
  dropped: boolean[];
  /** The x variables kept, and their count. */
  kept: number;
  /** Number of observations. */
  n: number;
  constant: boolean;
  /** Residual sum of squares, and the total sum of squares (about the mean, or about 0 without a constant). */
  ssResid: number;
  ssTotal: number;
  /** (XᵀX)⁻¹'s diagonal per x variable (0 for a dropped one), X centred when there is a constant. */
  inverseDiagonal: number[];
  /** With a constant: m̄ᵀ(XᵀX)⁻¹m̄ for the means m̄ of the kept x's (the intercept's error, with 1/n). */
  meanLeverage: number;
}

/** A column left after the columns before it is dropped when this small beside its own size. */
const COLLINEAR = 1e-12;

interface Reflector {
  start: number;
  v: number[];
  vv: number;
}

function reflect(reflector: Reflector, x: number[]): void {
  const { start, v, vv } = reflector;
  let dot = 0;
  for (let i = 0; i < v.length; i++) dot += v[i]! * x[start + i]!;
  const s = (2 * dot) / vv;
  for (let i = 0; i < v.length; i++) x[start + i]! -= s * v[i]!;
}

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
function norm(values: readonly number[], from = 0): number {
  let sum = 0;
  for (let i = from; i < values.length; i++) sum += values[i]! * values[i]!;
  return Math.sqrt(sum);
}

/**
 * Fits `ys` on the `variables` (each as long as `ys`), with an intercept when `constant`.
 */
export function fitRegression(variables: readonly (readonly number[])[], ys: readonly number[], constant: boolean): RegressionFit {
  const n = ys.length;
  const means = variables.map((column) => (constant ? mean(column) : 0));
  const meanY = constant ? mean(ys) : 0;
  const reflectors: Reflector[] = [];
  const rColumns: number[][] = [];
  const keptIndices: number[] = [];
  variables.forEach((column, j) => {
    const x = column.map((value) => value - means[j]!);
    for (const reflector of reflectors) reflect(reflector, x);
    const r = reflectors.length;
    const rest = norm(x, r);
    if (r >= n || rest <= COLLINEAR * norm(column)) return;
    const alpha = x[r]! > 0 ? -rest : rest;
    const v = x.slice(r);
    v[0]! -= alpha;
    reflectors.push({ start: r, v, vv: v.reduce((sum, value) => sum + value * value, 0) });
    rColumns.push([...x.slice(0, r), alpha]);
    keptIndices.push(j);
  });
  const qy = ys.map((y) => y - meanY);
  for (const reflector of reflectors) reflect(reflector, qy);
  const k = keptIndices.length;
  const r = (row: number, col: number): number => rColumns[col]![row]!;
  // R b = Qᵀy by back-substitution; R⁻¹ column by column for the variances.
  const b = new Array<number>(k).fill(0);
  for (let i = k - 1; i >= 0; i--) {
    let sum = qy[i]!;
    for (let c = i + 1; c < k; c++) sum -= r(i, c) * b[c]!;
    b[i] = sum / r(i, i);
  }
  const inverse = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let c = 0; c < k; c++) {
    inverse[c]![c] = 1 / r(c, c);
    for (let i = c - 1; i >= 0; i--) {
      let sum = 0;
      for (let m = i + 1; m <= c; m++) sum += r(i, m) * inverse[m]![c]!;
      inverse[i]![c] = -sum / r(i, i);
    }
  }
  const coefficients = variables.map(() => 0);
  const inverseDiagonal = variables.map(() => 0);
  keptIndices.forEach((j, i) => {
    coefficients[j] = b[i]!;
    inverseDiagonal[j] = inverse[i]!.reduce((sum, value) => sum + value * value, 0);
  });
  // m̄ᵀ(RᵀR)⁻¹m̄ = ‖R⁻ᵀm̄‖².
  const z = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i++) {
    let sum = means[keptIndices[i]!]!;
    for (let m = 0; m < i; m++) sum -= r(m, i) * z[m]!;
    z[i] = sum / r(i, i);
  }
  const intercept = constant ? meanY - coefficients.reduce((sum, c, j) => sum + c * means[j]!, 0) : 0;
  const fit = { coefficients, intercept, dropped: variables.map((_, j) => !keptIndices.includes(j)), kept: k, n, constant, inverseDiagonal };
  let ssResid = 0;
  for (let i = 0; i < n; i++) ssResid += (ys[i]! - predicted(fit, variables.map((column) => column[i]!))) ** 2;
  const ssTotal = ys.reduce((sum, y) => sum + (y - meanY) ** 2, 0);
  return { ...fit, ssResid, ssTotal, meanLeverage: z.reduce((sum, value) => sum + value * value, 0) };
}

/** The fitted value at one point (a value per x variable). */
export function predicted(fit: Pick<RegressionFit, 'coefficients' | 'intercept'>, point: readonly number[]): number {
  return point.reduce((sum, x, j) => sum + fit.coefficients[j]! * x, fit.intercept);
}
