/**
 * The grid's selection as Excel keeps it: an active cell (where typing goes) and a far corner
 * that Shift+arrows and mouse drags move. The range between them is what copy, fill, delete and
 * formatting act on. Ctrl+click and Ctrl+drag add areas as in Excel: the earlier ones are kept in
 * `otherAreas`, the last (the one Shift stretches) is the range. Positions are zero-based; every
 * function is pure.
 */
import { formatCellAddress, type CellPosition } from '../../../models/workbook/cellAddress.js';

export interface GridSelection {
  active: CellPosition;
  corner: CellPosition;
  /**
   * The range's other corner when the active cell moved inside it (Enter or Tab in a selected
   * range, as in Excel); absent, the range runs from the active cell to `corner`.
   */
  anchor?: CellPosition;
  /**
   * The selection's other areas (Ctrl+click, Ctrl+drag, Ctrl on the row numbers or column letters),
   * in the order Enter and Tab visit them after the range; absent when the selection is one range.
   */
  otherAreas?: readonly CellRange[];
}

/** An inclusive rectangle of cells. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** How far the sheet reaches: positions are clamped to `rows` × `cols`. */
export interface GridBounds {
  rows: number;
  cols: number;
}

export function cellSelection(position: CellPosition): GridSelection {
  return { active: { ...position }, corner: { ...position } };
}

export function clampPosition(position: CellPosition, bounds: GridBounds): CellPosition {
  return {
    row: Math.min(Math.max(0, position.row), Math.max(0, bounds.rows - 1)),
    col: Math.min(Math.max(0, position.col), Math.max(0, bounds.cols - 1)),
  };
}

export function selectionRange(selection: GridSelection): CellRange {
  const { corner } = selection;
  const active = selection.anchor ?? selection.active;
  return {
    top: Math.min(active.row, corner.row),
    left: Math.min(active.col, corner.col),
    bottom: Math.max(active.row, corner.row),
    right: Math.max(active.col, corner.col),
  };
}

/**
 * Moves the far corner and keeps the range's anchor (Shift+arrow, Shift+click), as Excel does: the
 * anchor is where the range was started, also after Enter moved the active cell inside it. The
 * active cell stays where it is while the range still holds it, else goes back to the anchor.
 *
 * @example
 *   // B2:D5 from B2, Enter moved the active cell to B3: Shift+Down stretches it to B2:D6, active B3.
 *   extendSelection({ active: B3, anchor: B2, corner: D5 }, D6, bounds); // { active: B3, anchor: B2, corner: D6 }
 */
export function extendSelection(selection: GridSelection, corner: CellPosition, bounds: GridBounds): GridSelection {
  const to = clampPosition(corner, bounds);
  const anchor = selection.anchor ?? selection.active;
  const { active } = selection;
  const keepsActive = rangeContains(selectionRange({ active: anchor, corner: to }), active.row, active.col);
  if (!keepsActive || (anchor.row === active.row && anchor.col === active.col)) return withAreasOf(selection, { active: keepsActive ? active : anchor, corner: to });
  return withAreasOf(selection, { active, corner: to, anchor });
}

/**
 * The range from `anchor` to `corner` with the active cell kept where it is (Shift+Space, Ctrl+Space,
 * Ctrl+A: Excel keeps the active cell, which need not be a corner); the active cell must lie inside.
 */
export function selectionKeepingActive(active: CellPosition, anchor: CellPosition, corner: CellPosition): GridSelection {
  return anchor.row === active.row && anchor.col === active.col ? { active, corner } : { active, corner, anchor };
}

/** Whole rows (clicking row numbers) from `fromRow` to `toRow`. */
export function rowSelection(fromRow: number, toRow: number, bounds: GridBounds): GridSelection {
  return { active: { row: fromRow, col: 0 }, corner: { row: toRow, col: Math.max(0, bounds.cols - 1) } };
}

/** Whole columns (clicking column letters) from `fromCol` to `toCol`. */
export function columnSelection(fromCol: number, toCol: number, bounds: GridBounds): GridSelection {
  return { active: { row: 0, col: fromCol }, corner: { row: Math.max(0, bounds.rows - 1), col: toCol } };
}

/**
 * A click on a row number (`axis` 'rows') or column letter: that line whole, or with Shift every
 * line from the selection's anchor to it, as Excel and Google Sheets do (the anchor is where the
 * range was started, also when Enter moved the active cell inside it). The active cell stays where
 * the new range still holds it, else goes back to the anchor.
 *
 * @example
 *   // C5 active, Shift+click on row 9's number: rows 5–9 whole, C5 still active.
 *   headerSelection(cellSelection(C5), 'rows', 8, true, bounds); // { active: C5, anchor: A5, corner: <last column>9 }
 */
export function headerSelection(current: GridSelection, axis: 'rows' | 'cols', line: number, shift: boolean, bounds: GridBounds, ctrl = false): GridSelection {
  if (!shift) {
    const lines = axis === 'rows' ? rowSelection(line, line, bounds) : columnSelection(line, line, bounds);
    // Ctrl: the line is added as an area of its own, as in Excel.
    return ctrl ? { ...lines, otherAreas: selectionAreas(current) } : lines;
  }
  const anchor = current.anchor ?? current.active;
  const from = axis === 'rows' ? { row: anchor.row, col: 0 } : { row: 0, col: anchor.col };
  const to = axis === 'rows' ? { row: line, col: Math.max(0, bounds.cols - 1) } : { row: Math.max(0, bounds.rows - 1), col: line };
  const { active } = current;
  return withAreasOf(current, selectionKeepingActive(rangeContains(selectionRange({ active: from, corner: to }), active.row, active.col) ? active : anchor, from, to));
}

export function rangeContains(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

export function rangeRows(range: CellRange): number {
  return range.bottom - range.top + 1;
}

export function rangeCols(range: CellRange): number {
  return range.right - range.left + 1;
}

export function isSingleCell(range: CellRange): boolean {
  return range.top === range.bottom && range.left === range.right;
}

/** `A1` for one cell, `A1:C3` for a range. */
export function rangeAddress(range: CellRange): string {
  const start = formatCellAddress({ row: range.top, col: range.left });
  return isSingleCell(range) ? start : `${start}:${formatCellAddress({ row: range.bottom, col: range.right })}`;
}

/** The smallest range holding both (for refreshing what an old and a new selection cover). */
export function unionRange(a: CellRange, b: CellRange): CellRange {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** Which edges of the selection's outline a cell carries (for drawing the border). */
export function selectionEdges(range: CellRange, row: number, col: number): { top: boolean; right: boolean; bottom: boolean; left: boolean } | null {
  if (!rangeContains(range, row, col)) return null;
  return { top: row === range.top, right: col === range.right, bottom: row === range.bottom, left: col === range.left };
}

/** The edges a cell carries of the first area of the selection holding it (each area is outlined as a single range is). */
export function areaEdges(selection: GridSelection, row: number, col: number): ReturnType<typeof selectionEdges> {
  const edges = selectionEdges(selectionRange(selection), row, col);
  if (edges || !selection.otherAreas) return edges;
  for (const range of selection.otherAreas) {
    const other = selectionEdges(range, row, col);
    if (other) return other;
  }
  return null;
}

export function sameSelection(a: GridSelection, b: GridSelection): boolean {
  const anchorA = a.anchor ?? a.active;
  const anchorB = b.anchor ?? b.active;
  return (
    sameAreas(a.otherAreas ?? [], b.otherAreas ?? []) &&
    a.active.row === b.active.row &&
    a.active.col === b.active.col &&
    a.corner.row === b.corner.row &&
    a.corner.col === b.corner.col &&
    anchorA.row === anchorB.row &&
    anchorA.col === anchorB.col
  );
}

function sameRange(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function sameAreas(a: readonly CellRange[], b: readonly CellRange[]): boolean {
  return a.length === b.length && a.every((range, i) => sameRange(range, b[i]!));
}

// ── Several areas (Ctrl+click, Ctrl+drag) ──────────────────────────────────────

/** Every area of the selection, in order: the other areas, then the range (the last one added). */
export function selectionAreas(selection: GridSelection): CellRange[] {
  return [...(selection.otherAreas ?? []), selectionRange(selection)];
}

/** Whether the selection has more than one area (commands that take one range refuse it, as Excel does). */
export function hasSeveralAreas(selection: GridSelection): boolean {
  return (selection.otherAreas?.length ?? 0) > 0;
}

/** Whether any area of the selection holds the cell. */
export function selectionContains(selection: GridSelection, row: number, col: number): boolean {
  return rangeContains(selectionRange(selection), row, col) || (selection.otherAreas?.some((range) => rangeContains(range, row, col)) ?? false);
}

/** `next` with the other areas of `current` kept (Shift stretches the last area only, as in Excel). */
export function withAreasOf(current: GridSelection, next: GridSelection): GridSelection {
  const { otherAreas } = current;
  if (!otherAreas?.length) {
    if (!next.otherAreas) return next;
    const { otherAreas: _dropped, ...single } = next;
    return single;
  }
  return { ...next, otherAreas };
}

/**
 * Ctrl+click (and the start of a Ctrl+drag): the cell becomes a new area and the active cell, the
 * areas selected before are kept, as in Excel.
 *
 * @example
 *   // B2 selected, Ctrl+click on D5: B2 and D5 selected, D5 active.
 *   addedArea(cellSelection(B2), D5); // { active: D5, corner: D5, otherAreas: [B2] }
 */
export function addedArea(current: GridSelection, position: CellPosition): GridSelection {
  return { active: { ...position }, corner: { ...position }, otherAreas: selectionAreas(current) };
}

/**
 * The next area's first cell (`forward`) or the previous area's last one as the active cell, the
 * areas' order kept (Enter or Tab past an area's last cell, as Excel goes on to the next area). The
 * area entered becomes the range; a single area stays as it is.
 */
export function enterNextArea(selection: GridSelection, forward: boolean): GridSelection {
  const others = selection.otherAreas ?? [];
  const next = forward ? others[0] : others[others.length - 1];
  if (!next) return selection;
  const current = selectionRange(selection);
  const otherAreas = forward ? [...others.slice(1), current] : [current, ...others.slice(0, -1)];
  const [start, end] = [{ row: next.top, col: next.left }, { row: next.bottom, col: next.right }];
  return forward ? { active: start, corner: end, otherAreas } : { active: end, corner: start, otherAreas };
}

/**
 * The rows and columns a copy of the selection takes, in order, or null where Excel refuses it: one
 * area gives its own; several areas copy as Excel copies them only when they share their rows (the
 * columns side by side, left to right, gaps left out) or their columns (the rows one under the
 * other), without overlapping.
 *
 * @example
 *   // B2:B4 and D2:D4 (Ctrl+drag): rows 2–4, columns B and D, pasted as two adjacent columns.
 *   copiedLines(selection); // { rows: [1, 2, 3], cols: [1, 3] }
 */
export function copiedLines(selection: GridSelection): { rows: number[]; cols: number[] } | null {
  const areas = selectionAreas(selection);
  const [first] = areas;
  const span = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const along = (ranges: CellRange[], start: (r: CellRange) => number, end: (r: CellRange) => number): number[] | null => {
    const sorted = [...ranges].sort((a, b) => start(a) - start(b));
    const lines: number[] = [];
    for (const range of sorted) {
      if (lines.length > 0 && start(range) <= lines[lines.length - 1]!) return null;
      lines.push(...span(start(range), end(range)));
    }
    return lines;
  };
  if (!first) return null;
  if (areas.every((r) => r.top === first.top && r.bottom === first.bottom)) {
    const cols = along(areas, (r) => r.left, (r) => r.right);
    return cols && { rows: span(first.top, first.bottom), cols };
  }
  if (areas.every((r) => r.left === first.left && r.right === first.right)) {
    const rows = along(areas, (r) => r.top, (r) => r.bottom);
    return rows && { rows, cols: span(first.left, first.right) };
  }
  return null;
}
