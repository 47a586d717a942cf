/**
 * The input a formula is being typed into (the in-cell editor or the formula bar), so that a click
 * in the grid can put a reference into it instead of ending the edit (referencePicking.ts).
 */
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { sessionStore } from './sessionStore.js';
import type { PickedReference } from './referencePicking.js';

/** A cell of a sheet (where a formula being typed belongs). */
export interface SheetCell {
  sheetId: string;
  row: number;
  col: number;
}

export interface FormulaInput {
  readonly element: HTMLInputElement;
  /** The in-cell editor (Enter moves down from the cell) rather than the formula bar. */
  readonly inCell: boolean;
  /** The cell the typed text is for. */
  cell(): SheetCell;
  /** Shows `text` with the caret at `caret`, as if the planner had typed it. */
  replace(text: string, caret: number): void;
}

const picks = new WeakMap<WorkbookSession, PickedReference>();

/** The session's formula input while one has the focus, else null. */
export const formulaInput = sessionStore<FormulaInput | null>(null);

/** Registers `input` as the session's formula input; the returned function unregisters it. */
export function trackFormulaInput(session: WorkbookSession, input: FormulaInput): () => void {
  const store = formulaInput(session);
  // A new edit: a reference picked into an earlier one is no longer there to replace.
  picks.delete(session);
  store.set(input);
  return () => {
    if (store.get()?.element === input.element) store.set(null);
  };
}

/** Remembers the reference picked last into the formula being typed (any sheet's grid picked it). */
export function rememberPick(session: WorkbookSession, picked: PickedReference): void {
  picks.set(session, picked);
}

/** The reference picked last into the formula being typed, or null. */
export function lastPick(session: WorkbookSession): PickedReference | null {
  return picks.get(session) ?? null;
}
