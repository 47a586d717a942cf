/**
 * The update check's bounds on hidden rows and columns and on a scenario's assumptions
 * (server/sync/mapEntryCounts.ts) and the schema of the `hiddenRows` / `hiddenCols` maps: an
 * honest Hide or assumption passes; a hostile peer's made-up millions of ids, or a value other
 * than `true`, are refused with a reason before they are stored.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { MAX_SCENARIO_INPUTS } from '../../models/workbook/workbookBounds.js';
import { scenariosArray } from '../../models/workbook/workbookSchema.js';
import { editOn, refusalReason } from '../support/updateVerdict.js';

function serverDoc(): { doc: Y.Doc; sheetId: string } {
  const doc = documentFromFile({ format: 'fremskriv.workbook', version: 1, title: 'T', locale: 'da-DK', sheets: [{ name: 'Data', cells: { A1: 1 } }] });
  return { doc, sheetId: workbookGrid(doc).listSheets()[0]!.id };
}

/** Why the server refuses the update a replica of `server` emits for `edit`, or 'accepted'. */
function verdict(server: Y.Doc, edit: (replica: Y.Doc) => void): string {
  return refusalReason(server, editOn(server, edit));
}

describe('the update check on hidden rows and columns', () => {
  it('hiding and showing rows and columns through the operations is accepted', () => {
    const { doc, sheetId } = serverDoc();
    expect(verdict(doc, (replica) => applyOperation(replica, { type: 'hideRows', sheetId, index: 2, count: 3 }))).toBe('accepted');
    expect(verdict(doc, (replica) => applyOperation(replica, { type: 'hideColumns', sheetId, index: 0, count: 52 }))).toBe('accepted');
    applyOperation(doc, { type: 'hideRows', sheetId, index: 2, count: 3 });
    expect(verdict(doc, (replica) => applyOperation(replica, { type: 'unhideRows', sheetId, index: 0, count: 10 }))).toBe('accepted');
  });

  it('a hidden row stored as anything but true is refused', () => {
    const { doc, sheetId } = serverDoc();
    applyOperation(doc, { type: 'hideRows', sheetId, index: 2, count: 1 });
    const refusal = verdict(doc, (replica) => {
      const map = (workbookGrid(replica).sheet(sheetId)!.get('hiddenRows') as Y.Map<unknown>);
      map.set(workbookGrid(replica).rowIds(sheetId)[3]!, 'yes');
    });
    expect(refusal).toMatch(/does not belong in a hiddenRows/);
  });

  it('an update hiding more columns than a sheet can have is refused, saying how many', () => {
    const { doc, sheetId } = serverDoc();
    const refusal = verdict(doc, (replica) => {
      const hidden = new Y.Map<unknown>();
      workbookGrid(replica).sheet(sheetId)!.set('hiddenCols', hidden);
      for (let i = 0; i < 16_385; i++) hidden.set(`x${i}`, true);
    });
    expect(refusal).toBe('a sheet holds at most 16384 hidden columns (this update would make 16385)');
    const { doc: other, sheetId: otherSheet } = serverDoc();
    applyOperation(other, { type: 'hideRows', sheetId: otherSheet, index: 0, count: 1 });
    const more = verdict(other, (replica) => {
      const hidden = workbookGrid(replica).sheet(otherSheet)!.get('hiddenRows') as Y.Map<unknown>;
      for (let i = 0; i < 40_000; i++) hidden.set(`y${i}`, true);
    });
    expect(more).toBe('a sheet holds at most 40000 hidden rows (this update would make 40001)');
  });
});

describe('the update check on a scenario\'s assumptions', () => {
  function withScenario(): { doc: Y.Doc; sheetId: string; inputs: (replica: Y.Doc) => Y.Map<unknown> } {
    const { doc, sheetId } = serverDoc();
    applyOperation(doc, { type: 'putScenario', scenario: { id: 's1', name: 'Høj', inputs: { 'Data!A1': 2 } } });
    const inputs = (replica: Y.Doc): Y.Map<unknown> => (scenariosArray(replica).get(0) as Y.Map<unknown>).get('inputs') as Y.Map<unknown>;
    return { doc, sheetId, inputs };
  }

  it('marking assumptions through the operations is accepted, up to the bound', () => {
    const { doc, sheetId, inputs } = withScenario();
    expect(verdict(doc, (replica) => applyOperation(replica, { type: 'setScenarioInput', scenarioId: 's1', sheetId, row: 3, col: 1, input: 5 }))).toBe('accepted');
    expect(verdict(doc, (replica) => {
      const map = inputs(replica);
      for (let i = 1; i < MAX_SCENARIO_INPUTS; i++) map.set(`${sheetId}!r${i}:c`, i);
    })).toBe('accepted');
  });

  it(`an update leaving a scenario more than ${MAX_SCENARIO_INPUTS} assumptions is refused, saying how many`, () => {
    const { doc, sheetId, inputs } = withScenario();
    expect(verdict(doc, (replica) => {
      const map = inputs(replica);
      for (let i = 0; i < 100_000; i++) map.set(`${sheetId}!r${i}:c`, i);
    })).toBe('a scenario holds at most 1000 assumptions (this update would make 100001)');
    // A map set in place of the scenario's own, and a new scenario, are counted alike.
    expect(verdict(doc, (replica) => {
      const map = new Y.Map<unknown>();
      (scenariosArray(replica).get(0) as Y.Map<unknown>).set('inputs', map);
      for (let i = 0; i <= MAX_SCENARIO_INPUTS; i++) map.set(`${sheetId}!r${i}:c`, i);
    })).toBe('a scenario holds at most 1000 assumptions (this update would make 1001)');
    expect(verdict(doc, (replica) => {
      const scenario = new Y.Map<unknown>();
      const map = new Y.Map<unknown>();
      scenariosArray(replica).push([scenario]);
      scenario.set('id', 's2');
      scenario.set('name', 'Lav');
      scenario.set('inputs', map);
      for (let i = 0; i <= MAX_SCENARIO_INPUTS; i++) map.set(`${sheetId}!r${i}:c`, i);
    })).toBe('a scenario holds at most 1000 assumptions (this update would make 1001)');
  });
});
