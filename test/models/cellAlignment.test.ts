/** A cell's horizontal alignment (cellAlignment.ts) kept by the cell through the operations that move, delete and check cells, and in the v1 file. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation, applyOperations } from '../../models/operations/applyOperation.js';
import { checkOperations } from '../../models/operations/operationChecks.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { cellAlignment, sheetAlignedCells } from '../../models/workbook/cellAlignment.js';
import { slotAt } from '../../models/workbook/schemaRules.js';
import { addMissingSettingsMaps } from '../../models/workbook/sheetSettings.js';
import { sheetsMap, type SheetMap } from '../../models/workbook/workbookSchema.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { parseWorkbookJson } from '../../models/format/workbookFile.js';

function sheetDoc(): { doc: Y.Doc; sheetId: string } {
  const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'T', locale: 'da-DK', sheets: [{ name: 'Data', cells: { B2: 'Navn', C2: 5 } }, { name: 'Andet', cells: {} }] });
  return { doc, sheetId: workbookGrid(doc).listSheets()[0]!.id };
}

describe('horizontal alignment', () => {
  it('setAlignment sets a block left, centred or right, and null gives it back to General', () => {
    const { doc, sheetId } = sheetDoc();
    expect(cellAlignment(doc, sheetId, 1, 1)).toBeNull();
    applyOperation(doc, { type: 'setAlignment', sheetId, row: 1, col: 1, rows: 1, cols: 2, alignment: 'right' });
    applyOperation(doc, { type: 'setAlignment', sheetId, row: 2, col: 1, alignment: 'center' });
    expect(sheetAlignedCells(doc, sheetId)).toEqual([
      { row: 1, col: 1, alignment: 'right' },
      { row: 1, col: 2, alignment: 'right' },
      { row: 2, col: 1, alignment: 'center' },
    ]);
    applyOperation(doc, { type: 'setAlignment', sheetId, row: 1, col: 1, rows: 2, cols: 1, alignment: null });
    expect(sheetAlignedCells(doc, sheetId)).toEqual([{ row: 1, col: 2, alignment: 'right' }]);
    doc.destroy();
  });

  it('rows and columns inserted before the cell keep its alignment with it; deleting its row removes it', () => {
    const { doc, sheetId } = sheetDoc();
    applyOperation(doc, { type: 'setAlignment', sheetId, row: 1, col: 1, alignment: 'center' });
    applyOperations(doc, [
      { type: 'insertRows', sheetId, index: 0, count: 2 },
      { type: 'insertColumns', sheetId, index: 0, count: 1 },
    ]);
    expect(sheetAlignedCells(doc, sheetId)).toEqual([{ row: 3, col: 2, alignment: 'center' }]);
    applyOperation(doc, { type: 'deleteRows', sheetId, index: 3, count: 1 });
    expect(sheetAlignedCells(doc, sheetId)).toEqual([]);
    doc.destroy();
  });

  it('a cut and paste carries the alignment with the cell, to another sheet too', () => {
    const { doc, sheetId } = sheetDoc();
    const other = workbookGrid(doc).listSheets()[1]!.id;
    applyOperation(doc, { type: 'setAlignment', sheetId, row: 1, col: 1, alignment: 'right' });
    applyOperation(doc, { type: 'moveCells', sheetId, row: 1, col: 1, rows: 1, cols: 1, toSheetId: other, toRow: 0, toCol: 0 });
    expect(sheetAlignedCells(doc, sheetId)).toEqual([]);
    expect(cellAlignment(doc, other, 0, 0)).toBe('right');
    doc.destroy();
  });

  it('the check and the server\'s schema refuse an alignment Fremskriv does not keep', () => {
    const { doc, sheetId } = sheetDoc();
    const justify = JSON.parse(`{"type":"setAlignment","sheetId":"${sheetId}","row":0,"col":0,"alignment":"justify"}`);
    expect(checkOperations(doc, [justify])?.message).toMatch(/"left", "center", "right" or null/);
    expect(checkOperations(doc, [{ type: 'setAlignment', sheetId, row: -1, col: 0, alignment: 'left' }])).not.toBeNull();
    expect(checkOperations(doc, [{ type: 'setAlignment', sheetId, row: 0, col: 0, alignment: 'left' }])).toBeNull();
    const slot = slotAt('alignment', 'r1:c1');
    expect(slot?.kind === 'value' && slot.accepts('center')).toBe(true);
    expect(slot?.kind === 'value' && slot.accepts('justify')).toBe(false);
    expect(slotAt('sheet', 'alignment')).toEqual({ kind: 'map', node: 'alignment' });
    doc.destroy();
  });

  it('a v1 file keeps each cell\'s alignment by address, and refuses one it does not know', () => {
    const { doc, sheetId } = sheetDoc();
    applyOperation(doc, { type: 'setAlignment', sheetId, row: 1, col: 1, alignment: 'center' });
    applyOperation(doc, { type: 'setAlignment', sheetId, row: 1, col: 2, alignment: 'left' });
    const file = exportWorkbookFile(doc);
    expect(file.sheets[0]?.alignment).toEqual({ B2: 'center', C2: 'left' });
    const again = documentFromFile(file);
    expect(sheetAlignedCells(again, workbookGrid(again).listSheets()[0]!.id)).toEqual(sheetAlignedCells(doc, sheetId));
    const bad = JSON.stringify({ ...file, sheets: [{ ...file.sheets[0], alignment: { B2: 'fill' } }, file.sheets[1]] });
    expect(() => parseWorkbookJson(bad)).toThrow(/alignment\["B2"\]/);
    doc.destroy();
    again.destroy();
  });

  it('a sheet stored before alignment was kept gets its merged areas centred, as they showed then, once the server brings it up to date', () => {
    const { doc, sheetId } = sheetDoc();
    applyOperation(doc, { type: 'mergeCells', sheetId, row: 1, col: 1, rows: 1, cols: 3 });
    applyOperation(doc, { type: 'setAlignment', sheetId, row: 1, col: 1, alignment: null });
    (sheetsMap(doc).get(sheetId) as SheetMap).delete('alignment');
    expect(cellAlignment(doc, sheetId, 1, 1)).toBeNull();
    expect(addMissingSettingsMaps(doc)).toBe(1);
    expect(sheetAlignedCells(doc, sheetId)).toEqual([{ row: 1, col: 1, alignment: 'center' }]);
    // Once the map is there, an area merged keeping its alignment stays General.
    applyOperation(doc, { type: 'mergeCells', sheetId, row: 4, col: 1, rows: 1, cols: 2 });
    expect(addMissingSettingsMaps(doc)).toBe(0);
    expect(cellAlignment(doc, sheetId, 4, 1)).toBeNull();
    doc.destroy();
  });
});
