/**
 * Array formulas through the .xlsx: what the export writes as a one-cell array formula
 * (`{=SUM(A1:A9*B1:B9)}`, so every Excel computes it element by element) and that an imported
 * array formula (legacy `{=…}` or Excel 365's spill, interchange/xlsxCells.ts) keeps computing.
 */
import ExcelJS from 'exceljs';
import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { evaluatesAsArray, spillsAlikeWithoutArrayFormula } from '../../models/engine/arrayFormulas.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { parseCellAddress } from '../../models/workbook/cellAddress.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { zipParts } from '../interchange/support/zipBuilder.js';
import { fileWith } from './support/excelCompatibilityCases.js';

/** Reads a cell's computed value by its A1 address on the named sheet. */
function valueAt(engine: WorkbookEngine, doc: Y.Doc, sheetName: string): (address: string) => unknown {
  const sheetId = workbookGrid(doc).sheetIdByName(sheetName)!;
  return (address) => {
    const { row, col } = parseCellAddress(address)!;
    return engine.value(sheetId, row, col);
  };
}

describe('which formulas the export writes as array formulas', () => {
  it.each([
    ['=SUM((A1:A9>0)*A1:A9)', true],
    ['=SUM(A1:A9*B1:B9)', true],
    ['=MAX(IF(A1:A9>0,A1:A9))', true],
    ['=AVERAGE(IF(Ark2!B1:B9="x",C1:C9))', true],
    ['=IFERROR(MATCH(1,(A1:A9="x")*(B1:B9=2),0),0)', true],
    ['=SUM(IF(ISNUMBER(A1:A9),A1:A9))', true],
    ['=INDEX(A1:A3*B1:B3,2,1)', true],
    ['=SUM(A1:A9)*2', false],
    ['=SUM(A1:A9,B1)', false],
    ['=SUMPRODUCT((A1:A9>0)*A1:A9)', false],
    ['=A1:A9*2', false],
    ['=IF(A1:A9>0,1,0)', false],
    ['=COUNTIF(A1:A9,">0")+SUM(B1:B9)', false],
    ['=SUM(A1:A9)&"A1:A9*2"', false],
    ['=VLOOKUP(A1,B1:C9,2,FALSE)', false],
    ['=SUM(MATCH(A1:A3,B1:B9,0))', true],
    ['=SUM(VLOOKUP(A1:A3,B1:C9,2,FALSE))', true],
    ['=MATCH(A1:A3,B1:B9,0)', false],
    ['=SUM(ROWS(A1:A9))', false],
  ] as const)('%s → %s', (formula, array) => {
    expect(evaluatesAsArray(formula)).toBe(array);
  });

  it('an exported workbook holds {=SUM(A1:A3*B1:B3)} as a one-cell array formula and =SUM(A1:A3) as a plain one', async () => {
    const doc = documentFromFile(fileWith([
      [0, '=SUM(A1:A3*B1:B3)', { A1: 1, A2: 2, A3: 3, B1: 4, B2: 5, B3: 6 }, 32, ''],
      [0, '=SUM(A1:A3)', { A1: 1 }, 1, ''],
    ], 'en-GB'));
    try {
      const sheets = [...zipParts(await exportWorkbookXlsx(doc))].filter(([name]) => /^xl\/worksheets\/sheet[12]\.xml$/.test(name)).sort();
      expect(sheets[0]![1]).toContain('<f t="array" ref="Q1">SUM(A1:A3*B1:B3)</f>');
      expect(sheets[1]![1]).toMatch(/<f>SUM\(A1:A3\)<\/f>/);
    } finally {
      doc.destroy();
    }
  });
});

describe('a spilled result in the exported workbook', () => {
  it('is an array formula over the block it fills, with the block\'s values cached, and imports back to the same values', async () => {
    const doc = documentFromFile({
      format: 'fremskriv.workbook',
      version: 1,
      title: 'Spills',
      locale: 'en-GB',
      formulaDialect: 'dynamicArrays',
      // C1 spills down C1:C3, D1 across D1:F1; B2 is a plain formula beside C1's spill.
      sheets: [{ name: 'Data', cells: { A1: 1, A2: 3, A3: 2, C1: '=SORT(A1:A3,1,-1)', D1: '=TRANSPOSE(A1:A3)', B2: '=A1+1' } }],
    });
    try {
      const bytes = await exportWorkbookXlsx(doc);
      const xml = [...zipParts(bytes)].find(([name]) => name === 'xl/worksheets/sheet1.xml')![1];
      expect(xml).toMatch(/<c r="C1"[^>]*><f t="array" ref="C1:C3">[^<]*SORT\(A1:A3,1,-1\)<\/f><v>3<\/v>/);
      expect(xml).toMatch(/<c r="D1"[^>]*><f t="array" ref="D1:F1">TRANSPOSE\(A1:A3\)<\/f>/);
      expect(xml).toMatch(/<c r="B2"[^>]*><f>A1\+1<\/f>/);
      expect(xml).toMatch(/<c r="C3"[^>]*><v>1<\/v>/);
      expect(xml).toMatch(/<c r="F1"[^>]*><v>2<\/v>/);

      const back = documentFromFile(importedWorkbookFile(await importXlsx(bytes, { fileName: 'spills.xlsx' })));
      const engine = new WorkbookEngine(back);
      try {
        const at = valueAt(engine, back, 'Data');
        expect(['C1', 'C2', 'C3', 'D1', 'E1', 'F1', 'B2'].map(at)).toEqual([3, 2, 1, 1, 3, 2, 2]);
      } finally {
        engine.destroy();
        back.destroy();
      }
    } finally {
      doc.destroy();
    }
  });
});

describe('an imported array formula keeps computing', () => {
  async function fileWithArrays(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    [[1, 4], [2, 5], [3, 6]].forEach(([a, b], i) => {
      sheet.getCell(i + 1, 1).value = a!;
      sheet.getCell(i + 1, 2).value = b!;
    });
    // exceljs' typings lack shareType and ref, which it reads and writes (`<f t="array" ref=…>`).
    const array = (formula: string, ref: string, result: number): ExcelJS.CellFormulaValue => ({ formula, shareType: 'array', ref, result }) as ExcelJS.CellFormulaValue;
    sheet.getCell('C1').value = array('SUM(A1:A3*B1:B3)', 'C1', 32);
    sheet.getCell('D1').value = array('A1:A3*B1:B3', 'D1:D3', 4);
    sheet.getCell('D2').value = 10;
    sheet.getCell('D3').value = 18;
    sheet.getCell('E1').value = array('_xlfn._xlws.SORT(A1:A3,1,-1)', 'E1:E3', 3);
    sheet.getCell('E2').value = 2;
    sheet.getCell('E3').value = 1;
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('{=SUM(…)} computes, a block {=A1:A3*B1:B3} and a spilled SORT spill again, and all follow an edit', async () => {
    const imported = await importXlsx(await fileWithArrays(), { fileName: 'arrays.xlsx' });
    // The cached values below an array formula are cleared: they would block its spill.
    expect(imported.sheets[0]!.cells['D2']).toBeUndefined();
    expect(imported.sheets[0]!.cells['E2']).toBeUndefined();
    const doc = documentFromFile(importedWorkbookFile(imported));
    const engine = new WorkbookEngine(doc);
    try {
      const at = valueAt(engine, doc, 'Data');
      const sheetId = workbookGrid(doc).sheetIdByName('Data')!;
      expect(['C1', 'D1', 'D2', 'D3', 'E1', 'E2', 'E3'].map(at)).toEqual([32, 4, 10, 18, 3, 2, 1]);
      applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row: 1, col: 0, input: 20 }] });
      expect(['C1', 'D1', 'D2', 'D3', 'E1', 'E2', 'E3'].map(at)).toEqual([122, 4, 100, 18, 20, 3, 1]);
    } finally {
      engine.destroy();
      doc.destroy();
    }
  });
});

describe('a natively spilling function through the .xlsx', () => {
  it.each([
    ['=SORT(A1:A3)', true],
    ['=SORT(A1:A3*2,1,-1)', true],
    ['=UNIQUE(Data!B2:B40)', true],
    ['=FILTER(A1:A9,B1:B9>0)', true],
    ['=SEQUENCE(12)', true],
    ['=SEQUENCE(B1*12,1,0)', true],
    ['=TRANSPOSE(A1:C1)', true],
    ['=TRANSPOSE(SORT(A1:A3))', true],
    ['=MMULT(A1:B2,D1:E2)', true],
    ['=TRANSPOSE(A1:C1*2)', false],
    ['=TRANSPOSE(ABS(A1:C1))', false],
    ['=SEQUENCE(A1:A2)', false],
    ['=XLOOKUP(A1,H1:H3,I1:J3)', true],
    ['=XLOOKUP(A1:A3,H1:H3,I1:I3)', false],
    ['=SORT(A1:A3)*2', false],
    ['=A1:A3*2', false],
    ['=SUM(A1:A3*B1:B3)', false],
    ['=IF(A1:A3>0,1,0)', false],
  ] as const)('%s spills alike without ARRAYFORMULA: %s', (formula, alike) => {
    expect(spillsAlikeWithoutArrayFormula(formula)).toBe(alike);
  });

  it('=SORT(…), =UNIQUE(…), =SEQUENCE(…) and =TRANSPOSE(…) come back as the planner wrote them, with the same values; =TRANSPOSE(A1:A3*2) keeps computing element by element', async () => {
    const cells = {
      A1: 1, A2: 3, A3: 1,
      C1: '=SORT(A1:A3,1,-1)', D1: '=UNIQUE(A1:A3)', E1: '=SEQUENCE(3,1,10)', F1: '=TRANSPOSE(A1:A3)',
      F3: '=ARRAYFORMULA(TRANSPOSE(A1:A3*2))',
    };
    const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'Spills', locale: 'en-GB', formulaDialect: 'dynamicArrays', sheets: [{ name: 'Data', cells }] });
    const addresses = ['C1', 'C2', 'C3', 'D1', 'D2', 'E1', 'E2', 'E3', 'F1', 'G1', 'H1', 'F3', 'G3', 'H3'];
    const engine = new WorkbookEngine(doc);
    const before = addresses.map(valueAt(engine, doc, 'Data'));
    engine.destroy();
    const bytes = await exportWorkbookXlsx(doc);
    doc.destroy();
    const imported = await importXlsx(bytes, { fileName: 'spills.xlsx' });
    expect(imported.sheets[0]!.cells).toMatchObject({
      C1: '=SORT(A1:A3,1,-1)', D1: '=UNIQUE(A1:A3)', E1: '=SEQUENCE(3,1,10)', F1: '=TRANSPOSE(A1:A3)',
      F3: '=ARRAYFORMULA(TRANSPOSE(A1:A3*2))',
    });
    const back = documentFromFile(importedWorkbookFile(imported));
    const again = new WorkbookEngine(back);
    try {
      expect(before).toEqual([3, 1, 1, 1, 3, 10, 11, 12, 1, 3, 1, 2, 6, 2]);
      expect(addresses.map(valueAt(again, back, 'Data'))).toEqual(before);
    } finally {
      again.destroy();
      back.destroy();
    }
  });
});
