/**
 * A version restore merged with a colleague's concurrent edits: each peer's live engine must hold
 * what a fresh engine computes from the merged document. A restore deletes every row id and
 * inserts them again, so a row a colleague inserted meanwhile can end up elsewhere among them, and
 * two restores at once leave ids twice (peersConverge seeds 2 and 6 before the fix).
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { exchangeUpdates, expectPeersConverged, exported, locate, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** Two peers with live engines on a sheet `Data`: A1:A4 = 1..4 and A6 = 6, the sum of A1:A4 in C1 and A2 read in C2. */
function twoPeers(): { a: Y.Doc; b: Y.Doc; engines: WorkbookEngine[]; version: Uint8Array } {
  const a = open.document(workbookFile({ Data: { A1: 1, A2: 2, A3: 3, A4: 4, A6: 6, C1: '=SUM(A1:A4)', C2: '=A2*10' } }));
  const b = open.peerOf(a, 2);
  return { a, b, engines: [open.engine(a), open.engine(b)], version: Y.encodeStateAsUpdate(a) };
}

describe('restoring a version while a colleague edits', () => {
  it('a row the colleague inserted meanwhile keeps its value and the formulas reading it, on both peers', () => {
    const { a, b, engines, version } = twoPeers();
    // a deletes the last row after saving the version, then restores the version.
    applyOperation(a, { type: 'deleteRows', sheetId: sheetId(a, 'Data'), index: 3, count: 1 });
    applyOperation(a, { type: 'restoreVersion', state: version });
    // Meanwhile b inserts a row below the first and fills it, with a formula reading it.
    applyOperation(b, { type: 'insertRows', sheetId: sheetId(b, 'Data'), index: 1, count: 1 });
    applyOperation(b, { type: 'setCells', sheetId: sheetId(b, 'Data'), cells: [{ row: 1, col: 0, input: 100 }, { row: 1, col: 3, input: '=A2+1' }] });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    // Where the row landed is the merge's choice; its value and the formula beside it follow it.
    const data = sheetId(a, 'Data');
    const rows = workbookGrid(a).rowIds(data).length;
    const hundred = Array.from({ length: rows }, (_, row) => row).find((row) => engines[1]!.value(data, row, 0) === 100);
    expect(hundred, 'the colleague\'s 100 is in column A on b').toBeDefined();
    for (const engine of engines) {
      expect(engine.value(data, hundred!, 0)).toBe(100);
      expect(engine.value(data, hundred!, 3)).toBe(101);
    }
    // The restored formulas read the restored cells: the 100 lies inside A1:A4 only when it landed there.
    const c1 = locate(a, 'Data!C1');
    const sum = 1 + 2 + 3 + 4 + (hundred! < 4 ? 100 : 0);
    for (const engine of engines) expect(engine.value(data, c1.row, c1.col)).toBe(sum);
  });

  it('two colleagues restoring at once leave every row twice; deleting a row afterwards moves the rows below it up on both peers', () => {
    const { a, b, engines, version } = twoPeers();
    applyOperation(a, { type: 'deleteRows', sheetId: sheetId(a, 'Data'), index: 0, count: 1 });
    applyOperation(a, { type: 'restoreVersion', state: version });
    applyOperation(b, { type: 'insertRows', sheetId: sheetId(b, 'Data'), index: 2, count: 1 });
    applyOperation(b, { type: 'restoreVersion', state: version });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    const rows = workbookGrid(a).rowIds(sheetId(a, 'Data'));
    expect(new Set(rows).size * 2, 'every row id twice').toBe(rows.length);
    // Each restore inserted every row id again: the merge holds each id twice, and the first
    // occurrence holds the row's cells. Deleting row 4 leaves its id's second, empty occurrence.
    applyOperation(a, { type: 'deleteRows', sheetId: sheetId(a, 'Data'), index: 3, count: 1 });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    const data = sheetId(a, 'Data');
    for (const engine of engines) {
      expect(engine.value(data, 3, 0), 'the empty A5 moved up to A4').toBe(null);
      expect(engine.value(data, 4, 0), 'A6 moved up to A5').toBe(6);
    }
    // Restoring once more, alone, leaves each row once; the engines follow.
    applyOperation(b, { type: 'restoreVersion', state: version });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    const restored = workbookGrid(a).rowIds(data);
    expect(new Set(restored).size, 'every row id once').toBe(restored.length);
    for (const engine of engines) expect(engine.value(data, 5, 0), 'A6 back in its place').toBe(6);
  });
});
