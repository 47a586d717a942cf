import { describe, expect, it } from 'vitest';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale';
import { isSupportedFunction } from '../../models/interchange/unsupportedFunctions';
import { evaluate, expectClose } from '../support/formulaTable';

// A: months 1..6 and B: sales 3100 … 8100 (Microsoft's LINEST page, simple linear regression);
// C: Microsoft's LINEST example 1 (y 1, 9, 5, 7 over x 0, 4, 2, 3); D, E: Microsoft's LOGEST page
// (months 11..16, units 33100 … 220000).
const DATA = [
  [1, 3100, 1, 0, 11, 33100],
  [2, 4500, 9, 4, 12, 47300],
  [3, 4400, 5, 2, 13, 69000],
  [4, 5400, 7, 3, 14, 102000],
  [5, 7500, null, null, 15, 150000],
  [6, 8100, null, null, 16, 220000],
];

describe('LINEST and LOGEST as Excel computes them', () => {
  it.each([
    ['=LINEST(C1:C4,D1:D4,,FALSE())', [[2, 1]], "Microsoft's LINEST page, example 1: slope 2, intercept 1"],
    ['=LINEST(B1:B6,A1:A6)', [[1000, 2000]], "Microsoft's LINEST page: month 9 is 9·1000 + 2000 = 11000"],
    ['=LOGEST(F1:F6,E1:E6,TRUE(),FALSE())', [[1.463275628, 495.3047702]], "Microsoft's LOGEST page"],
    [
      '=LINEST(B1:B6,A1:A6,TRUE(),TRUE())',
      [[1000, 2000], [133.095025129738, 518.330653798004], [0.933831376734258, 556.776436283002], [56.4516129032258, 4], [17500000, 1240000]],
      'the statistics block, as LibreOffice 7.4 computes it',
    ],
    [
      '=LINEST(B1:B6,A1:A6,FALSE(),TRUE())',
      [[1461.53846153846, 0], [113.441514344042, '#N/A'], [0.97075816712253, 1082.16307600884], [165.987913820284, 5], [194384615.384615, 5855384.61538462]],
      'through the origin: sums about zero, no intercept error (LibreOffice 7.4; Microsoft\'s LINEST page for the rule)',
    ],
  ])('%s is %j (%s)', (formula, expected, source) => {
    expect(expectClose(evaluate(DATA, formula, { rows: expected.length, columns: 2 }), expected, 6), source).toBe(true);
  });

  it.each([
    ['=INDEX(LOGEST(B1:B6,A1:A6,TRUE(),TRUE()),2,1)', 0.0231007328972613, 'the standard error of ln m (LibreOffice 7.4)'],
    ['=INDEX(LINEST(B1:B6,A1:A6),1,1)*9+INDEX(LINEST(B1:B6,A1:A6),1,2)', 11000, "Microsoft's LINEST page: the 9th month"],
    ['=INDEX(LINEST(B1:B3,{1,2;3,4;5,6}),1,1)', '#VALUE!', 'several x variables are not supported (README known gap)'],
    ['=LINEST(B1:B6,A1:A5)', '#REF!', 'x and y of different sizes'],
    ['=INDEX(LINEST(B1:B2,A1:A2,TRUE(),TRUE()),3,2)', 0, 'two points: an exact fit, standard error 0 (LibreOffice 7.4)'],
    ['=INDEX(LINEST(B1:B2,A1:A2,TRUE(),TRUE()),4,1)', '#N/A', 'two points: no F (LibreOffice 7.4)'],
    ['=LOGEST({1,-2,3})', '#NUM!', 'a y below 0'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(expectClose(evaluate(DATA, formula), expected), source).toBe(true);
  });

  it('a Danish planner reads LINREGR and LOGREGR, and an import computes them', () => {
    expect(toDisplayFormula('=INDEX(LINEST(B1:B6),1)+INDEX(LOGEST(B1:B6),1)', 'da-DK')).toBe('=INDEKS(LINREGR(B1:B6);1)+INDEKS(LOGREGR(B1:B6);1)');
    expect(fromDisplayFormula('=LINREGR(B1:B6)', 'da-DK')).toBe('=LINEST(B1:B6)');
    expect(isSupportedFunction('LINEST') && isSupportedFunction('LOGEST')).toBe(true);
  });
});
