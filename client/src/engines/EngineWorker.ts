/**
 * The scenario engine worker, started by the entry before anything else loads, so that its
 * script (HyperFormula) downloads and compiles while the page's chunks load and the document
 * syncs. It remembers a failure to start, which may happen before anyone listens.
 */
import workerUrl from './scenarioEngine.worker.ts?worker&url';

export class EngineWorker {
  readonly worker = new Worker(workerUrl, { type: 'module', name: 'fremskriv-engines' });
  /** The worker's script, which an offline reload needs as much as the page's own chunks. */
  readonly scriptUrl = new URL(workerUrl, location.href).href;
  private failure: string | null = null;
  private readonly listeners = new Set<(message: string) => void>();

  constructor() {
    this.worker.addEventListener('error', (event) => {
      this.failure = event.message || 'the engine worker did not start';
      for (const listener of this.listeners) listener(this.failure);
    });
  }

  /** Called on every error of the worker, at once (in a microtask) for one that came before. */
  onError(listener: (message: string) => void): () => void {
    this.listeners.add(listener);
    const failure = this.failure;
    if (failure !== null) queueMicrotask(() => this.listeners.has(listener) && listener(failure));
    return () => this.listeners.delete(listener);
  }

  terminate(): void {
    this.listeners.clear();
    this.worker.terminate();
  }
}
