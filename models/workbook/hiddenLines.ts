/**
 * Hidden rows and columns, as Excel has them (Hide / Unhide on a row or column header): a sheet's
 * `hiddenRows` map holds the ids of its hidden rows and `hiddenCols` those of its hidden columns
 * (id → true), so inserting or deleting lines around a hidden one keeps it hidden, with nothing
 * written (a deleted line's id leaves the map with it). Hidden is not deleted: formulas read a
 * hidden row's cells as any other, except SUBTOTAL 101–111 and AGGREGATE's options 1, 3, 5 and 7,
 * which pass over hidden rows (never hidden columns), as in Excel (engine/visibleCells.ts).
 *
 * Read defensively: a value that is not `true`, or an id no line of the sheet has (deleted
 * concurrently), is no hidden line; a map with more entries than the sheet can have lines is
 * read up to that many (the server refuses an update that stores more).
 *
 * @example sheetHiddenLines(doc, sheetId) // { rows: [4, 5], cols: [2] }: rows 5–6 and column C hidden
 */
import type * as Y from 'yjs';
import { MAX_COLUMNS, MAX_ROWS } from './cellAddress.js';
import { readSettingsMap } from './sheetSettings.js';
import { workbookGrid } from './WorkbookGrid.js';
import type { SheetMap } from './workbookSchema.js';

export type HiddenAxis = 'rows' | 'cols';

/** The sheet map's key for each axis. */
export const HIDDEN_KEYS = { rows: 'hiddenRows', cols: 'hiddenCols' } as const;

/** A sheet hides at most as many lines as it can have (40,000 rows, 16,384 columns). */
export const MAX_HIDDEN = { rows: MAX_ROWS, cols: MAX_COLUMNS } as const;

/** The hidden lines' ids of the sheet's axis, as stored (only entries holding `true`). */
export function hiddenLineIds(sheet: SheetMap | undefined, axis: HiddenAxis): Set<string> {
  const map = sheet && readSettingsMap(sheet, HIDDEN_KEYS[axis]);
  const ids = new Set<string>();
  if (!map) return ids;
  for (const [id, flag] of map.entries()) {
    if (ids.size >= MAX_HIDDEN[axis]) break;
    if (flag === true) ids.add(id);
  }
  return ids;
}

/** The positions of the sheet's hidden lines along `axis`, in order (lines since deleted are skipped). */
export function hiddenPositions(doc: Y.Doc, sheetId: string, axis: HiddenAxis): number[] {
  const grid = workbookGrid(doc);
  const ids = hiddenLineIds(grid.sheet(sheetId), axis);
  if (ids.size === 0) return [];
  const indexes = axis === 'rows' ? grid.rowIndexes(sheetId) : grid.colIndexes(sheetId);
  const out: number[] = [];
  for (const id of ids) {
    const at = indexes.get(id);
    if (at !== undefined) out.push(at);
  }
  return out.sort((a, b) => a - b);
}

/** The sheet's hidden rows and columns by position, in order. */
export function sheetHiddenLines(doc: Y.Doc, sheetId: string): { rows: number[]; cols: number[] } {
  return { rows: hiddenPositions(doc, sheetId, 'rows'), cols: hiddenPositions(doc, sheetId, 'cols') };
}

/** Consecutive positions as runs (`[4, 5, 9]` → 4 (2), 9 (1)): one hide operation each. */
export function positionRuns(positions: readonly number[]): Array<{ index: number; count: number }> {
  const runs: Array<{ index: number; count: number }> = [];
  for (const at of [...positions].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && at === last.index + last.count) last.count++;
    else if (!last || at >= last.index + last.count) runs.push({ index: at, count: 1 });
  }
  return runs;
}
