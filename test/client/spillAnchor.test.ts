/**
 * Which formula's spill fills a cell, read from the cells' inputs and values as the exports read
 * spilled blocks (client/src/grid/spillAnchor.ts): the formula bar shows that formula greyed.
 */
import { describe, expect, it } from 'vitest';
import { spillAnchor, type SpillCells } from '../../client/src/grid/spillAnchor.js';

/**
 * A sheet drawn as rows of cells: `=` a formula (its result shows), `v` a typed value,
 * `s` a cell filled by a spill (no input, shows a value), `.` empty.
 */
function drawn(rows: string[]): SpillCells {
  const at = (r: number, c: number): string => rows[r]?.[c] ?? '.';
  return {
    hasInput: (r, c) => at(r, c) === '=' || at(r, c) === 'v',
    isFormula: (r, c) => at(r, c) === '=',
    showsValue: (r, c) => at(r, c) !== '.',
  };
}

describe('the formula whose spill fills a cell', () => {
  it.each([
    [['=ss'], 0, 2, { row: 0, col: 0 }, 'a row spilled from its left end'],
    [['=ss'], 0, 1, { row: 0, col: 0 }, 'the cell next to it'],
    [['=..', 's..', 's..'], 2, 0, { row: 0, col: 0 }, 'a column spilled from its top'],
    [['.=ss', '.sss', '.sss'], 2, 3, { row: 0, col: 1 }, 'the far corner of a block'],
    [['.=ss', '.sss', '.sss'], 1, 1, { row: 0, col: 1 }, "a cell below the formula in the block's first column"],
    [['=s=s', 'ssss'], 1, 3, { row: 0, col: 2 }, 'two blocks side by side: the nearer formula'],
    [['=s=s', 'ssss'], 1, 1, { row: 0, col: 0 }, 'two blocks side by side: the left one'],
  ])('%j at (%i, %i) is filled from %j (%s)', (rows, row, col, anchor) => {
    expect(spillAnchor(drawn(rows as string[]), row, col)).toEqual(anchor);
  });

  it.each([
    [['=s', 'vs'], 1, 0, 'a cell with its own value'],
    [['=s'], 0, 0, 'the formula itself'],
    [['=.', '..'], 1, 1, 'an empty cell'],
    [['vs'], 0, 1, 'a value to the left is no formula'],
    [['v.', 's.'], 1, 0, 'a value above is no formula'],
  ])('%j at (%i, %i) is filled by no spill (%s)', (rows, row, col) => {
    expect(spillAnchor(drawn(rows as string[]), row, col)).toBeUndefined();
  });
});
