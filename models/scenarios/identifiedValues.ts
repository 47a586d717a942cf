/**
 * A scenario's computed values keyed by cell identity (sheet, row and column ids), flat: the form
 * in which the engine worker sends values to the page, the browser stores them and the server
 * sends a workspace's last computed values (GET /api/workspaces/:id/values). Identity, not
 * position: a row inserted meanwhile shifts nothing.
 */
import type * as Y from 'yjs';
import type { CellValue } from '../engine/cellValue.js';
import type { WorkbookEngine } from '../engine/WorkbookEngine.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';

/**
 * Cells and their values under a scenario, flat (one array, no object per cell: an assumption
 * edit changes thousands): sheetId, rowId, colId, value, sheetId, rowId, …
 */
export type IdentifiedValues = Array<string | CellValue>;
export const IDENTIFIED_VALUE_STRIDE = 4;

/**
 * Every non-empty cell's value in the engine, by identity, sheet by sheet in the engine's order;
 * `maxCells` stops early (then `complete` is false).
 */
export function identifiedValues(doc: Y.Doc, engine: WorkbookEngine, maxCells = Infinity): { cells: IdentifiedValues; complete: boolean } {
  const grid = workbookGrid(doc);
  const cells: IdentifiedValues = [];
  for (const [sheetId, rows] of Object.entries(engine.snapshot())) {
    const rowIds = grid.rowIds(sheetId);
    const colIds = grid.colIds(sheetId);
    for (let row = 0; row < rows.length; row++) {
      const values = rows[row]!;
      for (let col = 0; col < values.length; col++) {
        const value = values[col] ?? null;
        const rowId = rowIds[row];
        const colId = colIds[col];
        if (value === null || rowId === undefined || colId === undefined) continue;
        if (cells.length >= maxCells * IDENTIFIED_VALUE_STRIDE) return { cells, complete: false };
        cells.push(sheetId, rowId, colId, value);
      }
    }
  }
  return { cells, complete: true };
}
