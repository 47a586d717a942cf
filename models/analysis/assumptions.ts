/**
 * The workbook's assumptions: the cells any scenario overrides (an inflow, an outflow rate, the
 * effect of an initiative), each with its value under a scenario. Goal seek and sensitivity
 * move these, one at a time.
 */
import type * as Y from 'yjs';
import { formatReference } from '../formula/a1References.js';
import { inputAddress, locateInputReference, parseInputKey, scenarioInputsMap, type Scenario } from '../scenarios/scenarioModel.js';
import { cellInputAt } from '../workbook/readCells.js';
import { recordMaps } from '../workbook/uniqueRecords.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { scenariosArray, type CellInput } from '../workbook/workbookSchema.js';

export interface Assumption {
  sheetId: string;
  row: number;
  col: number;
  /** Sheet-qualified A1 address, e.g. `Forudsætninger!B7`. */
  address: string;
}

/** Every cell some scenario overrides, in sheet, row and column order. */
export function listAssumptions(doc: Y.Doc): Assumption[] {
  const grid = workbookGrid(doc);
  const found = new Map<string, Assumption>();
  for (const record of recordMaps(scenariosArray(doc))) {
    const inputs = scenarioInputsMap(record);
    if (!inputs) continue;
    for (const key of inputs.keys()) {
      const cell = parseInputKey(key);
      const address = cell && inputAddress(cell, grid);
      if (!cell || !address || found.has(address)) continue;
      found.set(address, { sheetId: cell.sheetId, row: grid.rowIndex(cell.sheetId, cell.rowId), col: grid.colIndex(cell.sheetId, cell.colId), address });
    }
  }
  const order = new Map(grid.listSheets().map((s, i) => [s.id, i]));
  return [...found.values()].sort((a, b) => (order.get(a.sheetId) ?? 0) - (order.get(b.sheetId) ?? 0) || a.row - b.row || a.col - b.col);
}

/** `Forudsætninger!B7` → the cell, or null when it names no cell of the workbook. */
export function locateAssumption(doc: Y.Doc, reference: string): Assumption | null {
  const grid = workbookGrid(doc);
  const cell = locateInputReference(reference, grid);
  if (!cell) return null;
  const sheet = grid.sheetName(cell.sheetId);
  if (sheet === undefined) return null;
  // Formatted from the position: looking the cell's identity up would grow the grid.
  const address = formatReference({ sheet, start: { row: { index: cell.row, absolute: false }, col: { index: cell.col, absolute: false } } });
  return { ...cell, address };
}

/** The assumption's input under the scenario: the scenario's own value, else the cell's. */
export function assumptionInput(doc: Y.Doc, scenario: Scenario, assumption: Assumption): CellInput | undefined {
  return scenario.inputs[assumption.address] ?? cellInputAt(doc, assumption.sheetId, assumption.row, assumption.col);
}
