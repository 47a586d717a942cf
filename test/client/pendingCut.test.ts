import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { cutMove, transactionEndsCut, type PendingCut } from '../../client/src/grid/pendingCut.js';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const cut: PendingCut = { sheetId: 's1', range: { top: 1, left: 2, bottom: 3, right: 2 }, text: '1\r\n2\r\n3\r\n' };
const target = { top: 10, left: 0, bottom: 10, right: 0 };

describe('pasting a cut', () => {
  it('the text of the pending cut pasted on its sheet moves the block to the target\'s corner', () => {
    expect(cutMove(cut, '1\n2\n3', 's1', target)).toEqual({ type: 'moveCells', sheetId: 's1', row: 1, col: 2, rows: 3, cols: 1, toRow: 10, toCol: 0 });
  });

  it('other text (copied since, or cut in another application) is a plain paste', () => {
    expect(cutMove(cut, 'x', 's1', target)).toBeNull();
    expect(cutMove(null, '1\r\n2\r\n3\r\n', 's1', target)).toBeNull();
  });

  it('a cut pasted on another sheet moves the block there', () => {
    expect(cutMove(cut, cut.text, 's2', target)).toEqual({ type: 'moveCells', sheetId: 's1', row: 1, col: 2, rows: 3, cols: 1, toSheetId: 's2', toRow: 10, toCol: 0 });
  });
});

describe('what ends a pending cut', () => {
  const open = openWorkbooks();
  const own = { planner: 'me' };
  const colleague = { planner: 'colleague' };
  const seen: Array<() => void> = [];
  afterEach(() => seen.splice(0).forEach((off) => off()));

  /** Applies an operation and says whether its transaction ends a cut of Data!A1:A2. */
  function ends(doc: Y.Doc, op: Parameters<typeof applyOperation>[1], origin: unknown): boolean {
    const marked: PendingCut = { sheetId: sheetId(doc, 'Data'), range: { top: 0, left: 0, bottom: 1, right: 0 }, text: '1\r\n2\r\n' };
    let ended: boolean | undefined;
    const onTransaction = (tr: Y.Transaction): void => {
      ended = transactionEndsCut(marked, tr, own);
    };
    doc.on('afterTransaction', onTransaction);
    seen.push(() => doc.off('afterTransaction', onTransaction));
    applyOperation(doc, op, origin);
    if (ended === undefined) throw new Error('the operation made no transaction');
    return ended;
  }

  function plan(): Y.Doc {
    return open.document(workbookFile({ Data: { A1: 1, A2: 2 }, Rapport: {}, Noter: {} }));
  }

  it.each<[string, (doc: Y.Doc) => Parameters<typeof applyOperation>[1], unknown, boolean]>([
    ['an edit of the planner\'s own, on any sheet, ends it', (doc) => ({ type: 'setCells', sheetId: sheetId(doc, 'Rapport'), cells: [{ row: 0, col: 0, input: 1 }] }), own, true],
    ['a colleague\'s cell edit on the cut\'s sheet leaves it', (doc) => ({ type: 'setCells', sheetId: sheetId(doc, 'Data'), cells: [{ row: 5, col: 5, input: 1 }] }), colleague, false],
    ['a colleague inserting rows on another sheet leaves it', (doc) => ({ type: 'insertRows', sheetId: sheetId(doc, 'Rapport'), index: 0, count: 1 }), colleague, false],
    ['a colleague inserting rows on the cut\'s sheet ends it', (doc) => ({ type: 'insertRows', sheetId: sheetId(doc, 'Data'), index: 0, count: 1 }), colleague, true],
    ['a colleague deleting a column of the cut\'s sheet ends it', (doc) => ({ type: 'deleteColumns', sheetId: sheetId(doc, 'Data'), index: 3, count: 1 }), colleague, true],
    ['a colleague deleting the cut\'s sheet ends it', (doc) => ({ type: 'deleteSheet', sheetId: sheetId(doc, 'Data') }), colleague, true],
  ])('%s', (_, build, origin, expected) => {
    const doc = plan();
    expect(ends(doc, build(doc), origin)).toBe(expected);
  });
});
