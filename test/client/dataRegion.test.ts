import { describe, expect, it } from 'vitest';
import { currentRegion, lastUsedCell } from '../../client/src/grid/dataRegion.js';

function sheet(filled: Array<[number, number]>) {
  const set = new Set(filled.map(([r, c]) => `${r}:${c}`));
  return { bounds: { rows: 20, cols: 10 }, hasContent: (r: number, c: number) => set.has(`${r}:${c}`) };
}

describe("Excel's current region and last used cell", () => {
  it.each<[string, Array<[number, number]>, [number, number], { top: number; left: number; bottom: number; right: number }]>([
    ['a block bounded by empty rows and columns', [[1, 1], [1, 2], [2, 1], [2, 2]], [2, 2], { top: 1, left: 1, bottom: 2, right: 2 }],
    ['a diagonal neighbour joins the region, as in Excel', [[1, 1], [2, 2]], [1, 1], { top: 1, left: 1, bottom: 2, right: 2 }],
    ['an empty cell beside a block takes the block', [[1, 1], [2, 1]], [3, 2], { top: 1, left: 1, bottom: 3, right: 2 }],
    ['an empty cell with no filled neighbour is its own region', [[1, 1]], [8, 8], { top: 8, left: 8, bottom: 8, right: 8 }],
    ['a block at the sheet edges stops there', [[0, 0], [19, 0], ...Array.from({ length: 18 }, (_, i): [number, number] => [i + 1, 0])], [5, 0], { top: 0, left: 0, bottom: 19, right: 0 }],
  ])('%s', (_, filled, [row, col], expected) => {
    expect(currentRegion({ row, col }, sheet(filled))).toEqual(expected);
  });

  it('the last used cell takes the last row and the last column, each on its own', () => {
    expect(lastUsedCell([{ row: 3, col: 1 }, { row: 1, col: 7 }])).toEqual({ row: 3, col: 7 });
    expect(lastUsedCell([])).toEqual({ row: 0, col: 0 });
  });
});
