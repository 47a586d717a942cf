/**
 * Check, then apply: checkOperations answers, without changing the document, exactly what
 * applying would do, and a batch is all or nothing.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation, applyOperations } from '../../models/operations/applyOperation.js';
import { checkOperation, checkOperations } from '../../models/operations/operationChecks.js';
import { WorkbookOperationError, type WorkbookOperation } from '../../models/operations/workbookOperation.js';
import { smallWorkbookDoc } from '../support/engineComparison.js';
import { randomOperation } from '../support/randomOperations.js';
import { fuzzSeeds, SeededRandom } from '../support/seededRandom.js';
import { documentState, inputAt, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

describe('checking operations before applying them', () => {
  it('a batch whose third operation is refused leaves the document exactly as it was', () => {
    const doc = open.document(workbookFile({ Data: { A1: 1 } }));
    const data = sheetId(doc, 'Data');
    const before = documentState(doc);
    const batch: WorkbookOperation[] = [
      { type: 'setCells', sheetId: data, cells: [{ row: 0, col: 0, input: 2 }, { row: 400, col: 0, input: 'grows the grid' }] },
      { type: 'addSheet', sheetId: 'ny', name: 'Ny' },
      { type: 'renameSheet', sheetId: data, name: 'Ny' },
    ];
    expect(() => applyOperations(doc, batch)).toThrow(/a sheet named "Ny" already exists/);
    expect(documentState(doc)).toEqual(before);
  });

  it('a batch is checked against the workbook as its earlier operations leave it (add a sheet, then write to it)', () => {
    const doc = open.document(workbookFile({ Data: { A1: 1 } }));
    const batch: WorkbookOperation[] = [
      { type: 'addSheet', sheetId: 'ny', name: 'Ny', rows: 2, cols: 2 },
      { type: 'setCells', sheetId: 'ny', cells: [{ row: 0, col: 0, input: '=Data!A1*3' }] },
      { type: 'putScenario', scenario: { id: 's', name: 'Høj', inputs: { 'Ny!B2': 4 } } },
      { type: 'setScenarioInput', scenarioId: 's', sheetId: 'ny', row: 0, col: 1, input: 5 },
      { type: 'deleteSheet', sheetId: sheetId(doc, 'Data') },
    ];
    expect(checkOperations(doc, batch)).toBeNull();
    applyOperations(doc, batch);
    expect(inputAt(doc, 'Ny!A1')).toBe('=#REF!*3');
  });

  it('deleting the only sheet twice in one batch is refused at the second, before anything changes', () => {
    const doc = open.document(workbookFile({ A: {}, B: {} }));
    const before = documentState(doc);
    const problem = checkOperations(doc, [{ type: 'deleteSheet', sheetId: sheetId(doc, 'A') }, { type: 'deleteSheet', sheetId: sheetId(doc, 'B') }]);
    expect(problem).toBeInstanceOf(WorkbookOperationError);
    expect(problem?.code).toBe('last-sheet');
    expect(documentState(doc)).toEqual(before);
  });

  it('a restore in a batch is checked too: the operations after it are checked against the version', () => {
    const doc = open.document(workbookFile({ Data: { A1: 1 } }));
    const version = Y.encodeStateAsUpdate(doc);
    applyOperation(doc, { type: 'addSheet', sheetId: 'ny', name: 'Ny' });
    const before = documentState(doc);
    // After going back to the version, the sheet 'Ny' is gone, so writing to it is refused, and nothing is applied.
    const problem = checkOperations(doc, [
      { type: 'restoreVersion', state: version },
      { type: 'setCells', sheetId: 'ny', cells: [{ row: 0, col: 0, input: 1 }] },
    ]);
    expect(problem?.code).toBe('unknown-sheet');
    expect(() => applyOperations(doc, [{ type: 'setTitle', title: 'Før' }, { type: 'restoreVersion', state: new Uint8Array([1, 2, 3]) }])).toThrow(/not a readable workbook/);
    expect(documentState(doc)).toEqual(before);
  });

  it.each<[string, WorkbookOperation, RegExp]>([
    ['bounds whose minimum is above the maximum', { type: 'setAssumptionBounds', sheetId: 'data', row: 0, col: 0, bounds: { min: 2, max: 1 } }, /minimum is above the maximum/],
    ['bounds on an unknown sheet', { type: 'setAssumptionBounds', sheetId: 'nope', row: 0, col: 0, bounds: { min: 0 } }, /unknown sheet/],
    ['a column width of 5 pixels', { type: 'setColumnWidth', sheetId: 'data', col: 0, width: 5 }, /between 10 and 2000 pixels/],
    ['a column past the last one Excel has', { type: 'setColumnWidth', sheetId: 'data', col: 20_000, width: 100 }, /.+/],
    ['51 frozen rows', { type: 'setFrozenPanes', sheetId: 'data', panes: { rows: 51, cols: 0 } }, /at most 50 frozen rows/],
    ['frozen panes on an unknown sheet', { type: 'setFrozenPanes', sheetId: 'nope', panes: { rows: 1, cols: 1 } }, /unknown sheet/],
  ])('%s is refused with the whole batch, before anything changes', (_, op, message) => {
    const doc = open.document(workbookFile({ Data: { A1: 1 } }));
    const data = sheetId(doc, 'Data');
    const refused = (op.type === 'setAssumptionBounds' || op.type === 'setColumnWidth' || op.type === 'setFrozenPanes') && op.sheetId === 'data' ? { ...op, sheetId: data } : op;
    const before = documentState(doc);
    expect(() => applyOperations(doc, [{ type: 'setCells', sheetId: data, cells: [{ row: 0, col: 0, input: 2 }] }, refused])).toThrow(message);
    expect(documentState(doc)).toEqual(before);
  });

  it.each(fuzzSeeds(4))('for random operations, whatever the check passes applies without error, and checking never changes the document (seed %i)', (seed) => {
    const random = new SeededRandom(seed);
    const doc = smallWorkbookDoc(1);
    try {
      for (let i = 0; i < 150; i++) {
        const op = randomOperation(doc, random);
        const before = Y.encodeStateVector(doc);
        const problem = checkOperation(doc, op);
        expect(Y.encodeStateVector(doc), `seed ${seed}, op ${i}: the check changed the document`).toEqual(before);
        let thrown: unknown = null;
        try {
          applyOperation(doc, op);
        } catch (error) {
          thrown = error;
        }
        expect((thrown as Error | null)?.message ?? null, `seed ${seed}, op ${i}: ${JSON.stringify(op)}`).toBe(problem?.message ?? null);
      }
    } finally {
      doc.destroy();
    }
  });
});

describe('a workbook holds at most 200 sheets, 200 goals and 50 scenarios', () => {
  function goal(i: number): WorkbookOperation {
    return { type: 'putGoal', goal: { id: `g${i}`, title: `Mål ${i}` } };
  }

  it('the 201st goal is refused with its own code and the bound for the browser’s sentence; changing a goal at the bound is not', () => {
    const doc = open.document(workbookFile({ Data: {} }));
    applyOperations(doc, Array.from({ length: 200 }, (_, i) => goal(i)));
    const before = documentState(doc);
    const problem = checkOperation(doc, goal(200));
    expect([problem?.code, problem?.message, problem?.values]).toEqual(['too-many-goals', 'a workbook holds at most 200 goals (this would make 201)', { max: '200' }]);
    expect(() => applyOperation(doc, goal(200))).toThrow(WorkbookOperationError);
    expect(documentState(doc)).toEqual(before);
    expect(checkOperation(doc, { type: 'putGoal', goal: { id: 'g7', title: 'Nyt navn' } })).toBeNull();
    expect(checkOperations(doc, [{ type: 'deleteGoal', goalId: 'g0' }, goal(200)])).toBeNull();
  });

  it('the 51st scenario is refused, also when scenarios without ids are created in one batch', () => {
    const doc = open.document(workbookFile({ Data: {} }));
    const scenarios = Array.from({ length: 51 }, (_, i): WorkbookOperation => ({ type: 'putScenario', scenario: { name: `S${i}`, inputs: {} } }));
    expect(checkOperations(doc, scenarios.slice(0, 50))).toBeNull();
    expect(checkOperations(doc, scenarios)?.code).toBe('too-many-scenarios');
  });

  it('the 201st sheet is refused; a batch that adds new sheets before deleting the old ones is judged by the count it leaves', () => {
    const doc = open.document(workbookFile(Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`A${i}`, {}]))));
    const adds = (count: number, prefix: string): WorkbookOperation[] => Array.from({ length: count }, (_, i) => ({ type: 'addSheet', sheetId: `${prefix}${i}`, name: `${prefix}${i}` }));
    expect(checkOperations(doc, adds(51, 'n'))?.code).toBe('too-many-sheets');
    const old = Array.from({ length: 150 }, (_, i): WorkbookOperation => ({ type: 'deleteSheet', sheetId: sheetId(doc, `A${i}`) }));
    expect(checkOperations(doc, [...adds(100, 'n'), ...old])).toBeNull();
  });
});
