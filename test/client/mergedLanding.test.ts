/** The keyboard over merged areas, as Excel moves (client/src/grid/mergedAreas.ts' landingCell). */
import { describe, expect, it } from 'vitest';
import { landingCell } from '../../client/src/grid/mergedAreas.js';
import type { MergedArea } from '../../models/workbook/mergedCells.js';

const heading: MergedArea = { row: 0, col: 1, rows: 1, cols: 3 }; // B1:D1
const block: MergedArea = { row: 2, col: 1, rows: 3, cols: 2 }; // B3:C5
const merges = [heading, block];
const bounds = { rows: 200, cols: 52 };
const at = (row: number, col: number) => ({ active: { row, col }, corner: { row, col } });

describe('moving onto merged cells', () => {
  it('a step into an area from outside lands on its top-left cell', () => {
    expect(landingCell(merges, { row: 5, col: 2 }, at(4, 2), bounds)).toEqual(at(2, 1));
  });

  it('a step from an area onward leaves it on the far side, onto the next area’s top-left if there is one', () => {
    expect(landingCell(merges, { row: 0, col: 1 }, at(0, 2), bounds)).toEqual(at(0, 4));
    expect(landingCell(merges, { row: 2, col: 1 }, at(3, 1), bounds)).toEqual(at(5, 1));
    expect(landingCell([heading, { row: 0, col: 4, rows: 2, cols: 2 }], { row: 0, col: 1 }, at(0, 2), bounds)).toEqual(at(0, 4));
  });

  it('a cell outside areas and a range selection are left as they are', () => {
    expect(landingCell(merges, { row: 0, col: 0 }, at(1, 0), bounds)).toEqual(at(1, 0));
    const range = { active: { row: 0, col: 1 }, corner: { row: 1, col: 3 } };
    expect(landingCell(merges, { row: 0, col: 1 }, range, bounds)).toBe(range);
  });

  it('an area at the sheet’s edge keeps the step on its top-left', () => {
    const edge: MergedArea = { row: 0, col: 50, rows: 1, cols: 2 };
    expect(landingCell([edge], { row: 0, col: 50 }, at(0, 51), bounds)).toEqual(at(0, 50));
  });
});
