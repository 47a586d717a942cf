/**
 * The keys over hidden rows and columns, as in Excel: the cursor never lands on a hidden line,
 * Ctrl+arrow's data edge passes over hidden cells as if they were not there, and Ctrl+Home,
 * Ctrl+End, Home, Enter and Tab go to the nearest shown cell.
 */
import { describe, expect, it } from 'vitest';
import { gridCommand, nextPick, type KeyStroke, type NavigationContext } from '../../client/src/grid/keyboardNavigation.js';
import { cellSelection, selectionRange, type GridSelection } from '../../client/src/grid/selection.js';
import { selectionPastHidden } from '../../client/src/grid/hiddenLines.js';

function key(k: string, mods: Partial<KeyStroke> = {}): KeyStroke {
  return { key: k, shift: false, ctrl: false, alt: false, ...mods };
}

/** A 50 × 10 sheet with `filled` cells and hidden `rows` and `cols`. */
function context(selection: GridSelection, filled: Array<[number, number]>, rows: number[], cols: number[] = []): NavigationContext {
  const set = new Set(filled.map(([r, c]) => `${r}:${c}`));
  return { selection, bounds: { rows: 50, cols: 10 }, pageRows: 20, hasContent: (r, c) => set.has(`${r}:${c}`), hidden: { rows: new Set(rows), cols: new Set(cols) } };
}

const at = (row: number, col: number): GridSelection => cellSelection({ row, col });
const column = (col: number, ...rows: number[]): Array<[number, number]> => rows.map((row) => [row, col]);
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const landing = (k: KeyStroke, ctx: NavigationContext): GridSelection | undefined => {
  const command = gridCommand(k, ctx);
  return command?.kind === 'select' ? command.selection : undefined;
};

describe('keys over hidden rows and columns', () => {
  it.each<[string, KeyStroke, NavigationContext, GridSelection]>([
    ['Ctrl+Down runs through a block past an empty hidden row to the block\'s end', key('ArrowDown', { ctrl: true }), context(at(0, 0), column(0, 0, 1, 2, 3, 5, 6, 7, 8, 9), [4]), at(9, 0)],
    ['Ctrl+Down passes over a filled hidden cell to the sheet\'s end', key('ArrowDown', { ctrl: true }), context(at(0, 0), column(0, 5), [5]), at(49, 0)],
    ['Ctrl+Down stops at a block\'s last shown cell, its hidden last row passed over', key('ArrowDown', { ctrl: true }), context(at(0, 0), column(0, ...range(0, 5)), [5]), at(4, 0)],
    ['Ctrl+Right passes over a hidden column to the next filled cell', key('ArrowRight', { ctrl: true }), context(at(0, 0), [[0, 2], [0, 5]], [], [2]), at(0, 5)],
    ['Down steps over hidden rows', key('ArrowDown'), context(at(3, 0), [], [4, 5]), at(6, 0)],
    ['Down stays where only hidden rows lie below', key('ArrowDown'), context(at(47, 0), [], [48, 49]), at(47, 0)],
    ['Shift+Down stretches the range past hidden rows', key('ArrowDown', { shift: true }), context(at(3, 0), [], [4, 5]), { active: { row: 3, col: 0 }, corner: { row: 6, col: 0 } }],
    ['Ctrl+Home goes to the first shown row and column', key('Home', { ctrl: true }), context(at(30, 8), [], [0, 1], [0]), at(2, 1)],
    ['Ctrl+End goes to the shown cell before a hidden last used row', key('End', { ctrl: true }), { ...context(at(0, 0), [], [20]), lastUsed: () => ({ row: 20, col: 5 }) }, at(19, 5)],
    ['Home goes to the first shown column', key('Home'), context(at(30, 8), [], [], [0, 1]), at(30, 2)],
    ['Enter steps over a hidden row', key('Enter'), context(at(3, 2), [], [4]), at(5, 2)],
    ['Tab steps over a hidden column', key('Tab'), context(at(3, 2), [], [], [3]), at(3, 4)],
  ])('%s', (_, k, ctx, expected) => {
    expect(landing(k, ctx)).toEqual(expected);
  });

  it('Enter in a range passes over its hidden last row and wraps to the next column, as Excel', () => {
    // B2:C6 selected, row 6 hidden, active B5: Enter goes to C2, not to the hidden B6.
    const selection: GridSelection = { active: { row: 4, col: 1 }, anchor: { row: 1, col: 1 }, corner: { row: 5, col: 2 } };
    expect(landing(key('Enter'), context(selection, [], [5]))?.active).toEqual({ row: 1, col: 2 });
  });

  it("Ctrl+Down in point mode picks past hidden cells as the grid's Ctrl+Down", () => {
    const ctx = context(at(0, 0), column(0, 0, 1, 2, 3, 5, 6), [4]);
    expect(nextPick({ anchor: { row: 0, col: 0 }, corner: { row: 0, col: 0 } }, { step: [1, 0], extend: true, toEdge: true }, ctx)).toEqual({ anchor: { row: 0, col: 0 }, corner: { row: 6, col: 0 } });
  });

  it('Ctrl+Space over columns around a hidden one selects the whole columns, the active cell kept', () => {
    // S95:U95 selected (T hidden), Ctrl+Space: columns S:U from row 1, S95 still active.
    const before: GridSelection = { active: { row: 94, col: 18 }, corner: { row: 94, col: 20 } };
    const ctx = context(before, [], [], [19]);
    const wanted = landing(key(' ', { ctrl: true }), ctx)!;
    const applied = selectionPastHidden(before, wanted, ctx.hidden!, ctx.bounds);
    expect(selectionRange(applied)).toEqual({ top: 0, left: 18, bottom: 49, right: 20 });
    expect(applied.active).toEqual({ row: 94, col: 18 });
  });
});
