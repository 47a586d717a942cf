/** Creating, changing and removing scenarios and their inputs. */
import * as Y from 'yjs';
import { newIdentity } from '../workbook/identities.js';
import { findRecord, recordIndex, recordMaps } from '../workbook/uniqueRecords.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { scenariosArray, type CellInput } from '../workbook/workbookSchema.js';
import {
  inputKey,
  locateInputReference,
  scenarioDefinitionSchema,
  scenarioInputsMap,
  scenarioInputValueSchema,
  type ScenarioDefinition,
} from '../scenarios/scenarioModel.js';
import { checkPosition } from './cellEdits.js';
import { requireSheet } from './sheetEdits.js';
import { WorkbookOperationError } from './workbookOperation.js';

function requireScenario(grid: WorkbookGrid, scenarioId: string): Y.Map<unknown> {
  const map = findRecord(scenariosArray(grid.doc), scenarioId);
  if (!map) throw new WorkbookOperationError(`unknown scenario ${scenarioId}`, 'unknown-scenario');
  return map;
}

/**
 * A scenario's inputs map, made anew when the record lost it (an older client's or a hostile
 * peer's update), so that an edit repairs the record instead of failing.
 */
function writableInputs(map: Y.Map<unknown>): Y.Map<unknown> {
  const existing = scenarioInputsMap(map);
  if (existing) return existing;
  const inputs = new Y.Map<unknown>();
  map.set('inputs', inputs);
  return inputs;
}

/**
 * Creates the scenario (a fresh id when none is given) or, for an existing id, renames it and
 * replaces its inputs. Names are unique, compared without case.
 */
export function putScenario(grid: WorkbookGrid, scenario: ScenarioDefinition): string {
  const parsed = scenarioDefinitionSchema.safeParse(scenario);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WorkbookOperationError(`scenario: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim(), 'invalid-scenario');
  }
  const { name, inputs } = parsed.data;
  const id = parsed.data.id ?? newIdentity(grid.doc);
  const scenarios = scenariosArray(grid.doc);
  const clash = recordMaps(scenarios).find((m) => m.get('id') !== id && String(m.get('name')).toLowerCase() === name.toLowerCase());
  if (clash) throw new WorkbookOperationError(`a scenario named "${name}" already exists`, 'invalid-scenario');
  // Every reference is checked before any is resolved: resolving may grow a sheet's grid, and a
  // rejected scenario must leave the document as it was (found by operationValidation.test.ts).
  const located = Object.entries(inputs).map(([reference, value]) => {
    const cell = locateInputReference(reference, grid);
    if (!cell) throw new WorkbookOperationError(`scenario "${name}": "${reference}" is not a cell on a known sheet`, 'invalid-scenario');
    return { cell, value };
  });
  const resolved = located.map(({ cell: { sheetId, row, col }, value }) => {
    const key = inputKey({ sheetId, rowId: grid.ensureRowId(sheetId, row), colId: grid.ensureColId(sheetId, col) });
    return [key, value] as const;
  });
  let map = findRecord(scenarios, id);
  if (!map) {
    map = new Y.Map<unknown>();
    scenarios.push([map]);
    map.set('id', id);
    map.set('inputs', new Y.Map<CellInput>());
  }
  if (map.get('name') !== name) map.set('name', name);
  const stored = writableInputs(map);
  const wanted = new Map(resolved);
  for (const key of [...stored.keys()]) if (!wanted.has(key)) stored.delete(key);
  for (const [key, value] of wanted) if (stored.get(key) !== value) stored.set(key, value);
  return id;
}

export function deleteScenario(grid: WorkbookGrid, scenarioId: string): void {
  requireScenario(grid, scenarioId);
  const scenarios = scenariosArray(grid.doc);
  scenarios.delete(recordIndex(scenarios, scenarioId), 1);
}

/** Sets (or, with null, removes) the value that replaces one cell in a scenario. */
export function setScenarioInput(
  grid: WorkbookGrid,
  op: { scenarioId: string; sheetId: string; row: number; col: number; input: CellInput | null },
): void {
  const map = requireScenario(grid, op.scenarioId);
  requireSheet(grid, op.sheetId);
  // Validated before the cell's identity is looked up, which may grow the grid (found by
  // operationValidation.test.ts: a rejected input at row 500 used to leave 300 new rows behind).
  checkPosition(op.row, op.col);
  const inputs = writableInputs(map);
  if (op.input === null) {
    const rowId = grid.rowIds(op.sheetId)[op.row];
    const colId = grid.colIds(op.sheetId)[op.col];
    if (rowId !== undefined && colId !== undefined) inputs.delete(inputKey({ sheetId: op.sheetId, rowId, colId }));
    return;
  }
  const value = scenarioInputValueSchema.safeParse(op.input);
  if (!value.success) throw new WorkbookOperationError('a scenario input is a number, text or a boolean, not a formula', 'invalid-input');
  const key = inputKey({ sheetId: op.sheetId, rowId: grid.ensureRowId(op.sheetId, op.row), colId: grid.ensureColId(op.sheetId, op.col) });
  inputs.set(key, value.data);
}

