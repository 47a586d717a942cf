/**
 * Excel's statistical distributions to full precision (models/engine/specialFunctions.ts,
 * distributions.ts, distributionFunctions.ts, hypothesisTests.ts). HyperFormula 3.5's jStat lost
 * digits from the 8th significant one: T.INV(0.95,10) was 1.8124611022416797, T.INV.2T(0.05,10)
 * 2.228138842468655, F.DIST(2,3,4,TRUE) 0.7436127978787577, T.TEST's p 0.9188423658096982.
 * Expected values: LibreOffice 7.4 on this machine (an .xlsx of the formulas recalculated
 * headless; it agrees with Excel on these to its 15 digits), checked to 1e-12 relative, and
 * Microsoft's examples. Where they part, Microsoft's pages win: TDIST with x < 0 is #NUM!
 * (LibreOffice #VALUE!); T.INV(0.999999,2) is checked against its closed form
 * t = (1−2q)·√(2/(4q(1−q))), q = 1−p, since LibreOffice's 707.105720520695 is off from the 12th digit.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, expectClose } from '../support/formulaTable';

const MS = 'https://support.microsoft.com/en-us/office';

/** The sample the two-sample tests read (the planner formulas' column E), here in A1:A12. */
const SAMPLE = [10, 20, 20, 30, 5, 5, 40, 20, 15, 1, 7, 12].map((value) => [value]);

function check(formula: string, expected: number | string, data: number[][] = []): void {
  const actual = evaluate(data, formula);
  expect(expectClose(actual, expected, 12), `${formula}: ${String(actual)}, expected ${String(expected)}`).toBe(true);
}

describe('distributions as LibreOffice 7.4 computes them, to 1e-12', () => {
  it.each([
    ['=T.INV(0.95,10)', 1.81246112281168],
    ['=T.INV(0.05,3)', -2.35336343480182],
    ['=T.INV.2T(0.05,10)', 2.22813885198628],
    ['=TINV(0.05,10)', 2.22813885198628],
    ['=T.INV.2T(1,10)', 0],
    ['=T.INV.2T(0.000001,1)', 636619.772367057],
    ['=CONFIDENCE.T(0.05,2,100)', 0.396843390317283],
    ['=T.DIST(1.5,7,TRUE)', 0.911350756505015],
    ['=T.DIST(-2.5,4,TRUE)', 0.0333832724059941],
    ['=T.DIST(0.8,5,FALSE)', 0.264488356807957],
    ['=T.DIST.2T(1.96,60)', 0.0546449297365292],
    ['=T.DIST.RT(30,10)', 1.98089617101566e-11],
    ['=T.DIST.RT(-1,10)', 0.82955343384897],
    ['=TDIST(2.5,9,1)', 0.0169309138414929],
    ['=TDIST(2.5,9,2)', 0.0338618276829858],
    ['=F.DIST(2,3,4,TRUE)', 0.743612802471824],
    ['=F.DIST(2,3,4,FALSE)', 0.139427400463467],
    ['=F.DIST(15.2069,6,4,TRUE)', 0.990000043002763],
    ['=F.DIST.RT(15.2069,6,4)', 0.00999995699723731],
    ['=FDIST(15.2069,6,4)', 0.00999995699723731],
    ['=F.DIST.RT(200,3,40)', 4.12338247816515e-24],
    ['=F.INV(0.95,3,4)', 6.59138211642558],
    ['=F.INV(0.01,6,4)', 0.109309914124579],
    ['=F.INV.RT(0.01,6,4)', 15.2068648611575],
    ['=FINV(0.01,6,4)', 15.2068648611575],
    ['=BETA.DIST(2,8,10,TRUE,1,3)', 0.685470581054688],
    ['=BETA.DIST(2,8,10,FALSE,1,3)', 1.4837646484375],
    ['=BETA.DIST(1,8,10,TRUE,1,3)', 0],
    ['=BETA.DIST(0.3,0.5,2.5,TRUE)', 0.796889336279945],
    ['=BETADIST(2,8,10,1,3)', 0.685470581054688],
    ['=BETA.INV(0.685470581,8,10,1,3)', 1.99999999996314],
    ['=BETA.INV(0.01,0.5,0.7)', 0.000156970358481136],
    ['=BETAINV(0.999,2,3)', 0.935961860897166],
    ['=BINOM.DIST(6,10,0.5,TRUE)', 0.828125],
    ['=BINOM.DIST(6,10,0.5,FALSE)', 0.205078125],
    ['=BINOM.DIST(45,100,0.37,TRUE)', 0.959542783726888],
    ['=BINOM.DIST(5.7,10,0.3,TRUE)', 0.9526510126],
    ['=BINOMDIST(3,8,0.2,TRUE)', 0.943718400000001],
    ['=BINOM.INV(6,0.5,0.75)', 4],
    ['=BINOM.INV(100,0.37,0.5)', 37],
    ['=BINOM.INV(100,0.37,0.999999)', 60],
    ['=CRITBINOM(50,0.2,0.3)', 8],
    ['=NEGBINOM.DIST(10,5,0.25,TRUE)', 0.313514058478177],
    ['=NEGBINOM.DIST(10,5,0.25,FALSE)', 0.0550486603751779],
    ['=NEGBINOMDIST(10,5,0.25)', 0.0550486603751779],
    ['=CHISQ.DIST(0.5,1,TRUE)', 0.520499877813047],
    ['=CHISQ.DIST(2,3,FALSE)', 0.207553748710297],
    ['=CHISQ.DIST(50,30,TRUE)', 0.987597939281099],
    ['=CHISQ.DIST.RT(18.307,10)', 0.0500005890913981],
    ['=CHIDIST(80,30)', 0.00000197562324349106],
    ['=CHISQ.INV(0.93,1)', 3.28302028675954],
    ['=CHISQ.INV(0.6,2)', 1.83258146374831],
    ['=CHISQ.INV.RT(0.050001,10)', 18.3069734569611],
    ['=CHIINV(0.001,40)', 73.4019575189911],
    ['=GAMMA.DIST(10.00001131,9,2,TRUE)', 0.0680940038697872],
    ['=GAMMA.DIST(10.00001131,9,2,FALSE)', 0.032639130418294],
    ['=GAMMA.DIST(0.5,0.3,1.5,TRUE)', 0.745128368335845],
    ['=GAMMADIST(100,30,3,TRUE)', 0.741430074277411],
    ['=GAMMA.INV(0.068094,9,2)', 10.0000111914372],
    ['=GAMMA.INV(0.99,0.5,1)', 3.31744830051061],
    ['=GAMMAINV(0.001,40,2)', 46.5198759291676],
    ['=POISSON.DIST(2,5,TRUE)', 0.124652019483081],
    ['=POISSON.DIST(2,5,FALSE)', 0.0842243374885683],
    ['=POISSON.DIST(150,120,TRUE)', 0.996448034894765],
    ['=POISSON(3.7,2.2,TRUE)', 0.819352421703338],
    ['=NORM.INV(0.908789,40,1.5)', 42.0000020095662],
    ['=NORM.INV(0.000001,0,1)', -4.7534243088229],
    ['=NORM.INV(0.9999999,3,2)', 13.3986751645813],
    ['=NORMINV(0.3,1,2)', -0.0488010254160813],
    ['=NORM.S.INV(0.908789)', 1.33333467304411],
    ['=NORMSINV(0.02)', -2.05374891063182],
    ['=LOGNORM.INV(0.039084,3.5,1.2)', 4.00002521868064],
    ['=LOGINV(0.9,1,0.5)', 5.15917035562259],
  ] as const)('%s is %s', (formula, expected) => check(formula, expected));
});

describe('hypothesis tests on a sample, as LibreOffice 7.4 computes them, to 1e-12', () => {
  it.each([
    ['=T.TEST(A1:A6,A7:A12,2,1)', 0.918842368208213],
    ['=T.TEST(A1:A6,A7:A12,1,2)', 0.452910215791191],
    ['=T.TEST(A1:A6,A7:A12,2,3)', 0.90602351656116],
    ['=TTEST(A1:A6,A7:A12,2,2)', 0.905820431582382],
    ['=F.TEST(A1:A6,A7:A12)', 0.523359958209872],
    ['=FTEST(A1:A12,A2:A7)', 0.548155270540442],
    ['=CHISQ.TEST(A1:A3,A4:A6)', 3.64293790257042e-23],
  ] as const)('%s is %s', (formula, expected) => check(formula, expected, SAMPLE));
});

describe("Microsoft's example and closed forms for 2 degrees of freedom", () => {
  it.each([
    ['=T.INV(0.75,2)', Math.sqrt(2 / 3), `${MS}/t-inv-function-2908272b-4e61-4942-9df9-a25fec9b0e2e (0.8164966); closed form (2p−1)/√(2p(1−p))`],
    ['=T.INV(0.999999,2)', 707.105720515767, 'closed form for 2 degrees of freedom'],
  ] as const)('%s is %s (%s)', (formula, expected, _source) => check(formula, expected));
});

describe("error values as Microsoft's pages state them", () => {
  it.each([
    ['=T.INV(0,10)', '#NUM!'],
    ['=T.INV.2T(1.5,10)', '#NUM!'],
    ['=T.DIST(1,0.5,TRUE)', '#NUM!'],
    ['=T.DIST.2T(-1,10)', '#NUM!'],
    ['=TDIST(-1,9,2)', '#NUM!'],
    ['=TDIST(1,9,3)', '#NUM!'],
    ['=CONFIDENCE.T(0.05,1,1)', '#DIV/0!'],
    ['=CONFIDENCE.T(1,1,10)', '#NUM!'],
    ['=F.DIST(-1,3,4,TRUE)', '#NUM!'],
    ['=F.INV(1.5,3,4)', '#NUM!'],
    ['=BETA.DIST(0.5,8,10,TRUE,1,3)', '#NUM!'],
    ['=BETA.DIST(2,8,10,TRUE,3,3)', '#NUM!'],
    ['=BETA.INV(0,8,10)', '#NUM!'],
    ['=BINOM.DIST(11,10,0.5,TRUE)', '#NUM!'],
    ['=BINOM.DIST(6,10,1.5,TRUE)', '#NUM!'],
    ['=BINOM.INV(10,0.5,1.5)', '#NUM!'],
    ['=NEGBINOM.DIST(10,0,0.25,TRUE)', '#NUM!'],
    ['=CHISQ.DIST(-1,3,TRUE)', '#NUM!'],
    ['=CHISQ.INV(1.5,3)', '#NUM!'],
    ['=GAMMA.DIST(-1,9,2,TRUE)', '#NUM!'],
    ['=POISSON.DIST(-1,5,TRUE)', '#NUM!'],
    ['=NORM.INV(1,0,1)', '#NUM!'],
  ] as const)('%s is %s', (formula, expected) => check(formula, expected));
});
