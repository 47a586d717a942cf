/**
 * Excel's statistics over a list of numbers, each returning the number or the Excel error Excel
 * gives for too few values (Microsoft's page for each function). Shared by AGGREGATE, MODE,
 * TRIMMEAN and KURT (statisticsFunctions.ts).
 */
import { ErrorType } from 'hyperformula';

export type Statistic = number | ErrorType;

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export function average(values: readonly number[]): Statistic {
  return values.length === 0 ? ErrorType.DIV_BY_ZERO : sum(values) / values.length;
}

/** Sum of squared deviations from the mean, in two passes (as Excel, losing less to rounding). */
function squaredDeviations(values: readonly number[]): number {
  const mean = sum(values) / values.length;
  return values.reduce((total, value) => total + (value - mean) ** 2, 0);
}

/** VAR.S (`sample`) or VAR.P. */
export function variance(values: readonly number[], sample: boolean): Statistic {
  const divisor = sample ? values.length - 1 : values.length;
  return divisor <= 0 ? ErrorType.DIV_BY_ZERO : squaredDeviations(values) / divisor;
}

export function standardDeviation(values: readonly number[], sample: boolean): Statistic {
  const v = variance(values, sample);
  return typeof v === 'number' ? Math.sqrt(v) : v;
}

/**
 * KURT: the sample excess kurtosis, n(n+1)/((n-1)(n-2)(n-3))·Σ((x-mean)/s)⁴ − 3(n-1)²/((n-2)(n-3));
 * #DIV/0! for fewer than four values or no spread
 * (https://support.microsoft.com/office/kurt-function-bc3a265c-5da4-4dcb-b7fd-c237789095ab).
 */
export function kurtosis(values: readonly number[]): Statistic {
  const n = values.length;
  const s = standardDeviation(values, true);
  if (n < 4 || typeof s !== 'number' || s === 0) return ErrorType.DIV_BY_ZERO;
  const mean = sum(values) / n;
  const fourth = values.reduce((total, value) => total + ((value - mean) / s) ** 4, 0);
  return ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * fourth - (3 * (n - 1) ** 2) / ((n - 2) * (n - 3));
}

function ascending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

export function median(values: readonly number[]): Statistic {
  if (values.length === 0) return ErrorType.NUM;
  const sorted = ascending(values);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** MODE.SNGL: the most frequent value, the first in the data among equally frequent; none repeated: #N/A. */
export function mode(values: readonly number[]): Statistic {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 1;
  for (const value of values) {
    const count = counts.get(value)!;
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best ?? ErrorType.NA;
}

/** MODE.MULT: every value occurring most often, at least twice, in the order each first occurs. */
export function modes(values: readonly number[]): number[] {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return most < 2 ? [] : [...counts].filter(([, count]) => count === most).map(([value]) => value);
}

/** LARGE (`fromTop`) or SMALL: the k-th value; k outside 1..n: #NUM!. */
export function kth(values: readonly number[], k: number, fromTop: boolean): Statistic {
  const index = Math.ceil(k) - 1;
  if (index < 0 || index >= values.length) return ErrorType.NUM;
  const sorted = ascending(values);
  return fromTop ? sorted[sorted.length - 1 - index]! : sorted[index]!;
}

/** Linear interpolation at the 0-based fractional `rank` of sorted values. */
function interpolate(sorted: readonly number[], rank: number): number {
  const lower = Math.floor(rank);
  const fraction = rank - lower;
  const below = sorted[lower]!;
  return fraction === 0 ? below : below + fraction * (sorted[lower + 1]! - below);
}

/** PERCENTILE.INC: k in 0..1, position k·(n−1). */
export function percentileInclusive(values: readonly number[], k: number): Statistic {
  if (values.length === 0 || k < 0 || k > 1) return ErrorType.NUM;
  return interpolate(ascending(values), k * (values.length - 1));
}

/** PERCENTILE.EXC: k strictly between 0 and 1, position k·(n+1) between 1 and n. */
export function percentileExclusive(values: readonly number[], k: number): Statistic {
  const rank = k * (values.length + 1);
  if (values.length === 0 || k <= 0 || k >= 1 || rank < 1 || rank > values.length) return ErrorType.NUM;
  return interpolate(ascending(values), rank - 1);
}

/** QUARTILE.INC: quart truncated to 0..4. */
export function quartileInclusive(values: readonly number[], quart: number): Statistic {
  const q = Math.trunc(quart);
  return q < 0 || q > 4 ? ErrorType.NUM : percentileInclusive(values, q / 4);
}

/** QUARTILE.EXC: quart truncated to 1..3. */
export function quartileExclusive(values: readonly number[], quart: number): Statistic {
  const q = Math.trunc(quart);
  return q < 1 || q > 3 ? ErrorType.NUM : percentileExclusive(values, q / 4);
}

/**
 * TRIMMEAN: the mean without floor(n·percent/2) values at each end (Microsoft: the excluded count
 * is rounded down to a multiple of 2, symmetrically). percent outside [0, 1): #NUM!.
 */
export function trimmedMean(values: readonly number[], percent: number): Statistic {
  if (values.length === 0 || percent < 0 || percent >= 1) return ErrorType.NUM;
  // 15 significant digits first, so 30 × 0.1 = 3.0000000000000004 trims as 3 would.
  const eachEnd = Math.floor(Number(((values.length * percent) / 2).toPrecision(15)));
  const kept = ascending(values).slice(eachEnd, values.length - eachEnd);
  return sum(kept) / kept.length;
}

export function product(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((total, value) => total * value, 1);
}

export function maximum(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((best, value) => (value > best ? value : best));
}

export function minimum(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((best, value) => (value < best ? value : best));
}

export { sum };
