/**
 * Starts the scenario engines for an open workbook in the Web Worker the entry started, so that
 * the grid never waits for a recomputation and HyperFormula never loads on the page itself.
 */
import type * as Y from 'yjs';
import type { EngineWorker } from './EngineWorker.js';
import { WorkerScenarioEngines } from './WorkerScenarioEngines.js';
import type { StoredScenarioValues } from './storedValues.js';

export interface StartedEngines {
  computation: WorkerScenarioEngines;
  /** Settles when every scenario's values and goals are known. */
  ready: Promise<void>;
}

/** `stored`: the values this browser last saw, shown until the worker sends its own. */
export function startScenarioEngines(doc: Y.Doc, worker: EngineWorker, onFailure: (message: string) => void, stored: StoredScenarioValues | null = null): StartedEngines {
  const computation = new WorkerScenarioEngines(doc, worker.worker, onFailure, stored);
  // Before the first answer an error means the worker never started; after it, a failure to tell.
  let started = false;
  void computation.ready.then(() => (started = true), () => undefined);
  const offError = worker.onError((message) => (started ? onFailure(message) : computation.startFailed(message)));
  computation.onDestroy(offError);
  return { computation, ready: computation.ready };
}
