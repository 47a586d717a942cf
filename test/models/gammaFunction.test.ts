/**
 * GAMMA, GAMMALN and GAMMALN.PRECISE to full precision (specialFunctions.ts' gammaFunction and
 * logGamma). HyperFormula 3.5's jStat lost digits from the 8th significant one: GAMMA(5.5) was
 * 52.34277793146036 where Excel and LibreOffice 7.4 give 52.3427777845535, GAMMA(0.5) 1.772453855880139
 * for √π. Expected values are closed forms (Γ(n + ½) = (2n)!/(4ⁿ n!)·√π, Γ(n) = (n − 1)!), checked
 * to 1e-12 relative, and the error values of Microsoft's GAMMA page.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, expectClose } from '../support/formulaTable';

const ROOT_PI = Math.sqrt(Math.PI);

function check(formula: string, expected: number | string): void {
  const actual = evaluate([], formula);
  expect(expectClose(actual, expected, 12), `${formula}: ${String(actual)}, expected ${String(expected)}`).toBe(true);
}

describe('GAMMA and GAMMALN to 1e-12', () => {
  it.each([
    ['=GAMMA(5.5)', (945 / 32) * ROOT_PI],
    ['=GAMMA(0.5)', ROOT_PI],
    ['=GAMMA(2.5)', 0.75 * ROOT_PI],
    ['=GAMMA(-0.5)', -2 * ROOT_PI],
    ['=GAMMA(-1.5)', (4 / 3) * ROOT_PI],
    ['=GAMMA(5)', 24],
    ['=GAMMA(20.5)', (Array.from({ length: 20 }, (_, i) => i + 0.5).reduce((p, f) => p * f, 1)) * ROOT_PI],
    ['=GAMMALN(10)', Math.log(362880)],
    ['=GAMMALN.PRECISE(4.5)', Math.log((105 / 16) * ROOT_PI)],
    ['=GAMMALN(0.5)', Math.log(ROOT_PI)],
  ] as const)('%s is %s', (formula, expected) => check(formula, expected));
});

describe("error values as Microsoft's GAMMA and GAMMALN pages state them", () => {
  it.each([
    ['=GAMMA(0)', '#NUM!'],
    ['=GAMMA(-2)', '#NUM!'],
    ['=GAMMA(172)', '#NUM!'],
    ['=GAMMALN(0)', '#NUM!'],
    ['=GAMMALN(-1.5)', '#NUM!'],
    ['=GAMMA("x")', '#VALUE!'],
  ] as const)('%s is %s', (formula, expected) => check(formula, expected));
});
