import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import type { WorkbookOperation } from '../../models/operations/workbookOperation.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { inputAt, openWorkbooks, scenarioId, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/**
 * Data: A2:A5 hold 1, 2, 3, 4 and B5 holds 7; the formulas sit in row 1, above every edit below.
 * Beregning reads Data from another sheet; the goal reads Data!B5.
 */
function planDocument(): Y.Doc {
  return open.document(
    workbookFile(
      {
        Data: { A2: 1, A3: 2, A4: 3, A5: 4, B5: 7, C1: '=B5', D1: '=SUM(A2:A5)', E1: '=$B$5' },
        Beregning: { A1: '=Data!B5*2', A2: '=SUM(Data!A2:A5)' },
      },
      { goals: [{ id: 'g', title: 'Mål', value: 'Data!B5', comparator: '<=', target: 10, series: 'Data!A2:A5', periods: 'Data!A2:A5' }] },
    ),
  );
}

type Edit = Omit<Extract<WorkbookOperation, { sheetId: string; index: number; count: number }>, 'sheetId'>;

function edit(doc: Y.Doc, op: Edit, sheet = 'Data'): void {
  applyOperation(doc, { ...op, sheetId: sheetId(doc, sheet) } as WorkbookOperation);
}

describe('a formula keeps pointing at its cell when rows and columns come and go', () => {
  it('inserting a row above keeps a formula pointing at its cell (=B5 becomes =B6)', () => {
    const doc = planDocument();
    edit(doc, { type: 'insertRows', index: 2, count: 1 });
    expect(inputAt(doc, 'Data!C1')).toBe('=B6');
    expect(inputAt(doc, 'Data!E1')).toBe('=$B$6');
    expect(open.value(doc, 'Data!C1')).toBe(7);
  });

  it('inserting a row above the formula itself moves both the formula and its reference', () => {
    const doc = planDocument();
    edit(doc, { type: 'insertRows', index: 0, count: 2 });
    expect(inputAt(doc, 'Data!C3')).toBe('=B7');
    expect(open.value(doc, 'Data!C3')).toBe(7);
  });

  it('inserting a column before keeps a formula pointing at its cell (=B5 becomes =C5)', () => {
    const doc = planDocument();
    edit(doc, { type: 'insertColumns', index: 1, count: 1 });
    expect(inputAt(doc, 'Data!D1')).toBe('=C5');
    expect(inputAt(doc, 'Data!E1')).toBe('=SUM(A2:A5)');
    expect(open.value(doc, 'Data!D1')).toBe(7);
  });

  it('a reference from another sheet follows an insertion too', () => {
    const doc = planDocument();
    edit(doc, { type: 'insertRows', index: 0, count: 1 });
    expect(inputAt(doc, 'Beregning!A1')).toBe('=Data!B6*2');
    expect(open.value(doc, 'Beregning!A1')).toBe(14);
  });

  it('a goal follows an insertion on the sheet it reads', () => {
    const doc = planDocument();
    edit(doc, { type: 'insertRows', index: 0, count: 1 });
    expect(exportWorkbookFile(doc).goals?.[0]).toMatchObject({ value: '=Data!B6', series: 'Data!A3:A6' });
    expect(evaluateWorkbook(doc).scenarios[0]?.goals[0]).toMatchObject({ value: 7, met: true });
  });

  it('deleting the row of a referenced cell gives #REF!, in the text and the value', () => {
    const doc = planDocument();
    edit(doc, { type: 'deleteRows', index: 4, count: 1 });
    expect(inputAt(doc, 'Data!C1')).toBe('=#REF!');
    expect(inputAt(doc, 'Beregning!A1')).toBe('=#REF!*2');
    expect(open.value(doc, 'Data!C1')).toMatchObject({ error: '#REF!' });
    expect(evaluateWorkbook(doc).scenarios[0]?.goals[0]).toMatchObject({ value: null, met: null, error: '#REF!' });
  });

  it('deleting the column of a referenced cell gives #REF!', () => {
    const doc = planDocument();
    edit(doc, { type: 'deleteColumns', index: 1, count: 1 });
    expect(inputAt(doc, 'Data!B1')).toBe('=#REF!');
    expect(open.value(doc, 'Data!B1')).toMatchObject({ error: '#REF!' });
  });
});

describe('a range grows and shrinks as in Excel', () => {
  it.each<[string, Edit, string, number]>([
    ['inserting inside a range expands it', { type: 'insertRows', index: 3, count: 1 }, '=SUM(A2:A6)', 10],
    ['inserting at the first row of a range shifts it', { type: 'insertRows', index: 1, count: 1 }, '=SUM(A3:A6)', 10],
    ['inserting right below a range leaves it alone', { type: 'insertRows', index: 5, count: 1 }, '=SUM(A2:A5)', 10],
    ['deleting the first row of a range shrinks it', { type: 'deleteRows', index: 1, count: 1 }, '=SUM(A2:A4)', 2 + 3 + 4],
    ['deleting the last row of a range shrinks it', { type: 'deleteRows', index: 4, count: 1 }, '=SUM(A2:A4)', 1 + 2 + 3],
    ['deleting a middle row of a range shrinks it', { type: 'deleteRows', index: 2, count: 1 }, '=SUM(A2:A4)', 1 + 3 + 4],
    ['deleting rows across its last row shrinks it', { type: 'deleteRows', index: 3, count: 4 }, '=SUM(A2:A3)', 1 + 2],
  ])('%s', (_what, op, formula, sum) => {
    const doc = planDocument();
    const live = open.engine(doc);
    edit(doc, op);
    expect(inputAt(doc, 'Data!D1')).toBe(formula);
    expect(inputAt(doc, 'Beregning!A2')).toBe(formula.replace('SUM(', 'SUM(Data!'));
    expect(open.value(doc, 'Data!D1')).toBe(sum);
    expect(open.value(doc, 'Beregning!A2')).toBe(sum);
    // An engine that was running during the edit agrees with one built afterwards.
    expect(live.value(sheetId(doc, 'Data'), 0, 3)).toBe(sum);
    expect(live.value(sheetId(doc, 'Beregning'), 1, 0)).toBe(sum);
  });

  it('a row inserted inside a range is counted once a value is typed into it', () => {
    const doc = planDocument();
    edit(doc, { type: 'insertRows', index: 3, count: 1 });
    applyOperation(doc, { type: 'setCells', sheetId: sheetId(doc, 'Data'), cells: [{ row: 3, col: 0, input: 5 }] });
    expect(open.value(doc, 'Data!D1')).toBe(15);
  });

  it('deleting a whole range gives #REF!', () => {
    const doc = planDocument();
    edit(doc, { type: 'deleteRows', index: 1, count: 4 });
    expect(inputAt(doc, 'Data!D1')).toBe('=SUM(#REF!)');
    expect(open.value(doc, 'Data!D1')).toMatchObject({ error: '#REF!' });
  });

  it('deleting the first column of a range shrinks it', () => {
    const doc = open.document(workbookFile({ Ark1: { A2: 1, B2: 2, C2: 3, D1: '=SUM(A2:C2)' } }));
    edit(doc, { type: 'deleteColumns', index: 0, count: 1 }, 'Ark1');
    expect(inputAt(doc, 'Ark1!C1')).toBe('=SUM(A2:B2)');
    expect(open.value(doc, 'Ark1!C1')).toBe(2 + 3);
  });

  it('a goal series shrinks with its range', () => {
    const doc = planDocument();
    edit(doc, { type: 'deleteRows', index: 1, count: 1 });
    expect(exportWorkbookFile(doc).goals?.[0]).toMatchObject({ series: 'Data!A2:A4', periods: 'Data!A2:A4' });
  });
});

describe('renaming and deleting sheets', () => {
  it('renaming a sheet rewrites references to it in other sheets and in goals', () => {
    const doc = planDocument();
    applyOperation(doc, { type: 'renameSheet', sheetId: sheetId(doc, 'Data'), name: 'Tal' });
    expect(inputAt(doc, 'Beregning!A1')).toBe('=Tal!B5*2');
    expect(exportWorkbookFile(doc).goals?.[0]).toMatchObject({ value: '=Tal!B5', series: 'Tal!A2:A5' });
    expect(open.value(doc, 'Beregning!A1')).toBe(14);
  });

  it.each([
    ['Mit ark', "='Mit ark'!B5*2"],
    ["O'Brien", "='O''Brien'!B5*2"],
    ['2023', "='2023'!B5*2"],
    ['Forudsætninger', '=Forudsætninger!B5*2'],
  ])('renaming to %s quotes the name where it needs it', (name, formula) => {
    const doc = planDocument();
    applyOperation(doc, { type: 'renameSheet', sheetId: sheetId(doc, 'Data'), name });
    expect(inputAt(doc, 'Beregning!A1')).toBe(formula);
    expect(open.value(doc, 'Beregning!A1')).toBe(14);
  });

  it('deleting a sheet gives #REF! in formulas and goals referencing it', () => {
    const doc = planDocument();
    applyOperation(doc, { type: 'deleteSheet', sheetId: sheetId(doc, 'Data') });
    expect(inputAt(doc, 'Beregning!A1')).toBe('=#REF!*2');
    expect(open.value(doc, 'Beregning!A1')).toMatchObject({ error: '#REF!' });
    expect(evaluateWorkbook(doc).scenarios[0]?.goals[0]).toMatchObject({ value: null, met: null, error: '#REF!' });
  });

  it('a new sheet taking a deleted sheet\'s name does not revive references to the old one', () => {
    const doc = planDocument();
    applyOperation(doc, { type: 'deleteSheet', sheetId: sheetId(doc, 'Data') });
    applyOperation(doc, { type: 'addSheet', sheetId: 'ny', name: 'Data' });
    applyOperation(doc, { type: 'setCells', sheetId: 'ny', cells: [{ row: 4, col: 1, input: 100 }] });
    expect(inputAt(doc, 'Beregning!A1')).toBe('=#REF!*2');
    expect(open.value(doc, 'Beregning!A1')).toMatchObject({ error: '#REF!' });
  });

  it('a formula naming an unknown sheet is #REF!', () => {
    const doc = planDocument();
    applyOperation(doc, { type: 'setCells', sheetId: sheetId(doc, 'Beregning'), cells: [{ row: 2, col: 0, input: '=Nope!A1+1' }] });
    expect(inputAt(doc, 'Beregning!A3')).toBe('=#REF!+1');
    expect(open.value(doc, 'Beregning!A3')).toMatchObject({ error: '#REF!' });
  });

  it('a sheet named in another case is the same sheet, as in Excel', () => {
    const doc = planDocument();
    applyOperation(doc, { type: 'setCells', sheetId: sheetId(doc, 'Beregning'), cells: [{ row: 2, col: 0, input: '=DATA!B5' }] });
    expect(inputAt(doc, 'Beregning!A3')).toBe('=Data!B5');
    expect(open.value(doc, 'Beregning!A3')).toBe(7);
  });
});

describe('references beyond the current grid', () => {
  it('extend the sheet, and then follow insertions like any other', () => {
    const doc = planDocument();
    const data = sheetId(doc, 'Data');
    const rowsBefore = workbookGrid(doc).rowIds(data).length;
    const beyond = rowsBefore + 50;
    applyOperation(doc, { type: 'setCells', sheetId: data, cells: [{ row: 0, col: 5, input: `=A${beyond}+1` }] });
    expect(workbookGrid(doc).rowIds(data).length).toBeGreaterThanOrEqual(beyond);
    expect(open.value(doc, 'Data!F1')).toBe(1);
    edit(doc, { type: 'insertRows', index: 1, count: 1 });
    expect(inputAt(doc, 'Data!F1')).toBe(`=A${beyond + 1}+1`);
    applyOperation(doc, { type: 'setCells', sheetId: data, cells: [{ row: beyond, col: 0, input: 41 }] });
    expect(open.value(doc, 'Data!F1')).toBe(42);
  });
});

describe('scenario inputs belong to their cell', () => {
  function scenarioDocument(): Y.Doc {
    return open.document(
      workbookFile({ Antagelser: { B5: 1, C1: '=B5*10' } }, { scenarios: [{ name: 'Høj', inputs: { 'Antagelser!B5': 2 } }] }),
    );
  }

  it('an input follows its cell when a row is inserted above', () => {
    const doc = scenarioDocument();
    edit(doc, { type: 'insertRows', index: 0, count: 1 }, 'Antagelser');
    expect(exportWorkbookFile(doc).scenarios).toEqual([{ name: 'Høj', inputs: { 'Antagelser!B6': 2 } }]);
    expect(open.value(doc, 'Antagelser!C2', scenarioId(doc, 'Høj'))).toBe(20);
    expect(open.value(doc, 'Antagelser!C2')).toBe(10);
  });

  it('an input is dropped with its row, and the scenario computes from the document again', () => {
    const doc = scenarioDocument();
    edit(doc, { type: 'deleteRows', index: 4, count: 1 }, 'Antagelser');
    expect(exportWorkbookFile(doc).scenarios).toEqual([{ name: 'Høj', inputs: {} }]);
  });
});

describe('an id stored twice on an axis (two concurrent restores, an older client)', () => {
  /** Data with column B's id stored again right after it: the grid shows B's cells in B and C. */
  function doubledColumn(): { doc: Y.Doc; data: string } {
    const doc = planDocument();
    const data = sheetId(doc, 'Data');
    const cols = workbookGrid(doc).sheetParts(data)!.cols;
    cols.insert(2, [cols.get(1)]);
    return { doc, data };
  }

  it('every reader places the id at its first occurrence', () => {
    const { doc, data } = doubledColumn();
    const grid = workbookGrid(doc);
    expect(grid.colIds(data)[2]).toBe(grid.colIds(data)[1]);
    expect(grid.colIndex(data, grid.colIds(data)[1]!)).toBe(1);
    expect(inputAt(doc, 'Data!B5')).toBe(7);
    expect(open.value(doc, 'Data!F1'), 'E1 (=$B$5), shown in F, reads the first copy').toBe(7);
  });

  it('deleting the copy removes only the copy: the column keeps its cells and formulas reading it', () => {
    const { doc, data } = doubledColumn();
    edit(doc, { type: 'deleteColumns', index: 2, count: 1 });
    const ids = workbookGrid(doc).colIds(data);
    expect(new Set(ids).size).toBe(ids.length);
    expect(inputAt(doc, 'Data!B5')).toBe(7);
    // The copy sat where C was; C1's formula moved back to C and still reads B5.
    expect(inputAt(doc, 'Data!C1')).toBe('=B5');
    expect(open.value(doc, 'Data!C1')).toBe(7);
  });

  it('inserting a column anywhere removes the copy', () => {
    const { doc, data } = doubledColumn();
    edit(doc, { type: 'insertColumns', index: 8, count: 1 });
    const ids = workbookGrid(doc).colIds(data);
    expect(new Set(ids).size).toBe(ids.length);
    expect(inputAt(doc, 'Data!B5')).toBe(7);
    expect(inputAt(doc, 'Data!C1')).toBe('=B5');
    expect(open.value(doc, 'Data!D1')).toBe(10);
  });
});
