/**
 * Inserting and deleting rows and columns. Formulas store identities, so an insertion rewrites
 * nothing. A deletion removes the identities; a single reference to a deleted cell then reads
 * `#REF!`, and a range whose first or last row (or column) is deleted shrinks to the rows that
 * remain, as in Excel. The shrink is written into the formulas in the same transaction. Both
 * remove an id the axis holds twice (axisOrder.removeRepeatedIds), so the next edit repairs it.
 */
import { readSettingsMap } from '../workbook/sheetSettings.js';
import { HIDDEN_KEYS } from '../workbook/hiddenLines.js';
import { formatStoredReference, splitStoredFormula, type StoredReference } from '../formula/storedFormula.js';
import { newIdentity } from '../workbook/identities.js';
import { removeRepeatedIds } from '../workbook/axisOrder.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { MAX_COLUMNS, MAX_ROWS } from '../workbook/cellAddress.js';
import { axisIds, sheetParts, splitCellKey } from '../workbook/workbookSchema.js';
import { shrinkMerges } from './mergeEdits.js';
import { requireSheet } from './sheetEdits.js';
import { rewriteStoredFormulas } from './storedFormulas.js';
import { WorkbookOperationError } from './workbookOperation.js';

export type Axis = 'rows' | 'cols';

export function checkCount(index: number, count: number): void {
  if (!Number.isInteger(index) || !Number.isInteger(count) || index < 0 || count < 1) {
    throw new WorkbookOperationError(`cannot insert or delete ${count} at ${index}`, 'out-of-range');
  }
}

export function insertLines(grid: WorkbookGrid, sheetId: string, axis: Axis, index: number, count: number): void {
  checkCount(index, count);
  const array = sheetParts(requireSheet(grid, sheetId))[axis];
  const limit = axis === 'rows' ? MAX_ROWS : MAX_COLUMNS;
  if (array.length + count > limit) throw new WorkbookOperationError(`a sheet holds at most ${limit} ${axis}`, 'out-of-range');
  const at = Math.min(index, array.length);
  array.insert(at, Array.from({ length: count }, () => newIdentity(grid.doc)));
  removeRepeatedIds(array);
  grid.invalidate();
}

export function deleteLines(grid: WorkbookGrid, sheetId: string, axis: Axis, index: number, count: number): void {
  checkCount(index, count);
  const { rows, cols, cells, formats } = sheetParts(requireSheet(grid, sheetId));
  const array = axis === 'rows' ? rows : cols;
  if (index >= array.length) return;
  const n = Math.min(count, array.length - index);
  if (n >= array.length) throw new WorkbookOperationError(`a sheet keeps at least one of its ${axis}`, 'out-of-range');
  const order = axisIds(array);
  // An id shown twice (two concurrent restores, an older client) is one row: deleting one copy
  // removes the copy and keeps the row's cells while the other copy remains.
  const remaining = new Set([...order.slice(0, index), ...order.slice(index + n)]);
  const deleted = new Set(order.slice(index, index + n).filter((id) => !remaining.has(id)));
  rewriteStoredFormulas(grid.doc, (stored, host) => shrinkRanges(stored, host, sheetId, axis, order, deleted));
  shrinkMerges(grid, sheetId, axis, order, deleted);
  array.delete(index, n);
  removeRepeatedIds(array);
  const sheet = requireSheet(grid, sheetId);
  const settings = (['validations', 'wrapText', 'alignment'] as const).flatMap((key) => readSettingsMap(sheet, key) ?? []);
  for (const map of [cells, formats, ...settings]) {
    for (const key of [...map.keys()]) {
      const [rowId, colId] = splitCellKey(key);
      if (deleted.has(axis === 'rows' ? rowId : colId)) map.delete(key);
    }
  }
  const widths = readSettingsMap(sheet, 'colWidths');
  if (widths && axis === 'cols') for (const colId of deleted) widths.delete(colId);
  const hidden = readSettingsMap(sheet, HIDDEN_KEYS[axis]);
  if (hidden) for (const id of deleted) if (hidden.has(id)) hidden.delete(id);
  grid.invalidate();
}

/** Moves range endpoints off deleted lines, inward, to the nearest line that remains. */
function shrinkRanges(
  stored: string,
  host: string,
  sheetId: string,
  axis: Axis,
  order: readonly string[],
  deleted: ReadonlySet<string>,
): string {
  const segments = splitStoredFormula(stored);
  let changed = false;
  const idKey = axis === 'rows' ? 'rowId' : 'colId';
  const position = new Map<string, number>();
  const positionOf = (id: string): number => {
    // The first occurrence of an id, as every reader (WorkbookGrid) places it.
    if (position.size === 0) order.forEach((x, i) => position.has(x) || position.set(x, i));
    return position.get(id) ?? -1;
  };
  const text = segments.map((segment) => {
    if (segment.kind === 'text') return segment.text;
    const ref: StoredReference = segment.ref;
    if (!ref.end || (ref.sheetId ?? host) !== sheetId) return formatStoredReference(ref);
    const startId = ref.start[idKey];
    const endId = ref.end[idKey];
    if (startId === undefined || endId === undefined) return formatStoredReference(ref);
    if (!deleted.has(startId) && !deleted.has(endId)) return formatStoredReference(ref);
    const from = positionOf(startId);
    const to = positionOf(endId);
    if (from < 0 || to < 0) return formatStoredReference(ref);
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    const remaining = order.slice(lo, hi + 1).filter((id) => !deleted.has(id));
    if (remaining.length === 0) return formatStoredReference(ref);
    const [first, last] = from <= to ? [remaining[0]!, remaining.at(-1)!] : [remaining.at(-1)!, remaining[0]!];
    changed = true;
    return formatStoredReference({ ...ref, start: { ...ref.start, [idKey]: first }, end: { ...ref.end, [idKey]: last } });
  });
  return changed ? text.join('') : stored;
}
