/**
 * Whatever a document holds (an older client's or a hostile peer's update, written straight
 * through Yjs), a workspace still opens, computes, exports and restores: readers return typed
 * values or a clear absence (models/workbook/workbookReader.ts), never an exception deep inside an
 * export, and restoring a saved version repairs the document.
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { exportSheetCsv } from '../../models/interchange/csvExport.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { replaceWorkbookContent } from '../../models/workbook/replaceWorkbookContent.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { effectiveInput, scenarioInputPositions, workbookLocale, workbookTitle } from '../../models/workbook/workbookReader.js';
import { HOSTILE_SHAPES, hostileBase } from '../support/hostileShapes.js';
import { exported, openWorkbooks, scenarioId } from '../support/workbookFixtures.js';

const open = openWorkbooks();

function hostileDocument(write: (doc: Y.Doc) => void): Y.Doc {
  const doc = open.document(hostileBase);
  doc.transact(() => write(doc));
  return doc;
}

describe('a document holding shapes Fremskriv never writes', () => {
  it.each(HOSTILE_SHAPES)('with %s, it still exports as a workbook file, evaluates, and exports XLSX and CSV', async (_, write) => {
    const doc = hostileDocument(write);
    const file = exportWorkbookFile(doc);
    expect(file.sheets.length).toBeGreaterThan(0);
    expect(file.goals?.map((g) => g.id)).toEqual(['g']);
    const report = evaluateWorkbook(doc);
    expect(report.scenarios.map((s) => s.goals.map((g) => g.id))).toEqual([['g']]);
    const xlsx = await exportWorkbookXlsx(doc);
    expect(String.fromCharCode(xlsx[0]!, xlsx[1]!)).toBe('PK');
    for (const sheet of workbookGrid(doc).listSheets()) {
      expect(typeof exportSheetCsv(doc, sheet.id, { separator: ';', decimal: ',' })).toBe('string');
    }
    expect(typeof workbookTitle(doc)).toBe('string');
    expect(['da-DK', 'en-GB']).toContain(workbookLocale(doc));
  });

  it.each(HOSTILE_SHAPES)('with %s, restoring a saved version makes the workspace that version again', (_, write) => {
    const doc = hostileDocument(write);
    const version = open.document(hostileBase);
    replaceWorkbookContent(doc, version);
    expect(exported(doc)).toBe(exported(version));
    expect(evaluateWorkbook(doc)).toEqual(evaluateWorkbook(version));
    // and the repaired workspace takes edits again
    const data = workbookGrid(doc).sheetIdByName('Data')!;
    applyOperation(doc, { type: 'setCells', sheetId: data, cells: [{ row: 0, col: 0, input: 9 }] });
    expect(open.value(doc, 'Rapport!A1')).toBe(19);
  });

  it.each(HOSTILE_SHAPES)('with %s saved in a version, restoring that version gives a workspace that opens', (_, write) => {
    const version = hostileDocument(write);
    const doc = open.document(hostileBase);
    replaceWorkbookContent(doc, version);
    expect(exported(doc)).toBe(exported(version));
    expect(workbookGrid(doc).listSheets().length).toBeGreaterThan(0);
  });

  it('a cell holding a Y.Map reads as empty everywhere: in the file, the engine and under a scenario', () => {
    const doc = hostileDocument(HOSTILE_SHAPES[0]![1]);
    const data = workbookGrid(doc).sheetIdByName('Data')!;
    expect(exportWorkbookFile(doc).sheets[0]!.cells).toEqual({ B1: '=A1*2', A2: 'tekst' });
    expect(open.value(doc, 'Data!B1')).toBe(0);
    // the scenario's input still replaces the cell
    expect(effectiveInput(doc, scenarioId(doc, 'Høj'), data, 0, 0)).toBe(7);
    expect(open.value(doc, 'Data!B1', scenarioId(doc, 'Høj'))).toBe(14);
  });

  it('a scenario input holding a Y.Map is no input: the cell keeps its own content under the scenario', () => {
    const doc = hostileDocument(HOSTILE_SHAPES.find(([name]) => name.startsWith('a scenario input'))![1]);
    const data = workbookGrid(doc).sheetIdByName('Data')!;
    const high = scenarioId(doc, 'Høj');
    expect(scenarioInputPositions(doc, high).size).toBe(0);
    expect(effectiveInput(doc, high, data, 0, 0)).toBe(5);
    expect(open.value(doc, 'Data!B1', high)).toBe(10);
  });

  it('a sheet that lost its rows is not shown, and an edit addressed to it is refused with a clear error', () => {
    const doc = hostileDocument(HOSTILE_SHAPES.find(([name]) => name === "sheet.delete('rows')")![1]);
    expect(workbookGrid(doc).listSheets().map((s) => s.name)).toEqual(['Rapport']);
    const [dataId] = [...doc.getMap('sheets').keys()].filter((id) => !workbookGrid(doc).sheet(id));
    expect(() => applyOperation(doc, { type: 'setCells', sheetId: dataId!, cells: [{ row: 0, col: 0, input: 1 }] })).toThrow(/unknown sheet/);
  });

  it('a sheet named "__proto__" is a sheet like any other: its cells compute and export', () => {
    const doc = hostileDocument(HOSTILE_SHAPES.find(([name]) => name.includes('sound sheet named __proto__'))![1]);
    expect(workbookGrid(doc).listSheets().map((s) => s.name)).toContain('__proto__');
    expect(exportWorkbookFile(doc).sheets.find((s) => s.name === '__proto__')?.cells).toEqual({ A1: 1 });
    expect(open.value(doc, '__proto__!A1')).toBe(1);
  });

  it('a sheet name Excel would refuse (empty, quoted) is shown as "Ark", and the XLSX export accepts it', async () => {
    for (const shape of ['an empty sheet name', 'a quoted sheet name']) {
      const doc = hostileDocument(HOSTILE_SHAPES.find(([name]) => name === shape)![1]);
      expect(workbookGrid(doc).listSheets().map((s) => s.name)).toEqual(['Data', 'Ark']);
      await expect(exportWorkbookXlsx(doc)).resolves.toBeInstanceOf(Uint8Array);
    }
  });
});
