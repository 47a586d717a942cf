/**
 * A scenario's computed values keyed by cell identity (sheet, row and column ids), flat: the form
 * in which the engine worker sends values to the page, the browser stores them and the server
 * sends a workspace's last computed values (GET /api/workspaces/:id/values). Identity, not
 * position: a row inserted meanwhile shifts nothing.
 */
import type * as Y from 'yjs';
import type { CellValue } from '../engine/cellValue.js';
import type { WorkbookEngine } from '../engine/WorkbookEngine.js';
import { spilledCells } from '../interchange/spilledCells.js';
import { sheetCells } from '../workbook/readCells.js';
import { findRecord } from '../workbook/uniqueRecords.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { scenariosArray } from '../workbook/workbookSchema.js';
import { parseInputKey, scenarioInputsMap } from './scenarioModel.js';

/**
 * Cells and their values under a scenario, flat (one array, no object per cell: an assumption
 * edit changes thousands): sheetId, rowId, colId, value, sheetId, rowId, …
 */
export type IdentifiedValues = Array<string | CellValue>;
export const IDENTIFIED_VALUE_STRIDE = 4;

/**
 * A sheet whose block from A1 to its last used cell holds more cells than this is read cell by
 * cell where a value can show (input, a spill, a scenario's input) instead of copied whole: one
 * text typed in XFD40000 made the copy 655 million entries, and the server's first values ran out
 * of memory after 146 s while every colleague's engine worker did the same (fourteenth hostile pass).
 */
export const DENSE_SHEET_CELLS = 1_000_000;

/**
 * Every non-empty cell's value in the engine, by identity, sheet by sheet in the engine's order,
 * row by row; `maxCells` stops early (then `complete` is false).
 */
export function identifiedValues(doc: Y.Doc, engine: WorkbookEngine, maxCells = Infinity, denseSheetCells = DENSE_SHEET_CELLS): { cells: IdentifiedValues; complete: boolean } {
  const grid = workbookGrid(doc);
  const cells: IdentifiedValues = [];
  for (const [sheetId, dense] of Object.entries(engine.snapshot(denseSheetCells))) {
    const rowIds = grid.rowIds(sheetId);
    const colIds = grid.colIds(sheetId);
    const positions = dense ? denseValues(dense) : sparseValues(doc, engine, sheetId);
    for (const { row, col, value } of positions) {
      const rowId = rowIds[row];
      const colId = colIds[col];
      if (value === null || rowId === undefined || colId === undefined) continue;
      if (cells.length >= maxCells * IDENTIFIED_VALUE_STRIDE) return { cells, complete: false };
      cells.push(sheetId, rowId, colId, value);
    }
  }
  return { cells, complete: true };
}

interface PlacedValue {
  row: number;
  col: number;
  value: CellValue;
}

function* denseValues(rows: CellValue[][]): Generator<PlacedValue> {
  for (let row = 0; row < rows.length; row++) {
    const values = rows[row]!;
    for (let col = 0; col < values.length; col++) yield { row, col, value: values[col] ?? null };
  }
}

/** The cells of a sheet that can show a value, row by row: those with input, those a spill fills, and the scenario's inputs. */
function* sparseValues(doc: Y.Doc, engine: WorkbookEngine, sheetId: string): Generator<PlacedValue> {
  const grid = workbookGrid(doc);
  const value = (row: number, col: number): CellValue => engine.value(sheetId, row, col);
  const stored = sheetCells(doc, sheetId);
  const places: Array<{ row: number; col: number }> = [...stored, ...spilledCells(stored, value, { rows: grid.rowIds(sheetId).length, cols: grid.colIds(sheetId).length })];
  const record = engine.scenarioId === undefined ? null : findRecord(scenariosArray(doc), engine.scenarioId);
  const inputs = record ? scenarioInputsMap(record) : null;
  for (const key of inputs ? inputs.keys() : []) {
    const cell = parseInputKey(key);
    if (cell?.sheetId !== sheetId) continue;
    const row = grid.rowIndexes(sheetId).get(cell.rowId);
    const col = grid.colIndexes(sheetId).get(cell.colId);
    if (row !== undefined && col !== undefined) places.push({ row, col });
  }
  places.sort((a, b) => a.row - b.row || a.col - b.col);
  let last = '';
  for (const { row, col } of places) {
    const at = `${row}:${col}`;
    if (at !== last) yield { row, col, value: value(row, col) };
    last = at;
  }
}
