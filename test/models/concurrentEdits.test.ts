import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { exchangeUpdates, expectPeersConverged, exported, inputAt, locate, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** Two peers holding the same workbook, each with a live engine. */
function twoPeers(sheets: Parameters<typeof workbookFile>[0]): { a: Y.Doc; b: Y.Doc } {
  const a = open.document(workbookFile(sheets));
  const b = open.peerOf(a, 2);
  return { a, b };
}

function sheetNames(doc: Y.Doc): string[] {
  return workbookGrid(doc).listSheets().map((s) => s.name);
}

describe('two planners editing at once', () => {
  it('one inserts a row above while the other writes a formula below: the formula points where its author meant', () => {
    const { a, b } = twoPeers({ Data: { B5: 7, B6: 100 } });
    const engines = [open.engine(a), open.engine(b)];
    applyOperation(a, { type: 'insertRows', sheetId: sheetId(a, 'Data'), index: 1, count: 1 });
    // b still sees B5 = 7 in row 5 and means that cell.
    applyOperation(b, { type: 'setCells', sheetId: sheetId(b, 'Data'), cells: [{ row: 9, col: 2, input: '=B5*3' }] });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    for (const doc of [a, b]) {
      expect(inputAt(doc, 'Data!C11')).toBe('=B6*3');
      expect(inputAt(doc, 'Data!C10')).toBeUndefined();
      const { sheetId: data, row, col } = locate(doc, 'Data!C11');
      expect(engines[doc === a ? 0 : 1]!.value(data, row, col)).toBe(21);
    }
  });

  it('one inserts a row inside a range while the other sums it: the sum covers the grown range', () => {
    const { a, b } = twoPeers({ Data: { A1: 1, A2: 2, A3: 3 } });
    const engines = [open.engine(a), open.engine(b)];
    applyOperation(a, { type: 'insertRows', sheetId: sheetId(a, 'Data'), index: 1, count: 1 });
    applyOperation(a, { type: 'setCells', sheetId: sheetId(a, 'Data'), cells: [{ row: 1, col: 0, input: 10 }] });
    applyOperation(b, { type: 'setCells', sheetId: sheetId(b, 'Data'), cells: [{ row: 0, col: 1, input: '=SUM(A1:A3)' }] });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    expect(inputAt(a, 'Data!B1')).toBe('=SUM(A1:A4)');
    expect(open.value(a, 'Data!B1')).toBe(16);
  });

  it('concurrent renames of two sheets to the same name resolve to unique names, identically on both peers', () => {
    const { a, b } = twoPeers({ Ark1: { A1: 1 }, Ark2: { A1: 2 }, Ark3: { A1: '=Ark1!A1+Ark2!A1*10' } });
    const engines = [open.engine(a), open.engine(b)];
    applyOperation(a, { type: 'renameSheet', sheetId: sheetId(a, 'Ark1'), name: 'Budget' });
    applyOperation(b, { type: 'renameSheet', sheetId: sheetId(b, 'Ark2'), name: 'budget' });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    const names = sheetNames(a);
    expect(names).toEqual(sheetNames(b));
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
    expect(names[0]).toBe('Budget');
    // The formula still reads both sheets, by whatever names they ended up with.
    expect(open.value(b, `${names[2]}!A1`)).toBe(21);
  });

  it('concurrent renames of one sheet end with the same name on both peers', () => {
    const { a, b } = twoPeers({ Ark1: { A1: 1 }, Ark2: { A1: '=Ark1!A1' } });
    applyOperation(a, { type: 'renameSheet', sheetId: sheetId(a, 'Ark1'), name: 'Tal' });
    applyOperation(b, { type: 'renameSheet', sheetId: sheetId(b, 'Ark1'), name: 'Data' });
    exchangeUpdates(a, b);
    expect(exported(b)).toBe(exported(a));
    const name = sheetNames(a)[0]!;
    expect(['Tal', 'Data']).toContain(name);
    expect(inputAt(b, 'Ark2!A1')).toBe(`=${name}!A1`);
  });

  it('deleting both remaining sheets concurrently leaves one sheet, the same on both peers', () => {
    const { a, b } = twoPeers({ Ark1: { A1: 1 }, Ark2: { A1: 2 } });
    const engines = [open.engine(a), open.engine(b)];
    applyOperation(a, { type: 'deleteSheet', sheetId: sheetId(a, 'Ark1') });
    applyOperation(b, { type: 'deleteSheet', sheetId: sheetId(b, 'Ark2') });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    expect(workbookGrid(a).listSheets()).toHaveLength(1);
    expect(workbookGrid(a).listSheets()).toEqual(workbookGrid(b).listSheets());
  });

  it('the sheet that survives a concurrent delete of every sheet can still be edited', () => {
    const { a, b } = twoPeers({ Ark1: { A1: 1 }, Ark2: { A1: 2 } });
    applyOperation(a, { type: 'deleteSheet', sheetId: sheetId(a, 'Ark1') });
    applyOperation(b, { type: 'deleteSheet', sheetId: sheetId(b, 'Ark2') });
    exchangeUpdates(a, b);
    const [survivor] = workbookGrid(a).listSheets();
    applyOperation(a, { type: 'setCells', sheetId: survivor!.id, cells: [{ row: 1, col: 0, input: '=A1*2' }] });
    exchangeUpdates(a, b);
    expect(exported(b)).toBe(exported(a));
    expect(open.value(b, `${survivor!.name}!A2`)).toBe(2 * Number(inputAt(b, `${survivor!.name}!A1`)));
  });

  it('one deletes the row a colleague is writing a formula against: the formula reads #REF! on both peers', () => {
    const { a, b } = twoPeers({ Data: { A5: 5 } });
    const engines = [open.engine(a), open.engine(b)];
    applyOperation(a, { type: 'deleteRows', sheetId: sheetId(a, 'Data'), index: 4, count: 1 });
    applyOperation(b, { type: 'setCells', sheetId: sheetId(b, 'Data'), cells: [{ row: 0, col: 1, input: '=A5+1' }] });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    expect(inputAt(a, 'Data!B1')).toBe('=#REF!+1');
    expect(open.value(a, 'Data!B1')).toMatchObject({ error: '#REF!' });
  });
});
