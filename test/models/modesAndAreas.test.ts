/**
 * MODE.MULT, PERMUTATIONA (models/engine/statisticsFunctions.ts) and AREAS
 * (models/engine/areasFunction.ts), which HyperFormula 3.5 lacks (they were #NAME?). Values marked
 * "LibreOffice 7.4" were computed there on this machine (an .xlsx of the formulas recalculated
 * headless); where it differs from Microsoft's page, the page is followed and both are named.
 */
import { describe, expect, it } from 'vitest';
import { locate, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import type { CellInput } from '../../models/workbook/workbookReader.js';
import { evaluate, expectClose } from '../support/formulaTable';

const MS = 'https://support.microsoft.com/en-us/office';
const PAGE = {
  modeMult: 'https://learn.microsoft.com/en-us/previous-versions/office/developer/office-2010/ff194209(v=office.14)',
  permutationa: `${MS}/permutationa-function-6c7d7fdc-d657-44e6-aa19-2857b25cae4e`,
  areas: `${MS}/areas-function-8392ba32-7a41-43b3-96b0-3695d2ec6152`,
};

const open = openWorkbooks();

/** A workbook of one sheet, Ark, read and edited by A1 address. */
function sheet(cells: Record<string, CellInput>) {
  const doc = open.document(workbookFile({ Ark: cells }, { locale: 'en-GB' }));
  const engine = open.engine(doc);
  const column = (from: string, rows: number): unknown[] => {
    const { sheetId, row, col } = locate(doc, `Ark!${from}`);
    return Array.from({ length: rows }, (_, r) => engine.value(sheetId, row + r, col));
  };
  const set = (address: string, input: CellInput): void => {
    const { sheetId, row, col } = locate(doc, `Ark!${address}`);
    applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row, col, input }] });
  };
  return { column, set };
}

const VISITS = { A1: 1, A2: 2, A3: 3, A4: 4, A5: 3, A6: 2, A7: 1, A8: 5 };

describe('MODE.MULT spills the values occurring most often, as Excel 365', () => {
  it('spills 1, 2 and 3 down from the formula, in the order each first occurs (LibreOffice 7.4: 3 rows, 1, 2, 3)', () => {
    const s = sheet({ ...VISITS, C1: '=MODE.MULT(A1:A8)' });
    expect(s.column('C1', 4)).toEqual([1, 2, 3, null]);
  });

  it('shrinks to one value when a change leaves one value most frequent', () => {
    const s = sheet({ ...VISITS, C1: '=MODE.MULT(A1:A8)' });
    s.set('A8', 2);
    expect(s.column('C1', 3)).toEqual([2, null, null]);
  });

  it('passes over text in the range (LibreOffice 7.4: 1, 2, 3)', () => {
    const s = sheet({ ...VISITS, A4: 'x', C1: '=MODE.MULT(A1:A8)' });
    expect(s.column('C1', 4)).toEqual([1, 2, 3, null]);
  });

  it.each([
    ['=MODE.MULT(A4:A8)', '#N/A', `${PAGE.modeMult}: no value repeated is #N/A (LibreOffice 7.4 gives #VALUE!)`],
    ['=SUM(MODE.MULT(A1:A8))', 6, 'inside SUM the spilled values are summed (LibreOffice 7.4: ROWS 3, values 1, 2, 3)'],
    ['=MODE.MULT(A1:A3,A1)', 1, 'several arguments are read together'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    const data = [[1, 1], [2, 2], [3, 3], [4, 'x'], [3, 3], [2, 2], [1, 1], [5, 5]];
    expect(evaluate(data, formula), source).toEqual(expected);
  });
});

describe('PERMUTATIONA and AREAS as Excel computes them', () => {
  it.each([
    ['=PERMUTATIONA(3,2)', 9, `${PAGE.permutationa}; LibreOffice 7.4 agrees`],
    ['=PERMUTATIONA(2,2)', 4, PAGE.permutationa],
    ['=PERMUTATIONA(3.7,2.9)', 9, 'both truncated; LibreOffice 7.4 agrees'],
    ['=PERMUTATIONA(0,0)', 1, 'LibreOffice 7.4'],
    ['=PERMUTATIONA(10,0)', 1, 'LibreOffice 7.4'],
    ['=PERMUTATIONA(0,1)', '#NUM!', `${PAGE.permutationa}: number 0 with objects chosen`],
    ['=PERMUTATIONA(-1,2)', '#NUM!', `${PAGE.permutationa}: arguments not valid (LibreOffice 7.4 gives #VALUE!)`],
    ['=PERMUTATIONA(2,-1)', '#NUM!', `${PAGE.permutationa} (LibreOffice 7.4 gives #VALUE!)`],
    ['=PERMUTATIONA("a",1)', '#VALUE!', PAGE.permutationa],
    ['=AREAS(A1:B3)', 1, `${PAGE.areas}; LibreOffice 7.4 agrees`],
    ['=AREAS(A1)', 1, 'LibreOffice 7.4'],
    ['=AREAS(C:C)', 1, 'a whole column is one area'],
    ['=AREAS(INDEX(A1:B3,2,0))', 1, 'a reference INDEX gives'],
    ['=AREAS(5)', '#VALUE!', 'a number is no reference'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    const actual = evaluate([[1, 2], [3, 4], [5, 6]], formula);
    expect(expectClose(actual, expected, 12), `${formula}: ${String(actual)} (${source})`).toBe(true);
  });
});
