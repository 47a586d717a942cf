/**
 * Grid state that outlives one sheet's grid (a grid is made anew for every sheet shown), kept per
 * workbook session without adding to the session itself.
 *
 * @example
 *   export const formulaInput = sessionStore<FormulaInput | null>(null);
 *   formulaInput(session).get();
 */
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { createStore, type Store } from '../ui/store.js';

/** A function giving each session its own store, made on first use with `initial`. */
export function sessionStore<T>(initial: T): (session: WorkbookSession) => Store<T> {
  const stores = new WeakMap<WorkbookSession, Store<T>>();
  return (session) => {
    let store = stores.get(session);
    if (!store) {
      store = createStore(initial);
      stores.set(session, store);
    }
    return store;
  };
}
