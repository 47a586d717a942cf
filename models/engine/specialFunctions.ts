/**
 * The special functions Excel's statistical distributions are built on, to full double precision:
 * the log-gamma function, the regularized incomplete beta I_x(a, b), the regularized incomplete
 * gamma P(a, x) and Q(a, x), and the standard normal's inverse.
 * HyperFormula 3.5 computes them with its bundled jStat, whose incomplete beta stops its continued
 * fraction at a relative change of about 3e-7, so T.INV(0.95,10) was 1.8124611022 where Excel and
 * LibreOffice give 1.8124611228 (wrong from the 8th significant digit), and every T, F, BETA and
 * BINOM function with it.
 * The methods are the textbook ones: Lanczos' approximation of Γ (g = 607/128, Godfrey's
 * coefficients), the incomplete beta's continued fraction evaluated by Lentz's method (Numerical
 * Recipes §6.4, Cephes incbet), the incomplete gamma's series and continued fraction (Numerical
 * Recipes §6.2), and Wichura's algorithm AS 241 for the normal quantile (Applied Statistics 37,
 * 1988), each to a relative error near 1e-15.
 */

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

const LANCZOS_G = 607 / 128;
const LANCZOS = [
  0.99999999999999709182, 57.156235665862923517, -59.597960355475491248, 14.136097974741747174, -0.49191381609762019978,
  0.33994649984811888699e-4, 0.46523628927048575665e-4, -0.98374475304879564677e-4, 0.15808870322491248884e-3,
  -0.21026444172410488319e-3, 0.2174396181152126432e-3, -0.16431810653676389022e-3, 0.84418223983852743293e-4,
  -0.2619083840158140867e-4, 0.36899182659531622704e-5,
];
const HALF_LOG_TWO_PI = 0.91893853320467274178;

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(lanczosSum(z));
}

/** Lanczos' series at z = x − 1, the factor logGamma and gammaFunction share. */
function lanczosSum(z: number): number {
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  return sum;
}

/**
 * Γ(x) for any x but 0 and the negative whole numbers: a whole x up to 171 as the exact product
 * (GAMMA(5) is 24), else Lanczos' sum directly (exp of logGamma would lose digits as ln Γ grows),
 * with t^(z+½) taken in two halves so that Γ(171.5) does not overflow on the way; below ½ by the
 * reflection Γ(x) = π / (sin(πx) Γ(1−x)).
 */
export function gammaFunction(x: number): number {
  if (Number.isInteger(x) && x > 0 && x <= 171) {
    let product = 1;
    for (let i = 2; i < x; i++) product *= i;
    return product;
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gammaFunction(1 - x));
  const z = x - 1;
  const t = z + LANCZOS_G + 0.5;
  const half = Math.pow(t, (z + 0.5) / 2);
  return Math.sqrt(2 * Math.PI) * half * (half * Math.exp(-t)) * lanczosSum(z);
}

/** ln B(a, b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** The incomplete beta's continued fraction at x (Lentz's method), converging for x < (a+1)/(a+b+2). */
function betaFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/** x^a (1−x)^b / B(a, b), the factor in front of the continued fraction. */
function betaFactor(x: number, a: number, b: number): number {
  return Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
}

/** The regularized incomplete beta I_x(a, b) for 0 ≤ x ≤ 1, a, b > 0. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x < (a + 1) / (a + b + 2)) return (betaFactor(x, a, b) * betaFraction(x, a, b)) / a;
  return 1 - (betaFactor(x, a, b) * betaFraction(1 - x, b, a)) / b;
}

/** 1 − I_x(a, b) = I_{1−x}(b, a), without the cancellation of subtracting from 1; `y` is 1 − x given exactly. */
export function incompleteBetaComplement(x: number, a: number, b: number, y = 1 - x): number {
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  if (x < (a + 1) / (a + b + 2)) return 1 - (betaFactor(x, a, b) * betaFraction(x, a, b)) / a;
  return (Math.exp(a * Math.log(x) + b * Math.log(y) - logBeta(a, b)) * betaFraction(y, b, a)) / b;
}

/** The density of the beta distribution at x in (0, 1). */
export function betaDensity(x: number, a: number, b: number): number {
  if (x <= 0 || x >= 1) {
    const atZero = x <= 0;
    const power = atZero ? a : b;
    if (power < 1) return Infinity;
    return power === 1 ? Math.exp(-logBeta(a, b)) : 0;
  }
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta(a, b));
}

/** e^(−x) x^a / Γ(a), the incomplete gamma's factor. */
function gammaFactor(a: number, x: number): number {
  return Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** P(a, x) by its series (converges fast for x < a + 1). */
function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n <= MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * gammaFactor(a, x);
}

/** Q(a, x) by its continued fraction (Lentz's method, for x ≥ a + 1). */
function gammaFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return gammaFactor(a, x) * h;
}

/** The regularized lower incomplete gamma P(a, x) for a > 0, x ≥ 0. */
export function lowerGamma(a: number, x: number): number {
  if (x <= 0) return 0;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaFraction(a, x);
}

/** The regularized upper incomplete gamma Q(a, x) = 1 − P(a, x), computed directly. */
export function upperGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaFraction(a, x);
}

/** The gamma distribution's density with shape a and scale 1 at x ≥ 0. */
export function gammaDensity(x: number, a: number): number {
  if (x <= 0) return a < 1 ? Infinity : a === 1 ? 1 : 0;
  return Math.exp((a - 1) * Math.log(x) - x - logGamma(a));
}

function polynomial(coefficients: readonly number[], x: number): number {
  return coefficients.reduceRight((sum, c) => sum * x + c, 0);
}

const AS241_A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
const AS241_B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852545925];
const AS241_C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4];
const AS241_D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];
const AS241_E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
const AS241_F = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];

/** The standard normal quantile Φ⁻¹(p) for 0 < p < 1 (Wichura's AS 241, PPND16). */
export function normalQuantile(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(AS241_A, r)) / polynomial(AS241_B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const value = r <= 5 ? ((r -= 1.6), polynomial(AS241_C, r) / polynomial(AS241_D, r)) : ((r -= 5), polynomial(AS241_E, r) / polynomial(AS241_F, r));
  return q < 0 ? -value : value;
}
