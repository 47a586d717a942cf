/**
 * A function that declares its own result's size, given a range where it takes one value inside
 * an array formula (`=ARRAYFORMULA(XLOOKUP(A1:A3,H1:H3,I1:I3))`), is computed for each value as
 * Excel 365 lifts it. Before, HyperFormula threw "Function returning array cannot be vectorized"
 * while the engine was built: one such cell, typed or imported, left no value for any cell of the
 * workspace (models/engine/liftedCalls.ts).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { locate, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';
import { engineValueAt } from './support/engineValueAt.js';

const open = openWorkbooks();

/** Lookup keys in A1:A3, a table in H1:J3, a plain formula in M1. */
const TABLE = { A1: 2, A2: 3, A3: 1, H1: 1, H2: 2, H3: 3, I1: 10, I2: 20, I3: 30, J1: 100, J2: 200, J3: 300, M1: '=SUM(H1:H3)' } as const;

describe('a lifted call to a function returning an array', () => {
  it.each([
    ['=ARRAYFORMULA(XLOOKUP(A1:A3,H1:H3,I1:I3))', [20, 30, 10]],
    ['=ARRAYFORMULA(XLOOKUP(A1:A3,H1:H3,I1:I3)+1)', [21, 31, 11]],
    ['=ARRAYFORMULA(LET(x,A1:A3,XLOOKUP(x,H1:H3,I1:I3)))', [20, 30, 10]],
    // Excel's "array of arrays": each lookup gives its first column only.
    ['=ARRAYFORMULA(XLOOKUP(A1:A3,H1:H3,I1:J3))', [20, 30, 10]],
  ])('%s spills one value per lookup value, as Excel 365, and every other cell computes', (formula, spilled) => {
    const doc = open.document(workbookFile({ Ark1: { ...TABLE, K1: formula } }));
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark1'));
    expect(['K1', 'K2', 'K3'].map(at)).toEqual(spilled);
    expect(at('M1')).toBe(6);
  });

  it('inside SUM, which reads its arguments as arrays, the lookups are summed', () => {
    const doc = open.document(workbookFile({ Ark1: { ...TABLE, K1: '=SUM(XLOOKUP(A1:A3,H1:H3,I1:I3))' } }));
    expect(open.value(doc, 'Ark1!K1')).toBe(60);
  });

  it('typed into an open workspace, it spills; edited again to a plain formula, it computes; the engine is never rebuilt', () => {
    const doc = open.document(workbookFile({ Ark1: { ...TABLE } }));
    const engine = open.engine(doc);
    const at = engineValueAt(engine, sheetId(doc, 'Ark1'));
    const { sheetId: id, row, col } = locate(doc, 'Ark1!K1');
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row, col, input: '=ARRAYFORMULA(XLOOKUP(A1:A3,H1:H3,I1:I3))' }] });
    expect(['K1', 'K2', 'K3', 'M1'].map(at)).toEqual([20, 30, 10, 6]);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 0, col: 0, input: 3 }] });
    expect(['K1', 'K2', 'K3'].map(at)).toEqual([30, 30, 10]);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row, col, input: '=M1*2' }] });
    expect(['K1', 'K2', 'K3', 'M1'].map(at)).toEqual([12, null, null, 6]);
    expect(engine.rebuilds).toBe(0);
  });

  it('the workspace evaluation judges a goal on the cells it spills and on a lifted call of its own', () => {
    const doc = open.document(workbookFile({ Ark1: { ...TABLE, K1: '=ARRAYFORMULA(XLOOKUP(A1:A3,H1:H3,I1:I3))' } }, {
      goals: [
        { id: 'opslag', title: 'Opslag', value: '=SUM(Ark1!K1:K3)', comparator: '>=', target: 50 },
        { id: 'eget', title: 'Eget opslag', value: '=SUM(XLOOKUP(Ark1!A1:A2,Ark1!H1:H3,Ark1!I1:I3))', comparator: '>=', target: 50 },
      ],
    }));
    expect(evaluateWorkbook(doc).scenarios[0]?.goals.map(({ id, value, met }) => ({ id, value, met }))).toEqual([
      { id: 'opslag', value: 60, met: true },
      { id: 'eget', value: 50, met: true },
    ]);
  });

  it('imported from .xlsx as an array formula, it spills and the workbook computes', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    for (const [address, value] of Object.entries(TABLE)) {
      sheet.getCell(address).value = typeof value === 'number' ? value : { formula: value.slice(1), result: 6 };
    }
    // exceljs' typings lack shareType and ref, which it reads and writes (`<f t="array" ref=…>`).
    sheet.getCell('K1').value = { formula: '_xlfn.XLOOKUP(A1:A3,H1:H3,I1:I3)', shareType: 'array', ref: 'K1:K3', result: 20 } as ExcelJS.CellFormulaValue;
    const imported = await importXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()), { fileName: 'opslag.xlsx' });
    const doc = open.document(importedWorkbookFile(imported));
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Data'));
    expect(['K1', 'K2', 'K3', 'M1'].map(at)).toEqual([20, 30, 10, 6]);
  });
});
