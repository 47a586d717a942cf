/** Merged cells (workbook/mergedCells.ts, operations/mergeEdits.ts): kept by identities through row and column edits, checked, read defensively. */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { parseWorkbookFile } from '../../models/format/workbookFile.js';
import { applyOperation, applyOperations } from '../../models/operations/applyOperation.js';
import { checkOperations } from '../../models/operations/operationChecks.js';
import { mergeDropsContent } from '../../models/operations/mergeEdits.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import type { WorkbookOperation } from '../../models/operations/workbookOperation.js';
import { formatMergedArea, MAX_MERGED_AREAS, sheetMerges } from '../../models/workbook/mergedCells.js';
import { exchangeUpdates, inputAt, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** A heading over three month columns, a value and a formula reading cells of the heading's area. */
function plan(): { doc: Y.Doc; id: string } {
  const doc = open.document(workbookFile({ Plan: { A1: 'Ledige', B1: 'Kvartal 1', C1: 5, D1: 7, A2: '=B1', B2: '=C1+D1', C2: '=COUNTA(B1:D1)' } }));
  return { doc, id: sheetId(doc, 'Plan') };
}

const ranges = (doc: Y.Doc, id: string): string[] => sheetMerges(doc, id).map(formatMergedArea);

describe('merging cells', () => {
  it('merges a heading over month columns; only the top-left keeps its content, so formulas read the rest as blank', () => {
    const { doc, id } = plan();
    applyOperation(doc, { type: 'mergeCells', sheetId: id, row: 0, col: 1, rows: 1, cols: 3 });
    expect(ranges(doc, id)).toEqual(['B1:D1']);
    expect([inputAt(doc, 'Plan!B1'), inputAt(doc, 'Plan!C1'), inputAt(doc, 'Plan!D1')]).toEqual(['Kvartal 1', undefined, undefined]);
    expect(open.value(doc, 'Plan!A2')).toBe('Kvartal 1');
    expect(open.value(doc, 'Plan!B2')).toBe(0);
    expect(open.value(doc, 'Plan!C2')).toBe(1);
  });

  it('unmerging leaves the cells as they are; unmerge removes every area the block touches', () => {
    const { doc, id } = plan();
    applyOperation(doc, { type: 'mergeCells', sheetId: id, row: 0, col: 1, rows: 1, cols: 3 });
    applyOperation(doc, { type: 'mergeCells', sheetId: id, row: 4, col: 0, rows: 3, cols: 2 });
    applyOperation(doc, { type: 'unmergeCells', sheetId: id, row: 0, col: 2, rows: 1, cols: 1 });
    expect(ranges(doc, id)).toEqual(['A5:B7']);
    expect(inputAt(doc, 'Plan!B1')).toBe('Kvartal 1');
  });

  it.each<[string, { row: number; col: number; rows: number; cols: number }, number]>([
    ['the heading and two filled month cells', { row: 0, col: 1, rows: 1, cols: 3 }, 2],
    ['empty cells', { row: 3, col: 0, rows: 2, cols: 2 }, 0],
    ['a filled top-left cell over empty ones', { row: 0, col: 3, rows: 3, cols: 1 }, 0],
    ['a label over a formula', { row: 0, col: 0, rows: 2, cols: 1 }, 1],
  ])('says which cells a merge over %s would empty (what the planner is asked about first)', (_, area, dropped) => {
    const { doc, id } = plan();
    expect(mergeDropsContent(workbookGrid(doc), id, area)).toHaveLength(dropped);
    applyOperation(doc, { type: 'mergeCells', sheetId: id, ...area });
    expect(mergeDropsContent(workbookGrid(doc), id, area)).toHaveLength(0);
  });

  it('a merge over a selection holding whole merged areas takes them in, as Excel does', () => {
    const { doc, id } = plan();
    applyOperation(doc, { type: 'mergeCells', sheetId: id, row: 0, col: 1, rows: 1, cols: 2 });
    applyOperation(doc, { type: 'mergeCells', sheetId: id, row: 0, col: 0, rows: 2, cols: 4 });
    expect(ranges(doc, id)).toEqual(['A1:D2']);
  });

  it.each<[string, WorkbookOperation, RegExp]>([
    ['one cell', { type: 'mergeCells', sheetId: '', row: 0, col: 0, rows: 1, cols: 1 }, /at least two cells/],
    ['an area past the grid', { type: 'mergeCells', sheetId: '', row: 198, col: 0, rows: 5, cols: 1 }, /within the sheet/],
    ['an area past Excel’s columns', { type: 'mergeCells', sheetId: '', row: 0, col: 16_380, rows: 1, cols: 10 }, /outside the sheet/],
    ['a negative size', { type: 'mergeCells', sheetId: '', row: 0, col: 0, rows: -1, cols: 3 }, /at least one row/],
    ['part of another area', { type: 'mergeCells', sheetId: '', row: 0, col: 3, rows: 1, cols: 2 }, /overlap part of another/],
    ['an unknown sheet', { type: 'mergeCells', sheetId: 'nope', row: 0, col: 0, rows: 1, cols: 2 }, /unknown sheet/],
  ])('refuses %s, changing nothing', (_, op, message) => {
    const { doc, id } = plan();
    applyOperation(doc, { type: 'mergeCells', sheetId: id, row: 0, col: 1, rows: 1, cols: 3 });
    const withSheet = { ...op, sheetId: op.type === 'mergeCells' && op.sheetId === 'nope' ? 'nope' : id } as WorkbookOperation;
    expect(checkOperations(doc, [withSheet])?.message).toMatch(message);
    expect(() => applyOperation(doc, withSheet)).toThrow(message);
    expect(ranges(doc, id)).toEqual(['B1:D1']);
  });

  it(`refuses more than ${MAX_MERGED_AREAS} areas on a sheet`, () => {
    const { doc, id } = plan();
    const ops: WorkbookOperation[] = Array.from({ length: MAX_MERGED_AREAS }, (_, i) => ({ type: 'mergeCells', sheetId: id, row: 10 + Math.floor(i / 20), col: (i % 20) * 2, rows: 1, cols: 2 }));
    applyOperation(doc, { type: 'insertRows', sheetId: id, index: 100, count: 200 });
    applyOperations(doc, ops);
    expect(sheetMerges(doc, id)).toHaveLength(MAX_MERGED_AREAS);
    expect(checkOperations(doc, [{ type: 'mergeCells', sheetId: id, row: 0, col: 0, rows: 1, cols: 2 }])?.message).toMatch(/at most 5000 merged areas/);
  });

  it('a batch is checked against the areas its earlier operations leave', () => {
    const { doc, id } = plan();
    const merge: WorkbookOperation = { type: 'mergeCells', sheetId: id, row: 0, col: 1, rows: 1, cols: 3 };
    expect(checkOperations(doc, [merge, { type: 'mergeCells', sheetId: id, row: 0, col: 3, rows: 2, cols: 1 }])?.message).toMatch(/overlap/);
    // after two columns are inserted at C, the heading is B1:F1, and G1:H1 is free
    expect(checkOperations(doc, [merge, { type: 'insertColumns', sheetId: id, index: 2, count: 2 }, { type: 'mergeCells', sheetId: id, row: 0, col: 5, rows: 1, cols: 2 }])?.message).toMatch(/overlap/);
    expect(checkOperations(doc, [merge, { type: 'insertColumns', sheetId: id, index: 2, count: 2 }, { type: 'mergeCells', sheetId: id, row: 0, col: 6, rows: 1, cols: 2 }])).toBeNull();
  });
});

describe('merged areas follow rows and columns', () => {
  function merged(): { doc: Y.Doc; id: string } {
    const { doc, id } = plan();
    applyOperation(doc, { type: 'mergeCells', sheetId: id, row: 2, col: 1, rows: 3, cols: 3 }); // B3:D5
    return { doc, id };
  }

  it.each<[string, WorkbookOperation['type'], number, number, string[]]>([
    ['rows inserted above move it', 'insertRows', 0, 2, ['B5:D7']],
    ['rows inserted inside grow it', 'insertRows', 3, 1, ['B3:D6']],
    ['rows inserted below leave it', 'insertRows', 5, 1, ['B3:D5']],
    ['columns inserted inside grow it', 'insertColumns', 2, 2, ['B3:F5']],
    ['columns inserted left move it', 'insertColumns', 0, 1, ['C3:E5']],
    ['its first row deleted shrinks it', 'deleteRows', 2, 1, ['B3:D4']],
    ['its last rows deleted shrink it', 'deleteRows', 3, 5, ['B3:D3']],
    ['a middle column deleted shrinks it', 'deleteColumns', 2, 1, ['B3:C5']],
    ['rows above deleted move it', 'deleteRows', 0, 2, ['B1:D3']],
    ['all its rows deleted remove it', 'deleteRows', 1, 5, []],
  ])('%s', (_, type, index, count, expected) => {
    const { doc, id } = merged();
    applyOperation(doc, { type, sheetId: id, index, count } as WorkbookOperation);
    expect(ranges(doc, id)).toEqual(expected);
    expect(exportWorkbookFile(doc).sheets[0]!.merges ?? []).toEqual(expected);
  });

  it('an area left covering one cell is no area', () => {
    const { doc, id } = plan();
    applyOperation(doc, { type: 'mergeCells', sheetId: id, row: 0, col: 1, rows: 1, cols: 2 }); // B1:C1
    applyOperation(doc, { type: 'deleteColumns', sheetId: id, index: 2, count: 1 });
    expect(ranges(doc, id)).toEqual([]);
    applyOperation(doc, { type: 'mergeCells', sheetId: id, row: 5, col: 0, rows: 2, cols: 2 }); // A6:B7
    applyOperation(doc, { type: 'deleteColumns', sheetId: id, index: 0, count: 1 });
    expect(ranges(doc, id)).toEqual(['A6:A7']);
    applyOperation(doc, { type: 'deleteRows', sheetId: id, index: 6, count: 1 });
    expect(ranges(doc, id)).toEqual([]);
  });

  it('two colleagues merging overlapping areas at once both see the same one area', () => {
    const { doc, id } = plan();
    const peer = open.peerOf(doc, 99);
    applyOperation(doc, { type: 'mergeCells', sheetId: id, row: 0, col: 1, rows: 1, cols: 3 });
    applyOperation(peer, { type: 'mergeCells', sheetId: id, row: 0, col: 2, rows: 2, cols: 1 });
    exchangeUpdates(doc, peer);
    expect(ranges(doc, id)).toEqual(['B1:D1']);
    expect(ranges(peer, id)).toEqual(['B1:D1']);
  });
});

describe('merged areas in the v1 file', () => {
  it('come back from a file as they went out, and size the sheet to fit', () => {
    const file = workbookFile({ Plan: { A1: 'Titel' } });
    file.sheets[0]!.merges = ['A1:H2', 'A300:B300'];
    const doc = open.document(parseWorkbookFile(file));
    expect(exportWorkbookFile(doc).sheets[0]!.merges).toEqual(['A1:H2', 'A300:B300']);
  });

  it.each([
    [['A1'], /not a range of two cells/],
    [['A1:A1'], /not a range of two cells/],
    [['A1:C3', 'B2:D4'], /B2:D4 overlaps A1:C3/],
  ])('refuses %j', (merges, message) => {
    const file = workbookFile({ Plan: {} });
    file.sheets[0]!.merges = merges;
    expect(() => parseWorkbookFile(file)).toThrow(message);
  });
});
