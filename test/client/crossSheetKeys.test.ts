import { describe, expect, it } from 'vitest';
import { keyStroke, pickingStep, type KeyStroke } from '../../client/src/grid/keyboardNavigation.js';
import { crossSheetEdit, formulaCellName } from '../../client/src/grid/crossSheetPointing.js';
import { offerKeyPicking, pickOnShownSheet, type KeyPicker } from '../../client/src/grid/crossSheetKeys.js';
import { cellSelection } from '../../client/src/grid/selection.js';
import { createStore } from '../../client/src/ui/store.js';
import type { WorkbookSession } from '../../client/src/workspace/WorkbookSession.js';

const stroke = (key: string, mods: Partial<KeyStroke> = {}): KeyStroke => ({ key, shift: false, ctrl: false, alt: false, ...mods });

describe('the step an arrow takes in point mode', () => {
  it.each<[KeyStroke, [number, number] | null]>([
    [stroke('ArrowDown'), [1, 0]],
    [stroke('ArrowUp'), [-1, 0]],
    [stroke('ArrowLeft'), [0, -1]],
    [stroke('ArrowRight', { shift: true }), [0, 1]],
    [stroke('ArrowRight', { ctrl: true }), null],
    [stroke('ArrowDown', { alt: true }), null],
    [stroke('Home'), null],
    [stroke(';'), null],
  ])('%j steps %j', (key, expected) => {
    expect(pickingStep(key)).toEqual(expected);
  });

  it('Cmd counts as Ctrl, so Cmd+arrow moves the caret on a Mac', () => {
    const event = { key: 'ArrowLeft', shiftKey: false, ctrlKey: false, metaKey: true, altKey: false };
    expect(keyStroke(event)).toEqual(stroke('ArrowLeft', { ctrl: true }));
    expect(pickingStep(keyStroke(event))).toBeNull();
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
    return { activeSheet: createStore(shownSheetId), selection: createStore(cellSelection({ row: 4, col: 1 })) } as unknown as WorkbookSession;
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
    crossSheetEdit(session).set({ origin, moveDown: true, text: '=SUM(', caret: 5, picked: null });
    expect(pickOnShownSheet(session, arrowDown)).toBe(true);
    expect(grid.calls).toEqual([[1, 0, true, { row: 4, col: 1 }]]);
    expect(pickOnShownSheet(session, { ...arrowDown, key: 'a' })).toBe(false);
    // Back on the formula's own sheet, the formula bar's arrows move the caret as before.
    session.activeSheet.set('forudsaetninger');
    expect(pickOnShownSheet(session, arrowDown)).toBe(false);
    withdraw();
    session.activeSheet.set('budget');
    expect(pickOnShownSheet(session, arrowDown)).toBe(false);
    expect(grid.calls).toHaveLength(1);
  });

  it('an arrow where no reference may go is left to the caret', () => {
    const session = fakeSession('budget');
    offerKeyPicking(session, recordingGrid(false));
    crossSheetEdit(session).set({ origin, moveDown: false, text: '=SUM(A1)', caret: 8, picked: null });
    expect(pickOnShownSheet(session, arrowDown)).toBe(false);
  });

  it("a grid withdrawn after the next sheet's grid was offered leaves that one in place", () => {
    const session = fakeSession('budget');
    crossSheetEdit(session).set({ origin, moveDown: false, text: '=', caret: 1, picked: null });
    const first = recordingGrid(true);
    const second = recordingGrid(true);
    const withdrawFirst = offerKeyPicking(session, first);
    offerKeyPicking(session, second);
    withdrawFirst();
    expect(pickOnShownSheet(session, arrowDown)).toBe(true);
    expect([first.calls.length, second.calls.length]).toEqual([0, 1]);
  });
});
