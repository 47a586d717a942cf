/**
 * LAMBDAs given as values, as Excel 365 computes them: a function's bare name where a LAMBDA is
 * expected (the eta lambda Microsoft added in 2023: `=BYROW(A1:C3,SUM)`), a LAMBDA given to a
 * parameter and called by it (`LAMBDA(f,v,f(v))`), a defined name's LAMBDA given to MAP, and a
 * calculation reading a range itself (`=LAMBDA(x,A1:A3*x)(2)` spills) — formula/lambdaFormula.ts,
 * formula/etaNames.ts, engine/lambdaFunctions.ts.
 */
import { describe, expect, it } from 'vitest';
import { isCellError, type CellValue } from '../../models/engine/cellValue.js';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { fromExcelFormula, toExcelFormula } from '../../models/interchange/excelFormulas.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { inputAt, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

function plain(value: CellValue): number | string | boolean | null {
  return isCellError(value) ? value.error : value;
}

/** A1:C3 a 3×3 block (A4, A5 more of column A); `MinFunktion` = `=LAMBDA(x,x*10)`. */
const DATA = { A1: 1, A2: -2, A3: 3, A4: 4, A5: 5, B1: 10, B2: 20, B3: 30, C1: 7, C2: -8, C3: 9 };
const NAMES = [{ name: 'MinFunktion', formula: '=LAMBDA(x,x*10)' }];
const CELLS = ['E1', 'F1', 'G1', 'E2', 'F2', 'G2', 'E3', 'F3', 'G3', 'E4', 'E5', 'E6'];

/** The values E1:G3, E4:E6 of a sheet whose E1 holds `formula` (blank as null). */
function spilled(formula: string): Record<string, number | string | boolean | null> {
  const doc = open.document(workbookFile({ Ark: { ...DATA, E1: formula } }, { names: NAMES }));
  return Object.fromEntries(CELLS.map((cell) => [cell, plain(open.value(doc, `Ark!${cell}`))]).filter(([, value]) => value !== null));
}

describe("a function's name given where a LAMBDA is expected (Excel 365's eta lambda)", () => {
  it.each([
    ['=BYROW(A1:C3,SUM)', { E1: 18, E2: 10, E3: 42 }, 'each row summed'],
    ['=BYCOL(A1:C3,MAX)', { E1: 3, F1: 30, G1: 9 }, "each column's largest"],
    ['=MAP(A1:A3,ABS)', { E1: 1, E2: 2, E3: 3 }, 'each value mapped'],
    ['=REDUCE(0,A1:A3,SUM)', { E1: 2 }, 'SUM(accumulator, value) for each value'],
    ['=SCAN(0,A1:A5,SUM)', { E1: 1, E2: -1, E3: 2, E4: 6, E5: 11 }, 'a running total'],
    ['=MAKEARRAY(2,3,PRODUCT)', { E1: 1, F1: 2, G1: 3, E2: 2, F2: 4, G2: 6 }, 'PRODUCT(row, column)'],
    ['=BYROW(A1:C3,sum)', { E1: 18, E2: 10, E3: 42 }, 'in any case'],
    ['=BYROW(A1:C3,ABS)', { E1: '#CALC!', E2: '#CALC!', E3: '#CALC!' }, 'a row of three values where one is expected'],
    ['=MAP(A1:A3,TRUE)', { E1: '#VALUE!', E2: '#VALUE!', E3: '#VALUE!' }, 'a value, no function'],
    ['=MAP(A1:A3,B1:B3,ABS)', { E1: '#VALUE!', E2: '#VALUE!', E3: '#VALUE!' }, 'ABS given two values: an incorrect number of parameters'],
    ['=REDUCE(0,A1:A3,ABS)', { E1: '#VALUE!' }, 'ABS given the accumulator and a value'],
    ['=MAKEARRAY(2,2,ABS)', { E1: '#VALUE!' }, 'ABS given a row and a column number'],
    ['=BYROW(A1:C3,DATE)', { E1: '#VALUE!', E2: '#VALUE!', E3: '#VALUE!' }, 'DATE given one value, fewer than it needs'],
    ['=MAP(A1:A3,B1:B3,ROUND)', { E1: 1, E2: -2, E3: 3 }, 'ROUND given two, its optional second taken'],
  ])('%s spills %j (%s)', (formula, expected, _what) => {
    expect(spilled(formula)).toEqual(expected);
  });

  it('is typed in Danish with `;` and Danish names, and shown so again', () => {
    for (const [danish, canonical] of [
      ['=BYCOL(A1:C3;MAKS)', '=BYCOL(A1:C3,MAX)'],
      ['=BYROW(A1:C3;MIDDEL)', '=BYROW(A1:C3,AVERAGE)'],
      ['=SCAN(0;A1:A5;SUM)', '=SCAN(0,A1:A5,SUM)'],
      ['=MAP(A1:A3;MinFunktion)', '=MAP(A1:A3,MinFunktion)'],
    ]) {

      expect(fromDisplayFormula(danish!, 'da-DK')).toBe(canonical);
      expect(toDisplayFormula(canonical!, 'da-DK')).toBe(danish);
    }
    expect(spilled(fromDisplayFormula('=BYCOL(A1:C3;MAKS)', 'da-DK'))).toEqual({ E1: 3, F1: 30, G1: 9 });
  });

  it('is typed in lower case too, as Excel reads a function\'s name in any case', () => {
    expect(fromDisplayFormula('=BYCOL(A1:C3;maks)', 'da-DK')).toBe('=BYCOL(A1:C3,MAX)');
    expect(fromDisplayFormula('=SCAN(0;A1:A5;sum)', 'da-DK')).toBe('=SCAN(0,A1:A5,SUM)');
    expect(spilled(fromDisplayFormula('=BYROW(A1:C3;middel)', 'da-DK'))).toEqual({ E1: 6, E2: 10 / 3, E3: 14 });
    // A defined name's spelling, in mixed case, stays the name.
    expect(fromDisplayFormula('=MAP(A1:A3;Rente)', 'da-DK')).toBe('=MAP(A1:A3,Rente)');
  });

  it('keeps a defined name of a function\'s spelling as the name it is', () => {
    expect(toDisplayFormula('=MAP(A1:A3,Rente)', 'da-DK')).toBe('=MAP(A1:A3;Rente)');
  });
});

describe('a LAMBDA given to a parameter and called by it, or given by a defined name', () => {
  it.each([
    ['=LET(dobbelt,LAMBDA(x,x*2),anvend,LAMBDA(f,v,f(v)),anvend(dobbelt,3))', { E1: 6 }],
    ['=MAP(A1:A3,MinFunktion)', { E1: 10, E2: -20, E3: 30 }],
    ['=LAMBDA(f,f(2))(MinFunktion)', { E1: 20 }],
    ['=LAMBDA(f,g,f(g(3)))(MinFunktion,LAMBDA(y,y+1))', { E1: 40 }],
    ['=LAMBDA(f,MAP(A1:A3,f))(LAMBDA(x,x+1))', { E1: 2, E2: -1, E3: 4 }],
    ['=LAMBDA(f,SCAN(0,A1:A3,f))(LAMBDA(a,v,a+v*v))', { E1: 1, E2: 5, E3: 14 }],
    ['=LAMBDA(f,f)(MinFunktion)', { E1: '#CALC!' }],
    ['=LAMBDA(f,f(1,2))(MinFunktion)', { E1: '#VALUE!' }],
    ['=LAMBDA(f,f(A1:A3))(LAMBDA(x,x*2))', { E1: 2, E2: -4, E3: 6 }],
    ['=LET(anvend,LAMBDA(f,v,f(v)),anvend(MinFunktion,A1:A3))', { E1: 10, E2: -20, E3: 30 }],
    ['=LAMBDA(f,f(A1:C1))(MinFunktion)', { E1: 10, F1: 100, G1: 70 }],
    ['=LAMBDA(g,LAMBDA(f,f(B1:B3))(g))((LAMBDA(x,x+1)))', { E1: 11, E2: 21, E3: 31 }],
  ])('%s is %j', (formula, expected) => {
    expect(spilled(formula)).toEqual(expected);
  });

  it('is typed in Danish with `;`', () => {
    const typed = '=LAD(dobbelt;LAMBDA(x;x*2);anvend;LAMBDA(f;v;f(v));anvend(dobbelt;3))';
    expect(spilled(fromDisplayFormula(typed, 'da-DK'))).toEqual({ E1: 6 });
  });
});

describe('a LAMBDA whose calculation reads a range spills it, as in Excel 365', () => {
  it.each([
    ['=LAMBDA(x,A1:A3*x)(2)', { E1: 2, E2: -4, E3: 6 }],
    ['=LET(f,LAMBDA(x,B1:B3+x),f(1))', { E1: 11, E2: 21, E3: 31 }],
    ['=LAMBDA(x,A1:C1*x)(3)', { E1: 3, F1: 30, G1: 21 }],
    ['=LAMBDA(x,SUM(A1:A3)*x)(2)', { E1: 4 }],
  ])('%s spills %j', (formula, expected) => {
    expect(spilled(formula)).toEqual(expected);
  });

  it('in Danish too', () => {
    expect(spilled(fromDisplayFormula('=LAMBDA(x;A1:A3*x)(2)', 'da-DK'))).toEqual({ E1: 2, E2: -4, E3: 6 });
  });
});

describe('in an .xlsx file', () => {
  it.each([
    ['=BYROW(A1:C3,SUM)', '_xlfn.BYROW(A1:C3,_xleta.SUM)'],
    ['=SCAN(0,A1:A5,SUM)', '_xlfn.SCAN(0,A1:A5,_xleta.SUM)'],
    ['=MAP(A1:A3,MinFunktion)', '_xlfn.MAP(A1:A3,MinFunktion)'],
    ['=LAMBDA(f,v,f(v))(MinFunktion,3)', '_xlfn.LAMBDA(_xlpm.f,_xlpm.v,_xlpm.f(_xlpm.v))(MinFunktion,3)'],
  ])('%s is written %s and read back', (canonical, file) => {
    expect(toExcelFormula(canonical)).toBe(file);
    expect(fromExcelFormula(file)).toBe(canonical);
  });

  it('an exported workbook with them is imported with the same values, nothing listed', async () => {
    const cells = { E1: '=SUM(BYROW(A1:C3,SUM))', E2: '=REDUCE(0,A1:A3,SUM)', E3: '=LAMBDA(f,f(2))(MinFunktion)', H1: '=LAMBDA(x,A1:A3*x)(2)' };
    const doc = open.document(workbookFile({ Ark: { ...DATA, ...cells } }, { names: NAMES }));
    const imported = await importXlsx(await exportWorkbookXlsx(doc), { fileName: 'eta.xlsx' });
    expect(imported.unsupported.count).toBe(0);
    const back = open.document(importedWorkbookFile(imported));
    // A spill is written as Excel 365's dynamic array over its block (xlsxDynamicArrays.ts), and read back as typed.
    expect(Object.keys(cells).map((cell) => inputAt(back, `Ark!${cell}`))).toEqual(Object.values(cells));
    expect([...Object.keys(cells), 'H2', 'H3'].map((cell) => plain(open.value(back, `Ark!${cell}`)))).toEqual([70, 2, 20, 2, -4, 6]);
  });
});
