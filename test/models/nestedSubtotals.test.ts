/**
 * SUBTOTAL and AGGREGATE (options 0–3) pass over cells of their references that hold a SUBTOTAL or
 * AGGREGATE themselves, "to avoid double counting" (Microsoft's SUBTOTAL and AGGREGATE pages): a
 * planner's section subtotals and the grand total under them count each figure once. Apache POI's
 * test file 59736, saved by Excel, caches 1 for `=SUBTOTAL(9,A1,A2)` over 1 and `=SUBTOTAL(9,A1)`.
 */
import { describe, expect, it } from 'vitest';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { parseCellAddress } from '../../models/workbook/cellAddress.js';

// A budget: two sections, each closed by its subtotal, and the totals below them.
const BUDGET = {
  A1: 100, A2: 50, A3: '=SUBTOTAL(9,A1:A2)',
  A4: 30, A5: 20, A6: '=SUBTOTAL(9,A4:A5)',
  A7: '=SUBTOTAL(9,A1:A6)', A8: '=SUM(A1:A6)',
  A9: '=AGGREGATE(9,0,A1:A6)', A10: '=AGGREGATE(9,4,A1:A6)', A11: '=AGGREGATE(9,6,A1:A6)',
  A12: '=SUBTOTAL(9,A1,A3)', A13: '=A4*2+SUBTOTAL(9,A5)', A14: '=SUBTOTAL(9,A13)', A15: '=SUBTOTAL(101,A1:A6)',
};

function budget() {
  const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'Budget', locale: 'da-DK', sheets: [{ name: 'Budget', cells: BUDGET }] });
  const engine = new WorkbookEngine(doc);
  const sheetId = workbookGrid(doc).sheetIdByName('Budget')!;
  const value = (address: string) => {
    const at = parseCellAddress(address)!;
    return engine.value(sheetId, at.row, at.col);
  };
  return { doc, engine, sheetId, value };
}

describe('nested subtotals', () => {
  it('SUBTOTAL and AGGREGATE options 0–3 count each figure once; SUM and AGGREGATE options 4–7 count the subtotals too', () => {
    const { value, engine, doc } = budget();
    expect(value('A7')).toBe(200);
    expect(value('A8')).toBe(400);
    expect(value('A9')).toBe(200);
    expect(value('A10')).toBe(400);
    expect(value('A11')).toBe(400);
    expect(value('A12')).toBe(100);
    // A formula calling SUBTOTAL anywhere in it is a subtotal to the others, as in Excel.
    expect(value('A14')).toBe(0);
    expect(value('A15')).toBe(50);
    engine.destroy();
    doc.destroy();
  });

  it('a cell that stops or starts holding a subtotal is counted or passed over at once', () => {
    const { value, engine, doc, sheetId } = budget();
    applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row: 2, col: 0, input: '=A1+A2' }] });
    expect(value('A7')).toBe(350);
    applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row: 2, col: 0, input: '=SUBTOTAL(9,A1:A2)' }] });
    expect(value('A7')).toBe(200);
    engine.destroy();
    doc.destroy();
  });
});
