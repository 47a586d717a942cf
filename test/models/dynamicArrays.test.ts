/**
 * A typed formula computes as Excel 365 computes it: a range where one value is expected makes
 * the formula compute for each of its values and spill
 * (https://support.microsoft.com/office/dynamic-array-formulas-and-spilled-array-behavior-205c6b06-03ba-4151-89a1-87a7eb36e531).
 * Before, Fremskriv intersected such a range with the formula's row, as legacy Excel does; a
 * formula imported from a legacy .xlsx formula still does (Excel 365's `@`, implicitIntersection.test.ts).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { locate, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';
import { engineValueAt } from './support/engineValueAt.js';

const open = openWorkbooks();

/** Values in A1:A3, a lookup table in H1:I3. */
const DATA = { A1: -1.25, A2: 2.5, A3: 'Roskilde', H1: 2.5, H2: -1.25, H3: 3, I1: 'to', I2: 'minus', I3: 'tre' } as const;

describe('a typed formula with a range where one value is expected spills, as Excel 365', () => {
  it.each([
    ['=ABS(A1:A2)', [1.25, 2.5, null]],
    ['=ROUND(A1:A2,1)', [-1.3, 2.5, null]],
    ['=LEN(A1:A3)', [5, 3, 8]],
    ['=XLOOKUP(A1:A3,H1:H3,I1:I3,"ingen")', ['minus', 'to', 'ingen']],
    ['=A1:A2*2', [-2.5, 5, null]],
    ['=A1:A3', [-1.25, 2.5, 'Roskilde']],
    ['=IF(H1:H3>0,"plus","minus")', ['plus', 'minus', 'plus']],
    ['=H1:H3&" stk."', ['2,5 stk.', '-1,25 stk.', '3 stk.']],
    // SEQUENCE given a range of counts: each computation's first value, Excel's array of arrays.
    ['=SEQUENCE(H1:H3,1,7)', [7, { error: '#VALUE!' }, 7]],
    // INDEX with a row index of 0 gives the whole column (Microsoft's INDEX page), which spills.
    ['=INDEX(H1:I3,0,1)', [2.5, -1.25, 3]],
    ['=INDEX(H1:I3,0,1)*2', [5, -2.5, 6]],
    ['=ABS(INDEX(H1:I3,0,1))', [2.5, 1.25, 3]],
    ['=INDEX(H1:H3,0)', [2.5, -1.25, 3]],
  ])('%s spills %j', (formula, spilled) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, K1: formula } }));
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    const values = ['K1', 'K2', 'K3'].map(at);
    spilled.forEach((expected, i) => (typeof expected === 'object' && expected !== null ? expect(values[i]).toMatchObject(expected) : expect(values[i]).toBe(expected)));
  });

  it('inside a function reading arrays the values are one argument, as before', () => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, K1: '=SUM(ABS(A1:A2))', K2: '=SUM(SEQUENCE(H1:H3))', K3: '=SUM(A1:A2*2)' } }));
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect(['K1', 'K3'].map(at)).toEqual([3.75, 2.5]);
    expect(at('K2')).toMatchObject({ error: '#VALUE!' });
  });

  it('INDEX of one cell, or of a whole column inside a function reading it, stays one value', () => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, K1: '=INDEX(H1:I3,2,1)', K2: '=SUM(INDEX(H1:I3,0,1))', K3: '=INDEX(H:H,3)', K4: '=ROWS(INDEX(H1:I3,0,2))', K5: '=INDEX(H1:I3,1,0)' } }));
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect(['K1', 'K2', 'K3', 'K4', 'K5', 'L5'].map(at)).toEqual([-1.25, 4.25, 3, 3, 2.5, 'to']);
  });

  it('a value in the way is #SPILL!, and cleared, the formula spills again', () => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, K1: '=ABS(A1:A2)', K2: 'i vejen' } }));
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect(at('K1')).toMatchObject({ error: '#SPILL!' });
    const { sheetId: id, row, col } = locate(doc, 'Ark!K2');
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row, col, input: null }] });
    expect(['K1', 'K2'].map(at)).toEqual([1.25, 2.5]);
  });

  it('is exported as an array formula over its block and imported with the same values', async () => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, K1: '=ROUND(A1:A2,1)', L1: '=SUM(H1:H3)' } }));
    const bytes = await exportWorkbookXlsx(doc);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const k1 = workbook.getWorksheet('Ark')!.getCell('K1').value as ExcelJS.CellFormulaValue & { ref?: string; shareType?: string };
    expect([k1.formula, k1.shareType, k1.ref]).toEqual(['ROUND(A1:A2,1)', 'array', 'K1:K2']);
    const back = open.document(importedWorkbookFile(await importXlsx(bytes, { fileName: 'spill.xlsx' })));
    const at = engineValueAt(open.engine(back), sheetId(back, 'Ark'));
    expect(['K1', 'K2', 'L1'].map(at)).toEqual([-1.3, 2.5, 4.25]);
    // A plain formula from the file is a legacy one; this one had no range to intersect.
    expect(cellInputAt(back, sheetId(back, 'Ark'), 0, 11)).toBe('=SUM(H1:H3)');
  });
});
