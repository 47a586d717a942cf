/**
 * CONVERT (KONVERTER) and PROB (SANDSYNLIGHED), which HyperFormula 3.5 lacks (#NAME? before):
 * models/engine/convertFunction.ts, convertUnits.ts. Expected values: Microsoft's examples on
 * each function's page, and the units' definitions for the rest (an international inch is
 * 0.0254 m, a US gallon 231 in³, a pound 0.45359237 kg, …). LibreOffice 7.4 is no reference
 * here: several of its unit sizes have 7 digits (lbm 0.453592309748811 kg, where Microsoft's
 * example shows 0.4535924 and the pound is defined as 0.45359237 kg), and it gives #VALUE! where
 * Microsoft's page states #N/A for unknown units or units of different groups.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, expectClose } from '../support/formulaTable';
import { toDisplayFormula } from '../../models/formula/formulaLocale';

const CONVERT = 'https://support.microsoft.com/en-us/office/convert-function-d785bef1-808e-4aac-bdcd-666c810f9af2';
const PROB = 'https://support.microsoft.com/en-us/office/prob-function-9ac30561-c81c-4259-8253-34f0a238fc49';

function check(formula: string, expected: number | string, data: Array<Array<number>> = []): void {
  const actual = evaluate(data, formula);
  expect(expectClose(actual, expected, 12), `${formula}: ${String(actual)}, expected ${String(expected)}`).toBe(true);
}

describe("CONVERT: Microsoft's examples", () => {
  it.each([
    ['=CONVERT(1,"lbm","kg")', 0.45359237, '0.4535924'],
    ['=CONVERT(68,"F","C")', 20, '20'],
    ['=CONVERT(2.5,"ft","sec")', '#N/A', 'units of different groups'],
    ['=CONVERT(CONVERT(100,"ft","m"),"ft","m")', 9.290304, '9.290304'],
  ] as const)(`%s is %s (${CONVERT}: %s)`, (formula, expected, _source) => check(formula, expected));
});

describe("CONVERT: each group of Microsoft's table, from the units' definitions", () => {
  it.each([
    ['=CONVERT(6,"tsp","tbs")', 2],
    ['=CONVERT(6,"gal","l")', 22.712470704],
    ['=CONVERT(6,"mi","km")', 9.656064],
    ['=CONVERT(6,"in","ft")', 0.5],
    ['=CONVERT(6,"cm","in")', 6 / 2.54],
    ['=CONVERT(1,"stone","kg")', 6.35029318],
    ['=CONVERT(1,"Nmi","m")', 1852],
    ['=CONVERT(1,"yr","day")', 365.25],
    ['=CONVERT(90,"mn","hr")', 1.5],
    ['=CONVERT(1,"ms","s")', 0.001],
    ['=CONVERT(1,"atm","Pa")', 101325],
    ['=CONVERT(1,"hPa","Pa")', 100],
    ['=CONVERT(760,"Torr","atm")', 1],
    ['=CONVERT(1,"lbf","N")', 4.4482216152605],
    ['=CONVERT(1,"dyn","N")', 1e-5],
    ['=CONVERT(1,"kWh","J")', 3.6e6],
    ['=CONVERT(1,"cal","J")', 4.1868],
    ['=CONVERT(1,"kW","W")', 1000],
    ['=CONVERT(1,"T","ga")', 10000],
    ['=CONVERT(100,"C","K")', 373.15],
    ['=CONVERT(300,"K","F")', 80.33],
    ['=CONVERT(0,"C","Rank")', 491.67],
    ['=CONVERT(80,"Reau","cel")', 100],
    ['=CONVERT(1,"mK","K")', 0.001],
    ['=CONVERT(1,"ft3","l")', 28.316846592],
    ['=CONVERT(1,"cm3","l")', 0.001],
    ['=CONVERT(1,"uk_gal","l")', 4.54609],
    ['=CONVERT(1,"km2","m2")', 1e6],
    ['=CONVERT(1,"ha","m^2")', 10000],
    ['=CONVERT(1,"uk_acre","m2")', 4046.8564224],
    ['=CONVERT(1,"byte","bit")', 8],
    ['=CONVERT(1,"kibyte","byte")', 1024],
    ['=CONVERT(1,"Mibyte","kbyte")', 1048.576],
    ['=CONVERT(1,"kn","m/s")', 1852 / 3600],
    ['=CONVERT(1,"mph","km/h")', 1.609344],
    ['=CONVERT(1,"xyz","m")', '#N/A'],
    ['=CONVERT(1,"M","ft")', '#N/A'],
    ['=CONVERT(1,"m","g")', '#N/A'],
    ['=CONVERT("a","m","ft")', '#VALUE!'],
  ] as const)('%s is %s', (formula, expected) => check(formula, expected));
});

describe('PROB', () => {
  const DATA = [[0], [1], [2], [3], [0.2], [0.3], [0.1], [0.4]];
  it.each([
    ['=PROB(A1:A4,A5:A8,2)', 0.1, "Microsoft's example"],
    ['=PROB(A1:A4,A5:A8,1,3)', 0.8, "Microsoft's example"],
    ['=PROB(A1:A4,A5:A8,3,1)', 0.8, 'limits either way round, as LibreOffice 7.4'],
    ['=PROB(A1:A4,A5:A8,5)', 0, 'no x at the limit'],
    ['=PROB(A1:A4,A5:A7,1,3)', '#N/A', 'ranges of different sizes'],
    ['=PROB(A1:A4,{0.2,0.3,0.1,0.5},1,3)', '#NUM!', 'probabilities not summing to 1'],
    ['=PROB(A1:A4,{0,0.5,0.1,0.4},1,3)', '#NUM!', 'a probability of 0'],
  ] as const)(`%s is %s (${PROB}: %s)`, (formula, expected, _source) => check(formula, expected, DATA));
});

describe('Danish names', () => {
  it('are KONVERTER and SANDSYNLIGHED', () => {
    expect(toDisplayFormula('=CONVERT(1,"lbm","kg")+PROB(A1:A4,B1:B4,2)', 'da-DK')).toBe('=KONVERTER(1;"lbm";"kg")+SANDSYNLIGHED(A1:A4;B1:B4;2)');
  });
});
