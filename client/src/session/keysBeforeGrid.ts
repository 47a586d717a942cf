/**
 * Keys pressed before the grid is there (the entry's pre-screen, then the static first screen,
 * issue 17): typing fills the active cell, Backspace takes a character back and Escape drops what
 * was typed, as in the grid's editor; Enter, Tab and the arrows end the entry and move the active
 * cell as the grid does (Shift+Enter up, Shift+Tab left, Enter after a run of Tabs back to the
 * run's first column). An entry so ended is kept to be committed once the document is there: a
 * planner typing `5 Enter 7 Enter` before the grid is ready gets 5 and 7 in two cells, not `57`
 * in an open editor. The active cell moves within the cells on screen (neither screen scrolls).
 * A dead key (´, ^, ¨; AltGr+~) or an input method's key starts a composition, which the first
 * screen takes into a field of its own (composingKey), as the grid starts its editor.
 * Other keys (Ctrl, Alt, Shift+arrows, Delete, …) are left to the grid. Dependency-free: the
 * entry's chunk holds it.
 *
 * @example
 *   let keys = noKeysBeforeGrid();
 *   for (const key of ['5', 'Enter', '7']) keys = keyBeforeGrid(keys, { key, shift: false, ctrl: false, alt: false }, { rows: 30, cols: 10 }, true, run) ?? keys;
 *   // keys.entries: [{ row: 0, col: 0, text: '5' }]; keys.active: { row: 1, col: 0 }; keys.typed: '7'
 */
import type { CellPosition } from '../../../models/workbook/cellAddress.js';
import type { KeyStroke } from '../grid/keyboardNavigation.js';
import { TabRun } from '../grid/tabRun.js';

/** Text typed into a cell and ended with Enter, Tab or an arrow, in the order typed. */
export interface EarlyEntry {
  row: number;
  col: number;
  text: string;
}

export interface KeysBeforeGrid {
  active: CellPosition;
  /** Typed into the active cell and not yet ended: the grid's editor opens with it. */
  typed: string;
  entries: EarlyEntry[];
}

export function noKeysBeforeGrid(active: CellPosition = { row: 0, col: 0 }): KeysBeforeGrid {
  return { active, typed: '', entries: [] };
}

const STEPS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** Where a moving key goes from `active`, one cell, kept on screen; null for any other key. */
function moved(stroke: KeyStroke, active: CellPosition, room: { rows: number; cols: number }, run: TabRun): CellPosition | null {
  const back = stroke.shift;
  let step: [number, number] | undefined;
  if (stroke.key === 'Enter') step = [back ? -1 : 1, 0];
  else if (stroke.key === 'Tab') step = [0, back ? -1 : 1];
  else if (!stroke.shift) step = STEPS[stroke.key];
  if (!step) return null;
  const plain = {
    row: Math.min(Math.max(0, active.row + step[0]), Math.max(0, room.rows - 1)),
    col: Math.min(Math.max(0, active.col + step[1]), Math.max(0, room.cols - 1)),
  };
  // An arrow leaves the cell a run of Tabs reached, which ends the run (TabRun goes on only from there).
  return stroke.key === 'Enter' || stroke.key === 'Tab' ? run.move(stroke.key, back, active, plain) : plain;
}

/** The entry being typed, ended: added to the entries (nothing when nothing was typed). */
function ended(keys: KeysBeforeGrid, canType: boolean): EarlyEntry[] {
  return canType && keys.typed !== '' ? [...keys.entries, { ...keys.active, text: keys.typed }] : keys.entries;
}

/** A click on a cell before the grid is there: it ends the entry being typed, as in Excel, and becomes the active cell. */
export function clickBeforeGrid(keys: KeysBeforeGrid, at: CellPosition): KeysBeforeGrid {
  return { active: at, typed: '', entries: ended(keys, true) };
}

/**
 * Where a key goes on a screen before the grid, which composes a dead key's or an input method's
 * character in a hidden field of its own (a div composes nothing), as the grid opens its editor:
 * `field`, the field's (typed text, the composition's keys: its input event shows them);
 * `compose`, a dead key or input method's key: the focus moves to the field, which takes what is
 * composed next; `keys`, keyBeforeGrid's. `inField`: the key came to the field. AltGr (Ctrl+Alt on
 * Windows) may be held for a dead key.
 */
export function composingKey(stroke: KeyStroke, canType: boolean, inField: boolean, isComposing: boolean): 'field' | 'compose' | 'keys' {
  const composes = canType && (stroke.key === 'Dead' || stroke.key === 'Process');
  if (!inField) return composes ? 'compose' : 'keys';
  const typing = !stroke.ctrl && !stroke.alt && (stroke.key.length === 1 || stroke.key === 'Backspace');
  return isComposing || composes || typing ? 'field' : 'keys';
}

/**
 * What a key does before the grid is there; null leaves it alone (not one of these keys). `canType`
 * is false for a viewer: the keys only move the active cell. `room`: the rows and columns on screen.
 */
export function keyBeforeGrid(keys: KeysBeforeGrid, stroke: KeyStroke, room: { rows: number; cols: number }, canType: boolean, run: TabRun): KeysBeforeGrid | null {
  if (stroke.ctrl || stroke.alt) return null;
  if (canType && stroke.key.length === 1) return { ...keys, typed: keys.typed + stroke.key };
  if (canType && stroke.key === 'Backspace') return { ...keys, typed: keys.typed.slice(0, -1) };
  if (stroke.key === 'Escape') return keys.typed === '' ? null : { ...keys, typed: '' };
  const to = moved(stroke, keys.active, room, run);
  return to && { active: to, typed: '', entries: ended(keys, canType) };
}
