/**
 * RANDARRAY as Excel 365 computes it (Microsoft's RANDARRAY page,
 * https://support.microsoft.com/en-us/excel/randarray-function; Danish Excel's SLUMPMATRIX,
 * https://support.microsoft.com/da-DK/Excel/functions/randarray-function): its shape, its bounds,
 * whole numbers with both ends included, its errors, drawn anew at every computation and once per
 * LET. No test reads a particular random value. LibreOffice 7.4 (installed here) has no RANDARRAY.
 */
import { describe, expect, it } from 'vitest';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale';
import { isSupportedFunction } from '../../models/interchange/unsupportedFunctions';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { zipParts } from '../interchange/support/zipBuilder.js';
import { locate, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';
import { evaluate, type TableValue } from '../support/formulaTable';

const open = openWorkbooks();

/** The numbers of a spilled block, each checked to be a number. */
function numbers(block: TableValue): number[] {
  expect(Array.isArray(block)).toBe(true);
  const cells = (block as TableValue[][]).flat();
  for (const cell of cells) expect(typeof cell).toBe('number');
  return cells as number[];
}

describe('RANDARRAY spills an array of random numbers', () => {
  it('=RANDARRAY(5,3) fills 5 rows by 3 columns with numbers in [0,1), and nothing beyond', () => {
    const block = evaluate([], '=RANDARRAY(5,3)', { rows: 6, columns: 4 }) as TableValue[][];
    const inside = numbers(block.slice(0, 5).map((row) => row.slice(0, 3)));
    expect(inside.every((n) => n >= 0 && n < 1)).toBe(true);
    expect(new Set(inside).size).toBeGreaterThan(1);
    expect(block[5]!.every((cell) => cell === null)).toBe(true);
    expect(block.slice(0, 5).every((row) => row[3] === null)).toBe(true);
  });

  it.each([
    ['=RANDARRAY()', 1, 1, "Microsoft's page: without rows or columns, one value"],
    ['=RANDARRAY(,4)', 1, 4, 'rows left out is 1'],
    ['=RANDARRAY(3)', 3, 1, 'columns left out is 1'],
    ['=RANDARRAY(2.9,2.2)', 2, 2, 'counts are truncated'],
  ])('%s spills %i × %i (%s)', (formula, rows, columns) => {
    const block = evaluate([], formula, { rows: rows + 1, columns: columns + 1 }) as TableValue[][];
    expect(numbers(block.slice(0, rows).map((row) => row.slice(0, columns))).every((n) => n >= 0 && n < 1)).toBe(true);
    expect(block[rows]!.every((cell) => cell === null)).toBe(true);
  });

  it('=RANDARRAY(5,3,1,100) gives decimal numbers from 1 up to 100', () => {
    const values = numbers(evaluate([], '=RANDARRAY(5,3,1,100)', { rows: 5, columns: 3 }));
    expect(values.every((n) => n >= 1 && n < 100)).toBe(true);
    expect(values.some((n) => !Number.isInteger(n))).toBe(true);
  });

  it('=RANDARRAY(40,25,1,3,TRUE) gives whole numbers from 1 to 3, both ends included', () => {
    const values = numbers(evaluate([], '=RANDARRAY(40,25,1,3,TRUE)', { rows: 40, columns: 25 }));
    expect(values.every((n) => Number.isInteger(n) && n >= 1 && n <= 3)).toBe(true);
    // 1,000 draws of three values: each one missing has a chance of (2/3)^1000.
    expect(new Set(values)).toEqual(new Set([1, 2, 3]));
  });

  it('whole numbers may be negative: =RANDARRAY(20,20,-2,0,TRUE) draws -2, -1 and 0', () => {
    expect(new Set(numbers(evaluate([], '=RANDARRAY(20,20,-2,0,TRUE)', { rows: 20, columns: 20 })))).toEqual(new Set([-2, -1, 0]));
  });

  it('reads its arguments from cells and from other formulas', () => {
    const values = numbers(evaluate([[10, 20]], '=RANDARRAY(2,2,A1,B1,TRUE)', { rows: 2, columns: 2 }));
    expect(values.every((n) => Number.isInteger(n) && n >= 10 && n <= 20)).toBe(true);
    expect(evaluate([], '=ROWS(RANDARRAY(4,2))*10+COLUMNS(RANDARRAY(4,2))')).toBe(42);
    expect(evaluate([], '=SUM(RANDARRAY(10,10,1,1.5))')).toBeGreaterThanOrEqual(100);
  });
});

describe('RANDARRAY errors', () => {
  it.each([
    ['=RANDARRAY(2,2,5,1)', '#VALUE!', "Microsoft's page: min must be less than max"],
    ['=RANDARRAY(2,2,5,5)', '#VALUE!', "Microsoft's page: min must be less than max, so equal is #VALUE!"],
    ['=RANDARRAY(2,2,1.5,3,TRUE)', '#VALUE!', 'whole numbers between bounds that are no whole numbers'],
    ['=RANDARRAY(-1)', '#VALUE!', 'a negative count'],
    ['=RANDARRAY(2,-3)', '#VALUE!', 'a negative count of columns'],
    ['=RANDARRAY(0)', '#CALC!', 'no rows: an empty array, as SEQUENCE(0)'],
    ['=RANDARRAY(3,0)', '#CALC!', 'no columns: an empty array'],
    ['=RANDARRAY(Z1)', '#CALC!', 'a blank cell counts 0'],
    ['=RANDARRAY("x")', '#VALUE!', 'text is no count'],
    ['=RANDARRAY(1/0)', '#DIV/0!', 'an error argument is the result'],
    ['=RANDARRAY(1000,1001)', '#SPILL!', 'past the bound on one result (arrayBound.ts), before anything is drawn'],
  ])('%s is %s (%s)', (formula, expected, reason) => {
    expect(evaluate([], formula), reason).toBe(expected);
  });
});

describe('RANDARRAY in a workbook', () => {
  function workbook(cells: Record<string, string | number>) {
    const doc = open.document(workbookFile({ Ark: cells }, { locale: 'en-GB' }));
    const engine = open.engine(doc);
    const at = (address: string): unknown => {
      const { sheetId, row, col } = locate(doc, `Ark!${address}`);
      return engine.value(sheetId, row, col);
    };
    const set = (address: string, input: string | number): void => {
      const { sheetId, row, col } = locate(doc, `Ark!${address}`);
      doc.transact(() => applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row, col, input }] }));
    };
    return { doc, at, set };
  }

  it('is drawn anew when any cell changes, as RAND is (volatile)', () => {
    const w = workbook({ A1: '=RANDARRAY(30,1)', C1: 1 });
    const before = Array.from({ length: 30 }, (_, i) => w.at(`A${i + 1}`));
    w.set('C1', 2);
    const after = Array.from({ length: 30 }, (_, i) => w.at(`A${i + 1}`));
    expect(after.every((n) => typeof n === 'number')).toBe(true);
    // 30 draws all equal to the earlier ones: impossible but for a broken volatility.
    expect(after).not.toEqual(before);
  });

  it('spills as many rows as a cell says and follows it', () => {
    const w = workbook({ D1: 3, A1: '=RANDARRAY(D1,1,1,6,TRUE)' });
    expect([1, 2, 3].every((r) => typeof w.at(`A${r}`) === 'number')).toBe(true);
    expect(w.at('A4')).toBeNull();
    w.set('D1', 5);
    expect([1, 2, 3, 4, 5].every((r) => typeof w.at(`A${r}`) === 'number')).toBe(true);
  });

  it('is drawn once per LET: =LET(r,RANDARRAY(3,1),SUM(r-r)) is 0', () => {
    const w = workbook({ A1: '=LET(r,RANDARRAY(3,1),SUM(r-r))' });
    expect(w.at('A1')).toBe(0);
  });

  it('is written _xlfn.RANDARRAY in the .xlsx export, over the cells it spills', async () => {
    const w = workbook({ A1: '=RANDARRAY(2,3)' });
    const xml = String(zipParts(await exportWorkbookXlsx(w.doc)).get('xl/worksheets/sheet1.xml'));
    expect(xml).toMatch(/<f t="array" ref="A1:C2">_xlfn\.RANDARRAY\(2,3\)<\/f>/);
  });

  it('is SLUMPMATRIX in Danish and a function the import computes', () => {
    expect(toDisplayFormula('=RANDARRAY(2,3,1,10,TRUE)', 'da-DK')).toBe('=SLUMPMATRIX(2;3;1;10;SAND)');
    expect(fromDisplayFormula('=SLUMPMATRIX(2;3)', 'da-DK')).toBe('=RANDARRAY(2,3)');
    expect(isSupportedFunction('RANDARRAY')).toBe(true);
  });
});
