/**
 * The wheel-scroll preview (issue 17) draws each cell where the grid would show it at the
 * viewport's scroll: the scrolling cells move with it, the row numbers, frozen columns, frozen
 * rows and column letters stick, and only what is in view is drawn.
 */
import { describe, expect, it } from 'vitest';
import { layoutBand, previewLayout, type PreviewGrid } from '../../client/src/grid/previewLayout.js';

/** A sheet as the large benchmark sheet: row numbers 52 px, column A frozen (280 px), months 96 px, row 1 frozen. */
function sheet(scrollLeft: number, scrollTop: number): PreviewGrid {
  return {
    width: 1042,
    height: 775,
    scrollLeft,
    scrollTop,
    headerHeight: 25,
    rowHeight: 24,
    bodyTop: 51,
    frozenColumns: [
      { col: null, left: 0, width: 52 },
      { col: 0, left: 52, width: 280 },
    ],
    columns: Array.from({ length: 120 }, (_, i) => ({ col: i + 1, left: i * 96, width: 96 })),
    frozenRows: [0],
    firstBodyRow: 1,
    bodyRows: 199,
  };
}

const cellAt = (grid: PreviewGrid, region: number, row: number, col: number | null) =>
  previewLayout(grid).regions[region]!.cells.find((c) => c.row === row && c.col === col);

describe('wheel-scroll preview layout', () => {
  it('puts a scrolling cell where the grid shows it: after the frozen part, moved by the scroll', () => {
    // Scrolled 500 px across and 240 down: H12 (column 7, row 11) is at x 332 + 576 - 500 = 408.
    const h12 = cellAt(sheet(500, 240), 0, 11, 7);
    expect(h12).toMatchObject({ x: 408, y: 51 + 10 * 24 - 240, width: 96, height: 24 });
  });

  it('draws only the cells in view, the first one partly under the frozen columns', () => {
    const cells = previewLayout(sheet(500, 240)).regions[0]!.cells;
    const cols = [...new Set(cells.map((c) => c.col))];
    // Column 6 (G) starts at 332 + 480 - 500 = 312, under the frozen A, and shows its last 76 px.
    expect(cols[0]).toBe(6);
    expect(cols.at(-1)).toBe(13);
    const rows = [...new Set(cells.map((c) => c.row))];
    expect(rows[0]).toBe(11);
    expect(rows.at(-1)).toBe(11 + Math.floor((775 - 51) / 24));
  });

  it('keeps the row numbers and frozen column at the left and the frozen row at the top', () => {
    const grid = sheet(3000, 1200);
    expect(cellAt(grid, 1, 60, null)).toMatchObject({ x: 0, width: 52, y: 51 + 59 * 24 - 1200 });
    expect(cellAt(grid, 1, 60, 0)).toMatchObject({ x: 52, width: 280 });
    expect(cellAt(grid, 2, 0, 35)).toMatchObject({ y: 25, x: 332 + 34 * 96 - 3000 });
    expect(cellAt(grid, 3, 0, 0)).toMatchObject({ x: 52, y: 25 });
    const layout = previewLayout(grid);
    expect(layout.regions[0]!.clip).toEqual({ x: 332, y: 51, width: 1042 - 332, height: 775 - 51 });
    expect(layout.frozenRight).toBe(332);
    expect(layout.frozenBottom).toBe(51);
  });

  it('labels the columns in view, the frozen ones drawn over the scrolled ones', () => {
    const [scrolled, frozen] = previewLayout(sheet(500, 0)).headers;
    expect(frozen!.cells.map((c) => c.col)).toEqual([null, 0]);
    expect(scrolled!.cells[0]).toMatchObject({ col: 6, x: 312, y: 0, height: 25 });
  });

  it('draws no frozen edge below the header when no row is frozen, and stops at the last row', () => {
    const grid = { ...sheet(0, 0), frozenRows: [], bodyTop: 25, firstBodyRow: 0, bodyRows: 5 };
    const layout = previewLayout(grid);
    expect(layout.frozenBottom).toBe(0);
    expect([...new Set(layout.regions[0]!.cells.map((c) => c.row))]).toEqual([0, 1, 2, 3, 4]);
    expect(layout.regions[2]!.cells).toEqual([]);
  });

  it('splits the view into bands from the top that together draw every cell once (the unseen first drawing, a band a slice)', () => {
    const grid = sheet(500, 250);
    const layout = previewLayout(grid);
    const key = (c: { row: number; col: number | null; x: number }) => `${c.row}:${c.col}:${c.x}`;
    const all = layout.regions.flatMap((r) => r.cells.map(key)).sort();
    const bands = Array.from({ length: 4 }, (_, index) => layoutBand(layout, { index, of: 4 }, grid.height));
    expect(bands.flatMap((b) => b.regions.flatMap((r) => r.cells.map(key))).sort()).toEqual(all);
    // From the top: every cell of a band lies above every cell of the next.
    const tops = bands.map((b) => b.regions.flatMap((r) => r.cells.map((c) => c.y)));
    for (let i = 1; i < 4; i++) expect(Math.max(...tops[i - 1]!)).toBeLessThan(Math.min(...tops[i]!));
  });

  it('draws a row grown for its wrapped text at its height, and the rows after it moved down by what it grew', () => {
    // Row 10 (body index 9) is 58 px high: rows before it sit as without it, rows after it 34 px lower.
    const grid = { ...sheet(0, 0), tallRows: new Map([[10, 58]]) };
    const rows = new Map(previewLayout(grid).regions[0]!.cells.filter((c) => c.col === 1).map((c) => [c.row, c]));
    expect(rows.get(9)).toMatchObject({ y: 51 + 8 * 24, height: 24 });
    expect(rows.get(10)).toMatchObject({ y: 51 + 9 * 24, height: 58 });
    expect(rows.get(11)).toMatchObject({ y: 51 + 9 * 24 + 58, height: 24 });
    // Scrolled past it, the first row in view is the one the scroll reached: 240 + 34 px down is row 11 at the top.
    const scrolled = previewLayout({ ...grid, scrollTop: 240 + 34 }).regions[0]!.cells;
    expect(scrolled[0]).toMatchObject({ row: 11, y: 51 });
    // The last row in view: 724 px of body hold rows 1-9, row 10 (58 px) and 18.75 rows after it, so row 29 (31 without the taller row).
    expect(Math.max(...previewLayout(grid).regions[0]!.cells.map((c) => c.row))).toBe(29);
    expect(Math.max(...previewLayout(sheet(0, 0)).regions[0]!.cells.map((c) => c.row))).toBe(31);
  });

  it('leaves hidden rows out as the grid does: the row after them takes their place, and a taller row after them stays at its height', () => {
    // Rows 5–7 hidden (AG Grid shows rows 1–4, then 8): the fifth scrolling row is row 8, drawn where row 5 would be.
    const grid = { ...sheet(0, 0), bodyRows: 196, hiddenRows: [5, 6, 7], tallRows: new Map([[12, 58]]) };
    const rows = new Map(previewLayout(grid).regions[0]!.cells.filter((c) => c.col === 1).map((c) => [c.row, c]));
    expect([...rows.keys()].slice(0, 6)).toEqual([1, 2, 3, 4, 8, 9]);
    expect(rows.get(8)).toMatchObject({ y: 51 + 4 * 24, height: 24 });
    // Row 12 is the eighth scrolling row (index 8, after 1–4 and 8–11).
    expect(rows.get(12)).toMatchObject({ y: 51 + 8 * 24, height: 58 });
    expect(rows.get(13)).toMatchObject({ y: 51 + 8 * 24 + 58 });
    // Scrolled 240 px down, row 12 (from 192 px to 250 px) is the first row in view, 10 px of it showing.
    expect(previewLayout({ ...grid, scrollTop: 240 }).regions[0]!.cells[0]).toMatchObject({ row: 12, y: 51 + 192 - 240 });
  });

  it('draws a frozen row grown for its wrapped text at its height', () => {
    const frozen = previewLayout({ ...sheet(0, 0), tallRows: new Map([[0, 41]]), bodyTop: 68 }).regions[2]!.cells;
    expect(frozen[0]).toMatchObject({ row: 0, y: 25, height: 41 });
  });
});
