/**
 * Hidden sheets as a planner meets them (models/workbook/sheetVisibility.ts): an older document
 * shows every sheet, hiding keeps a sheet's cells in every formula, goal and scenario, and a
 * workbook never ends up without a visible sheet, whichever way it is asked.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { parseWorkbookFile, type WorkbookFile } from '../../models/format/workbookFile.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { applyOperation, applyOperations } from '../../models/operations/applyOperation.js';
import { checkOperations } from '../../models/operations/operationChecks.js';
import { WorkbookOperationError } from '../../models/operations/workbookOperation.js';
import { replaceWorkbookContent } from '../../models/workbook/replaceWorkbookContent.js';
import { sheetVisibility, visibleSheets } from '../../models/workbook/sheetVisibility.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { sheetsMap, type SheetMap } from '../../models/workbook/workbookSchema.js';
import { documentFromFile } from '../../models/templates/templates.js';

const PLAN: WorkbookFile = {
  format: 'fremskriv.workbook',
  version: 1,
  title: 'Plan med opslag',
  locale: 'da-DK',
  sheets: [
    { name: 'Plan', cells: { A1: 'Ledige', B1: '=Opslag!B1*Parametre!A1' } },
    { name: 'Opslag', cells: { A1: 'Ledige 2023', B1: 1200 } },
    { name: 'Parametre', cells: { A1: 2 } },
  ],
  goals: [{ id: 'ledige', title: 'Ledige under 3000', value: '=Plan!B1', comparator: '<=', target: 3000 }],
  scenarios: [{ name: 'Højkonjunktur', inputs: { 'Parametre!A1': 3 } }],
};

function ids(doc: Y.Doc): { plan: string; opslag: string; parametre: string } {
  const grid = workbookGrid(doc);
  return { plan: grid.sheetIdByName('Plan')!, opslag: grid.sheetIdByName('Opslag')!, parametre: grid.sheetIdByName('Parametre')! };
}

function refusal(apply: () => void): string | null {
  try {
    apply();
    return null;
  } catch (error) {
    if (error instanceof WorkbookOperationError) return error.code;
    throw error;
  }
}

describe('a sheet\'s visibility', () => {
  it('is visible in a document written before hidden sheets', () => {
    const doc = documentFromFile(PLAN);
    const grid = workbookGrid(doc);
    expect(visibleSheets(grid).map((s) => s.name)).toEqual(['Plan', 'Opslag', 'Parametre']);
    expect(grid.listSheets().every((s) => sheetVisibility(grid, s.id) === 'visible')).toBe(true);
    expect(exportWorkbookFile(doc).sheets.some((s) => 'visibility' in s)).toBe(false);
  });

  it('hides a lookup sheet\'s tab while formulas, goals and scenarios still read its cells', () => {
    const doc = documentFromFile(PLAN);
    const { plan, opslag, parametre } = ids(doc);
    applyOperations(doc, [
      { type: 'setSheetVisibility', sheetId: opslag, visibility: 'hidden' },
      { type: 'setSheetVisibility', sheetId: parametre, visibility: 'veryHidden' },
    ]);
    const grid = workbookGrid(doc);
    expect(visibleSheets(grid).map((s) => s.name)).toEqual(['Plan']);
    expect(grid.listSheets().map((s) => sheetVisibility(grid, s.id))).toEqual(['visible', 'hidden', 'veryHidden']);
    const engine = new WorkbookEngine(doc);
    try {
      expect(engine.value(plan, 0, 1)).toBe(2400);
      applyOperation(doc, { type: 'setCells', sheetId: opslag, cells: [{ row: 0, col: 1, input: 1000 }] });
      expect(engine.value(plan, 0, 1)).toBe(2000);
    } finally {
      engine.destroy();
    }
    const report = evaluateWorkbook(doc);
    // The scenario's input on the very hidden parameters sheet: 1000 × 3.
    expect(report.scenarios.map((s) => [s.name, s.goals[0]?.value, s.goals[0]?.met])).toEqual([['Højkonjunktur', 3000, true]]);
  });

  it('refuses to hide or delete the last visible sheet, and changes nothing', () => {
    const doc = documentFromFile(PLAN);
    const { plan, opslag, parametre } = ids(doc);
    applyOperation(doc, { type: 'setSheetVisibility', sheetId: opslag, visibility: 'hidden' });
    applyOperation(doc, { type: 'setSheetVisibility', sheetId: parametre, visibility: 'hidden' });
    const before = Y.encodeStateVector(doc);
    expect(refusal(() => applyOperation(doc, { type: 'setSheetVisibility', sheetId: plan, visibility: 'hidden' }))).toBe('last-visible-sheet');
    expect(refusal(() => applyOperation(doc, { type: 'setSheetVisibility', sheetId: plan, visibility: 'veryHidden' }))).toBe('last-visible-sheet');
    expect(refusal(() => applyOperation(doc, { type: 'deleteSheet', sheetId: plan }))).toBe('last-visible-sheet');
    expect(Y.encodeStateVector(doc)).toEqual(before);
    // Showing another sheet first, in the same batch, makes room to hide this one.
    expect(
      checkOperations(doc, [
        { type: 'setSheetVisibility', sheetId: opslag, visibility: 'visible' },
        { type: 'setSheetVisibility', sheetId: plan, visibility: 'hidden' },
      ]),
    ).toBeNull();
    expect(checkOperations(doc, [{ type: 'setSheetVisibility', sheetId: plan, visibility: 'invisible' as 'hidden' }])?.code).toBe('invalid-input');
  });

  it('showing a sheet again removes the field, so the document reads as before', () => {
    const doc = documentFromFile(PLAN);
    const { opslag } = ids(doc);
    applyOperation(doc, { type: 'setSheetVisibility', sheetId: opslag, visibility: 'hidden' });
    applyOperation(doc, { type: 'setSheetVisibility', sheetId: opslag, visibility: 'visible' });
    expect((sheetsMap(doc).get(opslag) as SheetMap).has('visibility')).toBe(false);
  });

  it('shows the first sheet when a document holds no visible one (an older client\'s update)', () => {
    const doc = documentFromFile(PLAN);
    doc.transact(() => {
      for (const sheet of sheetsMap(doc).values()) (sheet as SheetMap).set('visibility', 'hidden');
    });
    const grid = workbookGrid(doc);
    expect(visibleSheets(grid).map((s) => s.name)).toEqual(['Plan']);
    // And a value no client writes reads as visible.
    (sheetsMap(doc).get(ids(doc).opslag) as SheetMap).set('visibility', 42);
    expect(visibleSheets(workbookGrid(doc)).map((s) => s.name)).toEqual(['Opslag']);
  });

  it('is kept by the v1 file and by restoring a version', () => {
    const doc = documentFromFile(PLAN);
    const { opslag, parametre } = ids(doc);
    applyOperation(doc, { type: 'setSheetVisibility', sheetId: opslag, visibility: 'hidden' });
    applyOperation(doc, { type: 'setSheetVisibility', sheetId: parametre, visibility: 'veryHidden' });
    const file = exportWorkbookFile(doc);
    expect(file.sheets.map((s) => s.visibility)).toEqual([undefined, 'hidden', 'veryHidden']);
    const again = documentFromFile(parseWorkbookFile(JSON.parse(JSON.stringify(file))));
    expect(exportWorkbookFile(again).sheets.map((s) => s.visibility)).toEqual([undefined, 'hidden', 'veryHidden']);

    const version = new Y.Doc();
    Y.applyUpdate(version, Y.encodeStateAsUpdate(doc));
    applyOperation(doc, { type: 'setSheetVisibility', sheetId: opslag, visibility: 'visible' });
    applyOperation(doc, { type: 'setSheetVisibility', sheetId: parametre, visibility: 'visible' });
    replaceWorkbookContent(doc, version);
    expect(visibleSheets(workbookGrid(doc)).map((s) => s.name)).toEqual(['Plan']);
    expect(sheetVisibility(workbookGrid(doc), parametre)).toBe('veryHidden');
  });

  it('a v1 file with every sheet hidden is refused, saying why', () => {
    const hiddenAll = { ...PLAN, sheets: PLAN.sheets.map((s) => ({ ...s, visibility: 'hidden' as const })) };
    expect(() => parseWorkbookFile(hiddenAll)).toThrow(/at least one visible sheet/);
  });
});
