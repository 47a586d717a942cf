/**
 * NETWORKDAYS.INTL, WORKDAY.INTL, their holidays and YEARFRAC's basis (models/engine/excelWorkdays.ts),
 * and CORREL, PEARSON and RSQ without variance (models/engine/excelCorrelation.ts): Microsoft's
 * examples and the edges where HyperFormula 3.5 differed from Excel, each with its source.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, expectClose } from '../support/formulaTable';

const MS = 'https://support.microsoft.com/en-us/excel';
const NETWORKDAYS_INTL = `${MS}/networkdays-intl-function`;
const WORKDAY_INTL = `${MS}/workday-intl-function`;
const YEARFRAC = `${MS}/yearfrac-function: “All arguments are truncated to integers”`;
const CORREL = `${MS}/correl-function: “if the standard deviation of their values equals zero, CORREL returns the #DIV/0! error value”`;

describe('working days with Excel’s weekend strings and holidays', () => {
  it.each([
    ['=NETWORKDAYS.INTL(DATE(2006,1,1),DATE(2006,1,31))', 22, NETWORKDAYS_INTL],
    ['=NETWORKDAYS.INTL(DATE(2006,2,28),DATE(2006,1,31))', -21, NETWORKDAYS_INTL],
    ['=NETWORKDAYS.INTL(DATE(2006,1,1),DATE(2006,2,1),7,{"2006/1/2","2006/1/16"})', 22, `${NETWORKDAYS_INTL}: holidays as date text`],
    ['=NETWORKDAYS.INTL(DATE(2006,1,1),DATE(2006,2,1),"0010001",{"2006/1/2","2006/1/16"})', 20, NETWORKDAYS_INTL],
    ['=NETWORKDAYS(DATE(2006,1,1),DATE(2006,2,1),{"2006/1/2","2006/1/16"})', 21, 'the same holidays as date text for NETWORKDAYS: 23 weekdays less two Mondays'],
    ['=NETWORKDAYS.INTL(DATE(2024,1,1),DATE(2024,4,30),"1111111")', 0, `${NETWORKDAYS_INTL}: “Using 1111111 will always return 0”`],
    ['=NETWORKDAYS.INTL(DATE(2024,1,1),DATE(2024,4,30),"000001")', '#VALUE!', `${NETWORKDAYS_INTL}: a weekend string of invalid length`],
    ['=NETWORKDAYS.INTL(DATE(2024,1,1),DATE(2024,4,30),"0000012")', '#VALUE!', `${NETWORKDAYS_INTL}: invalid characters`],
    ['=NETWORKDAYS.INTL(DATE(2024,1,1),DATE(2024,4,30),8)', '#NUM!', `${NETWORKDAYS_INTL}: no weekend number 8`],
    ['=WORKDAY.INTL(DATE(2012,1,1),30,0)', '#NUM!', WORKDAY_INTL],
    ['=WORKDAY.INTL(DATE(2012,1,1),90,11)', 41013, WORKDAY_INTL],
    ['=WORKDAY.INTL(DATE(2012,1,1),30,17)', 40944, WORKDAY_INTL],
    ['=WORKDAY.INTL(DATE(2024,3,29),3,"1111111")', '#VALUE!', `${WORKDAY_INTL}: “1111111 is an invalid string”`],
    ['=WORKDAY.INTL(DATE(2024,3,29),3,"00000110")', '#VALUE!', `${WORKDAY_INTL}: a weekend string of invalid length`],
    ['=WORKDAY(DATE(2024,3,29),1,{"2024/4/1"})', 45384, 'Easter Monday given as date text: Friday 29 March 2024 plus one working day is Tuesday 2 April'],
    ['=NETWORKDAYS(DATE(2024,1,1),DATE(2024,1,10),{"x"})', '#VALUE!', 'a holiday that is no date'],
    ['=YEARFRAC(DATE(2024,1,1),DATE(2024,7,1),1.9)', 0.497267759562842, `${YEARFRAC} (basis 1); LibreOffice 7.4 agrees`],
    ['=YEARFRAC(DATE(2024,1,1),DATE(2024,7,1),4.5)', 0.5, `${YEARFRAC} (basis 4); LibreOffice 7.4 agrees`],
    ['=YEARFRAC(DATE(2024,1,1),DATE(2024,7,1),5)', '#NUM!', `${MS}/yearfrac-function: “If basis < 0 or if basis > 4, YEARFRAC returns the #NUM! error value”`],
    ['=YEARFRAC(DATE(2024,7,1),DATE(2024,1,1),1)', 0.497267759562842, 'the dates in either order; LibreOffice 7.4 agrees'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    const actual = evaluate([], formula);
    expect(expectClose(actual, expected, 9), `${formula}: ${String(actual)} (${source})`).toBe(true);
  });
});

// x: 1…5, y: a line with one bend, c: a constant, A4 text, B4 TRUE (each pair skipped).
const PAIRS = [
  [1, 2, 3],
  [2, 4, 3],
  [3, 6.5, 3],
  [4, 8, 3],
  [5, 10, 3],
];

describe('correlation where the values do not vary', () => {
  it.each([
    ['=CORREL(A1:A5,B1:B5)', 0.997509336107633, 'LibreOffice 7.4'],
    ['=PEARSON(A1:A5,B1:B5)', 0.997509336107633, 'LibreOffice 7.4'],
    ['=RSQ(B1:B5,A1:A5)', 0.99502487562189, 'LibreOffice 7.4'],
    ['=CORREL(A1:A5,C1:C5)', '#DIV/0!', CORREL],
    ['=PEARSON(A1:A5,C1:C5)', '#DIV/0!', `${CORREL}; LibreOffice 7.4 agrees`],
    ['=RSQ(C1:C5,A1:A5)', '#DIV/0!', `RSQ is the square of PEARSON (${MS}/rsq-function); LibreOffice 7.4 agrees`],
    ['=CORREL(A1:A4,B1:B5)', '#N/A', `${MS}/correl-function: a different number of data points`],
  ])('%s is %s (%s)', (formula, expected, source) => {
    const actual = evaluate(PAIRS, formula);
    expect(expectClose(actual, expected, 9), `${formula}: ${String(actual)} (${source})`).toBe(true);
  });
});
