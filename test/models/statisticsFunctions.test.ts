import { describe, expect, it } from 'vitest';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale';
import { isSupportedFunction } from '../../models/interchange/unsupportedFunctions';
import { toExcelFormula } from '../../models/interchange/excelFormulas';
import { evaluate, expectClose } from '../support/formulaTable';

// Microsoft's AGGREGATE page: A holds two errors among numbers, B numbers (A2:B12 there, A1:B11 here).
const AGGREGATE_DATA = [
  ['=1/0', 82],
  [72, 65],
  [30, 95],
  ['=SQRT(-1)', 63],
  [31, 53],
  [96, 71],
  [32, 55],
  [81, 83],
  [33, 100],
  [53, 91],
  [34, 89],
];

describe('AGGREGATE as Excel computes it', () => {
  it.each([
    ['=AGGREGATE(4,6,A1:A11)', 96, "Microsoft's AGGREGATE page: MAX ignoring errors"],
    ['=AGGREGATE(14,6,A1:A11,3)', 72, "Microsoft's AGGREGATE page: 3rd LARGE ignoring errors"],
    ['=AGGREGATE(15,6,A1:A11)', '#VALUE!', "Microsoft's AGGREGATE page: SMALL without k"],
    ['=AGGREGATE(12,6,A1:A11,B1:B11)', 68, "Microsoft's AGGREGATE page: MEDIAN over both columns"],
    ['=AGGREGATE(9,4,A1:A11)', '#DIV/0!', 'option 4 ignores nothing: the first error'],
    ['=AGGREGATE(9,6,A1:A11)', 462, 'SUM ignoring errors'],
    ['=AGGREGATE(3,6,A1:A11)', 9, 'COUNTA ignoring errors'],
    ['=AGGREGATE(3,4,A1:A11)', 11, 'COUNTA counting errors'],
    ['=AGGREGATE(14,6,B1:B11/(A1:A11>50),1)', 91, 'the largest B where A > 50 (an array expression, errors passed over)'],
    ['=AGGREGATE(16,6,B1:B11,0.25)', 64, 'PERCENTILE.INC'],
    ['=AGGREGATE(19,6,B1:B11,1)', 63, 'QUARTILE.EXC'],
    ['=AGGREGATE(20,6,B1:B11)', '#VALUE!', 'no function 20'],
    ['=AGGREGATE(9,8,B1:B11)', '#VALUE!', 'no option 8'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(evaluate(AGGREGATE_DATA, formula), source).toEqual(expected);
  });
});

describe('MODE, MODE.SNGL and TRIMMEAN as Excel computes them', () => {
  const data = [[5.6, 4], [4, 5], [4, 6], [3, 7], [2, 2], [4, 3], ['tekst', 4], [null, 5], [null, 1], [null, 2], [null, 3]];
  it.each([
    ['=MODE(A1:A6)', 4, "Microsoft's MODE page"],
    ['=MODE.SNGL(A1:A8)', 4, "Microsoft's MODE.SNGL page (text and blanks passed over)"],
    ['=MODE({1,2,3})', '#N/A', 'nothing repeated'],
    ['=MODE({3,1,1,3})', 3, 'equally frequent: the first in the data'],
    ['=MODE(A1:A6,B1:B3)', 4, 'several ranges'],
    ['=TRIMMEAN(B1:B11,0.2)', 3.777777777777778, "Microsoft's TRIMMEAN page"],
    ['=TRIMMEAN(B1:B11,1)', '#NUM!', 'percent must be below 1'],
    ['=TRIMMEAN(B1:B10,0.1)', 3.9, "10 % of 10 values is one value, rounded down to a pair: nothing trimmed (Microsoft's TRIMMEAN page)"],
    ['=TRIMMEAN(B1:B10,0.2)', 3.875, '20 % of 10 values: the smallest and the largest trimmed'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(expectClose(evaluate(data, formula), expected), source).toBe(true);
  });
});

describe('KURT as Excel computes it', () => {
  const KURT = 'https://support.microsoft.com/office/kurt-function-bc3a265c-5da4-4dcb-b7fd-c237789095ab';
  const data = [[3], [4], [5], [2], [3], [4], [5], [6], [4], [7], ['tekst'], [true]];
  it.each([
    ['=KURT(A1:A10)', -0.151799637, `${KURT}: Microsoft's example`],
    ['=KURT(A1:A12)', -0.151799637, `${KURT}: text and logical values in a range are passed over`],
    ['=KURT(A1:A5,A6:A10)', -0.151799637, `${KURT}: several ranges`],
    ['=KURT(A1:A3)', '#DIV/0!', `${KURT}: fewer than four values`],
    ['=KURT({2,2,2,2})', '#DIV/0!', `${KURT}: no spread`],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(expectClose(evaluate(data, formula), expected), source).toBe(true);
  });
});

describe('FREQUENCY as Excel computes it', () => {
  const FREQUENCY = 'https://support.microsoft.com/en-us/excel/frequency-function';
  // Microsoft's example: nine scores (A) and the bins 70, 79, 89 (B); C holds text and a blank.
  const data = [[79, 70, 'x'], [85, 79, null], [78, 89, 60], [85], [50], [81], [95], [88], [97]];

  it('counts the scores in each bin and above the last as a column one longer than the bins (Microsoft’s example)', () => {
    expect(evaluate(data, '=FREQUENCY(A1:A9,B1:B3)', { rows: 4, columns: 1 })).toEqual([[1], [2], [4], [2]]);
  });

  it.each([
    ['=INDEX(FREQUENCY(A1:A9,B1:B3),3)', 4, `${FREQUENCY}: 80 to 89`],
    ['=SUM(FREQUENCY(A1:A9,B1:B3))', 9, `${FREQUENCY}: every score in one bin`],
    ['=INDEX(FREQUENCY(A1:A9,{90,70,79,70}),1)', 4, `${FREQUENCY}: unsorted bins, 80 to 90 counted at 90`],
    ['=INDEX(FREQUENCY(A1:A9,{90,70,79,70}),4)', 0, `${FREQUENCY}: a repeated bin counts nothing`],
    ['=INDEX(FREQUENCY(C1:C3,B1:B3),1)', 1, `${FREQUENCY}: text and blanks in the data are passed over`],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(evaluate(data, formula), source).toBe(expected);
  });
});

const PERMUT = 'https://support.microsoft.com/en-us/excel/permut-function';

describe('PERMUT, which HyperFormula lacks, as Excel computes it', () => {
  it.each([
    ['=PERMUT(100,3)', 970200, `${PERMUT}: its example`],
    ['=PERMUT(3,2)', 6, `${PERMUT}: its example`],
    ['=PERMUT(10.9,3.9)', 720, `${PERMUT}: both arguments truncated; LibreOffice 7.4 agrees on PERMUT(10,3)`],
    ['=PERMUT(5,0)', 1, 'no object chosen: one permutation'],
    ['=PERMUT(0,0)', '#NUM!', `${PERMUT}: number ≤ 0`],
    ['=PERMUT(3,4)', '#NUM!', `${PERMUT}: number < number_chosen`],
    ['=PERMUT(3,-1)', '#NUM!', `${PERMUT}: number_chosen < 0`],
    ['=PERMUT("x",1)', '#VALUE!', `${PERMUT}: nonnumeric`],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(evaluate([], formula), source).toEqual(expected);
  });
});

describe('the statistics functions in Danish and in files', () => {
  it('a Danish planner reads HYPPIGST, HYPPIGST.ENKELT, TRIMMIDDELVÆRDI, TOPSTEJL and SAMLING', () => {
    expect(toDisplayFormula('=KURT(A1:A5)', 'da-DK')).toBe('=TOPSTEJL(A1:A5)');
    expect(toDisplayFormula('=MODE(A1:A5)+MODE.SNGL(A1:A5)+TRIMMEAN(A1:A5,0.2)+AGGREGATE(9,6,A1:A5)', 'da-DK')).toBe(
      '=HYPPIGST(A1:A5)+HYPPIGST.ENKELT(A1:A5)+TRIMMIDDELVÆRDI(A1:A5;0,2)+SAMLING(9;6;A1:A5)',
    );
    expect(fromDisplayFormula('=SAMLING(9;6;A1:A5)', 'da-DK')).toBe('=AGGREGATE(9,6,A1:A5)');
    expect(toDisplayFormula('=FREQUENCY(A1:A9,B1:B3)', 'da-DK')).toBe('=FREKVENS(A1:A9;B1:B3)');
  });

  it('they are computed after an import, and the newer ones carry _xlfn. in an .xlsx', () => {
    for (const name of ['MODE', 'MODE.SNGL', 'TRIMMEAN', 'KURT', 'AGGREGATE', 'FREQUENCY']) expect(isSupportedFunction(name)).toBe(true);
    expect(toExcelFormula('=FREQUENCY(A1:A9,B1:B3)')).toBe('FREQUENCY(A1:A9,B1:B3)');
    expect(toExcelFormula('=AGGREGATE(9,6,A1:A5)+MODE.SNGL(A1:A5)+MODE(A1:A5)')).toBe('_xlfn.AGGREGATE(9,6,A1:A5)+_xlfn.MODE.SNGL(A1:A5)+MODE(A1:A5)');
  });
});
