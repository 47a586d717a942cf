/**
 * A scenario: a named set of assumption values. Each input replaces one cell's own content while
 * the scenario is evaluated; the document's cells are never changed by it. Inputs are keyed by
 * the cell's identity (`sheetId!rowId:colId`), so they follow the cell through row and column
 * insertions; an input whose cell was deleted is ignored.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { splitFormula, formatReference } from '../formula/a1References.js';
import { MAX_ROWS } from '../workbook/cellAddress.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { readUniqueRecords, recordIndex } from '../workbook/uniqueRecords.js';
import { MAX_SCENARIO_INPUTS, scenarioInputsBoundMessage } from '../workbook/workbookBounds.js';
import { cellKey, isCellInput, splitCellKey, type CellInput } from '../workbook/workbookSchema.js';

export const scenarioInputValueSchema = z.union([
  z.number().finite(),
  z.boolean(),
  z
    .string()
    .max(32_767)
    .refine((s) => !s.startsWith('='), 'a scenario input is a value, not a formula'),
]);

/** A scenario's inputs as an operation and the v1 file give them: at most MAX_SCENARIO_INPUTS. */
export const scenarioInputsSchema = z
  .record(z.string(), scenarioInputValueSchema)
  .superRefine((inputs, ctx) => {
    // Reported as too_big, so an .xlsx import's warning names the field in the planner's language (importReasons.ts).
    if (Object.keys(inputs).length > MAX_SCENARIO_INPUTS) ctx.addIssue({ code: 'too_big', origin: 'object', maximum: MAX_SCENARIO_INPUTS, inclusive: true, input: inputs, message: scenarioInputsBoundMessage() });
  });

export const scenarioDefinitionSchema = z
  .object({
    id: z.string().min(1).max(64).optional(),
    name: z.string().trim().min(1).max(100),
    inputs: scenarioInputsSchema,
  })
  .strict();

export type ScenarioDefinition = z.infer<typeof scenarioDefinitionSchema>;

/** A scenario as read from the document: inputs keyed by sheet-qualified A1 address. */
export interface Scenario {
  id: string;
  name: string;
  inputs: Record<string, CellInput>;
}

/** The cell an input replaces, by identity. */
export interface ScenarioInputCell {
  sheetId: string;
  rowId: string;
  colId: string;
}

export function inputKey(cell: ScenarioInputCell): string {
  return `${cell.sheetId}!${cellKey(cell.rowId, cell.colId)}`;
}

export function parseInputKey(key: string): ScenarioInputCell | null {
  const bang = key.indexOf('!');
  if (bang < 0) return null;
  const [rowId, colId] = splitCellKey(key.slice(bang + 1));
  return { sheetId: key.slice(0, bang), rowId, colId };
}

/**
 * `Forudsætninger!B1` → the sheet and zero-based position of the cell (the first sheet when no
 * sheet is named), without changing the document. Null when the text is not one cell of the grid
 * on a known sheet (a row past it, `A65536`, holds no cell: cellAddress.ts).
 */
export function locateInputReference(reference: string, grid: Pick<WorkbookGrid, 'listSheets' | 'sheetIdByName'>): { sheetId: string; row: number; col: number } | null {
  const segments = splitFormula(reference.trim());
  const only = segments[0];
  if (segments.length !== 1 || only?.kind !== 'ref') return null;
  const { ref } = only;
  if (ref.end || !ref.start.row || !ref.start.col || ref.start.row.index >= MAX_ROWS) return null;
  const sheetId = ref.sheet === undefined ? grid.listSheets()[0]?.id : grid.sheetIdByName(ref.sheet);
  if (!sheetId) return null;
  return { sheetId, row: ref.start.row.index, col: ref.start.col.index };
}

/**
 * `Forudsætninger!B1` → the cell's identity, growing the sheet's grid when the cell lies beyond it
 * (call inside a transaction). Null when the text is not one cell on a known sheet.
 */
export function resolveInputReference(reference: string, grid: WorkbookGrid): ScenarioInputCell | null {
  const cell = locateInputReference(reference, grid);
  if (!cell) return null;
  return { sheetId: cell.sheetId, rowId: grid.ensureRowId(cell.sheetId, cell.row), colId: grid.ensureColId(cell.sheetId, cell.col) };
}

/** The sheet-qualified A1 address of an input cell, or null when its cell is gone. */
export function inputAddress(cell: ScenarioInputCell, grid: WorkbookGrid): string | null {
  const sheet = grid.sheetName(cell.sheetId);
  const row = grid.rowIndex(cell.sheetId, cell.rowId);
  const col = grid.colIndex(cell.sheetId, cell.colId);
  if (sheet === undefined || row < 0 || col < 0) return null;
  return formatReference({ sheet, start: { row: { index: row, absolute: false }, col: { index: col, absolute: false } } });
}

/** A scenario's inputs map, or null when the record has none (or something else under `inputs`). */
export function scenarioInputsMap(map: Y.Map<unknown>): Y.Map<unknown> | null {
  const inputs = map.get('inputs');
  return inputs instanceof Y.Map ? inputs : null;
}

export function readScenario(map: Y.Map<unknown>, grid: WorkbookGrid): Scenario | null {
  const id = map.get('id');
  const name = map.get('name');
  if (typeof id !== 'string' || typeof name !== 'string') return null;
  // Y.Map order is each peer's insertion order; inputs are listed by sheet, row and column instead.
  const sheetOrder = new Map(grid.listSheets().map((s, i) => [s.id, i]));
  const found: Array<{ order: [number, number, number]; address: string; value: CellInput }> = [];
  const stored = scenarioInputsMap(map);
  if (stored) {
    for (const [key, value] of stored.entries()) {
      const cell = parseInputKey(key);
      const address = cell && inputAddress(cell, grid);
      if (!cell || !address || !isCellInput(value)) continue;
      const order: [number, number, number] = [
        sheetOrder.get(cell.sheetId) ?? 0,
        grid.rowIndex(cell.sheetId, cell.rowId),
        grid.colIndex(cell.sheetId, cell.colId),
      ];
      found.push({ order, address, value });
    }
  }
  found.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  // A record stored past the bound (before the server held it) is read up to it, the same cells on every peer.
  const inputs: Record<string, CellInput> = {};
  for (const { address, value } of found.slice(0, MAX_SCENARIO_INPUTS)) inputs[address] = value;
  return { id, name, inputs };
}

/** Scenarios in order; one created twice at once under the same id is read once. */
export function readScenarios(scenarios: Iterable<unknown>, grid: WorkbookGrid): Scenario[] {
  return readUniqueRecords(scenarios, (map) => readScenario(map, grid));
}

/** A workspace without scenarios is evaluated as one scenario, "Basis", with no inputs. */
export const IMPLICIT_SCENARIO: Scenario = { id: '', name: 'Basis', inputs: {} };

/** The scenarios every goal is judged under: the stored ones, or the implicit "Basis". */
export function scenariosToEvaluate(scenarios: Iterable<unknown>, grid: WorkbookGrid): Scenario[] {
  const stored = readScenarios(scenarios, grid);
  return stored.length > 0 ? stored : [IMPLICIT_SCENARIO];
}

export function scenarioIndex(scenarios: Y.Array<unknown>, scenarioId: string): number {
  return recordIndex(scenarios, scenarioId);
}
