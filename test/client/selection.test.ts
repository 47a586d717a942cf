import { describe, expect, it } from 'vitest';
import {
  cellSelection,
  columnSelection,
  extendSelection,
  headerSelection,
  rangeAddress,
  rangeContains,
  rowSelection,
  selectionEdges,
  selectionRange,
} from '../../client/src/grid/selection.js';

const bounds = { rows: 100, cols: 20 };

describe('grid selection', () => {
  it('a range reads the same whichever corner the drag started from', () => {
    const selection = extendSelection(cellSelection({ row: 5, col: 3 }), { row: 1, col: 1 }, bounds);
    expect(selectionRange(selection)).toEqual({ top: 1, left: 1, bottom: 5, right: 3 });
    expect(selection.active).toEqual({ row: 5, col: 3 });
  });

  it('extending past the sheet stops at its edge', () => {
    const selection = extendSelection(cellSelection({ row: 0, col: 0 }), { row: 500, col: -4 }, bounds);
    expect(selectionRange(selection)).toEqual({ top: 0, left: 0, bottom: 99, right: 0 });
  });

  it('names one cell as A1 and a range as A1:C3', () => {
    expect(rangeAddress({ top: 0, left: 0, bottom: 0, right: 0 })).toBe('A1');
    expect(rangeAddress({ top: 0, left: 0, bottom: 2, right: 2 })).toBe('A1:C3');
    expect(rangeAddress({ top: 4, left: 26, bottom: 9, right: 27 })).toBe('AA5:AB10');
  });

  it('clicking row numbers selects whole rows and column letters whole columns', () => {
    expect(selectionRange(rowSelection(2, 4, bounds))).toEqual({ top: 2, left: 0, bottom: 4, right: 19 });
    expect(selectionRange(columnSelection(1, 1, bounds))).toEqual({ top: 0, left: 1, bottom: 99, right: 1 });
  });

  it('only the cells on the border of a range carry its outline edges', () => {
    const range = { top: 1, left: 1, bottom: 3, right: 3 };
    expect(selectionEdges(range, 1, 1)).toEqual({ top: true, right: false, bottom: false, left: true });
    expect(selectionEdges(range, 2, 2)).toEqual({ top: false, right: false, bottom: false, left: false });
    expect(selectionEdges(range, 0, 0)).toBeNull();
    expect(rangeContains(range, 3, 3)).toBe(true);
  });

  it('Shift+click on a row number or column letter takes every line from the anchor to it, the active cell kept (Excel)', () => {
    const c5 = { row: 4, col: 2 };
    const rows = headerSelection(cellSelection(c5), 'rows', 8, true, bounds);
    expect(selectionRange(rows)).toEqual({ top: 4, left: 0, bottom: 8, right: 19 });
    expect(rows.active).toEqual(c5);
    const cols = headerSelection(cellSelection(c5), 'cols', 0, true, bounds);
    expect(selectionRange(cols)).toEqual({ top: 0, left: 0, bottom: 99, right: 2 });
    expect(cols.active).toEqual(c5);
    // From the anchor, not the active cell Enter moved inside the range: B2:D5 from B2, active B4.
    const moved = { active: { row: 3, col: 1 }, anchor: { row: 1, col: 1 }, corner: { row: 4, col: 3 } };
    expect(selectionRange(headerSelection(moved, 'rows', 0, true, bounds))).toEqual({ top: 0, left: 0, bottom: 1, right: 19 });
    expect(headerSelection(moved, 'rows', 0, true, bounds).active).toEqual({ row: 1, col: 1 });
    expect(headerSelection(cellSelection(c5), 'rows', 8, false, bounds)).toEqual(rowSelection(8, 8, bounds));
  });
});
