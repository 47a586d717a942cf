import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { importCsv } from '../../models/interchange/csvImport.js';
import { applyImport } from '../../models/interchange/importIntoWorkspace.js';
import type { ImportedWorkbook } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { WorkbookOperationError } from '../../models/operations/workbookOperation.js';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';

const ORIGIN = 'test-import';

function templateDoc(): Y.Doc {
  return documentFromFile(beskaeftigelsesplanTemplate());
}

describe('importing into a workspace', () => {
  it('adds a CSV as a new sheet beside the existing ones, as one change', () => {
    const doc = templateDoc();
    try {
      const before = exportWorkbookFile(doc);
      let transactions = 0;
      doc.on('afterTransaction', (tr: Y.Transaction) => {
        if (tr.origin === ORIGIN) transactions++;
      });
      const csv = importCsv(new TextEncoder().encode('Måned;Ledige\n2023-01;1.234,5\n'), { fileName: 'Faktiske tal.csv' });
      const applied = applyImport(doc, csv, 'sheets', ORIGIN);
      expect(applied.sheets).toEqual(['Faktiske tal']);
      expect(transactions).toBe(1);
      const after = exportWorkbookFile(doc);
      expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
      expect(after.sheets[before.sheets.length]).toEqual({ name: 'Faktiske tal', cells: { A1: 'Måned', B1: 'Ledige', A2: '2023-01', B2: 1234.5 } });
      expect(after.goals).toEqual(before.goals);
    } finally {
      doc.destroy();
    }
  });

  it('renames sheets that clash with existing ones and re-points their formulas', async () => {
    const doc = templateDoc();
    const source = templateDoc();
    try {
      const imported = await importXlsx(await exportWorkbookXlsx(source), { fileName: 'plan.xlsx' });
      const applied = applyImport(doc, imported, 'sheets', ORIGIN);
      expect(applied.sheets).toEqual(exportWorkbookFile(source).sheets.map((sheet) => `${sheet.name} (2)`));
      expect(applied.sheets).toContain('Forudsætninger (2)');
      expect(applied.warnings.map((w) => w.message).join(' ')).toContain('goals and scenarios were not imported');
      const grid = workbookGrid(doc);
      const sheetId = grid.sheetIdByName('Fremskrivning (2)')!;
      expect(String(cellInputAt(doc, sheetId, 4, 1))).toContain("'Forudsætninger (2)'!");
      const engines = new ScenarioEngines(doc);
      try {
        const original = grid.sheetIdByName('Fremskrivning')!;
        expect(engines.engine('').value(sheetId, 6, 21)).toEqual(engines.engine('').value(original, 6, 21));
      } finally {
        engines.destroy();
      }
    } finally {
      doc.destroy();
      source.destroy();
    }
  });

  it('replaces the workspace with a Fremskriv export: sheets, goals, scenarios and title', async () => {
    const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'Tom', locale: 'en-GB', sheets: [{ name: 'Forudsætninger', cells: { A1: 'gammel' } }] });
    const source = templateDoc();
    try {
      const imported = await importXlsx(await exportWorkbookXlsx(source), { fileName: 'plan.xlsx' });
      const applied = applyImport(doc, imported, 'replace', ORIGIN);
      expect(applied).toMatchObject({ goals: 8, scenarios: 3 });
      expect(exportWorkbookFile(doc)).toEqual(exportWorkbookFile(source));
    } finally {
      doc.destroy();
      source.destroy();
    }
  });

  it('leaves the workspace untouched when any operation of the import is refused', () => {
    const doc = templateDoc();
    try {
      const before = Y.encodeStateVector(doc);
      const imported: ImportedWorkbook = {
        title: 'Forkert',
        locale: 'da-DK',
        sheets: [{ name: 'Ny', cells: { A1: 1 } }],
        goals: [],
        scenarios: [{ name: 'Dårlig', inputs: { 'Findes ikke!A1': 1 } }],
        fromFremskriv: true,
        unsupported: { found: [], count: 0 },
        warnings: [],
      };
      expect(() => applyImport(doc, imported, 'replace', ORIGIN)).toThrow(WorkbookOperationError);
      expect(Y.encodeStateVector(doc)).toEqual(before);
    } finally {
      doc.destroy();
    }
  });
});
