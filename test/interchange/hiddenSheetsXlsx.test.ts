/**
 * A planner's Excel workbook with hidden helper sheets (a lookup table hidden, parameters very
 * hidden) through Fremskriv and back: the import keeps each sheet's state, formulas reading them
 * compute, the export writes the states back (and opens on a visible sheet), and importing the
 * export gives the same visibilities. The files are made and read with exceljs, as Excel's.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportSheetCsv } from '../../models/interchange/csvExport.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { sheetVisibility, visibleSheets } from '../../models/workbook/sheetVisibility.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { loadXlsx, shownValue } from './support/xlsxValues.js';

/** The workbook as the planner's Excel saved it. */
async function plannersWorkbook(firstHidden = false): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (firstHidden) workbook.addWorksheet('Noter', { state: 'hidden' }).getCell('A1').value = 'Hjælpeark';
  const plan = workbook.addWorksheet('Plan');
  plan.getCell('A1').value = 'Ledige';
  plan.getCell('B1').value = { formula: 'VLOOKUP("Ledige",Opslag!A1:B3,2,FALSE)*Parametre!A1', result: 2400 };
  const lookup = workbook.addWorksheet('Opslag', { state: 'hidden' });
  lookup.addRows([['Ledige', 1200], ['Sygedagpenge', 300], ['Kontanthjælp', 450]]);
  workbook.addWorksheet('Parametre', { state: 'veryHidden' }).getCell('A1').value = 2;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('hidden sheets through .xlsx', () => {
  it('keep their state on import, and formulas reading them compute', async () => {
    const imported = await importXlsx(await plannersWorkbook(), { fileName: 'plan.xlsx' });
    expect(imported.warnings).toEqual([]);
    const doc = documentFromFile(importedWorkbookFile(imported));
    const grid = workbookGrid(doc);
    expect(grid.listSheets().map((s) => [s.name, sheetVisibility(grid, s.id)])).toEqual([
      ['Plan', 'visible'],
      ['Opslag', 'hidden'],
      ['Parametre', 'veryHidden'],
    ]);
    const engine = new WorkbookEngine(doc);
    try {
      expect(engine.value(grid.sheetIdByName('Plan')!, 0, 1)).toBe(2400);
    } finally {
      engine.destroy();
      doc.destroy();
    }
  });

  it('are written back hidden and very hidden, and a round trip gives the same workbook', async () => {
    const imported = await importXlsx(await plannersWorkbook(), { fileName: 'plan.xlsx' });
    const doc = documentFromFile(importedWorkbookFile(imported));
    const exported = await exportWorkbookXlsx(doc);
    doc.destroy();
    const workbook = await loadXlsx(exported);
    // Excel's view of the file: the states, and the cached value computed from the hidden sheets.
    expect(['Plan', 'Opslag', 'Parametre'].map((name) => workbook.getWorksheet(name)?.state)).toEqual(['visible', 'hidden', 'veryHidden']);
    expect(shownValue(workbook.getWorksheet('Plan')!.getCell('B1'))).toBe(2400);
    const back = await importXlsx(exported, { fileName: 'export.xlsx' });
    expect(back.fromFremskriv).toBe(true);
    expect(back.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Plan', undefined],
      ['Opslag', 'hidden'],
      ['Parametre', 'veryHidden'],
    ]);
    expect(back.warnings).toEqual([]);
  });

  it('a workbook whose first sheet is hidden opens on its first visible sheet in Excel', async () => {
    const imported = await importXlsx(await plannersWorkbook(true), { fileName: 'plan.xlsx' });
    const doc = documentFromFile(importedWorkbookFile(imported));
    expect(visibleSheets(workbookGrid(doc)).map((s) => s.name)).toEqual(['Plan']);
    const workbook = await loadXlsx(await exportWorkbookXlsx(doc));
    doc.destroy();
    expect(workbook.views[0]).toMatchObject({ activeTab: 1, firstSheet: 1 });
    expect(workbook.worksheets[1]?.name).toBe('Plan');
  });

  it('a hidden sheet asked for by name still exports as CSV (hiding is not protection, as in Excel)', async () => {
    const imported = await importXlsx(await plannersWorkbook(), { fileName: 'plan.xlsx' });
    const doc = documentFromFile(importedWorkbookFile(imported));
    try {
      const csv = exportSheetCsv(doc, workbookGrid(doc).sheetIdByName('Opslag')!, { separator: ';', decimal: ',' });
      expect(csv).toBe('\uFEFFLedige;1200\r\nSygedagpenge;300\r\nKontanthjælp;450\r\n');
    } finally {
      doc.destroy();
    }
  });
});
