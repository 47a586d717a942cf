/**
 * Cut and paste carries merged areas (workbook/mergedMoves.ts, operations/moveCells.ts): an area
 * wholly inside the moved block goes with it, within the sheet or to another; a block landing on
 * part of another merged area is refused, as Excel's "We can't do that to a merged cell".
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { applyOperation, applyOperations } from '../../models/operations/applyOperation.js';
import { checkOperations } from '../../models/operations/operationChecks.js';
import { formatMergedArea, sheetMerges } from '../../models/workbook/mergedCells.js';
import { inputAt, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** A heading "Kvartal 1" merged over B1:D1, its months below, and a second sheet. */
function plan(): { doc: Y.Doc; id: string; other: string } {
  const doc = open.document(workbookFile({ Plan: { B1: 'Kvartal 1', B2: 1, C2: 2, D2: 3 }, Andet: { A1: 'x' } }));
  const id = sheetId(doc, 'Plan');
  applyOperation(doc, { type: 'mergeCells', sheetId: id, row: 0, col: 1, rows: 1, cols: 3 });
  return { doc, id, other: sheetId(doc, 'Andet') };
}

const ranges = (doc: Y.Doc, id: string): string[] => sheetMerges(doc, id).map(formatMergedArea);

describe('cut and paste of a merged area', () => {
  it('moves the area with the cut cells within the sheet', () => {
    const { doc, id } = plan();
    applyOperation(doc, { type: 'moveCells', sheetId: id, row: 0, col: 1, rows: 2, cols: 3, toRow: 9, toCol: 4 });
    expect(ranges(doc, id)).toEqual(['E10:G10']);
    expect([inputAt(doc, 'Plan!E10'), inputAt(doc, 'Plan!B1')]).toEqual(['Kvartal 1', undefined]);
  });

  it('moves the area to another sheet', () => {
    const { doc, id, other } = plan();
    applyOperation(doc, { type: 'moveCells', sheetId: id, row: 0, col: 1, rows: 1, cols: 3, toSheetId: other, toRow: 2, toCol: 0 });
    expect(ranges(doc, id)).toEqual([]);
    expect(ranges(doc, other)).toEqual(['A3:C3']);
    expect(inputAt(doc, 'Andet!A3')).toBe('Kvartal 1');
  });

  it('moves the area onto part of where it was (one column right)', () => {
    const { doc, id } = plan();
    applyOperation(doc, { type: 'moveCells', sheetId: id, row: 0, col: 1, rows: 1, cols: 3, toRow: 0, toCol: 2 });
    expect(ranges(doc, id)).toEqual(['C1:E1']);
  });

  it('leaves an area the block only partly covers where it is', () => {
    const { doc, id } = plan();
    applyOperation(doc, { type: 'moveCells', sheetId: id, row: 1, col: 1, rows: 1, cols: 3, toRow: 5, toCol: 1 });
    expect(ranges(doc, id)).toEqual(['B1:D1']);
  });

  it.each([
    ['onto a cell the area covers', { row: 4, col: 0, rows: 1, cols: 1, toRow: 0, toCol: 2 }],
    ['with its own area over part of another', { row: 0, col: 1, rows: 1, cols: 3, toRow: 0, toCol: 5 }],
  ])('refuses a block landing %s, changing nothing', (_, block) => {
    const { doc, id } = plan();
    applyOperation(doc, { type: 'mergeCells', sheetId: id, row: 0, col: 6, rows: 2, cols: 2 });
    const op = { type: 'moveCells' as const, sheetId: id, ...block };
    expect(checkOperations(doc, [op])?.message).toMatch(/cannot do that to a merged cell/);
    expect(() => applyOperations(doc, [op])).toThrow(/merged cell/);
    expect(ranges(doc, id)).toEqual(['B1:D1', 'G1:H2']);
  });

  it("lands on another area's top-left cell alone, as a paste there does", () => {
    const { doc, id } = plan();
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 5, col: 0, input: 'ny' }] });
    applyOperation(doc, { type: 'moveCells', sheetId: id, row: 5, col: 0, rows: 1, cols: 1, toRow: 0, toCol: 1 });
    expect(ranges(doc, id)).toEqual(['B1:D1']);
    expect(inputAt(doc, 'Plan!B1')).toBe('ny');
  });

  it('a batch merging after the move sees the moved area where it went', () => {
    const { doc, id } = plan();
    const move = { type: 'moveCells' as const, sheetId: id, row: 0, col: 1, rows: 1, cols: 3, toRow: 9, toCol: 1 };
    expect(checkOperations(doc, [move, { type: 'mergeCells', sheetId: id, row: 0, col: 1, rows: 1, cols: 3 }])).toBeNull();
    expect(checkOperations(doc, [move, { type: 'mergeCells', sheetId: id, row: 9, col: 2, rows: 1, cols: 3 }])?.message).toMatch(/overlap part of another/);
  });
});
