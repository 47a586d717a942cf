/** Excel's return after a run of Tabs: Enter goes to the next row in the column the Tabs began in. */
import { describe, expect, it } from 'vitest';
import { TabRun } from '../../client/src/grid/tabRun.js';

const at = (row: number, col: number): { row: number; col: number } => ({ row, col });

describe('Tab then Enter', () => {
  it('returns to the column where the Tabs began, one row down (E30 Tab F30 Tab G30 Enter → E31)', () => {
    const run = new TabRun();
    expect(run.move('Tab', false, at(29, 4), at(29, 5))).toEqual(at(29, 5));
    expect(run.move('Tab', false, at(29, 5), at(29, 6))).toEqual(at(29, 6));
    expect(run.move('Enter', false, at(29, 6), at(30, 6))).toEqual(at(30, 4));
    // The run ended at the Enter: the next row's Tabs start a new one from E31.
    expect(run.move('Tab', false, at(30, 4), at(30, 5))).toEqual(at(30, 5));
    expect(run.move('Enter', false, at(30, 5), at(31, 5))).toEqual(at(31, 4));
  });

  it('Enter without Tabs before it, or after another move, goes straight down', () => {
    const run = new TabRun();
    expect(run.move('Enter', false, at(2, 3), at(3, 3))).toEqual(at(3, 3));
    run.move('Tab', false, at(3, 3), at(3, 4));
    // An arrow or a click took the planner to G10: the Tabs' run is over.
    expect(run.move('Enter', false, at(9, 6), at(10, 6))).toEqual(at(10, 6));
  });

  it('Shift+Enter goes up and ends the run; at the last row Enter stays', () => {
    const run = new TabRun();
    run.move('Tab', false, at(5, 1), at(5, 2));
    expect(run.move('Enter', true, at(5, 2), at(4, 2))).toEqual(at(4, 2));
    run.move('Tab', false, at(99, 1), at(99, 2));
    expect(run.move('Enter', false, at(99, 2), at(99, 2))).toEqual(at(99, 2));
  });

  it('Shift+Tab within the run keeps its first column', () => {
    const run = new TabRun();
    run.move('Tab', false, at(0, 2), at(0, 3));
    run.move('Tab', true, at(0, 3), at(0, 2));
    run.move('Tab', false, at(0, 2), at(0, 3));
    expect(run.move('Enter', false, at(0, 3), at(1, 3))).toEqual(at(1, 2));
  });
});
