/**
 * Excel's GAMMA and GAMMALN, and its T, F, chi-squared, gamma, beta, binomial, negative binomial,
 * Poisson and normal distribution functions to full precision (distributions.ts), in place of
 * HyperFormula 3.5's, whose jStat lost digits from the 8th significant one (T.INV(0.95,10)
 * 1.8124611022 where Excel gives 1.8124611228, GAMMA(5.5) 52.342777931 where it gives
 * 52.342777785). The arguments are HyperFormula's declarations (builtInMetadata), which
 * already give #NUM! outside each function's domain as Microsoft's pages state (degrees of freedom
 * below 1, a probability outside (0, 1), …), with these corrections from Microsoft's pages:
 * BETA.DIST takes x = A and x = B (only x < A, x > B or A = B are #NUM!); BINOM.DIST truncates
 * number_s before comparing it with trials; BINOM.INV takes alpha 0 and 1; CHISQ.DIST and
 * CHISQ.DIST.RT are #NUM! for a negative x. The legacy names keep their own arguments: BETADIST
 * (x, alpha, beta, [A], [B]) is always cumulative, NEGBINOMDIST(number_f, number_s, probability_s)
 * the mass, as Microsoft's pages for them state. Danish names are HyperFormula's daDK pack's.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import * as d from './distributions.js';
import type { FunctionResult, InterpreterState, ProcedureCall } from './functionPlugins.js';
import { builtInMetadata, replaceBuiltInFunctions } from './replaceFunctions.js';
import { betaDensity, gammaFunction, incompleteBeta, incompleteBetaComplement, logGamma, lowerGamma, normalQuantile, upperGamma } from './specialFunctions.js';

const NUM = (message: string) => new CellError(ErrorType.NUM, message);
const NUMBER = { argumentType: FunctionArgumentType.NUMBER };

/** A result that is no finite number (an infinite density, an inverse at probability 1) is #NUM!, as in Excel. */
function finite(value: number): number | CellError {
  return Number.isFinite(value) ? value : NUM('The result is not a finite number.');
}

/** ln C(n, k). */
function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/** The binomial mass C(n,k) p^k (1−p)^(n−k). */
export function binomialMass(k: number, n: number, p: number): number {
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/** P(X ≤ k) for the binomial distribution: I_{1−p}(n−k, k+1). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  return incompleteBetaComplement(p, k + 1, n - k, 1 - p);
}

function negativeBinomialMass(f: number, s: number, p: number): number {
  if (p === 0) return 0;
  if (p === 1) return f === 0 ? 1 : 0;
  return Math.exp(logChoose(f + s - 1, f) + s * Math.log(p) + f * Math.log1p(-p));
}

class DistributionFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
  static override aliases: Record<string, string> = {
    TINV: 'T.INV.2T',
    FDIST: 'F.DIST.RT',
    FINV: 'F.INV.RT',
    BETAINV: 'BETA.INV',
    BINOMDIST: 'BINOM.DIST',
    CRITBINOM: 'BINOM.INV',
    CHIDIST: 'CHISQ.DIST.RT',
    CHIINV: 'CHISQ.INV.RT',
    GAMMADIST: 'GAMMA.DIST',
    GAMMAINV: 'GAMMA.INV',
    POISSON: 'POISSON.DIST',
    NORMINV: 'NORM.INV',
    NORMSINV: 'NORM.S.INV',
    LOGINV: 'LOGNORM.INV',
    'GAMMALN.PRECISE': 'GAMMALN',
  };

  private run(ast: ProcedureCall, state: InterpreterState, name: string, compute: (...args: never[]) => number | CellError): FunctionResult {
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      const result = compute(...(args as never[]));
      return typeof result === 'number' ? finite(result) : result;
    });
  }

  tDist(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'T.DIST', (x: number, df: number, cumulative: boolean) => (cumulative ? d.tCdf(x, Math.trunc(df)) : d.tDensity(x, Math.trunc(df))));
  }
  tDist2T(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'T.DIST.2T', (x: number, df: number) => Math.min(1, 2 * d.tRightTail(x, Math.trunc(df))));
  }
  tDistRT(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'T.DIST.RT', (x: number, df: number) => d.tRightTail(x, Math.trunc(df)));
  }
  tDistLegacy(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'TDIST', (x: number, df: number, tails: number) => Math.min(1, tails * d.tRightTail(x, Math.trunc(df))));
  }
  tInv(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'T.INV', (p: number, df: number) => d.tQuantile(p, Math.trunc(df)));
  }
  tInv2T(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'T.INV.2T', (p: number, df: number) => d.tUpperQuantile(p / 2, Math.trunc(df)));
  }
  confidenceT(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'CONFIDENCE.T', (alpha: number, sd: number, size: number) => {
      const n = Math.trunc(size);
      if (n === 1) return new CellError(ErrorType.DIV_BY_ZERO, 'CONFIDENCE.T needs a size above 1.');
      return (d.tUpperQuantile(alpha / 2, n - 1) * sd) / Math.sqrt(n);
    });
  }

  fDist(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'F.DIST', (x: number, d1: number, d2: number, cumulative: boolean) =>
      cumulative ? d.fCdf(x, Math.trunc(d1), Math.trunc(d2)) : d.fDensity(x, Math.trunc(d1), Math.trunc(d2)),
    );
  }
  fDistRT(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'F.DIST.RT', (x: number, d1: number, d2: number) => d.fRightTail(x, Math.trunc(d1), Math.trunc(d2)));
  }
  fInv(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'F.INV', (p: number, d1: number, d2: number) => (p === 1 ? Infinity : d.fQuantile(p, Math.trunc(d1), Math.trunc(d2))));
  }
  fInvRT(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'F.INV.RT', (p: number, d1: number, d2: number) => (p === 0 ? Infinity : d.fUpperQuantile(p, Math.trunc(d1), Math.trunc(d2))));
  }

  chisqDist(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'CHISQ.DIST', (x: number, df: number, cumulative: boolean) =>
      cumulative ? d.gammaCdf(x, Math.trunc(df) / 2, 2) : d.gammaPdf(x, Math.trunc(df) / 2, 2),
    );
  }
  chisqDistRT(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'CHISQ.DIST.RT', (x: number, df: number) => d.gammaRightTail(x, Math.trunc(df) / 2, 2));
  }
  chisqInv(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'CHISQ.INV', (p: number, df: number) => (p === 1 ? Infinity : d.gammaQuantile(p, Math.trunc(df) / 2, 2)));
  }
  chisqInvRT(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'CHISQ.INV.RT', (p: number, df: number) => (p === 0 ? Infinity : d.gammaUpperQuantile(p, Math.trunc(df) / 2, 2)));
  }
  gammaDist(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'GAMMA.DIST', (x: number, alpha: number, beta: number, cumulative: boolean) =>
      cumulative ? d.gammaCdf(x, alpha, beta) : d.gammaPdf(x, alpha, beta),
    );
  }
  gammaInv(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'GAMMA.INV', (p: number, alpha: number, beta: number) => d.gammaQuantile(p, alpha, beta));
  }

  betaDist(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'BETA.DIST', (x: number, alpha: number, beta: number, cumulative: boolean, a: number, b: number) => {
      if (x < a || x > b || a >= b) return NUM('BETA.DIST needs A ≤ x ≤ B and A < B.');
      const u = (x - a) / (b - a);
      return cumulative ? incompleteBeta(u, alpha, beta) : betaDensity(u, alpha, beta) / (b - a);
    });
  }
  betaDistLegacy(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'BETADIST', (x: number, alpha: number, beta: number, a: number, b: number) => {
      if (x < a || x > b || a >= b) return NUM('BETADIST needs A ≤ x ≤ B and A < B.');
      return incompleteBeta((x - a) / (b - a), alpha, beta);
    });
  }
  betaInv(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'BETA.INV', (p: number, alpha: number, beta: number, a: number, b: number) => {
      if (a >= b) return NUM('BETA.INV needs A < B.');
      return a + (b - a) * d.betaQuantile(p, alpha, beta);
    });
  }

  binomDist(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'BINOM.DIST', (successes: number, trials: number, p: number, cumulative: boolean) => {
      const [k, n] = [Math.trunc(successes), Math.trunc(trials)];
      if (k > n) return NUM('BINOM.DIST needs number_s ≤ trials.');
      return cumulative ? binomialCdf(k, n, p) : binomialMass(k, n, p);
    });
  }
  binomInv(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'BINOM.INV', (trials: number, p: number, alpha: number) => {
      const n = Math.trunc(trials);
      let [lo, hi] = [-1, n];
      while (hi > lo + 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (binomialCdf(mid, n, p) >= alpha) hi = mid;
        else lo = mid;
      }
      return hi;
    });
  }
  negbinomDist(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'NEGBINOM.DIST', (failures: number, successes: number, p: number, cumulative: boolean) => {
      const [f, s] = [Math.trunc(failures), Math.trunc(successes)];
      if (!cumulative) return negativeBinomialMass(f, s, p);
      return p === 0 ? 0 : p === 1 ? 1 : incompleteBeta(p, s, f + 1);
    });
  }
  negbinomDistLegacy(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'NEGBINOMDIST', (failures: number, successes: number, p: number) => negativeBinomialMass(Math.trunc(failures), Math.trunc(successes), p));
  }
  poissonDist(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'POISSON.DIST', (x: number, mean: number, cumulative: boolean) => {
      const k = Math.trunc(x);
      if (cumulative) return mean === 0 ? 1 : upperGamma(k + 1, mean);
      return mean === 0 ? (k === 0 ? 1 : 0) : Math.exp(k * Math.log(mean) - mean - logGamma(k + 1));
    });
  }

  gamma(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'GAMMA', (x: number) => (x <= 0 && Number.isInteger(x) ? NUM('GAMMA is not defined at 0 and the negative whole numbers.') : gammaFunction(x)));
  }
  gammaLn(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'GAMMALN', logGamma);
  }

  normInv(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'NORM.INV', (p: number, mean: number, sd: number) => mean + sd * normalQuantile(p));
  }
  normSInv(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'NORM.S.INV', (p: number) => normalQuantile(p));
  }
  lognormInv(ast: ProcedureCall, state: InterpreterState): FunctionResult {
    return this.run(ast, state, 'LOGNORM.INV', (p: number, mean: number, sd: number) => Math.exp(mean + sd * normalQuantile(p)));
  }
}

/** Methods for HyperFormula's own functions, taking its declared arguments. */
const BUILT_IN_METHODS: Record<string, string> = {
  'T.DIST': 'tDist', 'T.DIST.2T': 'tDist2T', 'T.DIST.RT': 'tDistRT', TDIST: 'tDistLegacy', 'T.INV': 'tInv', 'T.INV.2T': 'tInv2T',
  'CONFIDENCE.T': 'confidenceT', 'F.DIST': 'fDist', 'F.DIST.RT': 'fDistRT', 'F.INV': 'fInv', 'F.INV.RT': 'fInvRT',
  'CHISQ.DIST': 'chisqDist', 'CHISQ.DIST.RT': 'chisqDistRT', 'CHISQ.INV': 'chisqInv', 'CHISQ.INV.RT': 'chisqInvRT',
  'GAMMA.DIST': 'gammaDist', 'GAMMA.INV': 'gammaInv', 'BETA.DIST': 'betaDist', 'BETA.INV': 'betaInv',
  'BINOM.DIST': 'binomDist', 'BINOM.INV': 'binomInv', 'NEGBINOM.DIST': 'negbinomDist', 'POISSON.DIST': 'poissonDist',
  GAMMA: 'gamma', GAMMALN: 'gammaLn', 'NORM.INV': 'normInv', 'NORM.S.INV': 'normSInv', 'LOGNORM.INV': 'lognormInv',
};

/** The built-in's declaration with the given parameters changed (by position). */
function declared(name: string, changes: Record<number, object> = {}): NonNullable<ImplementedFunctions[string]> {
  const metadata = builtInMetadata(name);
  const parameters = metadata.parameters?.map((parameter, i) => ({ ...parameter, ...changes[i] }));
  return { ...metadata, parameters, method: BUILT_IN_METHODS[name]! };
}

/** Replaces HyperFormula's distribution functions and their legacy names (call before building engines). */
export function registerDistributionFunctions(): void {
  const functions: ImplementedFunctions = Object.fromEntries(Object.keys(BUILT_IN_METHODS).map((name) => [name, declared(name)]));
  functions['BETA.DIST'] = declared('BETA.DIST', { 0: NUMBER });
  functions['BINOM.INV'] = declared('BINOM.INV', { 2: { argumentType: FunctionArgumentType.NUMBER, minValue: 0, maxValue: 1, greaterThan: undefined, lessThan: undefined } });
  functions['CHISQ.DIST'] = declared('CHISQ.DIST', { 0: { argumentType: FunctionArgumentType.NUMBER, minValue: 0 } });
  functions['CHISQ.DIST.RT'] = declared('CHISQ.DIST.RT', { 0: { argumentType: FunctionArgumentType.NUMBER, minValue: 0 } });
  const beta = builtInMetadata('BETA.DIST').parameters ?? [];
  functions['BETADIST'] = { method: 'betaDistLegacy', parameters: [beta[0]!, beta[1]!, beta[2]!, beta[4]!, beta[5]!] };
  const negbin = builtInMetadata('NEGBINOM.DIST').parameters ?? [];
  functions['NEGBINOMDIST'] = { method: 'negbinomDistLegacy', parameters: negbin.slice(0, 3) };
  DistributionFunctionsPlugin.implementedFunctions = functions;
  const aliases = Object.keys(DistributionFunctionsPlugin.aliases);
  replaceBuiltInFunctions(DistributionFunctionsPlugin, [...Object.keys(functions), ...aliases]);
}
