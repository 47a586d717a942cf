/**
 * A version restore merged with a colleague's concurrent edits. A restore changes rows only where
 * the version differs (axisOrder.syncAxisOrder): a row it keeps is the same Yjs item, so a
 * colleague's insertion beside it stays there and a colleague's deletion of it applies; two
 * restores at once double a row only when both inserted it again (peersConverge seeds 2 and 6
 * found the doubling when a restore re-inserted every row). Each peer's live engine must hold what
 * a fresh engine computes from the merged document.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { readGoals } from '../../models/goals/goalModel.js';
import { readScenarios } from '../../models/scenarios/scenarioModel.js';
import { goalsArray, scenariosArray } from '../../models/workbook/workbookSchema.js';
import { exchangeUpdates, expectPeersConverged, exported, locate, openWorkbooks, scenarioId, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** Two peers with live engines on a sheet `Data`: A1:A4 = 1..4 and A6 = 6, the sum of A1:A4 in C1 and A2 read in C2. */
function twoPeers(): { a: Y.Doc; b: Y.Doc; engines: WorkbookEngine[]; version: Uint8Array } {
  const a = open.document(workbookFile({ Data: { A1: 1, A2: 2, A3: 3, A4: 4, A6: 6, C1: '=SUM(A1:A4)', C2: '=A2*10' } }));
  const b = open.peerOf(a, 2);
  return { a, b, engines: [open.engine(a), open.engine(b)], version: Y.encodeStateAsUpdate(a) };
}

/** Column A of `Data` as an engine computes it, down to its last value (the grid has empty rows below). */
function columnA(doc: Y.Doc, engine: WorkbookEngine): unknown[] {
  const data = sheetId(doc, 'Data');
  const values = workbookGrid(doc).rowIds(data).map((_, row) => engine.value(data, row, 0));
  while (values.length > 0 && values.at(-1) === null) values.pop();
  return values;
}

function expectEachRowOnce(doc: Y.Doc): void {
  const rows = workbookGrid(doc).rowIds(sheetId(doc, 'Data'));
  expect(new Set(rows).size, 'every row id once').toBe(rows.length);
}

/** C1 (=SUM(A1:A4) as restored) and C2 (=A2*10) on every engine. */
function expectSums(doc: Y.Doc, engines: readonly WorkbookEngine[], sum: number, tenfold: number): void {
  const c1 = locate(doc, 'Data!C1');
  const c2 = locate(doc, 'Data!C2');
  for (const engine of engines) {
    expect(engine.value(c1.sheetId, c1.row, c1.col)).toBe(sum);
    expect(engine.value(c2.sheetId, c2.row, c2.col)).toBe(tenfold);
  }
}

describe('restoring a version while a colleague edits', () => {
  it('a row the colleague inserted meanwhile stays where the colleague put it, with its value and the formulas reading it', () => {
    const { a, b, engines, version } = twoPeers();
    // a deletes A4 after saving the version, then restores the version (A4 comes back).
    applyOperation(a, { type: 'deleteRows', sheetId: sheetId(a, 'Data'), index: 3, count: 1 });
    applyOperation(a, { type: 'restoreVersion', state: version });
    // Meanwhile b inserts a row below the first and fills it, with a formula reading it.
    applyOperation(b, { type: 'insertRows', sheetId: sheetId(b, 'Data'), index: 1, count: 1 });
    applyOperation(b, { type: 'setCells', sheetId: sheetId(b, 'Data'), cells: [{ row: 1, col: 0, input: 100 }, { row: 1, col: 3, input: '=A2+1' }] });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    expectEachRowOnce(a);
    // The restore left A1 and A2 in place, so the colleague's row is still between them (row 2);
    // the restored SUM(A1:A4) spans it, as a range does when a row is inserted inside it, and the
    // old A2 (now A3) is still what the formula beside it reads.
    const data = sheetId(a, 'Data');
    for (const engine of engines) {
      expect(columnA(a, engine)).toEqual([1, 100, 2, 3, 4, null, 6]);
      expect(engine.value(data, 1, 3)).toBe(101);
      expect(engine.value(data, 0, 2), 'SUM in C1').toBe(110);
      expect(engine.value(data, 2, 2), 'A2*10, now in C3').toBe(20);
    }
  });

  it('a row the colleague deleted meanwhile stays deleted; the rest is the version', () => {
    const { a, b, engines, version } = twoPeers();
    applyOperation(a, { type: 'setCells', sheetId: sheetId(a, 'Data'), cells: [{ row: 0, col: 0, input: 99 }] });
    applyOperation(a, { type: 'restoreVersion', state: version });
    applyOperation(b, { type: 'deleteRows', sheetId: sheetId(b, 'Data'), index: 2, count: 1 });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    expectEachRowOnce(a);
    // The restore kept A3's row in place (the version has it there), so b's deletion of it applies.
    for (const engine of engines) expect(columnA(a, engine)).toEqual([1, 2, 4, null, 6]);
    expectSums(a, engines, 7, 20);
  });

  it('a cell the colleague typed meanwhile keeps its value where the restore leaves the cell as it was', () => {
    const { a, b, engines, version } = twoPeers();
    applyOperation(a, { type: 'setCells', sheetId: sheetId(a, 'Data'), cells: [{ row: 0, col: 0, input: 99 }] });
    applyOperation(a, { type: 'restoreVersion', state: version });
    applyOperation(b, { type: 'setCells', sheetId: sheetId(b, 'Data'), cells: [{ row: 1, col: 0, input: 5 }] });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    for (const engine of engines) expect(columnA(a, engine)).toEqual([1, 5, 3, 4, null, 6]);
    expectSums(a, engines, 13, 50);
  });

  it('a cell both the restore and the colleague changed holds one of the two values on both peers', () => {
    const { a, b, engines, version } = twoPeers();
    applyOperation(a, { type: 'setCells', sheetId: sheetId(a, 'Data'), cells: [{ row: 1, col: 0, input: 99 }] });
    applyOperation(a, { type: 'restoreVersion', state: version });
    applyOperation(b, { type: 'setCells', sheetId: sheetId(b, 'Data'), cells: [{ row: 1, col: 0, input: 5 }] });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    const a2 = engines[0]!.value(sheetId(a, 'Data'), 1, 0);
    expect([2, 5]).toContain(a2);
  });
});

describe('two colleagues restoring at once', () => {
  it('restoring the same version, each after changing the rows, leaves every row once and the version\'s values', () => {
    const { a, b, engines, version } = twoPeers();
    applyOperation(a, { type: 'deleteRows', sheetId: sheetId(a, 'Data'), index: 0, count: 1 });
    applyOperation(a, { type: 'restoreVersion', state: version });
    applyOperation(b, { type: 'insertRows', sheetId: sheetId(b, 'Data'), index: 2, count: 1 });
    applyOperation(b, { type: 'restoreVersion', state: version });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    expectEachRowOnce(a);
    for (const engine of engines) expect(columnA(a, engine)).toEqual([1, 2, 3, 4, null, 6]);
    expectSums(a, engines, 10, 20);
  });

  it('restoring different versions leaves every row once: what either restore removes is gone, what one brings back is back', () => {
    const { a, b, engines, version: first } = twoPeers();
    // The second version: a row with 50 inserted under A1, and the last row (A6 = 6) deleted.
    applyOperation(a, { type: 'insertRows', sheetId: sheetId(a, 'Data'), index: 1, count: 1 });
    applyOperation(a, { type: 'setCells', sheetId: sheetId(a, 'Data'), cells: [{ row: 1, col: 0, input: 50 }] });
    applyOperation(a, { type: 'deleteRows', sheetId: sheetId(a, 'Data'), index: 6, count: 1 });
    const second = Y.encodeStateAsUpdate(a);
    exchangeUpdates(a, b);
    // a restores the first version (removing the 50 row, bringing A6 back); b the second (no row change).
    applyOperation(a, { type: 'restoreVersion', state: first });
    applyOperation(b, { type: 'setCells', sheetId: sheetId(b, 'Data'), cells: [{ row: 0, col: 0, input: 99 }] });
    applyOperation(b, { type: 'restoreVersion', state: second });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    expectEachRowOnce(a);
    for (const engine of engines) expect(columnA(a, engine)).toEqual([1, 2, 3, 4, null, 6]);
  });

  it('when both brought back the same deleted row it shows twice; deleting one copy removes the copy and keeps the row', () => {
    const { a, b, engines, version } = twoPeers();
    applyOperation(a, { type: 'deleteRows', sheetId: sheetId(a, 'Data'), index: 0, count: 1 });
    exchangeUpdates(a, b);
    // Both restore the version at once: each inserts A1's row again, and the merge keeps both.
    applyOperation(a, { type: 'restoreVersion', state: version });
    applyOperation(b, { type: 'restoreVersion', state: version });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    const data = sheetId(a, 'Data');
    const rows = workbookGrid(a).rowIds(data);
    expect(rows[0], 'A1\'s row twice').toBe(rows[1]);
    expect(new Set(rows).size).toBe(rows.length - 1);
    // The grid shows A1's cells in both copies (one identity); the engines hold them in the
    // first copy only, so SUM(A1:A4), now spanning both copies, counts A1 once.
    for (const engine of engines) {
      expect([engine.value(data, 0, 0), engine.value(data, 1, 0)]).toEqual([1, null]);
      expect(engine.value(data, 0, 2), 'SUM in C1').toBe(10);
      expect(engine.value(data, 2, 2), 'A2*10, now in C3').toBe(20);
    }
    applyOperation(b, { type: 'deleteRows', sheetId: data, index: 1, count: 1 });
    exchangeUpdates(a, b);
    expectPeersConverged(a, b, engines);
    expectEachRowOnce(a);
    for (const engine of engines) expect(columnA(a, engine)).toEqual([1, 2, 3, 4, null, 6]);
    expectSums(a, engines, 10, 20);
  });

  it('a doubled row is repaired by the next row insertion anywhere on the sheet, or by a lone restore', () => {
    for (const repair of ['insertRows', 'restoreVersion'] as const) {
      const { a, b, engines, version } = twoPeers();
      applyOperation(a, { type: 'deleteRows', sheetId: sheetId(a, 'Data'), index: 0, count: 1 });
      exchangeUpdates(a, b);
      applyOperation(a, { type: 'restoreVersion', state: version });
      applyOperation(b, { type: 'restoreVersion', state: version });
      exchangeUpdates(a, b);
      const data = sheetId(a, 'Data');
      expect(new Set(workbookGrid(a).rowIds(data)).size, repair).toBe(workbookGrid(a).rowIds(data).length - 1);
      if (repair === 'insertRows') applyOperation(a, { type: 'insertRows', sheetId: data, index: 7, count: 1 });
      else applyOperation(a, { type: 'restoreVersion', state: version });
      exchangeUpdates(a, b);
      expectPeersConverged(a, b, engines);
      expectEachRowOnce(a);
      for (const engine of engines) expect(columnA(a, engine), repair).toEqual([1, 2, 3, 4, null, 6]);
      expectSums(a, engines, 10, 20);
    }
  });
});

describe('goals and scenarios in a restore merged with a colleague\'s edits', () => {
  function planPeers(): { a: Y.Doc; b: Y.Doc; version: Uint8Array } {
    const a = open.document(
      workbookFile(
        { Data: { A1: 1, A2: 2, B1: '=A1+A2' } },
        {
          goals: [
            { id: 'g', title: 'Mål', value: 'Data!B1', comparator: '<=', target: 20 },
            { id: 'h', title: 'Andet mål', value: 'Data!A1', comparator: '>=', target: 1 },
          ],
          scenarios: [{ name: 'Basis', inputs: {} }, { name: 'Høj', inputs: { 'Data!A1': 10 } }],
        },
      ),
    );
    return { a, b: open.peerOf(a, 2), version: Y.encodeStateAsUpdate(a) };
  }

  it('a colleague\'s change to a goal or scenario the restore keeps as it was stays, and every goal and scenario is there once', () => {
    const { a, b, version } = planPeers();
    applyOperation(a, { type: 'putGoal', goal: { id: 'g', title: 'Ændret', value: 'Data!B1', comparator: '<=', target: 20 } });
    applyOperation(a, { type: 'restoreVersion', state: version });
    applyOperation(b, { type: 'putGoal', goal: { id: 'h', title: 'Andet mål', value: 'Data!A1', comparator: '>=', target: 2 } });
    applyOperation(b, { type: 'setScenarioInput', scenarioId: scenarioId(b, 'Høj'), sheetId: sheetId(b, 'Data'), row: 1, col: 0, input: 7 });
    exchangeUpdates(a, b);
    expect(exported(b)).toBe(exported(a));
    const goals = readGoals(goalsArray(a), workbookGrid(a));
    expect(goals.map((goal) => [goal.id, goal.title, goal.target])).toEqual([['g', 'Mål', 20], ['h', 'Andet mål', 2]]);
    expect(goalsArray(a).length, 'no goal twice in the document').toBe(2);
    const high = readScenarios(scenariosArray(a), workbookGrid(a)).find((scenario) => scenario.name === 'Høj');
    expect(high?.inputs).toEqual({ 'Data!A1': 10, 'Data!A2': 7 });
    expect(scenariosArray(a).length, 'no scenario twice in the document').toBe(2);
  });

  it('two colleagues restoring at once, each after changing goals and scenarios, leave each once with the version\'s definitions', () => {
    const { a, b, version } = planPeers();
    applyOperation(a, { type: 'deleteGoal', goalId: 'h' });
    applyOperation(a, { type: 'restoreVersion', state: version });
    applyOperation(b, { type: 'setScenarioInput', scenarioId: scenarioId(b, 'Høj'), sheetId: sheetId(b, 'Data'), row: 0, col: 0, input: 50 });
    applyOperation(b, { type: 'restoreVersion', state: version });
    exchangeUpdates(a, b);
    expect(exported(b)).toBe(exported(a));
    expect(goalsArray(a).length).toBe(2);
    expect(scenariosArray(a).length).toBe(2);
    expect(readGoals(goalsArray(a), workbookGrid(a)).map((goal) => goal.id)).toEqual(['g', 'h']);
    const high = readScenarios(scenariosArray(a), workbookGrid(a)).find((scenario) => scenario.name === 'Høj');
    expect(high?.inputs).toEqual({ 'Data!A1': 10 });
  });
});
