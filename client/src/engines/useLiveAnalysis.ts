/**
 * An analysis that stays live while its view is open: asked once at once, then again after each
 * pause in the document's changes (anyone's edit, debounced), and whenever the question changes.
 * A stale answer (for an earlier question or document) is dropped; a superseded one is silent.
 */
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { AnalysisSuperseded } from './ScenarioComputation.js';

/** A planner typing in the grid sends one request per pause, not one per keystroke. */
export const ANALYSIS_DEBOUNCE_MS = 400;

export interface LiveAnalysis<T> {
  result: T | null;
  error: string | null;
  /** A newer answer is being computed (the result shown is the previous one). */
  computing: boolean;
}

export function useLiveAnalysis<T>(doc: Y.Doc, ask: (() => Promise<T>) | null, key: string): LiveAnalysis<T> {
  const [state, setState] = useState<LiveAnalysis<T>>({ result: null, error: null, computing: ask !== null });
  useEffect(() => {
    if (!ask) return;
    // A new question: the answer to the last one is not shown beside it.
    setState({ result: null, error: null, computing: true });
    let asked = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let closed = false;
    const run = (): void => {
      timer = null;
      const mine = ++asked;
      setState((s) => ({ ...s, computing: true }));
      ask().then(
        (result) => !closed && mine === asked && setState({ result, error: null, computing: false }),
        (error: unknown) => {
          if (closed || mine !== asked || error instanceof AnalysisSuperseded) return;
          setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error), computing: false }));
        },
      );
    };
    const onUpdate = (): void => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(run, ANALYSIS_DEBOUNCE_MS);
    };
    run();
    doc.on('update', onUpdate);
    return () => {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      doc.off('update', onUpdate);
    };
    // `key` names the question; `ask` is a new closure on every render.
  }, [doc, key]);
  return state;
}
