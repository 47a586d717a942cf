/**
 * What the planner is doing with the grid, as one typed state with pure transitions (tldraw's
 * StateNode charts are the model): typing into a cell or the formula bar, pointing at references
 * on other sheets while a formula is typed (Excel's point mode across sheets), holding the mouse
 * button (selecting, dragging the fill handle, dragging a picked range), a cut waiting for its
 * paste, and Excel's End mode (End pressed, the next arrow jumps; the status bar says so). The workbook session owns the state (GridInteraction.ts); grids, editors, the formula bar
 * and the sheet tabs render it and send events.
 *
 * The edit (`idle | editing | pointing`) is one union. A held button and a pending cut are kept
 * beside it, not in it, because Excel lets them coexist with it: a picked range is dragged while a
 * formula is typed, a selection is dragged while a cut waits.
 *
 * @example
 *   let state = initialInteraction();
 *   state = nextInteraction(state, { type: 'inputFocused', input });
 *   state = nextInteraction(state, { type: 'picked', ref, sheetId: 'budget', anchor, corner });
 *   pickOn(state, 'budget'); // the pick to outline on Budget's grid
 */
import type { CellPosition } from '../../../models/workbook/cellAddress.js';
import type { CopiedBlock } from './pasteCells.js';
import type { PendingCut } from './pendingCut.js';
import type { PickedReference } from './referencePicking.js';
import type { CellRange } from './selection.js';

/** A cell of a sheet (where a formula being typed belongs). */
export interface SheetCell {
  sheetId: string;
  row: number;
  col: number;
}

/** The input a formula is being typed into: the in-cell editor or the formula bar. */
export interface FormulaInput {
  /** The in-cell editor's or the formula bar's textarea (one line until Alt+Enter types a line break). */
  readonly element: HTMLTextAreaElement;
  /** The in-cell editor (Enter moves down from the cell) rather than the formula bar. */
  readonly inCell: boolean;
  /** The cell the typed text is for. */
  cell(): SheetCell;
  /** Shows `text` with the caret at `caret`, as if the planner had typed it. */
  replace(text: string, caret: number): void;
}

/** The reference picked last into the formula being typed, and where it was picked. */
export interface LastPick {
  readonly ref: PickedReference;
  /** The sheet whose grid picked it and the cells picked (outlined there); null once that grid went. */
  readonly on: { readonly sheetId: string; readonly anchor: CellPosition; readonly corner: CellPosition } | null;
}

export type EditState =
  | { readonly kind: 'idle' }
  /** An input (cell editor or formula bar) has the focus; a formula typed there may take picks. */
  | { readonly kind: 'editing'; readonly input: FormulaInput; readonly lastPick: LastPick | null }
  /**
   * A formula typed on one sheet stays open (in the formula bar) while another sheet is shown for
   * picking references there (crossSheetPointing.ts). Enter commits it to `origin`.
   */
  | {
      readonly kind: 'pointing';
      /** The cell the formula belongs to. */
      readonly origin: SheetCell;
      /** Started in the in-cell editor: Enter then moves down from the origin, as that editor's Enter does. */
      readonly moveDown: boolean;
      readonly shownSheet: string;
      /** The text and caret handed over to the formula bar. */
      readonly text: string;
      readonly caret: number;
      /** The reference picked last before the edit left its sheet (a pick on the next sheet replaces it). */
      readonly handedPick: PickedReference | null;
      /** The input now typed into; null between the cell editor going and the formula bar taking over. */
      readonly input: FormulaInput | null;
      readonly lastPick: LastPick | null;
    };

/** What a held mouse button is doing on a sheet's grid. */
export type Drag =
  | { readonly kind: 'select'; readonly sheetId: string }
  | { readonly kind: 'fill'; readonly sheetId: string; readonly source: CellRange; readonly target: CellRange }
  | { readonly kind: 'pick'; readonly sheetId: string; readonly anchor: CellPosition };

export interface InteractionState {
  readonly edit: EditState;
  readonly drag: Drag | null;
  /** A click that picked a reference: its mousedown and click must not reach AG Grid (which would end the edit). */
  readonly pickClick: boolean;
  /** A cut waiting for its paste (pendingCut.ts). */
  readonly cut: PendingCut | null;
  /** The last block copied here, to keep formulas when it is pasted back (pasteCells.ts). */
  readonly copied: CopiedBlock | null;
  /** End was pressed on a grid and no other key since: the next arrow jumps to the data's edge (Excel's End mode). */
  readonly endMode: boolean;
}

export type InteractionEvent =
  /** An input took the focus: a new edit, so a reference picked into an earlier one is no longer there to replace. */
  | { type: 'inputFocused'; input: FormulaInput }
  | { type: 'inputLeft'; input: FormulaInput }
  /** A grid put the range `anchor`:`corner` of `sheetId` into the formula as `ref`. */
  | { type: 'picked'; ref: PickedReference; sheetId: string; anchor: CellPosition; corner: CellPosition }
  /**
   * A sheet tab was clicked while a formula is typed: from `from` (the sheet shown) to `sheetId`,
   * with the formula's cell, input kind, text and caret as they were.
   */
  | { type: 'pointedAtSheet'; sheetId: string; from: string; origin: SheetCell; moveDown: boolean; text: string; caret: number }
  | { type: 'sheetShown'; sheetId: string }
  /** Enter, Escape or a click elsewhere ended a cross-sheet edit. */
  | { type: 'pointingEnded' }
  /** A sheet's grid went (another sheet shown, new frozen panes): what it showed goes with it. */
  | { type: 'gridClosed'; sheetId: string }
  | { type: 'dragStarted'; drag: Drag }
  | { type: 'fillDragged'; target: CellRange }
  | { type: 'buttonReleased' }
  /** A new pointerdown, or the click that ends a picking gesture. */
  | { type: 'pickClickEnded' }
  /** Copied (or, with `cut`, cut) `block`; a copy cancels a pending cut. */
  | { type: 'copied'; block: CopiedBlock; cut: PendingCut | null }
  | { type: 'cutCancelled' }
  /** End pressed (on) or pressed again, or another key pressed on the grid (off). */
  | { type: 'endModeChanged'; on: boolean };

export function initialInteraction(): InteractionState {
  return { edit: { kind: 'idle' }, drag: null, pickClick: false, cut: null, copied: null, endMode: false };
}

function nextEdit(edit: EditState, event: InteractionEvent): EditState {
  switch (event.type) {
    case 'inputFocused':
      return edit.kind === 'pointing' ? { ...edit, input: event.input, lastPick: null } : { kind: 'editing', input: event.input, lastPick: null };
    case 'inputLeft':
      // Compared by element: the formula bar registers itself anew on every focus.
      if (edit.kind === 'idle' || edit.input?.element !== event.input.element) return edit;
      // A cross-sheet edit outlives its input: the formula bar takes it over from the cell editor.
      return edit.kind === 'pointing' ? { ...edit, input: null, lastPick: withoutOutline(edit.lastPick) } : { kind: 'idle' };
    case 'picked':
      if (edit.kind === 'idle') return edit;
      return { ...edit, lastPick: { ref: event.ref, on: { sheetId: event.sheetId, anchor: event.anchor, corner: event.corner } } };
    case 'pointedAtSheet':
      if (edit.kind === 'pointing') return { ...edit, shownSheet: event.sheetId };
      if (edit.kind === 'idle' || event.sheetId === event.from) return edit;
      return {
        kind: 'pointing',
        origin: event.origin,
        moveDown: event.moveDown,
        shownSheet: event.sheetId,
        text: event.text,
        caret: event.caret,
        handedPick: edit.lastPick?.ref ?? null,
        input: edit.input,
        lastPick: edit.lastPick,
      };
    case 'sheetShown':
      return edit.kind === 'pointing' ? { ...edit, shownSheet: event.sheetId } : edit;
    case 'pointingEnded':
      if (edit.kind !== 'pointing') return edit;
      // The formula bar may keep the focus a moment (until the grid takes it): still an edit there.
      return edit.input ? { kind: 'editing', input: edit.input, lastPick: edit.lastPick } : { kind: 'idle' };
    case 'gridClosed':
      if (edit.kind === 'idle' || edit.lastPick?.on?.sheetId !== event.sheetId) return edit;
      return { ...edit, lastPick: withoutOutline(edit.lastPick) };
    default:
      return edit;
  }
}

function withoutOutline(pick: LastPick | null): LastPick | null {
  return pick && pick.on ? { ref: pick.ref, on: null } : pick;
}

function nextDrag(drag: Drag | null, event: InteractionEvent): Drag | null {
  switch (event.type) {
    case 'dragStarted':
      return event.drag;
    case 'fillDragged':
      return drag?.kind === 'fill' ? { ...drag, target: event.target } : drag;
    case 'buttonReleased':
      return null;
    case 'gridClosed':
      return drag?.sheetId === event.sheetId ? null : drag;
    default:
      return drag;
  }
}

/** End mode after `event`: a click, an edit or another sheet ends it, as in Excel. */
function nextEndMode(endMode: boolean, event: InteractionEvent): boolean {
  switch (event.type) {
    case 'endModeChanged':
      return event.on;
    case 'dragStarted':
    case 'inputFocused':
    case 'sheetShown':
    case 'gridClosed':
      return false;
    default:
      return endMode;
  }
}

/**
 * The state after `event`. Pure: the same state and event give the same state, and an event that
 * changes nothing gives back the state itself (so a store's listeners are not called).
 */
export function nextInteraction(state: InteractionState, event: InteractionEvent): InteractionState {
  const edit = nextEdit(state.edit, event);
  const drag = nextDrag(state.drag, event);
  let { pickClick, cut, copied } = state;
  if (event.type === 'dragStarted') pickClick = event.drag.kind === 'pick';
  if (event.type === 'pickClickEnded') pickClick = false;
  if (event.type === 'copied') {
    copied = event.block;
    cut = event.cut;
  }
  if (event.type === 'cutCancelled') cut = null;
  const endMode = nextEndMode(state.endMode, event);
  if (edit === state.edit && drag === state.drag && pickClick === state.pickClick && cut === state.cut && copied === state.copied && endMode === state.endMode) return state;
  return { edit, drag, pickClick, cut, copied, endMode };
}

// ── Reading the state ────────────────────────────────────────────────────────

/** The input typed into now, or null. */
export function focusedInput(state: InteractionState): FormulaInput | null {
  return state.edit.kind === 'idle' ? null : state.edit.input;
}

/** The cross-sheet edit, or null. */
export function pointing(state: InteractionState): Extract<EditState, { kind: 'pointing' }> | null {
  return state.edit.kind === 'pointing' ? state.edit : null;
}

/** The pick outlined on `sheetId`'s grid (the one its arrows go on from), or null. */
export function pickOn(state: InteractionState, sheetId: string): { ref: PickedReference; anchor: CellPosition; corner: CellPosition } | null {
  const pick = state.edit.kind === 'idle' ? null : state.edit.lastPick;
  return pick?.on?.sheetId === sheetId ? { ref: pick.ref, anchor: pick.on.anchor, corner: pick.on.corner } : null;
}

/**
 * During a cross-sheet edit, the reference picked last on any sheet: a grid that has picked nothing
 * itself replaces it while the caret still sits after it, as Excel's point mode does.
 */
export function carriedPick(state: InteractionState): PickedReference | null {
  const edit = pointing(state);
  return edit ? (edit.lastPick?.ref ?? edit.handedPick) : null;
}

/** The cell whose in-cell editor is open on `sheetId`'s grid, or null (the grid's own keys then act). */
export function cellEditorOn(state: InteractionState, sheetId: string): CellPosition | null {
  const input = focusedInput(state);
  if (!input?.inCell) return null;
  const cell = input.cell();
  return cell.sheetId === sheetId ? { row: cell.row, col: cell.col } : null;
}
