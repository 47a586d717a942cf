import { afterEach, describe, expect, it } from 'vitest';
import { DetailedCellError, ErrorType, HyperFormula } from 'hyperformula';
import type { CellValue, RawCellContent } from 'hyperformula';
import { buildEngine } from '../../models/engine/engineConfig';
import { numberAsText } from '../../models/engine/excelNumberText';
import { TREND_FUNCTION_NAMES } from '../../models/engine/trendFunctions';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale';
import { isSupportedFunction } from '../../models/interchange/unsupportedFunctions';
import { toExcelFormula } from '../../models/interchange/excelFormulas';
import { spillsExactly } from '../support/formulaTable';

const created: HyperFormula[] = [];

afterEach(() => {
  for (const engine of created.splice(0)) engine.destroy();
});

/**
 * Five actual months: A1:A5 the month numbers 1..5, B1:B5 the indicator 10, 12, 15, 17, 22.
 * By hand (least squares): mean x 3, mean y 15.2; Σdx·dy = 10.4+3.2+0+1.8+13.6 = 29, Σdx² = 10,
 * so the slope is 2.9, the intercept 15.2 − 3·2.9 = 6.5 and month 6 is 6.5 + 6·2.9 = 23.9.
 * Through the origin: slope Σxy/Σx² = 257/55, month 6 is 1542/55 = 28.0363….
 * LibreOffice 7.4 gives the same (and GROWTH 26.089318371393, 99.6792928294649 through (0,1)).
 * A6 = 6 and B6 = "tekst", A7 = 7; C1:C5 = 5 (no variance); D1:D5 = "x", 11, blank, 12, 20;
 * E1:E5 = 1, -1, 3, 4, 5; F1:H1 = 1, 2, 3; I1 = 1/0.
 */
const MONTHS: RawCellContent[][] = [
  [1, 10, 5, 'x', 1, 1, 2, 3, '=1/0'],
  [2, 12, 5, 11, -1],
  [3, 15, 5, null, 3],
  [4, 17, 5, 12, 4],
  [5, 22, 5, 20, 5],
  [6, 'tekst'],
  [7],
];
const FORMULA_COLUMN = 10;

function engineWith(formulas: string[]): HyperFormula {
  const rows = MONTHS.map((row) => [...row]);
  formulas.forEach((formula, i) => {
    const row = (rows[i] ??= []);
    row[FORMULA_COLUMN] = formula;
  });
  const engine = buildEngine({ S: rows });
  created.push(engine);
  return engine;
}

function valueAt(engine: HyperFormula, row: number, col = FORMULA_COLUMN): CellValue | ErrorType {
  const value = engine.getCellValue({ sheet: 0, col, row });
  return value instanceof DetailedCellError ? value.type : value;
}

function evaluate(formula: string): CellValue | ErrorType {
  return valueAt(engineWith([formula]), 0);
}

const { DIV_BY_ZERO, NA, NUM, REF, VALUE } = ErrorType;

describe('FORECAST, FORECAST.LINEAR and INTERCEPT', () => {
  it.each([
    ['=FORECAST(6,B1:B5,A1:A5)', 23.9],
    ['=FORECAST.LINEAR(6,B1:B5,A1:A5)', 23.9],
    ['=FORECAST(0,B1:B5,A1:A5)', 6.5],
    ['=INTERCEPT(B1:B5,A1:A5)', 6.5],
    // D: pairs (2,11), (4,12), (5,20) remain; slope 111/42, 43/3 + 111/42·(6 − 11/3) = 20.5.
    ['=FORECAST(6,D1:D5,A1:A5)', 20.5],
    ['=FORECAST(6,B1:B6,A1:A6)', 23.9],
  ])('%s extrapolates the least-squares line to %s', (formula, expected) => {
    expect(evaluate(formula)).toBeCloseTo(expected, 12);
  });
});

describe('TREND and GROWTH', () => {
  it.each([
    ['a single new month', '=TREND(B1:B5,A1:A5,6)', 23.9],
    ['the default months {1,2,3,…}', '=TREND(B1:B5,,6)', 23.9],
    ['a row of known values', '=TREND({10,12,15,17,22},{1,2,3,4,5},6)', 23.9],
    ['const FALSE (the line through the origin)', '=TREND(B1:B5,A1:A5,6,FALSE())', 1542 / 55],
    ['const 0', '=TREND(B1:B5,A1:A5,6,0)', 1542 / 55],
    ['x values without variance (the mean, as LINEST drops the collinear x)', '=TREND(B1:B5,C1:C5,6)', 15.2],
    ['exponential growth', '=GROWTH(B1:B5,A1:A5,6)', 26.08931837139304],
    ['exponential growth through (0,1)', '=GROWTH(B1:B5,,6,0)', 99.67929282946491],
    ['the sum of a range of new months', '=SUM(TREND(B1:B5,A1:A5,A6:A7))', 50.7],
    ['the second of a range of new months', '=INDEX(TREND(B1:B5,A1:A5,A6:A7),2)', 26.8],
  ])('TREND and GROWTH project %s', (_case, formula, expected) => {
    expect(evaluate(formula)).toBeCloseTo(expected, 10);
  });

  it('a range of new months spills down from the formula, one projected month per cell', () => {
    const engine = engineWith(['=TREND(B1:B5,A1:A5,A6:A7)']);
    expect(valueAt(engine, 0)).toBeCloseTo(23.9, 12);
    expect(valueAt(engine, 1)).toBeCloseTo(26.8, 12);
    expect(valueAt(engine, 2)).toBeNull();
  });

  it('without new months it gives the fitted value of every known month', () => {
    const engine = engineWith(['=TREND(B1:B5)']);
    expect([0, 1, 2, 3, 4].map((row) => valueAt(engine, row))).toEqual([9.4, 12.3, 15.2, 18.1, 21].map((v) => expect.closeTo(v, 12)));
  });

  it('a spill that would overwrite a cell gives #SPILL! instead', () => {
    const engine = engineWith(['=TREND(B1:B5,A1:A5,A6:A7)', 'blocks']);
    expect(valueAt(engine, 0)).toBe(ErrorType.SPILL);
  });
});

/**
 * Several x variables (multiple regression): A, B the x's, D the y's (the data of
 * regressionFunctions.test.ts); C a column without variance. Values as LibreOffice 7.4 computes
 * them, apart from the collinear case (below).
 */
const TWO_VARIABLES: RawCellContent[][] = [
  [1, 4, 5, 3.1], [2, 3, 5, 5.2], [3, 7, 5, 6.9], [4, 1, 5, 9.4], [5, 5, 5, 10.8], [6, 2, 5, 13.5], [7, 8, 5, 14.1], [8, 6, 5, 17.3],
];

describe('TREND and GROWTH with several x variables', () => {
  it.each([
    ['a new point per row of new_x\'s, one value each', '=TREND(D1:D8,A1:B8,{9,3;10,4})', [[19.3294642857143], [21.1955357142857]]],
    ['a row of y\'s: a new point per column', '=TREND(TRANSPOSE(D1:D8),TRANSPOSE(A1:B8),{9,10;3,4})', [[19.3294642857143, 21.1955357142857]]],
    ['without new x\'s, the fitted known points', '=TREND(D1:D8,A1:B8)', [[3.05892857142857], [5.22321428571429], [6.64196428571429], [9.55178571428571], [10.9705357142857], [13.4330357142857], [14.5535714285714], [16.8669642857143]]],
    ['through the origin', '=TREND(D1:D8,A1:B8,{9,3},FALSE)', [[19.5539097744361]]],
    ['exponential, through (0,1)', '=GROWTH(D1:D8,A1:B8,{9,3},FALSE)', [[31.7415238861736]]],
    // Microsoft's LINEST page: a collinear x column is dropped (LibreOffice 7.4 gives #VALUE!; Excel wins).
    ['a column without variance dropped as collinear with the constant', '=TREND(D1:D8,A1:C8,{9,3,1})', [[19.3294642857143]]],
  ])('%s: %s spills exactly these values', (_case, formula, expected) => {
    expect(spillsExactly(TWO_VARIABLES, formula, expected)).toBe(true);
  });
});

describe('errors', () => {
  it.each([
    ['x values without variance', '=FORECAST(6,B1:B5,C1:C5)', DIV_BY_ZERO],
    ['a single pair', '=INTERCEPT(B1:B1,A1:A1)', DIV_BY_ZERO],
    ['ranges of different sizes', '=FORECAST(6,B1:B4,A1:A5)', NA],
    ['no pair of numbers', '=FORECAST(6,B6:B6,D3:D3)', NA],
    ['a text x', '=FORECAST("seks",B1:B5,A1:A5)', VALUE],
    ['an error in the known values', '=FORECAST(6,B1:B2,I1:I2)', DIV_BY_ZERO],
    ['a text known y', '=TREND(B1:B6,A1:A6,7)', VALUE],
    ['a blank known y', '=TREND(D2:D4,A2:A4,7)', VALUE],
    ['a text new x', '=TREND(B1:B5,A1:A5,B6)', VALUE],
    ['known x\'s of another shape', '=TREND(B1:B3,F1:H1,6)', REF],
    ['new x\'s without a value for each of several x variables', '=TREND(B1:B5,A1:C5,{6,5})', REF],
    ['a block of y\'s without known x\'s (not supported)', '=TREND(A1:B5,,6)', VALUE],
    ['a y of zero or below in GROWTH', '=GROWTH(E1:E5,A1:A5,6)', NUM],
  ])('gives Excel\'s error for %s', (_case, formula, expected) => {
    expect(evaluate(formula)).toBe(expected);
  });
});

describe('CONCAT', () => {
  it.each([
    ['=CONCAT("Måned ",A6)', 'Måned 6'],
    ['=CONCAT(A1:B2)', '110212'],
    ['=CONCAT(D1:D3,"|",F1:H1)', 'x11|123'],
    ['=CONCAT(0.1+0.2)', '0.3'],
    ['=CONCAT(1/3)', '0.333333333333333'],
    ['=CONCAT(TRUE(),"")', 'TRUE'],
  ])('%s joins every cell\'s text as Excel does: %s', (formula, expected) => {
    expect(evaluate(formula)).toBe(expected);
  });

  it('gives the first error among its cells, and #VALUE! beyond Excel\'s 32,767 characters', () => {
    expect(evaluate('=CONCAT(A1,1/0)')).toBe(DIV_BY_ZERO);
    expect(evaluate('=CONCAT(REPT("a",32767),"b")')).toBe(VALUE);
  });

  // CONCAT joins a number as `&` does (excelNumberText.ts): 15 significant digits, and from 16
  // integer digits scientific, as Excel writes ="" & 1234567890123456 (excelCompatibilityCases.ts).
  // LibreOffice 7.4 agrees below 1E+15 and writes 1E+016 with three exponent digits.
  it.each([
    [1e-5, '0.00001'],
    [1e-7, '0.0000001'],
    [1.5e-10, '1.5E-10'],
    [2 / 3 * 1e-3, '0.000666666666666667'],
    [123456789012345, '123456789012345'],
    [1e15, '1E+15'],
    [1e16, '1E+16'],
    [123456789012345678, '1.23456789012346E+17'],
    [-1e-20, '-1E-20'],
    [-2.5, '-2.5'],
    [0, '0'],
  ])('writes the number %s with 15 significant digits as %s', (value, text) => {
    expect(numberAsText(value)).toBe(text);
    expect(evaluate(`=CONCAT(${value})`)).toBe(text);
  });
});

describe('names', () => {
  it.each([
    ['=FORECAST(6,B1:B5,A1:A5)', '=PROGNOSE(6;B1:B5;A1:A5)'],
    ['=FORECAST.LINEAR(6,B1:B5,A1:A5)', '=PROGNOSE.LINEÆR(6;B1:B5;A1:A5)'],
    ['=INTERCEPT(B1:B5,A1:A5)', '=SKÆRING(B1:B5;A1:A5)'],
    ['=TREND(B1:B5,,6.5)', '=TENDENS(B1:B5;;6,5)'],
    ['=GROWTH(B1:B5,A1:A5,6,FALSE())', '=FORØGELSE(B1:B5;A1:A5;6;FALSK())'],
    ['=CONCAT("a",A1)', '=CONCAT("a";A1)'],
  ])('a da-DK planner reads %s as %s, and typing it gives it back', (canonical, danish) => {
    expect(toDisplayFormula(canonical, 'da-DK')).toBe(danish);
    expect(fromDisplayFormula(danish, 'da-DK')).toBe(canonical);
  });

  it('a formula typed in Danish computes the same projection', () => {
    expect(evaluate(fromDisplayFormula('=tendens(B1:B5;A1:A5;6)', 'da-DK'))).toBeCloseTo(23.9, 12);
  });

  it('imports no longer flag them, and FORECAST.LINEAR and CONCAT get _xlfn. in a file', () => {
    expect(TREND_FUNCTION_NAMES.filter((name) => !isSupportedFunction(name))).toEqual([]);
    expect(toExcelFormula('=FORECAST.LINEAR(6,B1:B5,A1:A5)&CONCAT(A1)&FORECAST(1,B1:B5,A1:A5)')).toBe(
      '_xlfn.FORECAST.LINEAR(6,B1:B5,A1:A5)&_xlfn.CONCAT(A1)&FORECAST(1,B1:B5,A1:A5)',
    );
  });
});
