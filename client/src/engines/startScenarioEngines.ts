/**
 * Starts the scenario engines for an open workbook in a Web Worker, so that the grid never waits
 * for a recomputation and HyperFormula never loads on the page itself.
 */
import type * as Y from 'yjs';
import workerUrl from './scenarioEngine.worker.ts?worker&url';
import { WorkerScenarioEngines } from './WorkerScenarioEngines.js';

export interface StartedEngines {
  computation: WorkerScenarioEngines;
  /** Settles when every scenario's values and goals are known. */
  ready: Promise<void>;
  /** The worker's script, which an offline reload needs as much as the page's own chunks. */
  scriptUrls: string[];
}

export function startScenarioEngines(doc: Y.Doc, onFailure: (message: string) => void): StartedEngines {
  const worker = new Worker(workerUrl, { type: 'module', name: 'fremskriv-engines' });
  const computation = new WorkerScenarioEngines(doc, worker, onFailure);
  // Before the first answer an error means the worker never started; after it, a failure to tell.
  let started = false;
  void computation.ready.then(() => (started = true), () => undefined);
  worker.addEventListener('error', (event) => (started ? onFailure(event.message) : computation.startFailed(event.message || 'the engine worker did not start')));
  return { computation, ready: computation.ready, scriptUrls: [new URL(workerUrl, location.href).href] };
}
