import { describe, expect, it } from 'vitest';
import {
  carriedPick,
  cellEditorOn,
  focusedInput,
  initialInteraction,
  nextInteraction,
  pickOn,
  type EditState,
  type FormulaInput,
  type InteractionEvent,
  type InteractionState,
  type LastPick,
  type SheetCell,
} from '../../client/src/grid/interactionState.js';
import type { CopiedBlock } from '../../client/src/grid/pasteCells.js';
import type { PendingCut } from '../../client/src/grid/pendingCut.js';

/** An input as the state machine sees it: opaque, compared by identity. */
function input(name: string, cell: SheetCell, inCell: boolean): FormulaInput {
  return { element: { name } as unknown as HTMLTextAreaElement, inCell, cell: () => cell, replace: () => undefined };
}

const home: SheetCell = { sheetId: 'forudsaetninger', row: 39, col: 9 };
const cellEditor = input('cellEditor', home, true);
const formulaBar = input('formulaBar', home, false);
const b2 = { start: 5, end: 7, text: 'B2' };
const budgetC3 = { start: 5, end: 14, text: 'Budget!C3' };
const at = (row: number, col: number): { row: number; col: number } => ({ row, col });
const pickB2 = { ref: b2, on: { sheetId: 'forudsaetninger', anchor: at(1, 1), corner: at(1, 1) } };
const cut: PendingCut = { sheetId: 'budget', range: { top: 0, left: 0, bottom: 1, right: 0 }, text: '1\r\n2\r\n' };
const block: CopiedBlock = { text: '1\r\n2\r\n', origin: at(0, 0), inputs: [[1], [2]], formats: [[undefined], [undefined]], merges: [] };

const idle: EditState = { kind: 'idle' };
const editing = (lastPick: LastPick | null = null, by = cellEditor): EditState => ({ kind: 'editing', input: by, lastPick });
const pointingOn = (shownSheet: string, extra: Partial<EditState & { kind: 'pointing' }> = {}): EditState => ({
  kind: 'pointing',
  origin: home,
  moveDown: true,
  shownSheet,
  text: '=SUM(B2',
  caret: 7,
  handedPick: b2,
  input: cellEditor,
  lastPick: pickB2,
  ...extra,
});
const state = (edit: EditState, rest: Partial<InteractionState> = {}): InteractionState => ({ ...initialInteraction(), edit, ...rest });

describe('the grid interaction, state × event → state', () => {
  it.each<[string, InteractionState, InteractionEvent, InteractionState]>([
    ['focusing the cell editor starts an edit', state(idle), { type: 'inputFocused', input: cellEditor }, state(editing())],
    ['a new input forgets the reference picked into the last one', state(editing(pickB2)), { type: 'inputFocused', input: formulaBar }, state(editing(null, formulaBar))],
    ['leaving the input ends the edit', state(editing(pickB2)), { type: 'inputLeft', input: cellEditor }, state(idle)],
    ["an input that already lost its place to another leaves the other's edit alone", state(editing(null, formulaBar)), { type: 'inputLeft', input: cellEditor }, state(editing(null, formulaBar))],
    [
      'a pick is remembered with the cells it names',
      state(editing()),
      { type: 'picked', ref: b2, sheetId: 'forudsaetninger', anchor: at(1, 1), corner: at(1, 1) },
      state(editing(pickB2)),
    ],
    ['a pick with no edit open changes nothing', state(idle), { type: 'picked', ref: b2, sheetId: 'forudsaetninger', anchor: at(1, 1), corner: at(1, 1) }, state(idle)],
    [
      "clicking another sheet's tab while a formula is typed points there, handing over the last pick",
      state(editing(pickB2)),
      { type: 'pointedAtSheet', sheetId: 'budget', from: 'forudsaetninger', origin: home, moveDown: true, text: '=SUM(B2', caret: 7 },
      state(pointingOn('budget')),
    ],
    [
      "clicking the shown sheet's own tab keeps the edit as it is",
      state(editing(pickB2)),
      { type: 'pointedAtSheet', sheetId: 'forudsaetninger', from: 'forudsaetninger', origin: home, moveDown: true, text: '=SUM(B2', caret: 7 },
      state(editing(pickB2)),
    ],
    [
      'a third sheet shown while pointing keeps the one edit',
      state(pointingOn('budget')),
      { type: 'pointedAtSheet', sheetId: 'drift', from: 'budget', origin: home, moveDown: true, text: 'ignored', caret: 0 },
      state(pointingOn('drift')),
    ],
    ['the sheet shown is followed while pointing', state(pointingOn('budget')), { type: 'sheetShown', sheetId: 'drift' }, state(pointingOn('drift'))],
    ['showing a sheet outside a cross-sheet edit changes nothing', state(editing(pickB2)), { type: 'sheetShown', sheetId: 'drift' }, state(editing(pickB2))],
    [
      'the cell editor going keeps the cross-sheet edit open, its pick no longer outlined',
      state(pointingOn('budget')),
      { type: 'inputLeft', input: cellEditor },
      state(pointingOn('budget', { input: null, lastPick: { ref: b2, on: null } })),
    ],
    [
      'the formula bar taking a cross-sheet edit over keeps the handed pick, forgets the last one',
      state(pointingOn('budget', { input: null })),
      { type: 'inputFocused', input: formulaBar },
      state(pointingOn('budget', { input: formulaBar, lastPick: null })),
    ],
    [
      'Enter ends a cross-sheet edit; the formula bar still has the focus',
      state(pointingOn('forudsaetninger', { input: formulaBar })),
      { type: 'pointingEnded' },
      state(editing(pickB2, formulaBar)),
    ],
    ['a cross-sheet edit ended with no input left is idle', state(pointingOn('budget', { input: null })), { type: 'pointingEnded' }, state(idle)],
    ['a closed grid takes its pick outline with it', state(editing(pickB2)), { type: 'gridClosed', sheetId: 'forudsaetninger' }, state(editing({ ref: b2, on: null }))],
    ["another sheet's grid closing leaves the outline", state(editing(pickB2)), { type: 'gridClosed', sheetId: 'budget' }, state(editing(pickB2))],
    [
      'a drag of a picked range holds the click that picked it',
      state(editing(pickB2)),
      { type: 'dragStarted', drag: { kind: 'pick', sheetId: 'forudsaetninger', anchor: at(1, 1) } },
      state(editing(pickB2), { drag: { kind: 'pick', sheetId: 'forudsaetninger', anchor: at(1, 1) }, pickClick: true }),
    ],
    [
      'releasing the button ends the drag, not the picking click',
      state(editing(pickB2), { drag: { kind: 'pick', sheetId: 'forudsaetninger', anchor: at(1, 1) }, pickClick: true }),
      { type: 'buttonReleased' },
      state(editing(pickB2), { pickClick: true }),
    ],
    ['the click ends the picking gesture', state(editing(pickB2), { pickClick: true }), { type: 'pickClickEnded' }, state(editing(pickB2))],
    [
      'dragging the fill handle moves its target',
      state(idle, { drag: { kind: 'fill', sheetId: 'budget', source: { top: 0, left: 0, bottom: 0, right: 0 }, target: { top: 0, left: 0, bottom: 0, right: 0 } } }),
      { type: 'fillDragged', target: { top: 0, left: 0, bottom: 4, right: 0 } },
      state(idle, { drag: { kind: 'fill', sheetId: 'budget', source: { top: 0, left: 0, bottom: 0, right: 0 }, target: { top: 0, left: 0, bottom: 4, right: 0 } } }),
    ],
    ['a fill target with no fill dragged changes nothing', state(idle, { drag: { kind: 'select', sheetId: 'budget' } }), { type: 'fillDragged', target: cut.range }, state(idle, { drag: { kind: 'select', sheetId: 'budget' } })],
    ['a closed grid ends its drag', state(idle, { drag: { kind: 'select', sheetId: 'budget' } }), { type: 'gridClosed', sheetId: 'budget' }, state(idle)],
    ['a cut marks its block and keeps it for the paste', state(idle), { type: 'copied', block, cut }, state(idle, { cut, copied: block })],
    ['a copy cancels a pending cut', state(idle, { cut, copied: block }), { type: 'copied', block, cut: null }, state(idle, { copied: block })],
    ['Escape cancels a pending cut, the copied block stays', state(idle, { cut, copied: block }), { type: 'cutCancelled' }, state(idle, { copied: block })],
    ['a selection dragged while a cut waits keeps the cut', state(idle, { cut }), { type: 'dragStarted', drag: { kind: 'select', sheetId: 'budget' } }, state(idle, { cut, drag: { kind: 'select', sheetId: 'budget' } })],
    ['End pressed on the grid turns End mode on', state(idle), { type: 'endModeChanged', on: true }, state(idle, { endMode: true })],
    ['the next key turns End mode off', state(idle, { endMode: true }), { type: 'endModeChanged', on: false }, state(idle)],
    ['a click on a cell ends End mode, as in Excel', state(idle, { endMode: true }), { type: 'dragStarted', drag: { kind: 'select', sheetId: 'budget' } }, state(idle, { drag: { kind: 'select', sheetId: 'budget' } })],
    ['an editor taking the focus ends End mode', state(idle, { endMode: true }), { type: 'inputFocused', input: formulaBar }, state(editing(null, formulaBar))],
    ['another sheet shown ends End mode', state(idle, { endMode: true }), { type: 'sheetShown', sheetId: 'drift' }, state(idle)],
    ['a pending cut stays through End mode', state(idle, { cut }), { type: 'endModeChanged', on: true }, state(idle, { cut, endMode: true })],
  ])('%s', (_name, before, event, after) => {
    expect(nextInteraction(before, event)).toEqual(after);
  });

  it('an event that changes nothing gives back the same state (no listener is woken)', () => {
    const before = state(editing(pickB2));
    expect(nextInteraction(before, { type: 'sheetShown', sheetId: 'drift' })).toBe(before);
    expect(nextInteraction(before, { type: 'buttonReleased' })).toBe(before);
  });
});

describe('what the grids read of the interaction', () => {
  it.each<[string, InteractionState, string, ReturnType<typeof pickOn>]>([
    ["a pick is outlined on its own sheet's grid", state(editing(pickB2)), 'forudsaetninger', { ref: b2, anchor: at(1, 1), corner: at(1, 1) }],
    ["and on no other sheet's", state(editing(pickB2)), 'budget', null],
    ['nor after its grid went', state(editing({ ref: b2, on: null })), 'forudsaetninger', null],
  ])('%s', (_name, s, sheetId, expected) => {
    expect(pickOn(s, sheetId)).toEqual(expected);
  });

  it.each<[string, InteractionState, ReturnType<typeof carriedPick>]>([
    ['outside a cross-sheet edit no pick is carried to another grid', state(editing(pickB2)), null],
    ['a cross-sheet edit carries the handed pick until a pick on another sheet', state(pointingOn('budget', { lastPick: null })), b2],
    ["then that sheet's pick", state(pointingOn('drift', { lastPick: { ref: budgetC3, on: null } })), budgetC3],
  ])('%s', (_name, s, expected) => {
    expect(carriedPick(s)).toEqual(expected);
  });

  it("the in-cell editor is open on its own sheet's grid only, the formula bar on none", () => {
    expect(cellEditorOn(state(editing()), 'forudsaetninger')).toEqual({ row: 39, col: 9 });
    expect(cellEditorOn(state(editing()), 'budget')).toBeNull();
    expect(cellEditorOn(state(editing(null, formulaBar)), 'forudsaetninger')).toBeNull();
    expect(focusedInput(state(pointingOn('budget', { input: null })))).toBeNull();
  });
});
