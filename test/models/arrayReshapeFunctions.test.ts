/**
 * CHOOSECOLS, CHOOSEROWS, TOCOL, TOROW, WRAPROWS, WRAPCOLS, EXPAND, VSTACK and HSTACK as Excel
 * computes them. LibreOffice 7.4 (installed here) has none of them (24.8 added them), so every
 * expected value is from Microsoft's page for the function, cited per row.
 */
import { describe, expect, it } from 'vitest';
import { isCellError, type CellValue } from '../../models/engine/cellValue.js';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale.js';
import { fromExcelFormula, toExcelFormula } from '../../models/interchange/excelFormulas.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { isSupportedFunction } from '../../models/interchange/unsupportedFunctions.js';
import { evaluate, type TableValue } from '../support/formulaTable.js';
import { inputAt, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const MS = 'https://support.microsoft.com/en-us/excel';
const CHOOSECOLS = `${MS}/choosecols-function`;
const CHOOSEROWS = `${MS}/chooserows-function`;
const TOCOL = `${MS}/tocol-function`;
const TOROW = `${MS}/torow-function`;
const WRAPROWS = `${MS}/wraprows-function`;
const WRAPCOLS = `${MS}/wrapcols-function`;
const EXPAND = `${MS}/expand-function`;
const VSTACK = `${MS}/vstack-function`;
const HSTACK = `${MS}/hstack-function`;
const NA = '#N/A';

/**
 * Microsoft's example data: 1…30 in A1:E6 (CHOOSECOLS), 1…12 in G1:H6 (CHOOSEROWS), names in
 * J1:M3 with Felicity and Joe missing from the last row (TOCOL, TOROW), A…G in A8:G8 (WRAPROWS,
 * WRAPCOLS), two 2×3 blocks of letters in A10:C11 and E10:G11 (VSTACK, HSTACK).
 */
const GRID = [
  [1, 2, 3, 4, 5, null, 1, 2, null, 'Ben', 'Peter', 'Mary', 'Sam'],
  [6, 7, 8, 9, 10, null, 3, 4, null, 'John', 'Hillary', 'Jenny', 'James'],
  [11, 12, 13, 14, 15, null, 5, 6, null, 'Agnes', 'Harry', null, null],
  [16, 17, 18, 19, 20, null, 7, 8],
  [21, 22, 23, 24, 25, null, 9, 10],
  [26, 27, 28, 29, 30, null, 11, 12],
  [],
  ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
  [],
  ['A', 'B', 'C', null, 'AA', 'BB', 'CC'],
  ['D', 'E', 'F', null, 'DD', 'EE', 'FF'],
];

function spill(formula: string, expected: TableValue[][]): TableValue {
  return evaluate(GRID, formula, { rows: expected.length, columns: expected[0]!.length });
}

describe('CHOOSECOLS and CHOOSEROWS pick columns and rows as Excel does', () => {
  it.each([
    ['=CHOOSECOLS(A1:E6,1,3,5,1)', [[1, 3, 5, 1], [6, 8, 10, 6], [11, 13, 15, 11], [16, 18, 20, 16], [21, 23, 25, 21], [26, 28, 30, 26]], `${CHOOSECOLS}: example 1`],
    ['=CHOOSECOLS(A1:D6,3,4)', [[3, 4], [8, 9], [13, 14], [18, 19], [23, 24], [28, 29]], `${CHOOSECOLS}: example 2`],
    ['=CHOOSECOLS(A1:D6,-1,-2)', [[4, 3], [9, 8], [14, 13], [19, 18], [24, 23], [29, 28]], `${CHOOSECOLS}: example 3, negative from the end`],
    ['=CHOOSEROWS(G1:H6,1,3,5,1)', [[1, 2], [5, 6], [9, 10], [1, 2]], `${CHOOSEROWS}: example 1`],
    ['=CHOOSEROWS(G1:H6,{1,3},5,1)', [[1, 2], [5, 6], [9, 10], [1, 2]], `${CHOOSEROWS}: example 2, an array constant`],
    ['=CHOOSEROWS(G1:H6,-1,-2)', [[11, 12], [9, 10]], `${CHOOSEROWS}: example 3`],
  ])('%s spills %j (%s)', (formula, expected, source) => {
    expect(spill(formula, expected), source).toEqual(expected);
  });

  it.each([
    ['=CHOOSECOLS(A1:E6,0)', '#VALUE!', `${CHOOSECOLS}: zero is #VALUE!`],
    ['=CHOOSECOLS(A1:E6,6)', '#VALUE!', `${CHOOSECOLS}: past the columns is #VALUE!`],
    ['=CHOOSEROWS(G1:H6,-7)', '#VALUE!', `${CHOOSEROWS}: past the rows from the end is #VALUE!`],
    ['=SUM(CHOOSEROWS(G1:H6,-1))', 23, `${CHOOSEROWS}: the last row, summed`],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(evaluate(GRID, formula), source).toEqual(expected);
  });
});

describe('TOCOL and TOROW flatten an array as Excel does', () => {
  it.each([
    ['=TOCOL(J1:M2)', [['Ben'], ['Peter'], ['Mary'], ['Sam'], ['John'], ['Hillary'], ['Jenny'], ['James']], `${TOCOL}: example 1, row by row`],
    ['=TOCOL(J2:M3)', [['John'], ['Hillary'], ['Jenny'], ['James'], ['Agnes'], ['Harry'], [0], [0]], `${TOCOL}: example 2, blanks are 0`],
    ['=TOCOL(J2:M3,1)', [['John'], ['Hillary'], ['Jenny'], ['James'], ['Agnes'], ['Harry']], `${TOCOL}: example 3, blanks ignored`],
    ['=TOCOL(J2:M3,1,TRUE)', [['John'], ['Agnes'], ['Hillary'], ['Harry'], ['Jenny'], ['James']], `${TOCOL}: example 4, column by column`],
    ['=TOROW(J1:K2)', [['Ben', 'Peter', 'John', 'Hillary']], `${TOROW}: row by row`],
    ['=TOROW(J1:K2,0,TRUE)', [['Ben', 'John', 'Peter', 'Hillary']], `${TOROW}: scan_by_column`],
    ['=TOROW(A1:B2*10)', [[10, 20, 60, 70]], `${TOROW}: a computed array`],
  ])('%s spills %j (%s)', (formula, expected, source) => {
    expect(spill(formula, expected), source).toEqual(expected);
  });

  it.each([
    ['=TOCOL(L3:M3,1)', '#CALC!', `${TOCOL}: every value ignored leaves an empty array, Excel's #CALC!`],
    ['=TOCOL(J1:M3,4)', '#VALUE!', `${TOCOL}: ignore is 0 to 3`],
    ['=ROWS(TOCOL(J1:M3,1))', 10, `${TOCOL}: inside another function the array holds only what is kept`],
    ['=COUNTA(TOROW(VSTACK(1/0,2,3),2))', 2, `${TOROW}: ignore 2 drops errors`],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(evaluate(GRID, formula), source).toEqual(expected);
  });
});

describe('WRAPROWS and WRAPCOLS wrap a row or column as Excel does', () => {
  it.each([
    ['=WRAPROWS(A8:G8,3)', [['A', 'B', 'C'], ['D', 'E', 'F'], ['G', NA, NA]], `${WRAPROWS}: example 1, padded with #N/A`],
    ['=WRAPROWS(A8:G8,3,"x")', [['A', 'B', 'C'], ['D', 'E', 'F'], ['G', 'x', 'x']], `${WRAPROWS}: example 2, pad_with`],
    ['=WRAPCOLS(A8:G8,3)', [['A', 'D', 'G'], ['B', 'E', NA], ['C', 'F', NA]], `${WRAPCOLS}: example 1`],
    ['=WRAPCOLS(G1:G6,4,0)', [[1, 9], [3, 11], [5, 0], [7, 0]], `${WRAPCOLS}: a column wrapped, pad_with 0`],
  ])('%s spills %j (%s)', (formula, expected, source) => {
    expect(spill(formula, expected), source).toEqual(expected);
  });

  it.each([
    ['=WRAPROWS(A1:B2,2)', '#VALUE!', `${WRAPROWS}: a vector must be one row or one column`],
    ['=WRAPROWS(A8:G8,0)', '#NUM!', `${WRAPROWS}: wrap_count below 1 is #NUM!`],
    ['=SUM(WRAPROWS(G1:G6,A1+1))', 36, `${WRAPROWS}: wrap_count from a cell, read whole inside another function`],
    ['=SUMPRODUCT(--ISNA(WRAPCOLS(A8:G8,A2-1)))', 3, `${WRAPCOLS}: five to a column leaves three #N/A`],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(evaluate(GRID, formula), source).toEqual(expected);
  });
});

describe('EXPAND pads an array as Excel does', () => {
  it.each([
    ['=EXPAND(G1:H2,3,3)', [[1, 2, NA], [3, 4, NA], [NA, NA, NA]], `${EXPAND}: example 1`],
    ['=EXPAND(G1:H2,3,3,"-")', [[1, 2, '-'], [3, 4, '-'], ['-', '-', '-']], `${EXPAND}: example 2, pad_with`],
    ['=EXPAND(G1:H2,,3,0)', [[1, 2, 0], [3, 4, 0]], `${EXPAND}: rows left empty keep the array's`],
  ])('%s spills %j (%s)', (formula, expected, source) => {
    expect(spill(formula, expected), source).toEqual(expected);
  });

  it.each([
    ['=EXPAND(G1:H2,1)', '#VALUE!', `${EXPAND}: fewer rows than the array is #VALUE!`],
    ['=EXPAND(G1:H2,2,1)', '#VALUE!', `${EXPAND}: fewer columns than the array is #VALUE!`],
    ['=SUM(EXPAND(G1:H2,A1+2,,10))', 30, `${EXPAND}: rows from a cell, read whole inside another function`],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(evaluate(GRID, formula), source).toEqual(expected);
  });
});

describe('VSTACK and HSTACK stack arrays as Excel does', () => {
  it.each([
    ['=VSTACK(A10:C11,E10:G11)', [['A', 'B', 'C'], ['D', 'E', 'F'], ['AA', 'BB', 'CC'], ['DD', 'EE', 'FF']], `${VSTACK}: example 1`],
    ['=HSTACK(A10:C11,E10:G11)', [['A', 'B', 'C', 'AA', 'BB', 'CC'], ['D', 'E', 'F', 'DD', 'EE', 'FF']], `${HSTACK}: example 1`],
    ['=VSTACK(A10:C10,G1:H1)', [['A', 'B', 'C'], [1, 2, NA]], `${VSTACK}: a narrower array padded with #N/A`],
    ['=HSTACK(1/0,2)', [['#DIV/0!', 2]], `${HSTACK}: an error argument is one value of the result`],
    ['=VSTACK(L3,"x")', [[0], ['x']], `${VSTACK}: a blank cell spills 0`],
  ])('%s spills %j (%s)', (formula, expected, source) => {
    expect(spill(formula, expected), source).toEqual(expected);
  });
});

describe('the functions in Danish and in files', () => {
  const NAMES = ['CHOOSECOLS', 'CHOOSEROWS', 'TOCOL', 'TOROW', 'WRAPROWS', 'WRAPCOLS', 'EXPAND', 'VSTACK', 'HSTACK', 'TYPE'];

  it('a Danish planner reads and writes them by Danish Excel\'s names', () => {
    const english = '=SUM(CHOOSECOLS(A1:B2,1))+SUM(CHOOSEROWS(A1:B2,1))+SUM(TOCOL(A1:B2))+SUM(TOROW(A1:B2))+SUM(WRAPROWS(A1:A4,2))+SUM(WRAPCOLS(A1:A4,2))+SUM(EXPAND(A1,2,2,0))+SUM(VSTACK(A1,B1))+SUM(HSTACK(A1,B1))+TYPE(A1)';
    const danish = '=SUM(VÆLGKOL(A1:B2;1))+SUM(VÆLGRÆKKER(A1:B2;1))+SUM(TILKOLONNE(A1:B2))+SUM(TILRÆKKE(A1:B2))+SUM(FOLDRÆKKER(A1:A4;2))+SUM(FOLDKOLONNER(A1:A4;2))+SUM(UDVID(A1;2;2;0))+SUM(VSTAK(A1;B1))+SUM(HSTAK(A1;B1))+VÆRDITYPE(A1)';
    expect(toDisplayFormula(english, 'da-DK')).toBe(danish);
    expect(fromDisplayFormula(danish, 'da-DK')).toBe(english);
  });

  it('they carry Excel\'s _xlfn. prefix in an .xlsx (TYPE, from Excel 2007 and before, none)', () => {
    for (const name of NAMES) expect(isSupportedFunction(name)).toBe(true);
    expect(toExcelFormula('=SUM(TOCOL(A1:B2))+TYPE(A1)')).toBe('SUM(_xlfn.TOCOL(A1:B2))+TYPE(A1)');
    expect(toExcelFormula('=EXPAND(CHOOSEROWS(WRAPCOLS(A1:A4,2),1),2)')).toBe('_xlfn.EXPAND(_xlfn.CHOOSEROWS(_xlfn.WRAPCOLS(A1:A4,2),1),2)');
    expect(fromExcelFormula('_xlfn.VSTACK(_xlfn.CHOOSECOLS(A1:B2,1),_xlfn.TOROW(A1:B1))')).toBe('=VSTACK(CHOOSECOLS(A1:B2,1),TOROW(A1:B1))');
  });

  it('an exported workbook using them is imported as computed, with the same values', async () => {
    const open = openWorkbooks();
    const formulas = {
      D1: '=SUM(CHOOSECOLS(A1:B3,-1))',
      D2: '=SUM(CHOOSEROWS(A1:B3,2,3))',
      D3: '=SUM(TOCOL(A1:B3,1,TRUE))',
      D4: '=COUNT(TOROW(A1:B3))',
      D5: '=SUM(WRAPROWS(A1:A3,2,0))',
      D6: '=ROWS(WRAPCOLS(A1:A3,2))',
      D7: '=COLUMNS(EXPAND(A1:B3,,4))',
      D8: '=ROWS(VSTACK(A1:B3,A1))',
      D9: '=COLUMNS(HSTACK(A1:B3,A1))',
      D10: '=TYPE(A1:B3)',
    };
    const doc = open.document(workbookFile({ Ark: { A1: 1, A2: 2, A3: 3, B1: 10, B2: 20, ...formulas } }));
    const imported = await importXlsx(await exportWorkbookXlsx(doc), { fileName: 'omformning.xlsx' });
    expect(imported.unsupported.count).toBe(0);
    const back = open.document(importedWorkbookFile(imported));
    const values = (d: typeof doc): Array<CellValue | string> =>
      Object.keys(formulas).map((cell) => {
        const value = open.value(d, `Ark!${cell}`);
        return isCellError(value) ? value.error : value;
      });
    for (const [cell, formula] of Object.entries(formulas)) expect(inputAt(back, `Ark!${cell}`)).toBe(formula);
    // B3 is blank: inside COUNT, TOROW's array keeps it blank (not counted); only a spilled blank shows 0 (spilledBlanks.ts).
    expect(values(doc)).toEqual([30, 25, 36, 5, 6, 2, 4, 4, 3, 64]);
    expect(values(back)).toEqual(values(doc));
    doc.destroy();
    back.destroy();
  });
});
