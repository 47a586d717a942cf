import { describe, expect, it } from 'vitest';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale';
import { isSupportedFunction } from '../../models/interchange/unsupportedFunctions';
import { toExcelFormula } from '../../models/interchange/excelFormulas';
import { evaluate } from '../support/formulaTable';

// Microsoft's TAKE and DROP pages: {1,2,3;4,5,6;7,8,9} (A1:C3 here). Municipalities for SORTBY and
// FILTER: name, region, ledighed (unemployment, %) in E1:G5.
const GRID = [
  [1, 2, 3, null, 'Roskilde', 'Sjælland', 3.1],
  [4, 5, 6, null, 'Køge', 'Sjælland', 3.4],
  [7, 8, 9, null, 'Aarhus', 'Midtjylland', 3.4],
  [null, null, null, null, 'Odense', 'Syddanmark', 4.2],
  [null, null, null, null, 'Greve', 'Sjælland', 2.9],
];

describe('TAKE and DROP as Excel computes them', () => {
  it.each([
    ['=TAKE(A1:C3,2)', [[1, 2, 3], [4, 5, 6]], "Microsoft's TAKE page"],
    ['=TAKE(A1:C3,,2)', [[1, 2], [4, 5], [7, 8]], "Microsoft's TAKE page"],
    ['=TAKE(A1:C3,-2)', [[4, 5, 6], [7, 8, 9]], "Microsoft's TAKE page"],
    ['=TAKE(A1:C3,2,2)', [[1, 2], [4, 5]], "Microsoft's TAKE page"],
    ['=DROP(A1:C3,2)', [[7, 8, 9]], "Microsoft's DROP page"],
    ['=DROP(A1:C3,,2)', [[3], [6], [9]], "Microsoft's DROP page"],
    ['=DROP(A1:C3,-2)', [[1, 2, 3]], "Microsoft's DROP page"],
    ['=DROP(A1:C3,2,2)', [[9]], "Microsoft's DROP page"],
    ['=TAKE(A1:C3,5)', [[1, 2, 3], [4, 5, 6], [7, 8, 9]], 'more rows than there are: all of them'],
  ])('%s spills %j (%s)', (formula, expected, source) => {
    const rows = expected.length;
    const columns = expected[0]!.length;
    expect(evaluate(GRID, formula, { rows, columns }), source).toEqual(expected);
  });

  it.each([
    ['=DROP(A1:C3,3)', '#CALC!', "nothing left: Microsoft's DROP page, an empty array is #CALC!"],
    ['=TAKE(A1:C3,0)', '#CALC!', "zero rows: Microsoft's TAKE page"],
    ['=TAKE(A1:C3,0)*2', '#CALC!', 'the error passes on through arithmetic, as every Excel error does'],
    ['=IFERROR(DROP(A1:C3,,3),"tom")', 'tom', 'IFERROR catches #CALC! as any error'],
    ['=SUM(TAKE(A1:C3,-1))', 24, 'the last row summed'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(evaluate(GRID, formula), source).toEqual(expected);
  });
});

describe('SORTBY and FILTER as Excel computes them', () => {
  it.each([
    ['=SORTBY(E1:E5,G1:G5)', [['Greve'], ['Roskilde'], ['Køge'], ['Aarhus'], ['Odense']], 'ascending by unemployment, ties kept in order (stable)'],
    ['=SORTBY(E1:E5,F1:F5,1,G1:G5,-1)', [['Aarhus'], ['Køge'], ['Roskilde'], ['Greve'], ['Odense']], "Microsoft's SORTBY page: by region, then by a second key descending"],
    ['=SORTBY(E1:G2,G1:G2,-1)', [['Køge', 'Sjælland', 3.4], ['Roskilde', 'Sjælland', 3.1]], 'whole rows move together'],
    ['=FILTER(E1:G5,F1:F5="Sjælland")', [['Roskilde', 'Sjælland', 3.1], ['Køge', 'Sjælland', 3.4], ['Greve', 'Sjælland', 2.9], [null, null, null], [null, null, null]], "Microsoft's FILTER page: rows of a table; the rest of the spill stays empty"],
    ['=FILTER(E1:E5,(F1:F5="Sjælland")*(G1:G5>3))', [['Roskilde'], ['Køge'], [null], [null], [null]], "Microsoft's FILTER page: criteria multiplied (AND)"],
  ])('%s spills %j (%s)', (formula, expected, source) => {
    expect(evaluate(GRID, formula, { rows: expected.length, columns: expected[0]!.length }), source).toEqual(expected);
  });

  it.each([
    ['=FILTER(E1:E5,G1:G5>9,"Ingen")', 'Ingen', "Microsoft's FILTER page: if_empty"],
    ['=FILTER(E1:E5,G1:G5>9)', '#CALC!', "nothing kept: Microsoft's FILTER page (empty arrays are #CALC!)"],
    ['=ISERROR(FILTER(E1:E5,G1:G5>9))', true, 'an empty FILTER is an error to ISERROR'],
    ['=FILTER(E1:E5,G1:G3>3)', '#VALUE!', 'include of another height'],
    ['=SORTBY(E1:E5,G1:G5,2)', '#VALUE!', 'sort_order 2'],
    ['=ROWS(FILTER(E1:E5,G1:G5>3))', 4, 'inside another function the filtered array is exact'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(evaluate(GRID, formula), source).toEqual(expected);
  });
});

describe('the array functions in Danish and in files', () => {
  it('a Danish planner reads TAG, UDELAD, SORTER.EFTER and FILTER', () => {
    expect(toDisplayFormula('=SUM(TAKE(A1:A5,2))+SUM(DROP(A1:A5,2))+ROWS(SORTBY(A1:A5,B1:B5))+ROWS(FILTER(A1:A5,B1:B5))', 'da-DK')).toBe(
      '=SUM(TAG(A1:A5;2))+SUM(UDELAD(A1:A5;2))+RÆKKER(SORTER.EFTER(A1:A5;B1:B5))+RÆKKER(FILTER(A1:A5;B1:B5))',
    );
    expect(fromDisplayFormula('=TAG(A1:A5;2)', 'da-DK')).toBe('=TAKE(A1:A5,2)');
  });

  it('they are computed after an import and carry Excel\'s prefixes in an .xlsx', () => {
    for (const name of ['TAKE', 'DROP', 'SORTBY', 'FILTER']) expect(isSupportedFunction(name)).toBe(true);
    expect(toExcelFormula('=SORTBY(TAKE(A1:A5,2),DROP(B1:B5,3))')).toBe('_xlfn._xlws.SORTBY(_xlfn.TAKE(A1:A5,2),_xlfn.DROP(B1:B5,3))');
  });
});
