/**
 * Hidden rows and columns on screen (models/workbook/hiddenLines.ts): a hidden column's def has
 * AG Grid's `hide`, a hidden row is left out of the row data (its row number stays with the rows
 * shown, so the header shows 3, 6 where rows 4–5 are hidden), and followed as colleagues hide,
 * show or move lines. AG Grid addresses a row by its index among the rows it shows: `shownIndex`
 * maps a sheet row to it. The keyboard steps over hidden lines as Excel's arrow keys do; a range
 * selected across them still holds them (a copy or paste covers the hidden cells too, as in Excel).
 */
import type * as Y from 'yjs';
import type { CellPosition } from '../../../models/workbook/cellAddress.js';
import { sheetHiddenLines } from '../../../models/workbook/hiddenLines.js';
import type { GridBounds, GridSelection } from './selection.js';
import { SheetFollower } from './sheetFollower.js';
import { firstShownLine } from './shownLines.js';

export class HiddenLines {
  private rowList: number[] = [];
  private colList: number[] = [];
  rows: ReadonlySet<number> = new Set();
  cols: ReadonlySet<number> = new Set();
  private readonly follower: SheetFollower<{ rows: number[]; cols: number[] }>;

  constructor(doc: Y.Doc, sheetId: string) {
    this.follower = new SheetFollower(doc, () => sheetHiddenLines(doc, sheetId), (a, b) => same(a.rows, b.rows) && same(a.cols, b.cols), (lines) => this.set(lines));
  }

  destroy(): void {
    this.follower.destroy();
  }

  /** Calls `listener` when lines are hidden or shown; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    return this.follower.onChange(listener);
  }

  /** How many hidden rows lie above `row` (from `from` on). */
  hiddenRowsBefore(row: number, from = 0): number {
    let count = 0;
    for (const hidden of this.rowList) {
      if (hidden >= row) break;
      if (hidden >= from) count++;
    }
    return count;
  }

  /** The row's index among the rows AG Grid shows in its part (`first`: the part's first sheet row: 0 for the frozen rows). */
  shownIndex(row: number, first: number): number {
    return row - first - this.hiddenRowsBefore(row, first);
  }

  private set(lines: { rows: number[]; cols: number[] }): void {
    this.rowList = lines.rows;
    this.colList = lines.cols;
    this.rows = new Set(lines.rows);
    this.cols = new Set(lines.cols);
  }
}

function same(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Where a cell moved from `from` to `to` lands past hidden lines: on in the same direction, or back at `from` where only hidden lines lie beyond (Excel's arrow keys). */
export function pastHidden(from: CellPosition, to: CellPosition, hidden: Pick<HiddenLines, 'rows' | 'cols'>, bounds: GridBounds): CellPosition {
  const row = hidden.rows.has(to.row) && to.row !== from.row ? (firstShownLine(to.row, Math.sign(to.row - from.row), bounds.rows, hidden.rows) ?? from.row) : to.row;
  const col = hidden.cols.has(to.col) && to.col !== from.col ? (firstShownLine(to.col, Math.sign(to.col - from.col), bounds.cols, hidden.cols) ?? from.col) : to.col;
  return { row, col };
}

/** The wanted selection with its active cell and corner moved past hidden lines, each from where it was; its anchor kept. */
export function selectionPastHidden(current: GridSelection, wanted: GridSelection, hidden: Pick<HiddenLines, 'rows' | 'cols'>, bounds: GridBounds): GridSelection {
  if (hidden.rows.size === 0 && hidden.cols.size === 0) return wanted;
  // The anchor (where a range kept around its active cell starts: Ctrl+Space, Ctrl+A) stays: it may lie on a hidden line, as a range's edge may.
  return { ...wanted, active: pastHidden(current.active, wanted.active, hidden, bounds), corner: pastHidden(current.corner, wanted.corner, hidden, bounds) };
}
