import { describe, expect, it } from 'vitest';
import { gridCommand, keyStroke, nextPick, pickingKey, type KeyStroke, type NavigationContext, type PickedCells } from '../../client/src/grid/keyboardNavigation.js';
import { cellSelection, extendSelection, selectionRange, type GridSelection } from '../../client/src/grid/selection.js';

function key(k: string, mods: Partial<KeyStroke> = {}): KeyStroke {
  return { key: k, shift: false, ctrl: false, alt: false, ...mods };
}

function context(selection: GridSelection, filled: Array<[number, number]> = []): NavigationContext {
  const set = new Set(filled.map(([r, c]) => `${r}:${c}`));
  return { selection, bounds: { rows: 50, cols: 10 }, pageRows: 20, hasContent: (r, c) => set.has(`${r}:${c}`) };
}

const at = (row: number, col: number): GridSelection => cellSelection({ row, col });

describe('keyboard navigation', () => {
  it('arrows move the active cell and stop at the edge', () => {
    expect(gridCommand(key('ArrowDown'), context(at(0, 0)))).toEqual({ kind: 'select', selection: at(1, 0) });
    expect(gridCommand(key('ArrowUp'), context(at(0, 0)))).toEqual({ kind: 'select', selection: at(0, 0) });
  });

  it('Shift+arrows extend the range and keep the active cell', () => {
    const command = gridCommand(key('ArrowRight', { shift: true }), context(at(2, 2)));
    expect(command).toEqual({ kind: 'select', selection: { active: { row: 2, col: 2 }, corner: { row: 2, col: 3 } } });
  });

  it('Enter moves down and Tab right, Shift reverses them', () => {
    expect(gridCommand(key('Enter'), context(at(3, 3)))).toEqual({ kind: 'select', selection: at(4, 3) });
    expect(gridCommand(key('Enter', { shift: true }), context(at(3, 3)))).toEqual({ kind: 'select', selection: at(2, 3) });
    expect(gridCommand(key('Tab'), context(at(3, 3)))).toEqual({ kind: 'select', selection: at(3, 4) });
  });

  it("Ctrl+Home goes to A1 and shows the sheet's start", () => {
    expect(gridCommand(key('Home', { ctrl: true }), context(at(30, 8)))).toEqual({ kind: 'select', selection: at(0, 0), sheetStart: true });
  });

  it.each([
    ['row 1 and column A', { rows: 1, cols: 1 }, at(1, 1)],
    ['rows 1–3 only', { rows: 3, cols: 0 }, at(3, 0)],
    ['columns A–B only', { rows: 0, cols: 2 }, at(0, 2)],
  ] as const)("with %s frozen, Ctrl+Home goes to the unfrozen part's first cell, as in Excel", (_, frozen, expected) => {
    expect(gridCommand(key('Home', { ctrl: true }), { ...context(at(30, 8)), frozen })).toEqual({ kind: 'select', selection: expected, sheetStart: true });
  });

  it('Home goes to the first unfrozen column of the row; Shift+Home and Ctrl+Shift+Home stretch the selection there', () => {
    const frozen = { rows: 1, cols: 1 };
    expect(gridCommand(key('Home'), context(at(30, 8)))).toEqual({ kind: 'select', selection: at(30, 0) });
    expect(gridCommand(key('Home'), { ...context(at(30, 8)), frozen })).toEqual({ kind: 'select', selection: at(30, 1) });
    expect(gridCommand(key('Home', { shift: true }), { ...context(at(30, 8)), frozen })).toEqual({ kind: 'select', selection: { active: { row: 30, col: 8 }, corner: { row: 30, col: 1 } } });
    expect(gridCommand(key('Home', { ctrl: true, shift: true }), { ...context(at(30, 8)), frozen })).toEqual({
      kind: 'select',
      selection: { active: { row: 30, col: 8 }, corner: { row: 1, col: 1 } },
      sheetStart: true,
    });
  });

  it('Enter inside a selected range moves within it and wraps to the next column', () => {
    const range: GridSelection = { active: { row: 1, col: 0 }, corner: { row: 0, col: 1 } };
    expect(gridCommand(key('Enter'), context(range))).toEqual({ kind: 'select', selection: { active: { row: 0, col: 1 }, corner: range.corner, anchor: range.active } });
  });

  it('Enter after Enter inside a selected range keeps the whole range: B2:C3 from B2 goes B3, C2, C3, B2', () => {
    let selection: GridSelection = { active: { row: 1, col: 1 }, corner: { row: 2, col: 2 } };
    const visited: string[] = [];
    for (let i = 0; i < 4; i++) {
      const command = gridCommand(key('Enter'), context(selection));
      if (command?.kind !== 'select') throw new Error('Enter selects');
      selection = command.selection;
      visited.push(`${selection.active.row}:${selection.active.col}`);
    }
    expect(visited).toEqual(['2:1', '1:2', '2:2', '1:1']);
  });

  it('Ctrl+arrow jumps to the end of the filled block, then to the next filled cell', () => {
    const filled: Array<[number, number]> = [[0, 0], [1, 0], [2, 0], [10, 0]];
    expect(gridCommand(key('ArrowDown', { ctrl: true }), context(at(0, 0), filled))).toEqual({ kind: 'select', selection: at(2, 0) });
    expect(gridCommand(key('ArrowDown', { ctrl: true }), context(at(2, 0), filled))).toEqual({ kind: 'select', selection: at(10, 0) });
    expect(gridCommand(key('ArrowDown', { ctrl: true }), context(at(10, 0), filled))).toEqual({ kind: 'select', selection: at(49, 0) });
  });

  it('typing starts an edit that replaces the cell, F2 one that keeps it', () => {
    expect(gridCommand(key('7'), context(at(0, 0)))).toEqual({ kind: 'edit', replaceWith: '7' });
    expect(gridCommand(key('='), context(at(0, 0)))).toEqual({ kind: 'edit', replaceWith: '=' });
    expect(gridCommand(key('F2'), context(at(0, 0)))).toEqual({ kind: 'edit' });
  });

  it('a dead key (´, ^, or ~ with AltGr) or an input method\'s key starts an empty edit for the composed character', () => {
    expect(gridCommand(key('Dead'), context(at(0, 0)))).toEqual({ kind: 'edit', replaceWith: '' });
    expect(gridCommand(key('Dead', { shift: true }), context(at(0, 0)))).toEqual({ kind: 'edit', replaceWith: '' });
    expect(gridCommand(key('Dead', { ctrl: true, alt: true }), context(at(0, 0)))).toEqual({ kind: 'edit', replaceWith: '' });
    expect(gridCommand(key('Process'), context(at(0, 0)))).toEqual({ kind: 'edit', replaceWith: '' });
    // An input method's key names the letter it shows (k), but its text is the composition's.
    expect(keyStroke({ key: 'k', keyCode: 229, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false }).key).toBe('Process');
  });

  it('Delete clears, Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo, Ctrl+D and Ctrl+R fill', () => {
    const ctx = context(at(0, 0));
    expect(gridCommand(key('Delete'), ctx)).toEqual({ kind: 'clear' });
    expect(gridCommand(key('z', { ctrl: true }), ctx)).toEqual({ kind: 'undo' });
    expect(gridCommand(key('y', { ctrl: true }), ctx)).toEqual({ kind: 'redo' });
    expect(gridCommand(key('Z', { ctrl: true, shift: true }), ctx)).toEqual({ kind: 'redo' });
    expect(gridCommand(key('d', { ctrl: true }), ctx)).toEqual({ kind: 'fillDown' });
    expect(gridCommand(key('r', { ctrl: true }), ctx)).toEqual({ kind: 'fillRight' });
  });

  it('Ctrl+Shift+L, E and R align the selection left, centred and right as in Google Sheets; Ctrl+R still fills right', () => {
    const ctx = context(at(1, 1));
    expect(gridCommand(key('L', { ctrl: true, shift: true }), ctx)).toEqual({ kind: 'align', alignment: 'left' });
    expect(gridCommand(key('E', { ctrl: true, shift: true }), ctx)).toEqual({ kind: 'align', alignment: 'center' });
    expect(gridCommand(key('R', { ctrl: true, shift: true }), ctx)).toEqual({ kind: 'align', alignment: 'right' });
    expect(gridCommand(key('r', { ctrl: true }), ctx)).toEqual({ kind: 'fillRight' });
    expect(gridCommand(key('l', { ctrl: true }), ctx)).toBeNull();
  });

  it('Shift+Space selects the rows of the selection, Ctrl+Space its columns, both the whole sheet, and the active cell stays where it was', () => {
    const active = { row: 3, col: 2 };
    const range: GridSelection = { active, corner: { row: 4, col: 3 } };
    const selected = (selection: GridSelection) => ({ kind: 'select', selection, keepView: true });
    expect(gridCommand(key(' ', { shift: true }), context(range))).toEqual(selected({ active, anchor: { row: 3, col: 0 }, corner: { row: 4, col: 9 } }));
    expect(gridCommand(key(' ', { ctrl: true }), context(range))).toEqual(selected({ active, anchor: { row: 0, col: 2 }, corner: { row: 49, col: 3 } }));
    expect(gridCommand(key(' ', { ctrl: true, shift: true }), context(range))).toEqual(selected({ active, anchor: { row: 0, col: 0 }, corner: { row: 49, col: 9 } }));
    // A plain space still starts an edit with it.
    expect(gridCommand(key(' '), context(range))).toEqual({ kind: 'edit', replaceWith: ' ' });
  });

  it('Ctrl+A selects the filled block around the active cell, and the whole sheet when pressed again, the active cell staying where it was', () => {
    const filled: Array<[number, number]> = [[1, 1], [1, 2], [2, 1], [3, 2], [8, 8]];
    const active = { row: 2, col: 1 };
    const region: GridSelection = { active, anchor: { row: 1, col: 1 }, corner: { row: 3, col: 2 } };
    const all = (at: { row: number; col: number }): GridSelection => ({ active: at, anchor: { row: 0, col: 0 }, corner: { row: 49, col: 9 } });
    expect(gridCommand(key('a', { ctrl: true }), context(cellSelection(active), filled))).toEqual({ kind: 'select', selection: region, keepView: true });
    expect(gridCommand(key('a', { ctrl: true }), context(region, filled))).toEqual({ kind: 'select', selection: all(active), keepView: true });
    expect(gridCommand(key('a', { ctrl: true }), context(at(20, 5), filled))).toEqual({ kind: 'select', selection: all({ row: 20, col: 5 }), keepView: true });
  });

  it("Ctrl+End goes to the last used row and column, Ctrl+Shift+End stretches the selection there", () => {
    const ctx = { ...context(at(2, 1)), lastUsed: () => ({ row: 30, col: 6 }) };
    expect(gridCommand(key('End', { ctrl: true }), ctx)).toEqual({ kind: 'select', selection: at(30, 6) });
    expect(gridCommand(key('End', { ctrl: true, shift: true }), ctx)).toEqual({ kind: 'select', selection: { active: { row: 2, col: 1 }, corner: { row: 30, col: 6 } } });
  });

  it('PageDown and PageUp move by the rows in view and scroll the view as far; Shift stretches the selection a screen', () => {
    const ctx = { ...context(at(2, 1)), pageRows: 17 };
    expect(gridCommand(key('PageDown'), ctx)).toEqual({ kind: 'select', selection: at(19, 1), page: { rows: 17, cols: 0 } });
    expect(gridCommand(key('PageUp'), { ...ctx, selection: at(30, 1) })).toEqual({ kind: 'select', selection: at(13, 1), page: { rows: -17, cols: 0 } });
    expect(gridCommand(key('PageDown', { shift: true }), ctx)).toEqual({ kind: 'select', selection: { active: { row: 2, col: 1 }, corner: { row: 19, col: 1 } }, page: { rows: 17, cols: 0 } });
    // At the sheet's end the move stops at its last row.
    expect(gridCommand(key('PageDown'), { ...ctx, selection: at(45, 1) })).toMatchObject({ selection: at(49, 1) });
  });

  it('Alt+PageDown and Alt+PageUp move a screen right and left, by the columns in view', () => {
    const ctx = { ...context(at(2, 1)), bounds: { rows: 50, cols: 40 }, pageCols: 6 };
    expect(gridCommand(key('PageDown', { alt: true }), ctx)).toEqual({ kind: 'select', selection: at(2, 7), page: { rows: 0, cols: 6 } });
    expect(gridCommand(key('PageUp', { alt: true }), { ...ctx, selection: at(2, 20) })).toEqual({ kind: 'select', selection: at(2, 14), page: { rows: 0, cols: -6 } });
    expect(gridCommand(key('PageDown', { alt: true, shift: true }), ctx)).toMatchObject({ selection: { active: { row: 2, col: 1 }, corner: { row: 2, col: 7 } } });
  });

  it("Ctrl+; starts an edit with today's date, Ctrl+Shift+; (the key that types :) with the time of day", () => {
    expect(gridCommand(key(';', { ctrl: true }), context(at(0, 0)))).toEqual({ kind: 'editWithToday' });
    expect(gridCommand(key(':', { ctrl: true, shift: true }), context(at(0, 0)))).toEqual({ kind: 'editWithTime' });
  });

  it("End turns Excel's End mode on (pressed again, off); then an arrow jumps as Ctrl+arrow does and Home goes to the last used cell", () => {
    const filled: Array<[number, number]> = [[2, 1], [3, 1], [4, 1], [10, 1]];
    expect(gridCommand(key('End'), context(at(2, 1), filled))).toEqual({ kind: 'endMode', on: true });
    expect(gridCommand(key('End'), { ...context(at(2, 1), filled), endMode: true })).toEqual({ kind: 'endMode', on: false });
    const inEndMode = { ...context(at(2, 1), filled), endMode: true, lastUsed: () => ({ row: 10, col: 1 }) };
    expect(gridCommand(key('ArrowDown'), inEndMode)).toEqual({ kind: 'select', selection: at(4, 1) });
    expect(gridCommand(key('ArrowDown', { shift: true }), inEndMode)).toEqual({ kind: 'select', selection: { active: { row: 2, col: 1 }, corner: { row: 4, col: 1 } } });
    expect(gridCommand(key('Home'), inEndMode)).toEqual({ kind: 'select', selection: at(10, 1) });
    // Without End mode an arrow moves one cell.
    expect(gridCommand(key('ArrowDown'), context(at(2, 1), filled))).toEqual({ kind: 'select', selection: at(3, 1) });
  });

  it('End then Enter goes to the last nonblank cell in the row, past gaps, as Excel; a blank row keeps the active cell', () => {
    // Row 3: B3, C3 and H3 hold something (columns 1, 2 and 7); row 5 nothing.
    const filled: Array<[number, number]> = [[2, 1], [2, 2], [2, 7]];
    const inEndMode = (selection: GridSelection): NavigationContext => ({ ...context(selection, filled), endMode: true });
    expect(gridCommand(key('Enter'), inEndMode(at(2, 0)))).toEqual({ kind: 'select', selection: at(2, 7) });
    // From beyond the row's last cell it goes back to it.
    expect(gridCommand(key('Enter'), inEndMode(at(2, 9)))).toEqual({ kind: 'select', selection: at(2, 7) });
    expect(gridCommand(key('Enter'), inEndMode(at(4, 3)))).toEqual({ kind: 'select', selection: at(4, 3) });
    // Shift stretches the selection there, as End then Shift+Home does.
    expect(gridCommand(key('Enter', { shift: true }), inEndMode(at(2, 1)))).toEqual({ kind: 'select', selection: { active: { row: 2, col: 1 }, corner: { row: 2, col: 7 } } });
    // Without End mode, Enter moves down.
    expect(gridCommand(key('Enter'), context(at(2, 0), filled))).toEqual({ kind: 'select', selection: at(3, 0) });
  });

  it("Shift+arrow after Enter moved the active cell inside a range stretches the range from its anchor and keeps the active cell", () => {
    // B2:D5 selected from B2 (rows 1–4, columns 1–3); Enter moved the active cell to B3.
    const afterEnter: GridSelection = { active: { row: 2, col: 1 }, anchor: { row: 1, col: 1 }, corner: { row: 4, col: 3 } };
    expect(gridCommand(key('ArrowDown', { shift: true }), context(afterEnter))).toEqual({ kind: 'select', selection: { ...afterEnter, corner: { row: 5, col: 3 } } });
    expect(gridCommand(key('ArrowLeft', { shift: true }), context(afterEnter))).toEqual({ kind: 'select', selection: { ...afterEnter, corner: { row: 4, col: 2 } } });
  });

  it('a range shrunk past the active cell takes its anchor as the active cell again', () => {
    const afterEnter: GridSelection = { active: { row: 3, col: 1 }, anchor: { row: 1, col: 1 }, corner: { row: 4, col: 3 } };
    const shrunk = extendSelection(afterEnter, { row: 2, col: 3 }, { rows: 50, cols: 10 });
    expect(shrunk).toEqual({ active: { row: 1, col: 1 }, corner: { row: 2, col: 3 } });
    expect(selectionRange(shrunk)).toEqual({ top: 1, left: 1, bottom: 2, right: 3 });
  });

  it('Ctrl+C and other browser shortcuts are left to the browser', () => {
    expect(gridCommand(key('c', { ctrl: true }), context(at(0, 0)))).toBeNull();
    expect(gridCommand(key('Shift'), context(at(0, 0)))).toBeNull();
  });
});

describe("arrows in Excel's point mode pick from the cell picked last", () => {
  // Column B (1) holds figures in rows 5–16 (B5:B16) and again in row 20; the formula is typed in B3.
  const filled: Array<[number, number]> = [...Array.from({ length: 12 }, (_, i): [number, number] => [4 + i, 1]), [19, 1]];
  const ctx = context(at(2, 1), filled);
  const cell = (row: number, col = 1): PickedCells => ({ anchor: { row, col }, corner: { row, col } });
  const range = (top: number, bottom: number): PickedCells => ({ anchor: { row: top, col: 1 }, corner: { row: bottom, col: 1 } });
  const pickAfter = (from: PickedCells, k: KeyStroke): PickedCells => nextPick(from, pickingKey(k)!, ctx);

  it.each<[string, PickedCells, KeyStroke, PickedCells]>([
    ['an arrow picks the next cell', cell(2), key('ArrowDown'), cell(3)],
    ['Ctrl+arrow from an empty cell jumps to the next filled one', cell(2), key('ArrowDown', { ctrl: true }), cell(4)],
    ['Ctrl+arrow inside a block jumps to its last cell', cell(4), key('ArrowDown', { ctrl: true }), cell(15)],
    ['Ctrl+Shift+arrow takes the whole block below the picked cell', cell(4), key('ArrowDown', { ctrl: true, shift: true }), range(4, 15)],
    ['Ctrl+Shift+arrow runs on from the moving corner, keeping the anchor', range(4, 15), key('ArrowDown', { ctrl: true, shift: true }), range(4, 19)],
    ['Ctrl+Shift+arrow back up shrinks the range to its anchor', range(4, 15), key('ArrowUp', { ctrl: true, shift: true }), range(4, 4)],
    ['Ctrl+arrow from a range picks the cell at the edge alone', range(4, 6), key('ArrowDown', { ctrl: true }), cell(15)],
    ['Ctrl+arrow past the last filled cell stops at the sheet edge', cell(19), key('ArrowDown', { ctrl: true }), cell(49)],
    ['Ctrl+arrow at the sheet edge stays', cell(0, 1), key('ArrowUp', { ctrl: true }), cell(0, 1)],
  ])('%s', (_, from, k, expected) => {
    expect(pickAfter(from, k)).toEqual(expected);
  });
});
