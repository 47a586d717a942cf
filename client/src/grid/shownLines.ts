/**
 * Hidden rows and columns as the keys read them (hiddenLines.ts follows them in the document):
 * Excel's cursor never lands on a hidden line, and Ctrl+arrow's data edge passes over hidden
 * cells as if they were not there. Pure.
 */
import type { CellPosition } from '../../../models/workbook/cellAddress.js';
import type { GridBounds } from './selection.js';

/** The sheet's hidden rows and columns, by position. */
export interface HiddenSets {
  rows: ReadonlySet<number>;
  cols: ReadonlySet<number>;
}

export const NONE_HIDDEN: HiddenSets = { rows: new Set(), cols: new Set() };

export function isHiddenCell(at: CellPosition, hidden: HiddenSets): boolean {
  return hidden.rows.has(at.row) || hidden.cols.has(at.col);
}

/**
 * The next cell from `from` along [dr, dc] on a shown line (hidden lines stepped over); null when
 * only hidden lines, or none, lie that way before the sheet's edge.
 *
 * @example
 *   // Rows 4–5 hidden: down from row 3 is row 6.
 *   nextShown({ row: 3, col: 0 }, [1, 0], { rows: new Set([4, 5]), cols: new Set() }, bounds); // { row: 6, col: 0 }
 */
export function nextShown(from: CellPosition, [dr, dc]: readonly [number, number], hidden: HiddenSets, bounds: GridBounds): CellPosition | null {
  let row = from.row + dr;
  let col = from.col + dc;
  while (row >= 0 && col >= 0 && row < bounds.rows && col < bounds.cols) {
    if (!((dr !== 0 && hidden.rows.has(row)) || (dc !== 0 && hidden.cols.has(col)))) return { row, col };
    row += dr;
    col += dc;
  }
  return null;
}

/** The first shown line from `at` on in the direction `step`, within 0…`size`−1; undefined when only hidden lines lie that way. */
export function firstShownLine(at: number, step: number, size: number, hidden: ReadonlySet<number>): number | undefined {
  for (let line = at; line >= 0 && line < size; line += step) if (!hidden.has(line)) return line;
  return undefined;
}

/** The shown line nearest `at` within 0…`size`−1: from `at` on in the direction `step`, else back the other way; `at` when every line is hidden. */
export function nearestShownLine(at: number, step: 1 | -1, size: number, hidden: ReadonlySet<number>): number {
  return firstShownLine(at, step, size, hidden) ?? firstShownLine(at - step, -step, size, hidden) ?? at;
}

/** The shown cell nearest `at`: rows and columns each by `nearestShownLine`, with `step` (down and right: 1). */
export function nearestShownCell(at: CellPosition, step: 1 | -1, hidden: HiddenSets, bounds: GridBounds): CellPosition {
  return { row: nearestShownLine(at.row, step, bounds.rows, hidden.rows), col: nearestShownLine(at.col, step, bounds.cols, hidden.cols) };
}
