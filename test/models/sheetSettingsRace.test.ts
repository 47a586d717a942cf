/**
 * Two colleagues making a sheet's first merged area, Wrap Text cell or hidden row at once, each
 * offline, then exchanging their changes: both keep (workbook/sheetSettings.ts). Before, each
 * created the sheet's missing map under the same key, Yjs kept one of the two, and the other's
 * entry was lost.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { restoreVersion } from '../../models/operations/restoreVersion.js';
import { upgradeWorkbook } from '../../models/templates/workbookUpgrade.js';
import { hiddenPositions } from '../../models/workbook/hiddenLines.js';
import { formatMergedArea, sheetMerges } from '../../models/workbook/mergedCells.js';
import { SHEET_SETTINGS_KEYS } from '../../models/workbook/sheetSettings.js';
import { sheetWrappedCells } from '../../models/workbook/wrapText.js';
import { sheetsMap, type SheetMap } from '../../models/workbook/workbookSchema.js';
import { exchangeUpdates, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** A workspace and a colleague's copy of it, as each holds it before going offline. */
function twoColleagues(prepare: (doc: Y.Doc) => void = () => {}): { anna: Y.Doc; bo: Y.Doc; id: string } {
  const anna = open.document(workbookFile({ Plan: { A1: 'Ledige', A3: 'Kvartal' } }));
  prepare(anna);
  const bo = open.peerOf(anna, 2);
  return { anna, bo, id: sheetId(anna, 'Plan') };
}

/** Both colleagues' edits, made offline, then delivered both ways. */
function editOfflineThenSync(docs: { anna: Y.Doc; bo: Y.Doc; id: string }): void {
  const { anna, bo, id } = docs;
  applyOperation(anna, { type: 'mergeCells', sheetId: id, row: 0, col: 0, rows: 1, cols: 2 });
  applyOperation(bo, { type: 'mergeCells', sheetId: id, row: 2, col: 0, rows: 1, cols: 3 });
  applyOperation(anna, { type: 'setWrapText', sheetId: id, row: 5, col: 0, wrap: true });
  applyOperation(bo, { type: 'setWrapText', sheetId: id, row: 6, col: 1, wrap: true });
  applyOperation(anna, { type: 'hideRows', sheetId: id, index: 9, count: 1 });
  applyOperation(bo, { type: 'hideRows', sheetId: id, index: 11, count: 1 });
  exchangeUpdates(anna, bo);
}

function expectBothKept(doc: Y.Doc, id: string): void {
  expect(sheetMerges(doc, id).map(formatMergedArea)).toEqual(['A1:B1', 'A3:C3']);
  expect(sheetWrappedCells(doc, id)).toEqual([{ row: 5, col: 0 }, { row: 6, col: 1 }]);
  expect(hiddenPositions(doc, id, 'rows')).toEqual([9, 11]);
}

/** The sheet as a document written before its settings maps (none of them under the sheet). */
function withoutSettingsMaps(doc: Y.Doc): void {
  doc.transact(() => {
    for (const sheet of sheetsMap(doc).values()) for (const key of SHEET_SETTINGS_KEYS) (sheet as SheetMap).delete(key);
  });
}

describe("two colleagues' first settings on a sheet, made at once", () => {
  it("keeps both colleagues' first merged areas, wrapped cells and hidden rows on a new sheet", () => {
    const docs = twoColleagues();
    editOfflineThenSync(docs);
    expectBothKept(docs.anna, docs.id);
    expectBothKept(docs.bo, docs.id);
  });

  it('keeps both on a sheet stored before the maps, once the workspace is brought up to date (as the server loads it)', () => {
    const docs = twoColleagues((doc) => {
      withoutSettingsMaps(doc);
      expect(upgradeWorkbook(doc).settingsMaps).toBe(1);
      expect(upgradeWorkbook(doc).settingsMaps).toBe(0);
    });
    editOfflineThenSync(docs);
    expectBothKept(docs.anna, docs.id);
    expectBothKept(docs.bo, docs.id);
  });

  it('keeps both after a version without the maps was restored', () => {
    const docs = twoColleagues((doc) => {
      const old = new Y.Doc();
      Y.applyUpdate(old, Y.encodeStateAsUpdate(doc));
      withoutSettingsMaps(old);
      applyOperation(doc, { type: 'mergeCells', sheetId: sheetId(doc, 'Plan'), row: 20, col: 0, rows: 2, cols: 2 });
      restoreVersion(doc, Y.encodeStateAsUpdate(old));
      old.destroy();
      expect(sheetMerges(doc, sheetId(doc, 'Plan'))).toEqual([]);
    });
    editOfflineThenSync(docs);
    expectBothKept(docs.anna, docs.id);
    expectBothKept(docs.bo, docs.id);
  });
});
