/**
 * A function that spills its result (SEQUENCE, SORT, FILTER, UNIQUE, XLOOKUP, TRANSPOSE, MMULT …)
 * or an array constant (`{1;2;3}`) next to an operator or given where one value is expected
 * computes for each of its values and spills, as in Excel 365 (Microsoft's "Dynamic array
 * formulas and spilled array behavior": `=SEQUENCE(3)*2` is {2;4;6}; two arrays of other shapes
 * are stretched, a row against a column gives their table and a missing element #N/A). Before,
 * the engine took the first value. A legacy formula from a file takes the first value, as legacy
 * Excel did, held with `@`. LibreOffice computes the exported array-constant, TRANSPOSE and MMULT
 * cases alike (its 7.4 lacks SEQUENCE, SORT, FILTER, UNIQUE and XLOOKUP).
 */
import { describe, expect, it } from 'vitest';
import { legacyIntersection } from '../../models/engine/engineFormula.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { formatCellAddress, parseCellAddress } from '../../models/workbook/cellAddress.js';
import { recalculateInLibreOffice } from '../interchange/support/libreOffice.js';
import { storedValues } from '../interchange/support/rawXlsx.js';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';
import { engineValueAt } from './support/engineValueAt.js';

const open = openWorkbooks();

/** A1:A5 3,1,4,1,5; B1:B5 9,2,6,5,3; C1:C6 texts; D1:D3 keys with E1:G3 a table beside them. */
const DATA = {
  ...{ A1: 3, A2: 1, A3: 4, A4: 1, A5: 5, B1: 9, B2: 2, B3: 6, B4: 5, B5: 3 },
  ...{ C1: 'b', C2: 'a', C3: 'b', C4: 'c', C5: 'a', C6: 'd', D1: 'x', D2: 'y', D3: 'z' },
  ...{ E1: 1, F1: 2, G1: 3, E2: 4, F2: 5, G2: 6, E3: 7, F3: 8, G3: 9 },
};

/** The block of `rows` × `cols` cells from `corner`, errors by their code. */
function block(at: (address: string) => unknown, corner: string, rows: number, cols: number): unknown[][] {
  const start = parseCellAddress(corner)!;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const value = at(formatCellAddress({ row: start.row + r, col: start.col + c }));
      return value !== null && typeof value === 'object' ? (value as { error: string }).error : value;
    }),
  );
}

describe('a spilling function or array constant next to an operator spills, as in Excel 365', () => {
  it.each([
    ['=SEQUENCE(3)*2', [[2], [4], [6], [null]]],
    ['=-SEQUENCE(3)', [[-1], [-2], [-3], [null]]],
    ['=SEQUENCE(3)^2', [[1], [4], [9], [null]]],
    ['=SEQUENCE(3)&" kr."', [['1 kr.'], ['2 kr.'], ['3 kr.'], [null]]],
    ['=IF(SEQUENCE(3)>1,"j","n")', [['n'], ['j'], ['j'], [null]]],
    ['=ROUND(SEQUENCE(3)/3,2)', [[0.33], [0.67], [1], [null]]],
    ['=SORT(A1:A5)*2', [[2], [2], [6], [8], [10], [null]]],
    ['=FILTER(A1:A5,B1:B5>4)*10', [[30], [40], [10], [null]]],
    ['=UNIQUE(C1:C6)&"!"', [['b!'], ['a!'], ['c!'], ['d!'], [null]]],
    ['=XLOOKUP("y",D1:D3,E1:G3)*2', [[8, 10, 12, null]]],
    ['=SEQUENCE(3)+SEQUENCE(1,3)', [[2, 3, 4], [3, 4, 5], [4, 5, 6]]],
    ['={1;2;3}*2', [[2], [4], [6], [null]]],
    ['={1;2;3}*{1,2}', [[1, 2], [2, 4], [3, 6]]],
    ['=SEQUENCE(2)*{1;2;3}', [[1], [4], ['#N/A'], [null]]],
    ['=ABS({-1;-2})', [[1], [2], [null]]],
    ['=TRANSPOSE(A1:A3)*10', [[30, 10, 40, null]]],
  ])('%s spills %j', (formula, spilled) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, K1: formula } }));
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect(block(at, 'K1', spilled.length, spilled[0]!.length)).toEqual(spilled);
  });

  it('with a spilled range beside it (`A1#`), spills the pair of them', () => {
    const doc = open.document(workbookFile({ Ark: { A1: '=SEQUENCE(3)', C1: '=SEQUENCE(3)*A1#', D1: '=ABS(A1#)+SEQUENCE(3)', E1: '=A1#*{1;2;3}' } }));
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect(block(at, 'C1', 4, 3)).toEqual([[1, 2, 1], [4, 4, 4], [9, 6, 9], [null, null, null]]);
  });

  it.each([
    ['=SUM(SEQUENCE(10)*2)', 110],
    ['=ROWS(SEQUENCE(3))*2', 6],
    ['=MAX(FILTER(A1:A5,B1:B5>2))', 5],
    ['=SEQUENCE(1)*2', 2],
    ['={5}*2', 10],
  ])('%s stays one value, %j', (formula, value) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, K1: formula } }));
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect([at('K1'), at('K2')]).toEqual([value, null]);
  });
});

describe('a legacy formula takes the first value, as legacy Excel did', () => {
  it.each([
    ['={1;2;3}*2', '=SINGLE({1;2;3})*2'],
    ['=TRANSPOSE(A1:C1)*2', '=SINGLE(TRANSPOSE(A1:C1))*2'],
    ['=SUM({1;2}*2)', '=SUM({1;2}*2)'],
    ['={1,2}', '={1,2}'],
  ])('%s is held as %s', (formula, held) => {
    expect(legacyIntersection(formula)).toBe(held);
  });

  it('and computes that first value without spilling', () => {
    const doc = open.document(workbookFile({ Ark: { K1: '=SINGLE({1;2;3})*2' } }));
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect([at('K1'), at('K2')]).toEqual([2, null]);
  });
});

describe('LibreOffice computes the exported spills alike', () => {
  it('array constants, TRANSPOSE and MMULT next to an operator', async () => {
    const cells = { ...DATA, K1: '={1;2;3}*{1,2}', N1: '=TRANSPOSE(A1:A3)*10', N3: '=MMULT(E1:F2,E1:F2)+1', K5: '=ABS({-1;-2})' };
    const doc = open.document(workbookFile({ Ark: cells }));
    const [recalculated] = recalculateInLibreOffice([await exportWorkbookXlsx(doc)]);
    const values = await storedValues(recalculated!);
    const addresses = ['K1', 'L1', 'K2', 'L2', 'K3', 'L3', 'N1', 'O1', 'P1', 'N3', 'O3', 'N4', 'O4', 'K5', 'K6'];
    const expected = [1, 2, 2, 4, 3, 6, 30, 10, 40, 10, 13, 25, 34, 1, 2];
    expect(addresses.map((a) => values.get(`Ark!${a}`))).toEqual(expected);
    expect(addresses.map((a) => open.value(doc, `Ark!${a}`))).toEqual(expected);
  }, 120_000);
});
