/**
 * Ranges cost what their data costs. HyperFormula gives every cell of a finite range a vertex
 * of its own, empty or not: `=SUM(A2:XFD40000)` asked it for 655 million vertices and took the
 * server's memory with it (issue 15). Excel reads such a range as "every cell there that holds
 * something". The binding therefore hands the engine each range cut to the workbook's data
 * extent (with some room), and sets those formulas again once data lands beyond it.
 *
 * The cut keeps a range's first row and column and shortens it to at most `rows` × `cols`,
 * where `rows`/`cols` cover every row/column holding data on any sheet. So
 * - every cell holding data inside the range is still inside the cut range (sums, counts,
 *   averages, lookups, conditional aggregates read the same cells as Excel);
 * - two ranges of one shape keep one shape (SUMPRODUCT(A1:A40000;B2:B40001) still pairs up).
 * What differs from Excel is a function of the range's shape itself, not of its cells:
 * ROWS/COLUMNS, COUNTBLANK and INDEX past the data of an oversized range (models/README.md).
 * Column and row ranges (`A:A`, `1:1`) are left alone: the engine already reads them only as
 * far as the sheet's data goes.
 */
import type { A1Reference, ReferenceEndpoint } from '../formula/a1References.js';
import { MAX_COLUMNS, MAX_ROWS } from '../workbook/cellAddress.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { sheetParts } from '../workbook/workbookSchema.js';

/** Room beyond the data, so that typing on below the last row (or right of the last column) rarely sets formulas again. */
const ROW_ROOM = 64;
const COL_ROOM = 4;
/**
 * The most cells one cut range may span: at least this many, else four per cell holding data.
 * HyperFormula spends about 600 bytes per cell of a range (measured: 1,000 × 1,000 empty cells,
 * 645 MB); beyond it the formula computes to #NUM! (Excel's "not computable") instead of taking
 * the memory of the browser tab or the server's worker.
 */
export const MIN_RANGE_CELLS = 250_000;
const RANGE_CELLS_PER_DATA_CELL = 4;

export interface DataExtent {
  /** Rows 0 … rows-1 hold every cell with data, on every sheet. */
  rows: number;
  cols: number;
  /** Cells holding data, on every sheet. */
  cells: number;
}

/** A reference as the engine is given it: cut to the bound, or RangeTooLargeError. */
export type RangeCutter = (ref: A1Reference) => A1Reference;

/**
 * A range that even cut to the data spans more cells than the engine is given, or a reference
 * lying wholly in the rows past the grid (`=A65536`, `A50000:A60000`): those rows hold nothing,
 * but the engine would then read every whole-column range (`SUM(A:A)`) down to them, a million
 * rows for `=A1048576`. Such a formula computes to #NUM! (models/README.md, "Rows past the grid").
 */
export class RangeTooLargeError extends Error {
  constructor(cells: number | 'past the grid') {
    super(cells === 'past the grid' ? 'a reference to rows past the grid is not computed' : `a range of ${cells} cells is larger than the engine computes`);
    this.name = 'RangeTooLargeError';
  }
}

/** Whether every row the reference names lies past the grid (a column range names none). */
function liesPastGrid(ref: A1Reference): boolean {
  const rows = [ref.start.row, ref.end?.row].filter((row) => row !== undefined);
  return rows.length > 0 && rows.every((row) => row.index >= MAX_ROWS);
}

/** Rows and columns holding data on any sheet of the workbook. */
export function dataExtent(grid: WorkbookGrid): DataExtent {
  let rows = 0;
  let cols = 0;
  let cells = 0;
  for (const { id } of grid.listSheets()) {
    const sheet = grid.sheet(id);
    if (!sheet) continue;
    const rowIndexes = grid.rowIndexes(id);
    const colIndexes = grid.colIndexes(id);
    for (const key of sheetParts(sheet).cells.keys()) {
      const at = key.indexOf(':');
      const row = rowIndexes.get(key.slice(0, at));
      const col = colIndexes.get(key.slice(at + 1));
      if (row === undefined || col === undefined) continue;
      cells++;
      if (row >= rows) rows = row + 1;
      if (col >= cols) cols = col + 1;
    }
  }
  return { rows, cols, cells };
}

function withRoom(used: number, room: number, limit: number): number {
  return Math.min(limit, Math.ceil((used + room) / room) * room);
}

/** The most rows and columns a range is given to the engine, and which cells were cut to it. */
export class RangeBound {
  rows: number;
  cols: number;
  /** Cells (`sheetId key`) whose formula was given cut ranges: set again when the bound grows. */
  private readonly cut = new Map<string, { sheetId: string; key: string }>();

  /** The most cells one cut range may span. */
  private readonly maxCells: number;

  constructor(extent: DataExtent) {
    this.rows = withRoom(extent.rows, ROW_ROOM, MAX_ROWS);
    this.cols = withRoom(extent.cols, COL_ROOM, MAX_COLUMNS);
    this.maxCells = Math.max(MIN_RANGE_CELLS, RANGE_CELLS_PER_DATA_CELL * extent.cells);
  }

  /** Whether a cell with data at (row, col) lies within the bound. */
  covers(row: number, col: number): boolean {
    return row < this.rows && col < this.cols;
  }

  /** Widens the bound to cover an extent's last row and column (an empty workbook's A1); true when it grew. */
  growTo(extent: Pick<DataExtent, 'rows' | 'cols'>): boolean {
    return this.grow(Math.max(0, extent.rows - 1), Math.max(0, extent.cols - 1));
  }

  /** Widens the bound to cover (row, col); true when it grew. */
  grow(row: number, col: number): boolean {
    const rows = Math.max(this.rows, withRoom(row + 1, ROW_ROOM, MAX_ROWS));
    const cols = Math.max(this.cols, withRoom(col + 1, COL_ROOM, MAX_COLUMNS));
    const grew = rows !== this.rows || cols !== this.cols;
    this.rows = rows;
    this.cols = cols;
    return grew;
  }

  /**
   * A reference cutter for one cell: records whether it cut anything, so the cell is set again
   * when the bound grows. Throws RangeTooLargeError for a range that, cut, still spans more
   * than the engine is given (data spread over a whole sheet).
   */
  cutterFor(sheetId: string, key: string): RangeCutter {
    // The cell's id is written only when needed: an engine build asks for a cutter for every
    // formula of the workbook, and nearly none is cut (bench/README.md, engine.large).
    if (this.cut.size > 0) this.cut.delete(cutId(sheetId, key));
    return this.cutter(() => this.cut.set(cutId(sheetId, key), { sheetId, key }));
  }

  /**
   * A reference cutter; `noteCut` is told when it cut a range (a cell's, `cutterFor`). A formula
   * outside the cells (a defined name's, a goal's) needs none: its owner sets it again when the
   * bound grows. Throws RangeTooLargeError as `cutterFor`'s does.
   */
  cutter(noteCut?: () => void): RangeCutter {
    return (ref) => {
      if (liesPastGrid(ref)) throw new RangeTooLargeError('past the grid');
      // One cell spans one cell: nothing to cut, never too large.
      if (!ref.end) return ref;
      const cutRef = this.cutReference(ref);
      // Noted also when too large: once the data shrinks (a fresh build), the range may fit again.
      if (cutRef !== ref || isTooLarge(cutRef, this.maxCells)) noteCut?.();
      return fitting(cutRef, this.maxCells);
    };
  }

  /** The cells whose formulas hold cut ranges. */
  cutCells(): Array<{ sheetId: string; key: string }> {
    return [...this.cut.values()];
  }

  /** The reference, or a copy whose range is no larger than the bound. */
  cutReference(ref: A1Reference): A1Reference {
    const { start, end } = ref;
    if (!end) return ref;
    const row = cutAxis(start, end, 'row', this.rows);
    const col = cutAxis(row?.start ?? start, row?.end ?? end, 'col', this.cols);
    const cut = col ?? row;
    return cut ? { ...ref, start: cut.start, end: cut.end } : ref;
  }
}

function isTooLarge(ref: A1Reference, maxCells: number): boolean {
  return span(ref, 'row') * span(ref, 'col') > maxCells;
}

/** The cut reference, or RangeTooLargeError when even cut it spans more than the engine is given. */
function fitting(ref: A1Reference, maxCells: number): A1Reference {
  if (isTooLarge(ref, maxCells)) throw new RangeTooLargeError(span(ref, 'row') * span(ref, 'col'));
  return ref;
}

function cutId(sheetId: string, key: string): string {
  return `${sheetId} ${key}`;
}

function span(ref: A1Reference, axis: 'row' | 'col'): number {
  const a = ref.start[axis];
  const b = ref.end?.[axis];
  return a && b ? Math.abs(b.index - a.index) + 1 : 1;
}

/** Cuts one axis of a range to `limit` lines from its first line; null when it fits. */
function cutAxis(start: ReferenceEndpoint, end: ReferenceEndpoint, axis: 'row' | 'col', limit: number): { start: ReferenceEndpoint; end: ReferenceEndpoint } | null {
  const a = start[axis];
  const b = end[axis];
  if (!a || !b) return null; // a column or row range: the engine bounds it itself
  const first = Math.min(a.index, b.index);
  if (Math.abs(b.index - a.index) + 1 <= limit) return null;
  const last = first + limit - 1;
  return a.index <= b.index
    ? { start, end: { ...end, [axis]: { ...b, index: last } } }
    : { start: { ...start, [axis]: { ...a, index: last } }, end };
}
