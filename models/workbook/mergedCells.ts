/**
 * Excel's merged cells (Merge & Center): a sheet's `merges` map holds each merged area by the
 * identities of its corners, "topRowId:leftColId" → "bottomRowId:rightColId", so inserting rows or
 * columns inside an area grows it and above or left of it moves it, with nothing written; deleting
 * lines shrinks it (operations/mergeEdits.ts), and an area left covering one cell is no area. Only
 * the area's top-left cell holds a value (merging clears the others), so formulas read the rest as
 * blank, as in Excel.
 *
 * Read defensively: a corner whose line is gone (deleted concurrently), a value that is no cell key,
 * an area that overlaps one read before it (two colleagues merging at once) or more than
 * MAX_MERGED_AREAS are skipped, the same way on every peer (areas are read top to bottom, left to right).
 *
 * @example sheetMerges(doc, sheetId) // [{ row: 0, col: 1, rows: 1, cols: 12 }] (B1:M1)
 */
import type * as Y from 'yjs';
import { formatCellAddress, parseCellAddress } from './cellAddress.js';
import { readSettingsMap } from './sheetSettings.js';
import { workbookGrid } from './WorkbookGrid.js';
import { splitCellKey } from './workbookSchema.js';

/** A merged area by position: top-left `row`,`col`, `rows` × `cols` (together at least two cells). */
export interface MergedArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A planner's sheet merges a few dozen headings; more than this is no planning sheet (operations, the import and readers stop here). */
export const MAX_MERGED_AREAS = 5_000;

export function areasOverlap(a: MergedArea, b: MergedArea): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** Whether `inner` lies wholly inside `outer`. */
export function areaInside(inner: MergedArea, outer: MergedArea): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}

export function areaHolds(area: MergedArea, row: number, col: number): boolean {
  return row >= area.row && row < area.row + area.rows && col >= area.col && col < area.col + area.cols;
}

/**
 * The areas kept from `areas` (any order): top to bottom, left to right, each one that overlaps
 * none kept before it and covers two cells or more, at most MAX_MERGED_AREAS.
 */
export function soundAreas(areas: readonly MergedArea[]): MergedArea[] {
  const sorted = [...areas].sort((a, b) => a.row - b.row || a.col - b.col || a.rows - b.rows || a.cols - b.cols);
  const kept: MergedArea[] = [];
  // Kept areas still reaching the current area's first row (a sweep down the rows: headings on different rows never meet).
  let reaching: MergedArea[] = [];
  for (const area of sorted) {
    if (kept.length >= MAX_MERGED_AREAS) break;
    if (area.rows * area.cols < 2) continue;
    reaching = reaching.filter((other) => other.row + other.rows > area.row);
    if (reaching.some((other) => areasOverlap(other, area))) continue;
    kept.push(area);
    reaching.push(area);
  }
  return kept;
}

/** The sheet's merged areas by position, top to bottom (see the module's note on what is skipped). */
export function sheetMerges(doc: Y.Doc, sheetId: string): MergedArea[] {
  const grid = workbookGrid(doc);
  const sheet = grid.sheet(sheetId);
  const map = sheet && readSettingsMap(sheet, 'merges');
  if (!map || map.size === 0) return [];
  const rowIndexes = grid.rowIndexes(sheetId);
  const colIndexes = grid.colIndexes(sheetId);
  const found: MergedArea[] = [];
  for (const [key, end] of map.entries()) {
    if (typeof end !== 'string' || !end.includes(':') || !key.includes(':')) continue;
    const [topId, leftId] = splitCellKey(key);
    const [bottomId, rightId] = splitCellKey(end);
    const top = rowIndexes.get(topId);
    const left = colIndexes.get(leftId);
    const bottom = rowIndexes.get(bottomId);
    const right = colIndexes.get(rightId);
    if (top === undefined || left === undefined || bottom === undefined || right === undefined) continue;
    // Corners in the wrong order (a restore that reordered lines) still name one area.
    const row = Math.min(top, bottom);
    const col = Math.min(left, right);
    found.push({ row, col, rows: Math.max(top, bottom) - row + 1, cols: Math.max(left, right) - col + 1 });
  }
  return soundAreas(found);
}

/** `B1:M1` (corners in either order, as Excel's `<mergeCell ref>`); null when it is no range of two cells or more within the sheet. */
export function parseMergedArea(range: string): MergedArea | null {
  const [from, to, extra] = range.split(':');
  if (extra !== undefined || from === undefined || to === undefined) return null;
  const a = parseCellAddress(from);
  const b = parseCellAddress(to);
  if (!a || !b) return null;
  const area = { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
  return area.rows * area.cols >= 2 ? area : null;
}

export function formatMergedArea(area: MergedArea): string {
  return `${formatCellAddress(area)}:${formatCellAddress({ row: area.row + area.rows - 1, col: area.col + area.cols - 1 })}`;
}

/** The merged area holding the cell, if any. */
export function mergeAt(merges: readonly MergedArea[], row: number, col: number): MergedArea | undefined {
  return merges.find((area) => areaHolds(area, row, col));
}

/**
 * The areas after deleting `count` lines of `axis` at `index`, by position: an area shrinks by the
 * lines deleted inside it, moves up or left by those before it, and is gone when it would cover
 * one cell (or none). What the identities do in the document, for checking a batch (batchView.ts).
 */
export function areasAfterDeletion(areas: readonly MergedArea[], axis: 'rows' | 'cols', index: number, count: number): MergedArea[] {
  const [start, size] = axis === 'rows' ? (['row', 'rows'] as const) : (['col', 'cols'] as const);
  return areas.flatMap((area) => {
    const first = area[start];
    const last = first + area[size] - 1;
    const removedBefore = Math.max(0, Math.min(index + count, first) - index);
    const removedInside = Math.max(0, Math.min(index + count - 1, last) - Math.max(index, first) + 1);
    const moved = { ...area, [start]: first - removedBefore, [size]: area[size] - removedInside };
    return moved[size] > 0 && moved.rows * moved.cols >= 2 ? [moved] : [];
  });
}

/** The areas after inserting `count` lines of `axis` at `index` (before the line at `index`): inside an area it grows, at or before its first line it moves. */
export function areasAfterInsertion(areas: readonly MergedArea[], axis: 'rows' | 'cols', index: number, count: number): MergedArea[] {
  const [start, size] = axis === 'rows' ? (['row', 'rows'] as const) : (['col', 'cols'] as const);
  return areas.map((area) => {
    if (index <= area[start]) return { ...area, [start]: area[start] + count };
    if (index < area[start] + area[size]) return { ...area, [size]: area[size] + count };
    return area;
  });
}
