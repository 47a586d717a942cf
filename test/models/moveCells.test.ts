import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { WorkbookOperationError, type WorkbookOperation } from '../../models/operations/workbookOperation.js';
import { MAX_ROWS } from '../../models/workbook/cellAddress.js';
import { cellFormatAt } from '../../models/workbook/readCells.js';
import { goalsArray, scenariosArray, sheetsMap } from '../../models/workbook/workbookSchema.js';
import { readGoals } from '../../models/goals/goalModel.js';
import { readScenarios } from '../../models/scenarios/scenarioModel.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { documentState, exchangeUpdates, inputAt, locate, openWorkbooks, scenarioId, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** Data: A1 holds 5, B1 doubles it, A2:A3 are summed in Beregning; a goal and a scenario read A1. */
function planDocument(): Y.Doc {
  return open.document(
    workbookFile(
      {
        Data: { A1: 5, B1: '=A1*2', A2: 1, A3: 2, C1: '=SUM(A2:A3)', C2: '=SUM(A1:A3)', D1: '=$A$1+1', F5: 99 },
        Beregning: { A1: '=Data!A1*10', A2: '=SUM(Data!A2:A3)', A3: '=Data!F5' },
      },
      {
        goals: [{ id: 'g', title: 'Mål', value: 'Data!A1', comparator: '<=', target: 10 }],
        scenarios: [{ name: 'Basis', inputs: {} }, { name: 'Høj', inputs: { 'Data!A1': 7 } }],
      },
    ),
  );
}

type Move = Omit<Extract<WorkbookOperation, { type: 'moveCells' }>, 'type' | 'sheetId'>;

function move(doc: Y.Doc, block: Move, sheet = 'Data', origin: unknown = null): void {
  applyOperation(doc, { type: 'moveCells', sheetId: sheetId(doc, sheet), ...block }, origin);
}

/** A1 → E1 (one cell, four columns right). */
const A1_TO_E1: Move = { row: 0, col: 0, rows: 1, cols: 1, toRow: 0, toCol: 4 };

describe('moving cells (cut and paste) as in Excel', () => {
  it('the content goes to the destination and the source is left empty', () => {
    const doc = planDocument();
    move(doc, A1_TO_E1);
    expect(inputAt(doc, 'Data!A1')).toBeUndefined();
    expect(inputAt(doc, 'Data!E1')).toBe(5);
  });

  it('a formula elsewhere follows the moved cell (=A1*2 becomes =E1*2), on its own sheet and from another', () => {
    const doc = planDocument();
    move(doc, A1_TO_E1);
    expect(inputAt(doc, 'Data!B1')).toBe('=E1*2');
    expect(inputAt(doc, 'Data!D1')).toBe('=$E$1+1');
    expect(inputAt(doc, 'Beregning!A1')).toBe('=Data!E1*10');
    expect(open.value(doc, 'Data!B1')).toBe(10);
    expect(open.value(doc, 'Beregning!A1')).toBe(50);
  });

  it('a goal and a scenario input follow the moved cell', () => {
    const doc = planDocument();
    move(doc, A1_TO_E1);
    const grid = workbookGrid(doc);
    expect(readGoals(goalsArray(doc), grid)[0]?.value).toBe('=Data!E1');
    expect(readScenarios(scenariosArray(doc), grid).find((s) => s.name === 'Høj')?.inputs).toEqual({ 'Data!E1': 7 });
    expect(open.value(doc, 'Data!B1', scenarioId(doc, 'Høj'))).toBe(14);
  });

  it('a formula inside the moved block keeps pointing at what it pointed at', () => {
    const doc = planDocument();
    // B1 (=A1*2) moves alone: it still reads A1. C1 (=SUM(A2:A3)) moves with A2:A3 and follows them.
    move(doc, { row: 0, col: 1, rows: 1, cols: 1, toRow: 9, toCol: 1 });
    expect(inputAt(doc, 'Data!B10')).toBe('=A1*2');
    move(doc, { row: 0, col: 0, rows: 3, cols: 3, toRow: 4, toCol: 6 });
    expect(inputAt(doc, 'Data!I5')).toBe('=SUM(G6:G7)');
    expect(inputAt(doc, 'Data!B10')).toBe('=G5*2');
    expect(open.value(doc, 'Data!I5')).toBe(3);
  });

  it('a range follows only when it lies wholly inside the block', () => {
    const doc = planDocument();
    move(doc, { row: 1, col: 0, rows: 2, cols: 1, toRow: 1, toCol: 7 });
    expect(inputAt(doc, 'Data!C1')).toBe('=SUM(H2:H3)');
    expect(inputAt(doc, 'Data!C2')).toBe('=SUM(A1:A3)');
    expect(inputAt(doc, 'Beregning!A2')).toBe('=SUM(Data!H2:H3)');
  });

  it('a reference to an overwritten destination cell reads #REF!, as in Excel', () => {
    const doc = planDocument();
    move(doc, { row: 0, col: 0, rows: 1, cols: 1, toRow: 4, toCol: 5 });
    expect(inputAt(doc, 'Data!F5')).toBe(5);
    expect(inputAt(doc, 'Beregning!A3')).toBe('=#REF!');
  });

  it('formats travel with the cells and leave the source', () => {
    const doc = planDocument();
    const data = sheetId(doc, 'Data');
    applyOperation(doc, { type: 'setFormat', sheetId: data, row: 0, col: 0, format: 'percent' });
    applyOperation(doc, { type: 'setFormat', sheetId: data, row: 0, col: 4, format: 'integer' });
    move(doc, A1_TO_E1);
    expect(cellFormatAt(doc, data, 0, 0)).toBeUndefined();
    expect(cellFormatAt(doc, data, 0, 4)).toBe('percent');
  });

  it('an overlapping move (one row down) keeps every cell of the block', () => {
    const doc = planDocument();
    move(doc, { row: 0, col: 0, rows: 3, cols: 1, toRow: 1, toCol: 0 });
    expect([inputAt(doc, 'Data!A1'), inputAt(doc, 'Data!A2'), inputAt(doc, 'Data!A3'), inputAt(doc, 'Data!A4')]).toEqual([undefined, 5, 1, 2]);
    expect(inputAt(doc, 'Data!B1')).toBe('=A2*2');
    expect(inputAt(doc, 'Data!C1')).toBe('=SUM(A3:A4)');
  });

  it('a move beyond the grid grows the sheet', () => {
    const doc = planDocument();
    const data = sheetId(doc, 'Data');
    const rows = workbookGrid(doc).rowIds(data).length;
    move(doc, { row: 0, col: 0, rows: 1, cols: 1, toRow: rows + 5, toCol: 0 });
    expect(inputAt(doc, `Data!A${rows + 6}`)).toBe(5);
    expect(inputAt(doc, 'Data!B1')).toBe(`=A${rows + 6}*2`);
  });

  it('is one undo step that restores cells and formulas', () => {
    const doc = planDocument();
    const origin = { session: 'test' };
    const undo = new Y.UndoManager([sheetsMap(doc), goalsArray(doc), scenariosArray(doc)], { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    const before = inputAt(doc, 'Beregning!A1');
    move(doc, A1_TO_E1, 'Data', origin);
    undo.undo();
    expect(inputAt(doc, 'Data!A1')).toBe(5);
    expect(inputAt(doc, 'Data!E1')).toBeUndefined();
    expect(inputAt(doc, 'Beregning!A1')).toBe(before);
    undo.destroy();
  });

  it('two peers converge when one moves a cell while the other edits elsewhere', () => {
    const a = planDocument();
    const b = open.peerOf(a, 4242);
    move(a, A1_TO_E1);
    applyOperation(b, { type: 'insertRows', sheetId: sheetId(b, 'Data'), index: 0, count: 1 });
    applyOperation(b, { type: 'setCells', sheetId: sheetId(b, 'Data'), cells: [{ ...locate(b, 'Data!G1'), input: '=B2+1' }] });
    exchangeUpdates(a, b);
    expect(documentState(a).file).toBe(documentState(b).file);
    // The moved cell is in row 2 now; B2 (=E2*2) still follows it.
    expect(inputAt(a, 'Data!E2')).toBe(5);
    expect(inputAt(a, 'Data!B2')).toBe('=E2*2');
    expect(open.value(a, 'Data!G1')).toBe(11);
  });

  it.each<[string, Move]>([
    ['an empty block', { row: 0, col: 0, rows: 0, cols: 1, toRow: 1, toCol: 1 }],
    ['a fractional size', { row: 0, col: 0, rows: 1.5, cols: 1, toRow: 1, toCol: 1 }],
    ['a negative destination', { row: 0, col: 0, rows: 1, cols: 1, toRow: -1, toCol: 0 }],
    ['a destination off the sheet', { row: 0, col: 0, rows: 2, cols: 1, toRow: MAX_ROWS - 1, toCol: 0 }],
  ])('%s is rejected and changes nothing', (_, block) => {
    const doc = planDocument();
    const before = documentState(doc);
    expect(() => move(doc, block)).toThrow(WorkbookOperationError);
    expect(documentState(doc)).toEqual(before);
  });

  it('an unknown sheet is rejected', () => {
    const doc = planDocument();
    expect(() => applyOperation(doc, { type: 'moveCells', sheetId: 'nope', ...A1_TO_E1 })).toThrow(/unknown sheet/);
    expect(sheetsMap(doc).has('nope')).toBe(false);
  });
});

/**
 * Data: A1:A3 hold 5, 1, 2; B1 doubles A1, C1 sums A2:A3 and D1 reads the rest of Data. Rapport (the
 * destination) already reads Data!A1 and holds 42 in B2; Beregning, a third sheet, reads Data and
 * Rapport!B2. A goal and a scenario read Data!A1.
 */
function threeSheetDocument(): Y.Doc {
  return open.document(
    workbookFile(
      {
        Data: { A1: 5, A2: 1, A3: 2, B1: '=A1*2', C1: '=SUM(A2:A3)+F1', D1: '=$A$1+1', E1: '=Rapport!Z1', F1: 100, C5: '=SUM(A1:A4)' },
        Rapport: { A1: '=Data!A1+1000', B2: 42, Z1: 7 },
        Beregning: { A1: '=Data!A1*10', A2: '=SUM(Data!A2:A3)', A3: '=Rapport!B2' },
      },
      {
        goals: [{ id: 'g', title: 'Mål', value: 'Data!A1', comparator: '<=', target: 10 }],
        scenarios: [{ name: 'Basis', inputs: {} }, { name: 'Høj', inputs: { 'Data!A1': 7, 'Rapport!B3': 3 } }],
      },
    ),
  );
}

/** Data!A1:A3 → Rapport!B2:B4. */
const COLUMN_TO_RAPPORT: Move = { row: 0, col: 0, rows: 3, cols: 1, toRow: 1, toCol: 1 };

function moveTo(doc: Y.Doc, block: Move, toSheet: string, origin: unknown = null): void {
  applyOperation(doc, { type: 'moveCells', sheetId: sheetId(doc, 'Data'), ...block, toSheetId: sheetId(doc, toSheet) }, origin);
}

describe('moving cells to another sheet (cut on one sheet, paste on another) as in Excel', () => {
  it('the content goes to the other sheet and the source is left empty', () => {
    const doc = threeSheetDocument();
    moveTo(doc, COLUMN_TO_RAPPORT, 'Rapport');
    expect(['Data!A1', 'Data!A2', 'Data!A3'].map((a) => inputAt(doc, a))).toEqual([undefined, undefined, undefined]);
    expect(['Rapport!B2', 'Rapport!B3', 'Rapport!B4'].map((a) => inputAt(doc, a))).toEqual([5, 1, 2]);
  });

  it('a block moved to the same address on another sheet still moves', () => {
    const doc = threeSheetDocument();
    moveTo(doc, { row: 0, col: 0, rows: 1, cols: 1, toRow: 0, toCol: 0 }, 'Beregning');
    expect(inputAt(doc, 'Data!A1')).toBeUndefined();
    expect(inputAt(doc, 'Beregning!A1')).toBe(5);
  });

  it.each([
    ['on the source sheet, qualified with the destination', 'Data!B1', '=Rapport!B2*2', 10],
    ['an absolute reference on the source sheet', 'Data!D1', '=Rapport!$B$2+1', 6],
    ['on the destination sheet, now unqualified', 'Rapport!A1', '=B2+1000', 1005],
    ['on a third sheet', 'Beregning!A1', '=Rapport!B2*10', 50],
    ['a range wholly inside the block, on a third sheet', 'Beregning!A2', '=SUM(Rapport!B3:B4)', 3],
    ['a range wholly inside the block, on the source sheet', 'Data!C1', '=SUM(Rapport!B3:B4)+F1', 103],
    ['a range the block covers only partly stays', 'Data!C5', '=SUM(A1:A4)', 0],
  ])('a reference %s follows the moved cells (%s reads %s)', (_, address, formula, value) => {
    const doc = threeSheetDocument();
    moveTo(doc, COLUMN_TO_RAPPORT, 'Rapport');
    expect(inputAt(doc, address)).toBe(formula);
    expect(open.value(doc, address)).toBe(value);
  });

  it('a formula moved with the block keeps pointing at what it pointed at', () => {
    const doc = threeSheetDocument();
    // A1:E1 → Rapport!B10:F10. B1 reads A1 inside the block, C1 a range and F1 outside it,
    // D1 an absolute cell inside it, E1 a cell of the destination sheet outside the block.
    moveTo(doc, { row: 0, col: 0, rows: 1, cols: 5, toRow: 9, toCol: 1 }, 'Rapport');
    expect(inputAt(doc, 'Rapport!C10')).toBe('=B10*2');
    expect(inputAt(doc, 'Rapport!D10')).toBe('=SUM(Data!A2:A3)+Data!F1');
    expect(inputAt(doc, 'Rapport!E10')).toBe('=$B$10+1');
    expect(inputAt(doc, 'Rapport!F10')).toBe('=Rapport!Z1');
    expect(['Rapport!C10', 'Rapport!D10', 'Rapport!E10', 'Rapport!F10'].map((a) => open.value(doc, a))).toEqual([10, 103, 6, 7]);
  });

  it('a goal and a scenario input follow the moved cell to the other sheet', () => {
    const doc = threeSheetDocument();
    moveTo(doc, COLUMN_TO_RAPPORT, 'Rapport');
    const grid = workbookGrid(doc);
    expect(readGoals(goalsArray(doc), grid)[0]?.value).toBe('=Rapport!B2');
    // Rapport!B3's own input was overwritten by the block's, as the cell was.
    expect(readScenarios(scenariosArray(doc), grid).find((s) => s.name === 'Høj')?.inputs).toEqual({ 'Rapport!B2': 7 });
    expect(open.value(doc, 'Data!B1', scenarioId(doc, 'Høj'))).toBe(14);
  });

  it('formats travel to the other sheet, and the destination\'s own formats under the block are cleared', () => {
    const doc = threeSheetDocument();
    const [data, rapport] = [sheetId(doc, 'Data'), sheetId(doc, 'Rapport')];
    applyOperation(doc, { type: 'setFormat', sheetId: data, row: 0, col: 0, format: 'percent' });
    applyOperation(doc, { type: 'setFormat', sheetId: rapport, row: 2, col: 1, format: 'integer' });
    moveTo(doc, COLUMN_TO_RAPPORT, 'Rapport');
    expect(cellFormatAt(doc, data, 0, 0)).toBeUndefined();
    expect(cellFormatAt(doc, rapport, 1, 1)).toBe('percent');
    expect(cellFormatAt(doc, rapport, 2, 1)).toBeUndefined();
  });

  it('a destination cell that was overwritten reads #REF! wherever it was referred to', () => {
    const doc = threeSheetDocument();
    moveTo(doc, COLUMN_TO_RAPPORT, 'Rapport');
    expect(inputAt(doc, 'Rapport!B2')).toBe(5);
    expect(inputAt(doc, 'Beregning!A3')).toBe('=#REF!');
  });

  it('a move beyond the destination\'s grid grows that sheet', () => {
    const doc = threeSheetDocument();
    const rows = workbookGrid(doc).rowIds(sheetId(doc, 'Beregning')).length;
    moveTo(doc, { row: 0, col: 0, rows: 1, cols: 1, toRow: rows + 2, toCol: 0 }, 'Beregning');
    expect(inputAt(doc, `Beregning!A${rows + 3}`)).toBe(5);
    expect(inputAt(doc, 'Data!B1')).toBe(`=Beregning!A${rows + 3}*2`);
  });

  it('is one undo step that restores both sheets, the references and the scenario inputs', () => {
    const doc = threeSheetDocument();
    const before = documentState(doc).file;
    const origin = { session: 'test' };
    const undo = new Y.UndoManager([sheetsMap(doc), goalsArray(doc), scenariosArray(doc)], { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    moveTo(doc, COLUMN_TO_RAPPORT, 'Rapport', origin);
    undo.undo();
    expect(documentState(doc).file).toBe(before);
    expect(open.value(doc, 'Beregning!A3')).toBe(42);
    undo.destroy();
  });

  it('an unknown or deleted destination sheet is rejected and changes nothing', () => {
    const doc = threeSheetDocument();
    applyOperation(doc, { type: 'deleteSheet', sheetId: sheetId(doc, 'Beregning') });
    const deleted = [...sheetsMap(doc).keys()].find((id) => !workbookGrid(doc).sheet(id))!;
    const before = documentState(doc);
    for (const toSheetId of ['nope', deleted]) {
      expect(() => applyOperation(doc, { type: 'moveCells', sheetId: sheetId(doc, 'Data'), ...COLUMN_TO_RAPPORT, toSheetId })).toThrow(/unknown sheet/);
    }
    expect(documentState(doc)).toEqual(before);
  });

  it('two peers converge when one moves cells to another sheet while the other inserts a row there and edits a source cell', () => {
    const a = threeSheetDocument();
    const b = open.peerOf(a, 4243);
    moveTo(a, COLUMN_TO_RAPPORT, 'Rapport');
    applyOperation(b, { type: 'insertRows', sheetId: sheetId(b, 'Rapport'), index: 0, count: 1 });
    applyOperation(b, { type: 'setCells', sheetId: sheetId(b, 'Data'), cells: [{ ...locate(b, 'Data!A2'), input: 9 }] });
    exchangeUpdates(a, b);
    expect(documentState(a).file).toBe(documentState(b).file);
    // The block is one row lower on Rapport; the colleague's edit stays at the source.
    expect(['Rapport!B3', 'Rapport!B4', 'Rapport!B5'].map((x) => inputAt(a, x))).toEqual([5, 1, 2]);
    expect(inputAt(a, 'Data!A2')).toBe(9);
    expect(inputAt(a, 'Data!B1')).toBe('=Rapport!B3*2');
    expect(open.value(b, 'Beregning!A1')).toBe(50);
  });
});

/** Failing seeds of the randomized tests once moveCells joined their operations, each as one case. */
describe('found by the randomized tests', () => {
  it('[peersConverge seed 17, 8 peers] formulas that arrived before their rows read the right cells when rows of two sheets arrive at once', () => {
    const b = open.document(workbookFile({ Plan: { B5: 7 }, Data: { B5: 70 } }));
    const c = open.peerOf(b, 3);
    const d = open.peerOf(b, 4);
    const engine = open.engine(c);
    applyOperation(b, { type: 'insertRows', sheetId: sheetId(b, 'Plan'), index: 0, count: 1 });
    applyOperation(b, { type: 'insertRows', sheetId: sheetId(b, 'Data'), index: 0, count: 1 });
    exchangeUpdates(b, d);
    // d writes into both new rows, each formula reading a cell of the other sheet below its new row.
    applyOperation(d, { type: 'setCells', sheetId: sheetId(d, 'Plan'), cells: [{ row: 0, col: 0, input: '=Data!B6*2' }] });
    applyOperation(d, { type: 'setCells', sheetId: sheetId(d, 'Data'), cells: [{ row: 0, col: 0, input: '=Plan!B6*3' }] });
    // c receives d's formulas first, then b's rows of both sheets in one transaction.
    Y.applyUpdate(c, Y.encodeStateAsUpdate(d, Y.encodeStateVector(b)));
    Y.applyUpdate(c, Y.encodeStateAsUpdate(b, Y.encodeStateVector(c)));
    expect(engine.value(sheetId(c, 'Plan'), 0, 0)).toBe(140);
    expect(engine.value(sheetId(c, 'Data'), 0, 0)).toBe(21);
    expect(engine.rebuilds).toBe(0);
  });
});
