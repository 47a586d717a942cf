/**
 * Merging and unmerging cells (Excel's Merge & Center, Unmerge Cells), and merged areas following
 * deleted rows and columns. The areas live in the sheet's `merges` map by corner identities
 * (workbook/mergedCells.ts).
 */
import type * as Y from 'yjs';
import { readSettingsMap, settingsMap } from '../workbook/sheetSettings.js';
import { areaHolds, areaInside, areasOverlap, MAX_MERGED_AREAS, type MergedArea } from '../workbook/mergedCells.js';
import { landedArea, type BlockMove } from '../workbook/mergedMoves.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { cellKey, sheetParts, splitCellKey } from '../workbook/workbookSchema.js';
import { checkPosition } from './cellEdits.js';
import { requireSheet } from './sheetEdits.js';
import { WorkbookOperationError } from './workbookOperation.js';

function fail(message: string): never {
  throw new WorkbookOperationError(message, 'out-of-range');
}

/** Throws the operation's error for a block that is no area of a sheet of `size` (rows × cols). */
export function checkArea(area: MergedArea, size: { rows: number; cols: number }): void {
  checkPosition(area.row, area.col);
  if (!Number.isInteger(area.rows) || !Number.isInteger(area.cols) || area.rows < 1 || area.cols < 1) fail('a merged area is at least one row and one column');
  checkPosition(area.row + area.rows - 1, area.col + area.cols - 1);
  if (area.row + area.rows > size.rows || area.col + area.cols > size.cols) fail('a merged area lies within the sheet');
}

/**
 * Throws the operation's error unless `area` can be merged on a sheet of `size` holding `merges`:
 * two cells or more, within the sheet, overlapping no area except ones wholly inside it (which it
 * takes in, as Excel's Merge & Center over a selection holding merged cells), and the sheet below
 * MAX_MERGED_AREAS.
 */
export function checkMerge(area: MergedArea, size: { rows: number; cols: number }, merges: readonly MergedArea[]): void {
  checkArea(area, size);
  if (area.rows * area.cols < 2) fail('a merged area covers at least two cells');
  const overlapping = merges.filter((other) => areasOverlap(other, area));
  if (overlapping.some((other) => !areaInside(other, area))) fail('a merged area cannot overlap part of another merged area');
  if (merges.length - overlapping.length >= MAX_MERGED_AREAS) fail(`a sheet holds at most ${MAX_MERGED_AREAS} merged areas`);
}

/**
 * Merges the block into one area: only its top-left cell keeps its content, as in Excel. The
 * overlap and the count are checked with the batch (checkOperations, checkMerge), which
 * applyOperations always runs first.
 */
export function mergeCells(grid: WorkbookGrid, op: { sheetId: string } & MergedArea): void {
  const sheet = requireSheet(grid, op.sheetId);
  const area: MergedArea = { row: op.row, col: op.col, rows: op.rows, cols: op.cols };
  checkArea(area, { rows: grid.axisLength(op.sheetId, 'rows'), cols: grid.axisLength(op.sheetId, 'cols') });
  if (area.rows * area.cols < 2) fail('a merged area covers at least two cells');
  removeAreas(grid, op.sheetId, area);
  const rowIds = grid.rowIds(op.sheetId);
  const colIds = grid.colIds(op.sheetId);
  const start = cellKey(rowIds[area.row]!, colIds[area.col]!);
  const map = settingsMap(sheet, 'merges');
  map.set(start, cellKey(rowIds[area.row + area.rows - 1]!, colIds[area.col + area.cols - 1]!));
  readStoredAreas(grid, op.sheetId, map).areas.set(start, area);
  // The other cells' content goes: a formula reading them reads blanks, as in Excel.
  const { cells } = sheetParts(sheet);
  for (const key of mergeDropsContent(grid, op.sheetId, area)) cells.delete(key);
}

/**
 * The cells of `area` other than its top-left one that hold content: what merging it drops (the
 * cell menu asks the planner first, as Excel warns that merging keeps only the upper-left value).
 * Keys "rowId:colId"; none for a sheet that does not exist.
 *
 * @example mergeDropsContent(grid, sheetId, { row: 0, col: 0, rows: 1, cols: 3 }).length // 2 for A1, B1, C1 all filled
 */
export function mergeDropsContent(grid: WorkbookGrid, sheetId: string, area: MergedArea): string[] {
  const sheet = grid.sheet(sheetId);
  const parts = sheet && sheetParts(sheet);
  if (!parts) return [];
  const { cells } = parts;
  const rowIds = grid.rowIds(sheetId);
  const colIds = grid.colIds(sheetId);
  const start = rowIds[area.row] !== undefined && colIds[area.col] !== undefined ? cellKey(rowIds[area.row]!, colIds[area.col]!) : '';
  const dropped: string[] = [];
  if (area.rows * area.cols <= cells.size) {
    for (let r = area.row; r < Math.min(area.row + area.rows, rowIds.length); r++) {
      for (let c = area.col; c < Math.min(area.col + area.cols, colIds.length); c++) {
        const key = cellKey(rowIds[r]!, colIds[c]!);
        if (key !== start && cells.has(key)) dropped.push(key);
      }
    }
    return dropped;
  }
  const rowIndexes = grid.rowIndexes(sheetId);
  const colIndexes = grid.colIndexes(sheetId);
  for (const key of cells.keys()) {
    if (key === start) continue;
    const [rowId, colId] = splitCellKey(key);
    const row = rowIndexes.get(rowId);
    const col = colIndexes.get(colId);
    if (row !== undefined && col !== undefined && areaHolds(area, row, col)) dropped.push(key);
  }
  return dropped;
}

/** Unmerges every area the block overlaps (Excel's Unmerge Cells on a selection); the cells keep what they hold. */
export function unmergeCells(grid: WorkbookGrid, op: { sheetId: string } & MergedArea): void {
  requireSheet(grid, op.sheetId);
  checkArea(op, { rows: Infinity, cols: Infinity });
  removeAreas(grid, op.sheetId, op);
}

interface StoredAreas {
  /** The transaction and row and column look-ups the positions were read under. */
  transaction: unknown;
  rowIndexes: ReadonlyMap<string, number>;
  colIndexes: ReadonlyMap<string, number>;
  /** Each stored entry's area by position (undefined: a corner's line is not in the sheet). */
  areas: Map<string, MergedArea | undefined>;
}

/**
 * The sheet's stored areas by key, read once per transaction while its lines stay put: an import
 * merging thousands of headings in one batch scanned the map once per merge (20 s for 5,000).
 */
const storedAreas = new WeakMap<Y.Map<unknown>, StoredAreas>();

function readStoredAreas(grid: WorkbookGrid, sheetId: string, map: Y.Map<unknown>): StoredAreas {
  const rowIndexes = grid.rowIndexes(sheetId);
  const colIndexes = grid.colIndexes(sheetId);
  const transaction = grid.doc._transaction;
  const cached = storedAreas.get(map);
  if (cached && transaction !== null && cached.transaction === transaction && cached.rowIndexes === rowIndexes && cached.colIndexes === colIndexes) return cached;
  const areas = new Map<string, MergedArea | undefined>();
  for (const [key, end] of map.entries()) {
    const [topId, leftId] = splitCellKey(key);
    const [bottomId, rightId] = typeof end === 'string' ? splitCellKey(end) : [topId, leftId];
    const top = rowIndexes.get(topId);
    const left = colIndexes.get(leftId);
    const bottom = rowIndexes.get(bottomId) ?? top;
    const right = colIndexes.get(rightId) ?? left;
    const known = top !== undefined && left !== undefined && bottom !== undefined && right !== undefined;
    areas.set(key, known ? { row: Math.min(top, bottom), col: Math.min(left, right), rows: Math.abs(bottom - top) + 1, cols: Math.abs(right - left) + 1 } : undefined);
  }
  const read = { transaction, rowIndexes, colIndexes, areas };
  storedAreas.set(map, read);
  return read;
}

/** Removes the stored areas overlapping `area` (unreadable entries whose corners fall inside it too). */
function removeAreas(grid: WorkbookGrid, sheetId: string, area: MergedArea): StoredAreas | undefined {
  const map = readSettingsMap(requireSheet(grid, sheetId), 'merges');
  if (!map) return undefined;
  const stored = readStoredAreas(grid, sheetId, map);
  for (const [key, other] of [...stored.areas]) {
    if (other && areasOverlap(other, area)) {
      map.delete(key);
      stored.areas.delete(key);
    }
  }
  return stored;
}

/**
 * Before `deleted` lines of `axis` leave the sheet (`order` is the axis before): an area whose
 * first or last line goes moves that corner inward to the nearest line that remains; an area with
 * no line left, or left covering one cell, is removed.
 */
export function shrinkMerges(grid: WorkbookGrid, sheetId: string, axis: 'rows' | 'cols', order: readonly string[], deleted: ReadonlySet<string>): void {
  const map = readSettingsMap(requireSheet(grid, sheetId), 'merges');
  if (!map || map.size === 0) return;
  storedAreas.delete(map);
  const position = new Map<string, number>();
  order.forEach((id, i) => position.has(id) || position.set(id, i));
  const across = axis === 'rows' ? grid.colIndexes(sheetId) : grid.rowIndexes(sheetId);
  for (const [key, end] of [...map.entries()]) {
    if (typeof end !== 'string') continue;
    const [top, left] = splitCellKey(key);
    const [bottom, right] = splitCellKey(end);
    const [from, to, otherFrom, otherTo] = axis === 'rows' ? [top, bottom, left, right] : [left, right, top, bottom];
    const span = Math.abs((across.get(otherTo) ?? 0) - (across.get(otherFrom) ?? 0)) + 1;
    const lo = position.get(from);
    const hi = position.get(to);
    if (lo === undefined || hi === undefined) continue;
    const remaining = order.slice(Math.min(lo, hi), Math.max(lo, hi) + 1).filter((id) => !deleted.has(id));
    if (!deleted.has(from) && !deleted.has(to)) continue;
    map.delete(key);
    if (remaining.length === 0 || (remaining.length === 1 && span === 1)) continue;
    const [first, last] = lo <= hi ? [remaining[0]!, remaining.at(-1)!] : [remaining.at(-1)!, remaining[0]!];
    const [newTop, newLeft, newBottom, newRight] = axis === 'rows' ? [first, left, last, right] : [top, first, bottom, last];
    map.set(cellKey(newTop, newLeft), cellKey(newBottom, newRight));
  }
}

/**
 * Carries the merged areas lying wholly inside a moved block to where the block went (moveCells.ts;
 * checked by checkMoveMerges first). Called once the destination's lines exist.
 */
export function moveMerges(grid: WorkbookGrid, sheetId: string, toSheetId: string, move: BlockMove): void {
  const from = readSettingsMap(requireSheet(grid, sheetId), 'merges');
  if (!from || from.size === 0) return;
  const stored = readStoredAreas(grid, sheetId, from);
  const carried = [...stored.areas].filter((entry): entry is [string, MergedArea] => entry[1] !== undefined && areaInside(entry[1], move));
  if (carried.length === 0) return;
  const to = settingsMap(requireSheet(grid, toSheetId), 'merges');
  storedAreas.delete(from);
  storedAreas.delete(to);
  for (const [key] of carried) from.delete(key);
  const rowIds = grid.rowIds(toSheetId);
  const colIds = grid.colIds(toSheetId);
  for (const [, area] of carried) {
    const landed = landedArea(area, move);
    to.set(cellKey(rowIds[landed.row]!, colIds[landed.col]!), cellKey(rowIds[landed.row + landed.rows - 1]!, colIds[landed.col + landed.cols - 1]!));
  }
}
