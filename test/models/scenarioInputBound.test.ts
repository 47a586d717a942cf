/**
 * A scenario holds at most MAX_SCENARIO_INPUTS assumptions (models/workbook/workbookBounds.ts):
 * the operations refuse one more with their own code and the bound for the browser's sentence,
 * the v1 file (and so an .xlsx's hidden Fremskriv part) says so instead of storing them, and a
 * record stored past it before is read up to it, the same cells on every peer.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation, applyOperations } from '../../models/operations/applyOperation.js';
import { checkOperation, checkOperations } from '../../models/operations/operationChecks.js';
import { WorkbookOperationError, type WorkbookOperation } from '../../models/operations/workbookOperation.js';
import { parseWorkbookFile } from '../../models/format/workbookFile.js';
import { readScenarios } from '../../models/scenarios/scenarioModel.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { MAX_SCENARIO_INPUTS } from '../../models/workbook/workbookBounds.js';
import { scenariosArray } from '../../models/workbook/workbookSchema.js';
import { documentState, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** `count` assumptions on column A of Data, from row 1 down. */
function inputs(count: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`Data!A${i + 1}`, i]));
}

describe(`a scenario holds at most ${MAX_SCENARIO_INPUTS} assumptions`, () => {
  it('the next assumption is refused with its own code; changing one at the bound, or one after removing another, is not', () => {
    const doc = open.document(workbookFile({ Data: {} }));
    const data = sheetId(doc, 'Data');
    applyOperation(doc, { type: 'putScenario', scenario: { id: 's1', name: 'Høj', inputs: inputs(MAX_SCENARIO_INPUTS) } });
    const before = documentState(doc);
    const next: WorkbookOperation = { type: 'setScenarioInput', scenarioId: 's1', sheetId: data, row: 0, col: 1, input: 7 };
    const problem = checkOperation(doc, next);
    expect([problem?.code, problem?.message, problem?.values]).toEqual(['too-many-assumptions', 'a scenario holds at most 1000 assumptions (this would make 1001)', { max: '1000' }]);
    expect(() => applyOperation(doc, next)).toThrow(WorkbookOperationError);
    expect(documentState(doc)).toEqual(before);
    expect(checkOperation(doc, { type: 'setScenarioInput', scenarioId: 's1', sheetId: data, row: 4, col: 0, input: 9 })).toBeNull();
    expect(checkOperations(doc, [{ type: 'setScenarioInput', scenarioId: 's1', sheetId: data, row: 4, col: 0, input: null }, next])).toBeNull();
  });

  it('a scenario given more at once is refused whole, as a new one or in place of one', () => {
    const doc = open.document(workbookFile({ Data: {} }));
    const put = (id: string): WorkbookOperation => ({ type: 'putScenario', scenario: { id, name: id, inputs: inputs(MAX_SCENARIO_INPUTS + 1) } });
    expect(checkOperation(doc, put('ny'))?.code).toBe('too-many-assumptions');
    applyOperation(doc, { type: 'putScenario', scenario: { id: 's1', name: 's1', inputs: {} } });
    expect(() => applyOperations(doc, [put('s1')])).toThrow('a scenario holds at most 1000 assumptions (this would make 1001)');
  });

  it('a v1 file with more is refused, saying which scenario and why', () => {
    const file = { ...workbookFile({ Data: {} }), scenarios: [{ name: 'Høj', inputs: inputs(MAX_SCENARIO_INPUTS + 1) }] };
    expect(() => parseWorkbookFile(file)).toThrow('scenarios[0].inputs: a scenario holds at most 1000 assumptions');
    expect(parseWorkbookFile({ ...file, scenarios: [{ name: 'Høj', inputs: inputs(MAX_SCENARIO_INPUTS) }] }).scenarios).toHaveLength(1);
  });

  it('a record stored past the bound is read up to it, top to bottom', () => {
    const doc = open.document(workbookFile({ Data: {} }));
    applyOperation(doc, { type: 'putScenario', scenario: { id: 's1', name: 'Høj', inputs: { 'Data!A1': 0 } } });
    const grid = workbookGrid(doc);
    const data = sheetId(doc, 'Data');
    const map = (scenariosArray(doc).get(0) as Y.Map<unknown>).get('inputs') as Y.Map<unknown>;
    // Written bottom-up, so insertion order is not reading order.
    doc.transact(() => {
      for (let row = 1499; row >= 1; row--) map.set(`${data}!${grid.ensureRowId(data, row)}:${grid.ensureColId(data, 0)}`, row);
    });
    const read = readScenarios(scenariosArray(doc), grid)[0]!.inputs;
    expect(Object.keys(read)).toHaveLength(MAX_SCENARIO_INPUTS);
    expect([read['Data!A1'], read['Data!A1000'], read['Data!A1001']]).toEqual([0, 999, undefined]);
  });
});
