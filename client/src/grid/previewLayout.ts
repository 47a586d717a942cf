/**
 * Where each cell in the grid's view is drawn while a fast scroll is previewed (issue 17,
 * scrollPreview.ts): pure geometry, from AG Grid's columns and rows and the viewport's scroll.
 * The grid's viewport scrolls both ways; the column letters stick to its top, the frozen rows
 * below them, the row numbers and frozen columns to its left. All positions are in pixels from
 * the viewport's top left corner.
 */

/** A column as the grid lays it out: `col` is the sheet column, null for the row numbers. */
export interface PreviewColumn {
  col: number | null;
  /** From the left of its part: the frozen part starts at the viewport's left, the rest after it. */
  left: number;
  width: number;
}

export interface PreviewGrid {
  width: number;
  height: number;
  scrollLeft: number;
  scrollTop: number;
  /** The column letters' row, its border included. */
  headerHeight: number;
  rowHeight: number;
  /** Rows of another height than `rowHeight` (rows grown for wrapped text, rowHeights.ts): sheet row → pixels. */
  tallRows?: ReadonlyMap<number, number>;
  /** Where the first scrolling row is at scroll 0: below the header, the frozen rows and their border. */
  bodyTop: number;
  frozenColumns: readonly PreviewColumn[];
  columns: readonly PreviewColumn[];
  /** The sheet rows frozen at the top, in order. */
  frozenRows: readonly number[];
  /** The sheet row of the first scrolling row, and how many scroll. */
  firstBodyRow: number;
  bodyRows: number;
  /** The sheet's hidden rows, in order: left out of the scrolling rows as the grid leaves them out (hiddenLines.ts). */
  hiddenRows?: readonly number[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PreviewCell extends Box {
  row: number;
  col: number | null;
}

export interface PreviewHeader extends Box {
  col: number | null;
}

/** A part of the view drawn clipped to its box, in the order drawn: what sticks is drawn last. */
export interface PreviewRegion {
  clip: Box;
  cells: PreviewCell[];
  /** The frozen rows' cells (AG Grid's theme sets them in bold). */
  frozenRows: boolean;
}

export interface PreviewLayout {
  regions: PreviewRegion[];
  /** The column letters: the scrolling ones, then the frozen ones over them. */
  headers: Array<{ clip: Box; cells: PreviewHeader[] }>;
  /** The frozen part's right edge (after the row numbers at least) and bottom edge (0: no frozen rows), where the grid draws its 2 px borders. */
  frozenRight: number;
  frozenBottom: number;
}

function frozenWidthOf(grid: PreviewGrid): number {
  return grid.frozenColumns.reduce((sum, c) => Math.max(sum, c.left + c.width), 0);
}

/** The scrolling columns in view, with their x in the viewport. */
function columnsInView(grid: PreviewGrid, frozenWidth: number): Array<{ col: number | null; x: number; width: number }> {
  const shown = [];
  for (const c of grid.columns) {
    const x = frozenWidth + c.left - grid.scrollLeft;
    if (x + c.width > frozenWidth && x < grid.width) shown.push({ col: c.col, x, width: c.width });
  }
  return shown;
}

/** The scrolling rows in view, with their y in the viewport and their height. */
function rowsInView(grid: PreviewGrid): ViewRow[] {
  const { rowHeight: h, scrollTop } = grid;
  const end = scrollTop + grid.height - grid.bodyTop;
  const { rowAt, indexOf } = shownBodyRows(grid);
  // The taller rows among the scrolling ones, by position: the rows between them are all h high.
  const tall = [...(grid.tallRows ?? [])]
    .map(([row, height]) => ({ index: indexOf(row), height }))
    .filter(({ index }) => index >= 0 && index < grid.bodyRows)
    .sort((a, b) => a.index - b.index);
  const shown: ViewRow[] = [];
  const show = (index: number, top: number, height: number): number => shown.push({ row: rowAt(index), y: grid.bodyTop + top - scrollTop, height });
  // `top`: where row `index` starts at scroll 0.
  let index = 0;
  let top = 0;
  for (let k = 0; index < grid.bodyRows && top <= end; k++) {
    const next = tall[k]?.index ?? grid.bodyRows;
    // The run of rows h high before the next taller one.
    const first = Math.max(index, index + Math.floor((scrollTop - top) / h));
    const last = Math.min(next - 1, index + Math.floor((end - top) / h));
    for (let i = first; i <= last; i++) show(i, top + (i - index) * h, h);
    top += (next - index) * h;
    index = next;
    const row = tall[k];
    if (!row || top > end) break;
    if (top + row.height > scrollTop) show(index, top, row.height);
    top += row.height;
    index++;
  }
  return shown;
}

/**
 * The sheet row at each position among the scrolling rows, and back (−1 for a hidden row): the
 * rows from `firstBodyRow` on with the hidden ones left out, as AG Grid's row data has them.
 */
function shownBodyRows(grid: PreviewGrid): { rowAt(index: number): number; indexOf(row: number): number } {
  const first = grid.firstBodyRow;
  const hidden = (grid.hiddenRows ?? []).filter((row) => row > first);
  if (hidden.length === 0) return { rowAt: (index) => first + index, indexOf: (row) => row - first };
  // hidden[k] − k − first is where the k-th hidden row would stand among the shown ones, never decreasing.
  const hiddenBefore = (index: number): number => firstPast(hidden.length, (k) => hidden[k]! - k - first > index);
  const countBelow = (row: number): number => firstPast(hidden.length, (k) => hidden[k]! >= row);
  const hiddenSet = new Set(hidden);
  return { rowAt: (index) => first + index + hiddenBefore(index), indexOf: (row) => (hiddenSet.has(row) ? -1 : row - first - countBelow(row)) };
}

/** The first k in 0…n−1 where `past(k)` holds (false before it, true from it on); n when none does. */
function firstPast(n: number, past: (k: number) => boolean): number {
  let [low, high] = [0, n];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (past(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

interface ViewRow {
  row: number;
  y: number;
  height: number;
}

function cellsOf(rows: ViewRow[], columns: Array<{ col: number | null; x: number; width: number }>): PreviewCell[] {
  const cells: PreviewCell[] = [];
  for (const { row, y, height } of rows) for (const { col, x, width } of columns) cells.push({ x, y, width, height, row, col });
  return cells;
}

/** The frozen rows below the column letters, each at its height. */
function frozenRowsInView(grid: PreviewGrid): ViewRow[] {
  let y = grid.headerHeight;
  return grid.frozenRows.map((row) => {
    const height = grid.tallRows?.get(row) ?? grid.rowHeight;
    y += height;
    return { row, y: y - height, height };
  });
}

export function previewLayout(grid: PreviewGrid): PreviewLayout {
  const frozenWidth = frozenWidthOf(grid);
  const frozenTop = grid.headerHeight;
  const bodyTop = grid.bodyTop;
  const scrolling = columnsInView(grid, frozenWidth);
  const frozen = grid.frozenColumns.map((c) => ({ col: c.col, x: c.left, width: c.width }));
  const body = rowsInView(grid);
  const frozenRows = frozenRowsInView(grid);
  const below = { y: bodyTop, height: Math.max(0, grid.height - bodyTop) };
  const above = { y: frozenTop, height: Math.max(0, bodyTop - frozenTop) };
  const right = { x: frozenWidth, width: Math.max(0, grid.width - frozenWidth) };
  const left = { x: 0, width: frozenWidth };
  return {
    regions: [
      { clip: { ...right, ...below }, cells: cellsOf(body, scrolling), frozenRows: false },
      { clip: { ...left, ...below }, cells: cellsOf(body, frozen), frozenRows: false },
      { clip: { ...right, ...above }, cells: cellsOf(frozenRows, scrolling), frozenRows: true },
      { clip: { ...left, ...above }, cells: cellsOf(frozenRows, frozen), frozenRows: true },
    ],
    headers: [
      { clip: { ...right, y: 0, height: grid.headerHeight }, cells: scrolling.map(({ col, x, width }) => ({ col, x, y: 0, width, height: grid.headerHeight })) },
      { clip: { ...left, y: 0, height: grid.headerHeight }, cells: frozen.map(({ col, x, width }) => ({ col, x, y: 0, width, height: grid.headerHeight })) },
    ],
    frozenRight: frozenWidth,
    frozenBottom: grid.frozenRows.length > 0 ? bodyTop : 0,
  };
}

/**
 * The cells of `layout` in one of `band.of` equal bands, from the top, of a view `height` high
 * (headers and all): the bands together hold each cell once (the first also those partly above
 * the view, the last those below).
 */
export function layoutBand(layout: PreviewLayout, band: { index: number; of: number }, height: number): PreviewLayout {
  const size = height / band.of;
  const inBand = (y: number): boolean => (band.index === 0 || y >= size * band.index) && (band.index === band.of - 1 || y < size * (band.index + 1));
  return { ...layout, regions: layout.regions.map((region) => ({ ...region, cells: region.cells.filter((cell) => inBand(cell.y)) })) };
}
