/**
 * Hiding and showing rows and columns (the sheet's `hiddenRows`, `hiddenCols`: hiddenLines.ts), as
 * Excel's Hide and Unhide on a row or column header: `count` lines from `index`. Hiding lines past
 * the sheet's last one grows the sheet to them, as a format set there does; showing lines it does
 * not have changes nothing.
 */
import { HIDDEN_KEYS, type HiddenAxis } from '../workbook/hiddenLines.js';
import { MAX_COLUMNS, MAX_ROWS } from '../workbook/cellAddress.js';
import { readSettingsMap, settingsMap } from '../workbook/sheetSettings.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { requireSheet } from './sheetEdits.js';
import { WorkbookOperationError } from './workbookOperation.js';

/** Throws the operation's error for lines that are none or lie past the last row (column) a sheet can have. */
export function checkHiddenLines(axis: HiddenAxis, index: number, count: number): void {
  const limit = axis === 'rows' ? MAX_ROWS : MAX_COLUMNS;
  if (!Number.isInteger(index) || !Number.isInteger(count) || index < 0 || count < 1 || index + count > limit) {
    throw new WorkbookOperationError(`cannot hide or show ${String(count)} ${axis} at ${String(index)} (a sheet has ${limit})`, 'out-of-range');
  }
}

export function setLinesHidden(grid: WorkbookGrid, op: { sheetId: string; index: number; count: number }, axis: HiddenAxis, hidden: boolean): void {
  const sheet = requireSheet(grid, op.sheetId);
  checkHiddenLines(axis, op.index, op.count);
  if (!hidden) {
    const map = readSettingsMap(sheet, HIDDEN_KEYS[axis]);
    if (!map || map.size === 0) return;
    const ids = axis === 'rows' ? grid.rowIds(op.sheetId) : grid.colIds(op.sheetId);
    for (const id of ids.slice(op.index, op.index + op.count)) if (map.has(id)) map.delete(id);
    return;
  }
  const map = settingsMap(sheet, HIDDEN_KEYS[axis]);
  // The sheet grows to the last line once: growing it line by line read the whole axis again for
  // each (nineteenth hostile pass: an .xlsx hiding all 16,384 columns of a one-column sheet took
  // minutes to import).
  const last = op.index + op.count - 1;
  if (axis === 'rows') grid.ensureRowId(op.sheetId, last);
  else grid.ensureColId(op.sheetId, last);
  const ids = (axis === 'rows' ? grid.rowIds(op.sheetId) : grid.colIds(op.sheetId)).slice(op.index, op.index + op.count);
  for (const id of ids) if (map.get(id) !== true) map.set(id, true);
}
