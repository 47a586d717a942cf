/**
 * Formulas the engine reads as Excel does through a rewrite only it sees (models/engine/engineFormula.ts):
 * a typed range where one value is expected spills as Excel 365 computes it; a legacy formula's
 * (imported from a file, Excel 365's `@`, SINGLE) is intersected with the formula's row or column, on any
 * sheet (https://support.microsoft.com/office/implicit-intersection-operator-ce3be07b-0101-4450-a24e-c1c999be2b34),
 * and SUMIF/AVERAGEIF read a sum range of the criteria range's size from its top-left cell
 * (https://support.microsoft.com/office/sumif-function-169b8c99-c05c-4483-a712-1697a653039b).
 * The planner's text stays in the document and the .xlsx, and the values follow every edit as a
 * fresh build computes them.
 */
import type * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { engineFormula, legacyIntersection, withoutLegacyIntersection } from '../../models/engine/engineFormula.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { parseCellAddress } from '../../models/workbook/cellAddress.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { zipParts } from '../interchange/support/zipBuilder.js';

const open: Array<{ destroy(): void }> = [];
afterEach(() => {
  for (const item of open.splice(0).reverse()) item.destroy();
});

function workbook(sheets: Array<{ name: string; cells: Record<string, number | string> }>): { doc: Y.Doc; engine: WorkbookEngine } {
  const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'Intersection', locale: 'en-GB', formulaDialect: 'dynamicArrays', sheets, goals: [], scenarios: [] });
  const engine = new WorkbookEngine(doc);
  open.push(doc, engine);
  return { doc, engine };
}

function at(doc: Y.Doc, engine: WorkbookEngine, sheetName: string, address: string): unknown {
  const { row, col } = parseCellAddress(address)!;
  return engine.value(workbookGrid(doc).sheetIdByName(sheetName)!, row, col);
}

/** The engine's values equal those of an engine built afresh from the same document. */
function expectFreshBuildAgrees(doc: Y.Doc, engine: WorkbookEngine): void {
  const fresh = new WorkbookEngine(doc);
  open.push(fresh);
  expect(engine.snapshot()).toEqual(fresh.snapshot());
}

describe('the text the engine is given', () => {
  it.each([
    // Excel 365 computes a typed formula for each value of such a range and spills the results.
    ['=A1:A9', '=ARRAYFORMULA(+A1:A9)'],
    ['=(Sheet2!B2:B9)', '=ARRAYFORMULA(+(Sheet2!B2:B9))'],
    ['=Sheet2!B2:B9*2', '=ARRAYFORMULA(Sheet2!B2:B9*2)'],
    ['=MATCH(A1:A9,B1:B9,0)', '=ARRAYFORMULA(MATCH(A1:A9,B1:B9,0))'],
    ['=IFERROR(VLOOKUP(C:C,A1:B9,2,FALSE),"")', '=ARRAYFORMULA(IFERROR(VLOOKUP(C:C,A1:B9,2,FALSE),""))'],
    // INDEX's whole column is a range too: next to an operator or in ABS it lifts the formula.
    ['=INDEX(A1:C9,0,2)*2', '=ARRAYFORMULA(INDEX(A1:C9,0,2)*2)'],
    ['=ABS(INDEX(A1:C9,0,2))', '=ARRAYFORMULA(ABS(INDEX(A1:C9,0,2)))'],
    // A legacy formula's @, as imported: one value.
    ['=SINGLE(A1:A9)*2', '=SINGLE(A1:A9)*2'],
    ['=SUMIF(A1:A9,"x",B1)', '=SUMIF(A1:A9,"x",B1:B9)'],
    ['=AVERAGEIF($A$2:$A$9,"x",Sheet2!$C$5:$D$5)', '=AVERAGEIF($A$2:$A$9,"x",Sheet2!$C$5:$C$12)'],
  ])('%s is computed as %s', (formula, text) => {
    expect(engineFormula(formula).text).toBe(text);
  });

  it.each([
    '=SUM(A1:A9)',
    '=SUM(A1:A9*B1:B9)',
    '=SUM(MATCH(A1:A3,B1:B9,0))',
    '=MATCH(1,(A1:A9="x")*(B1:B9>2),0)',
    '=SUMPRODUCT((A1:A9>0)*A1:A9)',
    '=ROWS(A1:A9)+ROW(A2:A9)',
    '=INDEX(A1:C9,0,2)',
    '=COUNTIF(A1:A9,">0")',
    '=SUMIF(A1:A9,"x",B1:B9)',
    '=SORT(A1:A9)',
    '=B5*(1+$C5)',
    '=A1&"A1:A9"',
  ])('%s is computed as written', (formula) => {
    expect(engineFormula(formula).text).toBe(formula);
  });
});

describe('a legacy formula from a file keeps Excel’s implicit intersection', () => {
  it.each([
    ['=A1:A9', '=SINGLE(A1:A9)'],
    ['=(Sheet2!B2:B9)', '=(SINGLE(Sheet2!B2:B9))'],
    ['=Sheet2!B2:B9*2', '=SINGLE(Sheet2!B2:B9)*2'],
    ['=MATCH(A1:A9,B1:B9,0)', '=MATCH(SINGLE(A1:A9),B1:B9,0)'],
    ['=IFERROR(VLOOKUP(C:C,A1:B9,2,FALSE),"")', '=IFERROR(VLOOKUP(SINGLE(C:C),A1:B9,2,FALSE),"")'],
    ['=SUM(A1:A9*B1:B9)', '=SUM(A1:A9*B1:B9)'],
    ['=SUMIF(A1:A9,"x",B1)', '=SUMIF(A1:A9,"x",B1)'],
    ['=INDEX(A1:C9,0,2)', '=SINGLE(INDEX(A1:C9,0,2))'],
    ['=INDEX(A1:C9,0,2)*2', '=SINGLE(INDEX(A1:C9,0,2))*2'],
    ['=SUM(INDEX(A1:C9,0,2))', '=SUM(INDEX(A1:C9,0,2))'],
    ['=INDEX(A1:C9,3,2)', '=INDEX(A1:C9,3,2)'],
  ])('%s is kept as %s, Excel 365’s @', (formula, text) => {
    expect(legacyIntersection(formula)).toBe(text);
    // Exported, the @ where Excel intersects anyway is left out again.
    expect(withoutLegacyIntersection(text)).toBe(formula);
  });

  it('an @ Excel would not add is kept for the export', () => {
    expect(withoutLegacyIntersection('=SUM(SINGLE(A1:A9))')).toBe('=SUM(SINGLE(A1:A9))');
    expect(withoutLegacyIntersection('=SINGLE(A1)+"SINGLE(A1:A2)"')).toBe('=SINGLE(A1)+"SINGLE(A1:A2)"');
  });
});

describe('a range where one value is expected', () => {
  it('in a typed formula spills one result per value, as Excel 365 computes it', () => {
    const { doc, engine } = workbook([{ name: 'Data', cells: { A1: 1, A2: 2, A3: 3, C1: '=A1:A3', D1: '=(A1:A3)*10', E1: '=ABS(A1:A3-2)' } }]);
    expect(['C1', 'C2', 'C3', 'D1', 'D2', 'D3', 'E1', 'E2', 'E3'].map((a) => at(doc, engine, 'Data', a))).toEqual([1, 2, 3, 10, 20, 30, 1, 0, 1]);
  });

  it('with Excel 365’s @ (a legacy formula) is the cell in the formula’s row, on its own sheet and on another, and follows an edit of that cell', () => {
    const { doc, engine } = workbook([
      { name: 'Data', cells: { A1: 1, A2: 2, A3: 3, C2: '=SINGLE(A1:A3)', C3: '=(SINGLE(A1:A3))*10', C5: '=SINGLE(A1:A3)' } },
      { name: 'Plan', cells: { B2: '=SINGLE(Data!A1:A3)', B3: '=MATCH(SINGLE(Data!A1:A3),Data!A1:A3,0)' } },
    ]);
    expect(['C2', 'C3', 'C5'].map((a) => at(doc, engine, 'Data', a))).toEqual([2, 30, { error: '#VALUE!', message: expect.any(String) }]);
    expect(['B2', 'B3'].map((a) => at(doc, engine, 'Plan', a))).toEqual([2, 3]);

    const data = workbookGrid(doc).sheetIdByName('Data')!;
    applyOperation(doc, { type: 'setCells', sheetId: data, cells: [{ row: 1, col: 0, input: 20 }] });
    expect(at(doc, engine, 'Data', 'C2')).toBe(20);
    expect(at(doc, engine, 'Plan', 'B2')).toBe(20);
  });

  it('with @ keeps reading the formula’s own row after a row is inserted above it', () => {
    const { doc, engine } = workbook([{ name: 'Data', cells: { A1: 1, A2: 2, A3: 3, A4: 4, C3: '=SINGLE(A1:A4)' } }]);
    const data = workbookGrid(doc).sheetIdByName('Data')!;
    applyOperation(doc, { type: 'insertRows', sheetId: data, index: 1, count: 1 });
    applyOperation(doc, { type: 'setCells', sheetId: data, cells: [{ row: 1, col: 0, input: 9 }] });
    // C3 moved to C4, A1:A4 grew to A1:A5: the formula reads A4, which holds 3.
    expect(at(doc, engine, 'Data', 'C4')).toBe(3);
    expectFreshBuildAgrees(doc, engine);
  });

  it('a legacy formula from a file imports with @, computes one value and is exported as Excel wrote it', async () => {
    const { doc: source } = workbook([{ name: 'Data', cells: { A1: 1, A2: 2, A3: 3, C2: '=SINGLE(A1:A3)', D2: '=MATCH(SINGLE(A1:A3),A1:A3,0)', E2: '=ABS(A1:A3)' } }]);
    const bytes = await exportWorkbookXlsx(source);
    const sheet = [...zipParts(bytes)].find(([name]) => name === 'xl/worksheets/sheet1.xml')![1];
    expect(sheet).toMatch(/<c r="C2"[^>]*><f>A1:A3<\/f><v>2<\/v>/);
    expect(sheet).toMatch(/<c r="D2"[^>]*><f>MATCH\(A1:A3,A1:A3,0\)<\/f><v>2<\/v>/);
    // The typed formula spills: an array formula over its block, as Excel shows every value.
    expect(sheet).toMatch(/<c r="E2"[^>]*><f t="array" ref="E2:E4">ABS\(A1:A3\)<\/f><v>1<\/v>/);
    const back = documentFromFile(importedWorkbookFile(await importXlsx(bytes, { fileName: 'legacy.xlsx' })));
    const engine = new WorkbookEngine(back);
    open.push(back, engine);
    const sheetId = workbookGrid(back).sheetIdByName('Data')!;
    expect(cellInputAt(back, sheetId, 1, 2)).toBe('=SINGLE(A1:A3)');
    expect(['C2', 'D2', 'E2', 'E3', 'E4'].map((a) => at(back, engine, 'Data', a))).toEqual([2, 2, 1, 2, 3]);
  });
  it('written with Excel 365’s @ where Excel intersects anyway, is exported as a legacy formula and imports with its @ again', async () => {
    const { doc } = workbook([{ name: 'Data', cells: { A1: 1, A2: 2, A3: 3, C2: '=SINGLE(A1:A3)*2' } }]);
    const bytes = await exportWorkbookXlsx(doc);
    const xml = [...zipParts(bytes)].find(([name]) => name === 'xl/worksheets/sheet1.xml')![1];
    expect(xml).toMatch(/<f>A1:A3\*2<\/f><v>4<\/v>/);
    const back = documentFromFile(importedWorkbookFile(await importXlsx(bytes, { fileName: 'single.xlsx' })));
    const engine = new WorkbookEngine(back);
    open.push(back, engine);
    expect(at(back, engine, 'Data', 'C2')).toBe(4);
  });
});

describe('SUMIF and AVERAGEIF with a sum range smaller than the criteria range', () => {
  it('sum the cells Excel sums and follow an edit of a cell beyond the sum range as written', () => {
    const { doc, engine } = workbook([{ name: 'Data', cells: { A1: 'x', A2: 'y', A3: 'x', B1: 1, B2: 2, B3: 4, D1: '=SUMIF(A1:A3,"x",B1)', D2: '=AVERAGEIF(A1:A3,"x",B1:B2)' } }]);
    expect(at(doc, engine, 'Data', 'D1')).toBe(5);
    expect(at(doc, engine, 'Data', 'D2')).toBe(2.5);
    const data = workbookGrid(doc).sheetIdByName('Data')!;
    applyOperation(doc, { type: 'setCells', sheetId: data, cells: [{ row: 2, col: 1, input: 10 }] });
    expect(at(doc, engine, 'Data', 'D1')).toBe(11);
    expect(at(doc, engine, 'Data', 'D2')).toBe(5.5);
  });

  it('keep the criteria range’s size when rows are inserted inside it and deleted, as a fresh build reads them', () => {
    const { doc, engine } = workbook([
      { name: 'Data', cells: { A1: 'x', A2: 'y', A3: 'x', C10: 1, C11: 2, C12: 4, C13: 100, E1: '=SUMIF(A1:A3,"x",C10)' } },
    ]);
    const data = workbookGrid(doc).sheetIdByName('Data')!;
    expect(at(doc, engine, 'Data', 'E1')).toBe(5);
    applyOperation(doc, { type: 'insertRows', sheetId: data, index: 1, count: 1 });
    applyOperation(doc, { type: 'setCells', sheetId: data, cells: [{ row: 1, col: 0, input: 'x' }] });
    // Criteria A1:A4 (x, x, y, x) over C11:C14 (1, 2, 4, 100).
    expect(at(doc, engine, 'Data', 'E1')).toBe(103);
    expectFreshBuildAgrees(doc, engine);
    applyOperation(doc, { type: 'deleteRows', sheetId: data, index: 2, count: 1 });
    // The row of "y" gone: criteria A1:A3 (x, x, x) over C10:C12 (1, 2, 4).
    expect(at(doc, engine, 'Data', 'E1')).toBe(7);
    expectFreshBuildAgrees(doc, engine);
  });

  it('keeps the planner’s formula in the document and the .xlsx', async () => {
    const { doc } = workbook([{ name: 'Data', cells: { A1: 'x', A2: 'y', A3: 'x', B1: 1, B2: 2, B3: 4, D1: '=SUMIF(A1:A3,"x",B1)' } }]);
    const xml = [...zipParts(await exportWorkbookXlsx(doc))].find(([name]) => name === 'xl/worksheets/sheet1.xml')![1];
    expect(xml).toMatch(/<c r="D1"[^>]*><f>SUMIF\(A1:A3,&quot;x&quot;,B1\)<\/f><v>5<\/v>/);
  });
});
