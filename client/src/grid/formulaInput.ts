/**
 * The input a formula is being typed into (the in-cell editor or the formula bar), so that a click
 * in the grid can put a reference into it instead of ending the edit (referencePicking.ts).
 */
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { createStore, type Store } from '../ui/store.js';

export interface FormulaInput {
  readonly element: HTMLInputElement;
  /** Shows `text` with the caret at `caret`, as if the planner had typed it. */
  replace(text: string, caret: number): void;
}

const inputs = new WeakMap<WorkbookSession, Store<FormulaInput | null>>();

/** The session's formula input while one has the focus, else null. */
export function formulaInput(session: WorkbookSession): Store<FormulaInput | null> {
  let store = inputs.get(session);
  if (!store) {
    store = createStore<FormulaInput | null>(null);
    inputs.set(session, store);
  }
  return store;
}

/** Registers `input` as the session's formula input; the returned function unregisters it. */
export function trackFormulaInput(session: WorkbookSession, input: FormulaInput): () => void {
  const store = formulaInput(session);
  store.set(input);
  return () => {
    if (store.get()?.element === input.element) store.set(null);
  };
}
