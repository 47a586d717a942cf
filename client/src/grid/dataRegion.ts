/**
 * The blocks of data Excel's selection keys reach: the current region (Ctrl+A's first press) and
 * the last used cell (Ctrl+End). Pure: the sheet is read through `hasContent`.
 */
import type { CellPosition } from '../../../models/workbook/cellAddress.js';
import type { CellRange, GridBounds } from './selection.js';

export interface RegionContext {
  bounds: GridBounds;
  hasContent(row: number, col: number): boolean;
}

/**
 * Excel's current region: the range around `at` bounded by empty rows and columns (or the sheet's
 * edges); diagonal neighbours count, as in Excel. Grown side by side until no filled cell touches
 * it, so a tall block costs its height times its width, not more.
 *
 * @example
 *   // B2:C4 filled: from C3 the region is B2:C4; from an empty cell with no filled neighbour, the cell itself.
 *   currentRegion({ row: 2, col: 2 }, ctx); // { top: 1, left: 1, bottom: 3, right: 2 }
 */
export function currentRegion(at: CellPosition, ctx: RegionContext): CellRange {
  const range: CellRange = { top: at.row, left: at.col, bottom: at.row, right: at.col };
  const { rows, cols } = ctx.bounds;
  const rowFilled = (row: number): boolean => {
    for (let col = Math.max(0, range.left - 1); col <= Math.min(cols - 1, range.right + 1); col++) if (ctx.hasContent(row, col)) return true;
    return false;
  };
  const colFilled = (col: number): boolean => {
    for (let row = Math.max(0, range.top - 1); row <= Math.min(rows - 1, range.bottom + 1); row++) if (ctx.hasContent(row, col)) return true;
    return false;
  };
  for (let grown = true; grown; ) {
    grown = false;
    while (range.top > 0 && rowFilled(range.top - 1)) (range.top--, (grown = true));
    while (range.bottom < rows - 1 && rowFilled(range.bottom + 1)) (range.bottom++, (grown = true));
    while (range.left > 0 && colFilled(range.left - 1)) (range.left--, (grown = true));
    while (range.right < cols - 1 && colFilled(range.right + 1)) (range.right++, (grown = true));
  }
  return range;
}

/**
 * Ctrl+End's cell: the last row and the last column that hold anything (each on its own, so the
 * cell itself may be empty, as in Excel); A1 on an empty sheet.
 */
export function lastUsedCell(cells: Iterable<CellPosition>): CellPosition {
  let row = 0;
  let col = 0;
  for (const cell of cells) {
    if (cell.row > row) row = cell.row;
    if (cell.col > col) col = cell.col;
  }
  return { row, col };
}
