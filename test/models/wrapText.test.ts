/** A cell's Wrap Text (wrapText.ts) kept through the operations that move, delete and check cells. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { checkOperations } from '../../models/operations/operationChecks.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { cellWraps, sheetWrappedCells } from '../../models/workbook/wrapText.js';
import { documentFromFile } from '../../models/templates/templates.js';

function sheetDoc(): { doc: Y.Doc; sheetId: string } {
  const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'T', locale: 'da-DK', sheets: [{ name: 'Data', cells: { B2: 'a\nb' } }, { name: 'Andet', cells: {} }] });
  return { doc, sheetId: workbookGrid(doc).listSheets()[0]!.id };
}

describe('Wrap Text', () => {
  it('setWrapText turns it on and off for a block of cells', () => {
    const { doc, sheetId } = sheetDoc();
    applyOperation(doc, { type: 'setWrapText', sheetId, row: 1, col: 1, rows: 2, cols: 1, wrap: true });
    expect(sheetWrappedCells(doc, sheetId)).toEqual([{ row: 1, col: 1 }, { row: 2, col: 1 }]);
    applyOperation(doc, { type: 'setWrapText', sheetId, row: 2, col: 1, wrap: false });
    expect(sheetWrappedCells(doc, sheetId)).toEqual([{ row: 1, col: 1 }]);
    doc.destroy();
  });

  it('a cut and paste carries the wrap with the cell, to another sheet too', () => {
    const { doc, sheetId } = sheetDoc();
    const other = workbookGrid(doc).listSheets()[1]!.id;
    applyOperation(doc, { type: 'setWrapText', sheetId, row: 1, col: 1, wrap: true });
    applyOperation(doc, { type: 'moveCells', sheetId, row: 1, col: 1, rows: 1, cols: 1, toRow: 4, toCol: 0 });
    expect(sheetWrappedCells(doc, sheetId)).toEqual([{ row: 4, col: 0 }]);
    applyOperation(doc, { type: 'moveCells', sheetId, row: 4, col: 0, rows: 1, cols: 1, toSheetId: other, toRow: 0, toCol: 0 });
    expect(sheetWrappedCells(doc, sheetId)).toEqual([]);
    expect(cellWraps(doc, other, 0, 0)).toBe(true);
    doc.destroy();
  });

  it('a pasted cell that does not wrap takes the wrap off the cell it overwrites', () => {
    const { doc, sheetId } = sheetDoc();
    applyOperation(doc, { type: 'setWrapText', sheetId, row: 5, col: 5, wrap: true });
    applyOperation(doc, { type: 'moveCells', sheetId, row: 1, col: 1, rows: 1, cols: 1, toRow: 5, toCol: 5 });
    expect(cellWraps(doc, sheetId, 5, 5)).toBe(false);
    doc.destroy();
  });

  it('rows inserted above move the wrap with its cell, and deleting its row removes it', () => {
    const { doc, sheetId } = sheetDoc();
    applyOperation(doc, { type: 'setWrapText', sheetId, row: 1, col: 1, wrap: true });
    applyOperation(doc, { type: 'insertRows', sheetId, index: 0, count: 2 });
    expect(sheetWrappedCells(doc, sheetId)).toEqual([{ row: 3, col: 1 }]);
    applyOperation(doc, { type: 'deleteRows', sheetId, index: 3, count: 1 });
    expect(sheetWrappedCells(doc, sheetId)).toEqual([]);
    doc.destroy();
  });

  it('the check refuses a wrap on an unknown sheet, outside the sheet or that is not true or false', () => {
    const { doc, sheetId } = sheetDoc();
    expect(checkOperations(doc, [{ type: 'setWrapText', sheetId: 'nope', row: 0, col: 0, wrap: true }])?.message).toMatch(/unknown sheet/);
    expect(checkOperations(doc, [{ type: 'setWrapText', sheetId, row: -1, col: 0, wrap: true }])).not.toBeNull();
    expect(checkOperations(doc, [JSON.parse(`{"type":"setWrapText","sheetId":"${sheetId}","row":0,"col":0,"wrap":"yes"}`)])?.message).toMatch(/true or false/);
    expect(checkOperations(doc, [{ type: 'setWrapText', sheetId, row: 0, col: 0, wrap: true }])).toBeNull();
    doc.destroy();
  });
});
