import { describe, expect, it } from 'vitest';
import { composingKey, keyBeforeGrid, noKeysBeforeGrid, type KeysBeforeGrid } from '../../client/src/session/keysBeforeGrid.js';
import type { KeyStroke } from '../../client/src/grid/keyboardNavigation.js';
import { TabRun } from '../../client/src/grid/tabRun.js';

const ROOM = { rows: 30, cols: 8 };

/** Presses `keys` in order from `start`, as a planner (or, with canType false, a viewer) would; a key the screen leaves alone changes nothing. */
function press(keys: Array<string | Partial<KeyStroke>>, start: KeysBeforeGrid = noKeysBeforeGrid(), canType = true): KeysBeforeGrid {
  const run = new TabRun();
  let state = start;
  for (const key of keys) {
    const stroke: KeyStroke = { key: '', shift: false, ctrl: false, alt: false, ...(typeof key === 'string' ? { key } : key) };
    state = keyBeforeGrid(state, stroke, ROOM, canType, run) ?? state;
  }
  return state;
}

const typing = (text: string): string[] => [...text];

describe('keys pressed before the grid is there', () => {
  it('Enter ends each entry and moves down, so values typed one after another land in their own cells', () => {
    const keys = press([...typing('5'), 'Enter', ...typing('7'), 'Enter', ...typing('12')]);
    expect(keys.entries).toEqual([
      { row: 0, col: 0, text: '5' },
      { row: 1, col: 0, text: '7' },
    ]);
    expect(keys).toMatchObject({ active: { row: 2, col: 0 }, typed: '12' });
  });

  it('Tab moves right and Enter after a run of Tabs goes back to the column the run began in, as in Excel', () => {
    const keys = press(['ArrowRight', 'a', 'Tab', 'b', 'Tab', 'c', 'Enter']);
    expect(keys.entries.map((entry) => [entry.row, entry.col, entry.text])).toEqual([
      [0, 1, 'a'],
      [0, 2, 'b'],
      [0, 3, 'c'],
    ]);
    expect(keys.active).toEqual({ row: 1, col: 1 });
  });

  it('an arrow ends the entry and moves; Shift+Enter and Shift+Tab go back', () => {
    const start = noKeysBeforeGrid({ row: 5, col: 5 });
    expect(press(['x', 'ArrowUp'], start)).toEqual({ active: { row: 4, col: 5 }, typed: '', entries: [{ row: 5, col: 5, text: 'x' }] });
    expect(press([{ key: 'Enter', shift: true }], start).active).toEqual({ row: 4, col: 5 });
    expect(press([{ key: 'Tab', shift: true }], start).active).toEqual({ row: 5, col: 4 });
  });

  it('Backspace takes back a character and Escape drops the entry; a move without typing enters nothing', () => {
    expect(press(typing('123')).typed).toBe('123');
    expect(press([...typing('123'), 'Backspace']).typed).toBe('12');
    expect(press([...typing('123'), 'Escape', 'Enter'])).toEqual({ active: { row: 1, col: 0 }, typed: '', entries: [] });
  });

  it('the active cell stays within the cells on screen', () => {
    expect(press(['ArrowUp', 'ArrowLeft']).active).toEqual({ row: 0, col: 0 });
    expect(press(['Enter'], noKeysBeforeGrid({ row: 29, col: 7 })).active).toEqual({ row: 29, col: 7 });
    expect(press(['ArrowRight'], noKeysBeforeGrid({ row: 29, col: 7 })).active).toEqual({ row: 29, col: 7 });
  });

  it('a viewer moves the active cell but types nothing', () => {
    expect(press([...typing('5'), 'Enter', 'Backspace'], noKeysBeforeGrid(), false)).toEqual({ active: { row: 1, col: 0 }, typed: '', entries: [] });
  });

  it('keys the grid does (Ctrl, Alt, Shift+arrows, Delete) are left to it', () => {
    const run = new TabRun();
    const state = { ...noKeysBeforeGrid(), typed: 'x' };
    for (const stroke of [
      { key: 'z', shift: false, ctrl: true, alt: false },
      { key: 'ArrowDown', shift: false, ctrl: false, alt: true },
      { key: 'ArrowDown', shift: true, ctrl: false, alt: false },
      { key: 'Delete', shift: false, ctrl: false, alt: false },
    ]) {
      expect(keyBeforeGrid(state, stroke, ROOM, true, run), stroke.key).toBeNull();
    }
  });
});

describe('a dead key before the grid is there', () => {
  const stroke = (key: string, more: Partial<KeyStroke> = {}): KeyStroke => ({ key, shift: false, ctrl: false, alt: false, ...more });
  it.each([
    ['a dead key on the screen moves the focus to the composing field', stroke('Dead'), true, false, false, 'compose'],
    ["an input method's key too", stroke('Process'), true, false, false, 'compose'],
    ['AltGr (Ctrl+Alt) held for ~', stroke('Dead', { ctrl: true, alt: true }), true, false, false, 'compose'],
    ["a viewer's dead key composes nothing", stroke('Dead'), false, false, false, 'keys'],
    ['a letter on the screen is typed as before', stroke('e'), true, false, false, 'keys'],
    ['a letter in the field is the field\'s', stroke('t'), true, true, false, 'field'],
    ['Backspace in the field is the field\'s', stroke('Backspace'), true, true, false, 'field'],
    ['Enter choosing the composed text is the composition\'s', stroke('Enter'), true, true, true, 'field'],
    ['Enter after the composition ends the entry', stroke('Enter'), true, true, false, 'keys'],
    ['an arrow in the field ends the entry', stroke('ArrowDown'), true, true, false, 'keys'],
  ] as const)('%s', (_, key, canType, inField, isComposing, goes) => {
    expect(composingKey(key, canType, inField, isComposing)).toBe(goes);
  });
});
