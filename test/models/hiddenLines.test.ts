/**
 * Hidden rows and columns (workbook/hiddenLines.ts): the operations and their check, what survives
 * inserting and deleting lines, and SUBTOTAL 101–111 / AGGREGATE passing over hidden rows as Excel
 * does. The values were checked with LibreOffice 7 (`soffice --headless --convert-to csv` of the
 * same sheet as .xlsx, rows 2 and 4 and column B hidden) and agree with Microsoft's SUBTOTAL page.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { applyOperation, applyOperations } from '../../models/operations/applyOperation.js';
import { checkOperations } from '../../models/operations/operationChecks.js';
import { sheetHiddenLines } from '../../models/workbook/hiddenLines.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { documentFromFile } from '../../models/templates/templates.js';
import type { WorkbookOperation } from '../../models/operations/workbookOperation.js';

type HideOperation = Extract<WorkbookOperation, { index: number; count: number; type: 'hideRows' | 'unhideRows' | 'hideColumns' | 'unhideColumns' }>;

const FORMULAS: Array<[string, number | string]> = [
  ['=SUBTOTAL(9,A1:A6)', 160],
  ['=SUBTOTAL(109,A1:A6)', 100],
  ['=SUBTOTAL(102,A1:A6)', 3],
  ['=SUBTOTAL(103,A1:A6)', 4],
  ['=SUBTOTAL(101,A1:A6)', 100 / 3],
  ['=SUBTOTAL(104,A1:A6)', 60],
  ['=SUBTOTAL(105,A1:A6)', 10],
  ['=SUBTOTAL(106,A1:A6)', 18000],
  ['=SUBTOTAL(107,A1:A6)', 25.1661147842358],
  ['=SUBTOTAL(108,A1:A6)', 20.5480466765633],
  ['=SUBTOTAL(110,A1:A6)', 633.333333333333],
  ['=SUBTOTAL(111,A1:A6)', 422.222222222222],
  // Hidden columns are never passed over (column B holds 5 and is hidden).
  ['=SUBTOTAL(109,A1:C1)', 22],
  ['=AGGREGATE(9,5,A1:A6)', 100],
  ['=AGGREGATE(9,4,A1:A6)', 160],
  ['=AGGREGATE(14,5,A1:A6,1)', 60],
  ['=AGGREGATE(9,1,A1:A6)', 100],
  ['=SUBTOTAL(109,A2)', 0],
  ['=SUBTOTAL(9,A2)', 20],
  ['=SUBTOTAL(2,A1:A6)', 5],
  ['=SUBTOTAL(3,A1:A6)', 6],
];

function sheetDoc(): { doc: Y.Doc; sheetId: string } {
  const cells: Record<string, number | string> = { A1: 10, A2: 20, A3: 30, A4: 40, A5: 'x', A6: 60, B1: 5, C1: 7 };
  FORMULAS.forEach(([formula], i) => (cells[`E${i + 1}`] = formula));
  const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'T', locale: 'da-DK', sheets: [{ name: 'Data', cells }] });
  return { doc, sheetId: workbookGrid(doc).listSheets()[0]!.id };
}

function hide(doc: Y.Doc, sheetId: string): void {
  applyOperations(doc, [
    { type: 'hideRows', sheetId, index: 1, count: 1 },
    { type: 'hideRows', sheetId, index: 3, count: 1 },
    { type: 'hideColumns', sheetId, index: 1, count: 1 },
  ]);
}

describe('hidden rows and columns', () => {
  it('hideRows and hideColumns hide lines; unhide shows them again', () => {
    const { doc, sheetId } = sheetDoc();
    hide(doc, sheetId);
    expect(sheetHiddenLines(doc, sheetId)).toEqual({ rows: [1, 3], cols: [1] });
    applyOperation(doc, { type: 'unhideRows', sheetId, index: 0, count: 3 });
    applyOperation(doc, { type: 'unhideColumns', sheetId, index: 1, count: 1 });
    expect(sheetHiddenLines(doc, sheetId)).toEqual({ rows: [3], cols: [] });
  });

  it('a hidden row stays hidden when rows are inserted above it and goes when it is deleted', () => {
    const { doc, sheetId } = sheetDoc();
    hide(doc, sheetId);
    applyOperation(doc, { type: 'insertRows', sheetId, index: 0, count: 2 });
    applyOperation(doc, { type: 'insertColumns', sheetId, index: 0, count: 1 });
    expect(sheetHiddenLines(doc, sheetId)).toEqual({ rows: [3, 5], cols: [2] });
    applyOperation(doc, { type: 'deleteRows', sheetId, index: 3, count: 1 });
    applyOperation(doc, { type: 'deleteColumns', sheetId, index: 2, count: 1 });
    expect(sheetHiddenLines(doc, sheetId)).toEqual({ rows: [4], cols: [] });
  });

  it.each<[string, HideOperation, RegExp]>([
    ['an unknown sheet', { type: 'hideRows', sheetId: 'nope', index: 0, count: 1 }, /unknown sheet/],
    ['no lines', { type: 'hideRows', sheetId: 'data', index: 0, count: 0 }, /cannot hide or show/],
    ['a negative index', { type: 'hideColumns', sheetId: 'data', index: -1, count: 1 }, /cannot hide or show/],
    ['rows past the last one Excel has', { type: 'hideRows', sheetId: 'data', index: 39_999, count: 2 }, /40000/],
    ['columns past the last one Excel has', { type: 'hideColumns', sheetId: 'data', index: 16_384, count: 1 }, /16384/],
  ])('the check refuses %s', (_, op, reason) => {
    const { doc, sheetId } = sheetDoc();
    const refused = op.sheetId === 'data' ? { ...op, sheetId } : op;
    expect(checkOperations(doc, [refused])?.message).toMatch(reason);
  });

  it.each(FORMULAS)('%s with rows 2 and 4 and column B hidden is %s, as in Excel', (formula, expected) => {
    const { doc, sheetId } = sheetDoc();
    hide(doc, sheetId);
    const engine = new WorkbookEngine(doc);
    const row = FORMULAS.findIndex(([f]) => f === formula);
    const value = engine.value(sheetId, row, 4);
    expect(typeof value === 'number' ? value : NaN).toBeCloseTo(expected as number, 9);
    expect(engine.rebuilds).toBe(0);
    engine.destroy();
  });

  it('the engine computes SUBTOTAL 109 again when a row is hidden or shown', () => {
    const { doc, sheetId } = sheetDoc();
    const engine = new WorkbookEngine(doc);
    const visibleSum = (): unknown => engine.value(sheetId, 1, 4);
    expect(visibleSum()).toBe(160);
    applyOperation(doc, { type: 'hideRows', sheetId, index: 1, count: 1 });
    expect(visibleSum()).toBe(140);
    expect(engine.value(sheetId, 0, 4)).toBe(160);
    applyOperation(doc, { type: 'hideRows', sheetId, index: 3, count: 1 });
    expect(visibleSum()).toBe(100);
    applyOperation(doc, { type: 'insertRows', sheetId, index: 0, count: 1 });
    expect(engine.value(sheetId, 2, 4)).toBe(100);
    applyOperation(doc, { type: 'unhideRows', sheetId, index: 0, count: 10 });
    expect(engine.value(sheetId, 2, 4)).toBe(160);
    expect(engine.rebuilds).toBe(0);
    engine.destroy();
  });
});
