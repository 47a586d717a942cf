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
  /** Where the first scrolling row is at scroll 0: below the header, the frozen rows and their border. */
  bodyTop: number;
  frozenColumns: readonly PreviewColumn[];
  columns: readonly PreviewColumn[];
  /** The sheet rows frozen at the top, in order. */
  frozenRows: readonly number[];
  /** The sheet row of the first scrolling row, and how many scroll. */
  firstBodyRow: number;
  bodyRows: number;
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

/** The scrolling rows in view, with their y in the viewport. */
function rowsInView(grid: PreviewGrid): Array<{ row: number; y: number }> {
  const top = grid.bodyTop;
  const first = Math.max(0, Math.floor(grid.scrollTop / grid.rowHeight));
  const last = Math.min(grid.bodyRows - 1, Math.floor((grid.scrollTop + grid.height - top) / grid.rowHeight));
  const shown = [];
  for (let i = first; i <= last; i++) shown.push({ row: grid.firstBodyRow + i, y: top + i * grid.rowHeight - grid.scrollTop });
  return shown;
}

function cellsOf(rows: Array<{ row: number; y: number }>, columns: Array<{ col: number | null; x: number; width: number }>, height: number): PreviewCell[] {
  const cells: PreviewCell[] = [];
  for (const { row, y } of rows) for (const { col, x, width } of columns) cells.push({ x, y, width, height, row, col });
  return cells;
}

export function previewLayout(grid: PreviewGrid): PreviewLayout {
  const frozenWidth = frozenWidthOf(grid);
  const frozenTop = grid.headerHeight;
  const bodyTop = grid.bodyTop;
  const scrolling = columnsInView(grid, frozenWidth);
  const frozen = grid.frozenColumns.map((c) => ({ col: c.col, x: c.left, width: c.width }));
  const body = rowsInView(grid);
  const frozenRows = grid.frozenRows.map((row, i) => ({ row, y: frozenTop + i * grid.rowHeight }));
  const below = { y: bodyTop, height: Math.max(0, grid.height - bodyTop) };
  const above = { y: frozenTop, height: Math.max(0, bodyTop - frozenTop) };
  const right = { x: frozenWidth, width: Math.max(0, grid.width - frozenWidth) };
  const left = { x: 0, width: frozenWidth };
  return {
    regions: [
      { clip: { ...right, ...below }, cells: cellsOf(body, scrolling, grid.rowHeight), frozenRows: false },
      { clip: { ...left, ...below }, cells: cellsOf(body, frozen, grid.rowHeight), frozenRows: false },
      { clip: { ...right, ...above }, cells: cellsOf(frozenRows, scrolling, grid.rowHeight), frozenRows: true },
      { clip: { ...left, ...above }, cells: cellsOf(frozenRows, frozen, grid.rowHeight), frozenRows: true },
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
