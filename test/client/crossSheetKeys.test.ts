import { describe, expect, it } from 'vitest';
import { keyStroke, pickingKey, type KeyStroke, type PickingKey } from '../../client/src/grid/keyboardNavigation.js';
import { followPick, formulaCellName, pickedAddress } from '../../client/src/grid/crossSheetPointing.js';
import { offerKeyPicking, pickOnShownSheet } from '../../client/src/grid/crossSheetKeys.js';
import { GridInteraction, type KeyPicker } from '../../client/src/grid/GridInteraction.js';
import type { SheetCell } from '../../client/src/grid/interactionState.js';
import { cellSelection } from '../../client/src/grid/selection.js';
import { createStore } from '../../client/src/ui/store.js';
import type { WorkbookSession } from '../../client/src/workspace/WorkbookSession.js';

/**
 * Opens a cross-sheet edit as the planner does: a formula typed in `origin`'s cell editor, then
 * another sheet's tab clicked, then the sheet shown now.
 */
function startCrossSheetEdit(session: WorkbookSession, edit: { origin: SheetCell; moveDown: boolean; text: string; caret: number }): void {
  const element = { value: edit.text } as HTMLTextAreaElement;
  session.interaction.send({ type: 'inputFocused', input: { element, inCell: edit.moveDown, cell: () => edit.origin, replace: () => undefined } });
  session.interaction.send({ type: 'pointedAtSheet', sheetId: 'elsewhere', from: edit.origin.sheetId, ...edit });
  session.interaction.send({ type: 'sheetShown', sheetId: session.activeSheet.get() });
}

const stroke = (key: string, mods: Partial<KeyStroke> = {}): KeyStroke => ({ key, shift: false, ctrl: false, alt: false, ...mods });

describe('what a key does in point mode', () => {
  it.each<[KeyStroke, PickingKey | null]>([
    [stroke('ArrowDown'), { step: [1, 0], extend: false, toEdge: false }],
    [stroke('ArrowUp'), { step: [-1, 0], extend: false, toEdge: false }],
    [stroke('ArrowLeft'), { step: [0, -1], extend: false, toEdge: false }],
    [stroke('ArrowRight', { shift: true }), { step: [0, 1], extend: true, toEdge: false }],
    [stroke('ArrowRight', { ctrl: true }), { step: [0, 1], extend: false, toEdge: true }],
    [stroke('ArrowDown', { ctrl: true, shift: true }), { step: [1, 0], extend: true, toEdge: true }],
    [stroke('ArrowDown', { alt: true }), null],
    [stroke('Home'), null],
    [stroke(';'), null],
  ])('%j picks %j', (key, expected) => {
    expect(pickingKey(key)).toEqual(expected);
  });

  it('Cmd counts as Ctrl, so Cmd+Shift+arrow stretches the pick to the data edge on a Mac', () => {
    const event = { key: 'ArrowDown', shiftKey: true, ctrlKey: false, metaKey: true, altKey: false };
    expect(keyStroke(event)).toEqual(stroke('ArrowDown', { ctrl: true, shift: true }));
    expect(pickingKey(keyStroke(event))).toEqual({ step: [1, 0], extend: true, toEdge: true });
  });
});

describe("the name box during a cross-sheet edit names the formula's own cell", () => {
  it.each<[string, string | null, string]>([
    ['budget', 'Forudsætninger', 'Forudsætninger!J40'],
    ['budget', 'Mit ark', "'Mit ark'!J40"],
    ['forudsaetninger', 'Forudsætninger', 'J40'],
  ])('shown sheet %s, formula on %j: %s', (shown, name, expected) => {
    expect(formulaCellName({ sheetId: 'forudsaetninger', row: 39, col: 9 }, shown, name)).toBe(expected);
  });
});

describe("the formula bar's arrows pick on the shown sheet", () => {
  /** Just what the routing reads of a session: the shown sheet and its active cell. */
  function fakeSession(shownSheetId: string): WorkbookSession {
    return { activeSheet: createStore(shownSheetId), selection: createStore(cellSelection({ row: 4, col: 1 })), interaction: new GridInteraction() } as unknown as WorkbookSession;
  }
  const arrowDown = { key: 'ArrowDown', shiftKey: true, ctrlKey: false, metaKey: false, altKey: false };
  const origin = { sheetId: 'forudsaetninger', row: 39, col: 9 };

  function recordingGrid(answer: boolean): KeyPicker & { calls: unknown[][] } {
    const calls: unknown[][] = [];
    return { calls, pickByKey: (...args) => (calls.push(args), answer) };
  }

  it("only for a formula from another sheet, starting from the shown sheet's active cell", () => {
    const session = fakeSession('budget');
    const grid = recordingGrid(true);
    const withdraw = offerKeyPicking(session, grid);
    expect(pickOnShownSheet(session, arrowDown)).toBe(false);
    startCrossSheetEdit(session, { origin, moveDown: true, text: '=SUM(', caret: 5 });
    expect(pickOnShownSheet(session, arrowDown)).toBe(true);
    expect(grid.calls[0]).toEqual([{ step: [1, 0], extend: true, toEdge: false }, { row: 4, col: 1 }]);
    expect(pickOnShownSheet(session, { ...arrowDown, key: 'a' })).toBe(false);
    // Ctrl+Shift+arrow asks the grid to stretch the pick to the data edge.
    expect(pickOnShownSheet(session, { ...arrowDown, ctrlKey: true })).toBe(true);
    expect(grid.calls[1]).toEqual([{ step: [1, 0], extend: true, toEdge: true }, { row: 4, col: 1 }]);
    withdraw();
    expect(pickOnShownSheet(session, arrowDown)).toBe(false);
    expect(grid.calls).toHaveLength(2);
  });

  it("back on the formula's own sheet the arrows pick there too, from the formula's cell", () => {
    const session = fakeSession('forudsaetninger');
    session.selection.set(cellSelection({ row: 39, col: 9 }));
    const grid = recordingGrid(true);
    offerKeyPicking(session, grid);
    // A formula bar edit that never left its sheet: the arrows move the caret.
    expect(pickOnShownSheet(session, arrowDown)).toBe(false);
    startCrossSheetEdit(session, { origin, moveDown: true, text: '=SUM(Budget!B6;', caret: 15 });
    expect(pickOnShownSheet(session, { ...arrowDown, shiftKey: false })).toBe(true);
    expect(grid.calls).toEqual([[{ step: [1, 0], extend: false, toEdge: false }, { row: 39, col: 9 }]]);
    // What the own sheet's grid then puts in is unqualified.
    expect(pickedAddress(session, 'forudsaetninger', { top: 40, bottom: 40, left: 9, right: 9 })).toBe('J41');
  });

  it('an arrow where no reference may go is left to the caret', () => {
    const session = fakeSession('budget');
    offerKeyPicking(session, recordingGrid(false));
    startCrossSheetEdit(session, { origin, moveDown: false, text: '=SUM(A1)', caret: 8 });
    expect(pickOnShownSheet(session, arrowDown)).toBe(false);
  });

  it("a grid withdrawn after the next sheet's grid was offered leaves that one in place", () => {
    const session = fakeSession('budget');
    startCrossSheetEdit(session, { origin, moveDown: false, text: '=', caret: 1 });
    const first = recordingGrid(true);
    const second = recordingGrid(true);
    const withdrawFirst = offerKeyPicking(session, first);
    offerKeyPicking(session, second);
    withdrawFirst();
    expect(pickOnShownSheet(session, arrowDown)).toBe(true);
    expect([first.calls.length, second.calls.length]).toEqual([0, 1]);
  });
});

describe("the shown sheet's selection follows a pick for a formula from another sheet", () => {
  function fakeSession(shownSheetId: string): WorkbookSession {
    return { activeSheet: createStore(shownSheetId), selection: createStore(cellSelection({ row: 4, col: 1 })), interaction: new GridInteraction() } as unknown as WorkbookSession;
  }
  const origin = { sheetId: 'forudsaetninger', row: 39, col: 9 };
  const picked = { active: { row: 5, col: 1 }, corner: { row: 6, col: 1 } };

  it.each<[string, string, boolean, boolean]>([
    ['a pick on another sheet during a cross-sheet edit selects the picked cells', 'budget', true, true],
    ["a pick on the formula's own sheet keeps the formula's cell selected", 'forudsaetninger', true, false],
    ['a pick in an edit that never left its sheet keeps the edited cell selected', 'budget', false, false],
  ])('%s', (_name, gridSheetId, across, follows) => {
    const session = fakeSession(gridSheetId);
    const before = session.selection.get();
    if (across) startCrossSheetEdit(session, { origin, moveDown: true, text: '=SUM(', caret: 5 });
    followPick(session, gridSheetId, picked);
    expect(session.selection.get()).toEqual(follows ? picked : before);
  });

  it('a grid whose sheet is no longer shown leaves the shown sheet\'s selection alone', () => {
    const session = fakeSession('drift');
    startCrossSheetEdit(session, { origin, moveDown: true, text: '=SUM(', caret: 5 });
    const before = session.selection.get();
    followPick(session, 'budget', picked);
    expect(session.selection.get()).toBe(before);
  });
});
