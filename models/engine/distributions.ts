/**
 * Student's t, F, chi-squared, gamma and beta distributions and their inverses, to full double
 * precision, on the special functions of specialFunctions.ts. Right tails are computed directly
 * (T.DIST.RT(30,10) is 1.9e-11, not 1 minus a number near 1), and inverses are refined on the
 * accurate distribution function by Newton's method, kept inside a bracket that bisection
 * narrows whenever a step would leave it, until the step is below 1e-15 of the value.
 */
import { betaDensity, gammaDensity, incompleteBeta, incompleteBetaComplement, logBeta, lowerGamma, upperGamma } from './specialFunctions.js';

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function tCdf(t: number, df: number): number {
  const tail = tRightTail(Math.abs(t), df);
  return t < 0 ? tail : 1 - tail;
}

/** P(T > t) for t ≥ 0: ½ I_{df/(df+t²)}(df/2, ½). */
export function tRightTail(t: number, df: number): number {
  if (t < 0) return 1 - tRightTail(-t, df);
  // Past 1e100, t² would overflow before df/(df+t²) underflows.
  const x = t > 1e100 ? df / t / t : df / (df + t * t);
  return 0.5 * incompleteBeta(x, df / 2, 0.5);
}

/** Student's t density. */
export function tDensity(t: number, df: number): number {
  return Math.exp(-logBeta(0.5, df / 2) - ((df + 1) / 2) * Math.log1p((t * t) / df)) / Math.sqrt(df);
}

/** P(F ≤ x) for the F distribution with d1, d2 degrees of freedom. */
export function fCdf(x: number, d1: number, d2: number): number {
  if (x <= 0) return 0;
  return incompleteBeta((d1 * x) / (d1 * x + d2), d1 / 2, d2 / 2);
}

/** P(F > x), computed as I_{d2/(d2+d1 x)}(d2/2, d1/2). */
export function fRightTail(x: number, d1: number, d2: number): number {
  if (x <= 0) return 1;
  return incompleteBeta(d2 / (d2 + d1 * x), d2 / 2, d1 / 2);
}

/** The F density. */
export function fDensity(x: number, d1: number, d2: number): number {
  if (x === 0) return d1 < 2 ? Infinity : d1 === 2 ? 1 : 0;
  const logDensity = (d1 / 2) * Math.log(d1 / d2) + (d1 / 2 - 1) * Math.log(x) - ((d1 + d2) / 2) * Math.log1p((d1 * x) / d2) - logBeta(d1 / 2, d2 / 2);
  return Math.exp(logDensity);
}

/** P(X ≤ x) for the gamma distribution with shape `alpha` and scale `beta`. */
export function gammaCdf(x: number, alpha: number, beta: number): number {
  return lowerGamma(alpha, x / beta);
}

export function gammaRightTail(x: number, alpha: number, beta: number): number {
  return upperGamma(alpha, x / beta);
}

export function gammaPdf(x: number, alpha: number, beta: number): number {
  return gammaDensity(x / beta, alpha) / beta;
}

/** A distribution function to invert: its value and its slope at x, and the interval it lives on. */
interface Inversion {
  readonly value: (x: number) => number;
  readonly slope: (x: number) => number;
  readonly lower: number;
  readonly upper: number;
  readonly start: number;
}

const MAX_STEPS = 2000;

/**
 * The x where `value` (monotone, increasing when `increasing`) equals `target`: a bracket grown
 * outward from `start` until it holds the answer, then Newton's method inside it with bisection
 * whenever a step leaves the bracket or makes no progress.
 */
export function invert({ value, slope, lower, upper, start }: Inversion, target: number, increasing = true): number {
  const below = (x: number) => (increasing ? value(x) < target : value(x) > target);
  let lo = lower;
  let hi = upper;
  if (!Number.isFinite(hi)) {
    hi = Math.max(start, 1);
    while (below(hi) && hi < 1e300) {
      lo = hi;
      hi *= 2;
    }
  }
  if (!Number.isFinite(lo)) {
    lo = Math.min(start, -1);
    while (!below(lo) && lo > -1e300) {
      hi = Math.min(hi, lo);
      lo *= 2;
    }
  }
  let x = Math.min(Math.max(start, lo), hi);
  if (x === lo || x === hi) x = (lo + hi) / 2;
  for (let i = 0; i < MAX_STEPS; i++) {
    const difference = value(x) - target;
    if (difference === 0) return x;
    if ((difference < 0) === increasing) lo = x;
    else hi = x;
    const step = difference / slope(x);
    let next = x - step;
    if (!Number.isFinite(next) || next <= lo || next >= hi) next = (lo + hi) / 2;
    if (Math.abs(next - x) <= 1e-15 * Math.abs(x) || next === x || hi - lo <= 1e-300) return next;
    x = next;
  }
  return x;
}

/** t such that P(T ≤ t) = p, 0 < p < 1. */
export function tQuantile(p: number, df: number): number {
  if (p === 0.5) return 0;
  if (p < 0.5) return -tUpperQuantile(p, df);
  return tUpperQuantile(1 - p, df);
}

/** t ≥ 0 such that P(T > t) = q, 0 < q ≤ ½ (the tail is inverted directly, for precision). */
export function tUpperQuantile(q: number, df: number): number {
  if (q >= 0.5) return 0;
  return invert({ value: (t) => tRightTail(t, df), slope: (t) => -tDensity(t, df), lower: 0, upper: Infinity, start: 1 }, q, false);
}

/** x such that P(F ≤ x) = p. */
export function fQuantile(p: number, d1: number, d2: number): number {
  if (p === 0) return 0;
  if (p > 0.5) return fUpperQuantile(1 - p, d1, d2);
  return invert({ value: (x) => fCdf(x, d1, d2), slope: (x) => fDensity(x, d1, d2), lower: 0, upper: Infinity, start: 1 }, p);
}

/** x such that P(F > x) = q. */
export function fUpperQuantile(q: number, d1: number, d2: number): number {
  if (q === 1) return 0;
  return invert({ value: (x) => fRightTail(x, d1, d2), slope: (x) => -fDensity(x, d1, d2), lower: 0, upper: Infinity, start: 1 }, q, false);
}

/** x such that P(X ≤ x) = p for the gamma distribution (shape alpha, scale beta). */
export function gammaQuantile(p: number, alpha: number, beta: number): number {
  if (p === 0) return 0;
  if (p > 0.5) return gammaUpperQuantile(1 - p, alpha, beta);
  return beta * invert({ value: (x) => lowerGamma(alpha, x), slope: (x) => gammaDensity(x, alpha), lower: 0, upper: Infinity, start: alpha }, p);
}

/** x such that P(X > x) = q. */
export function gammaUpperQuantile(q: number, alpha: number, beta: number): number {
  if (q === 1) return 0;
  return beta * invert({ value: (x) => upperGamma(alpha, x), slope: (x) => -gammaDensity(x, alpha), lower: 0, upper: Infinity, start: alpha }, q, false);
}

/** x in [0, 1] such that I_x(a, b) = p. */
export function betaQuantile(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  if (p > 0.5) {
    return invert({ value: (x) => incompleteBetaComplement(x, a, b), slope: (x) => -betaDensity(x, a, b), lower: 0, upper: 1, start: a / (a + b) }, 1 - p, false);
  }
  return invert({ value: (x) => incompleteBeta(x, a, b), slope: (x) => betaDensity(x, a, b), lower: 0, upper: 1, start: a / (a + b) }, p);
}
