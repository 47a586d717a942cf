/**
 * This browser's offline copy of the workspace (y-indexeddb) written just after an edit's task
 * instead of inside it. y-indexeddb stores each document update from the update event itself, so
 * an Enter's keydown opened an IndexedDB transaction and its success came back as a task of its
 * own, both before the engine worker's answer could reach the goal cards (issue 17). Here the
 * updates wait for the main thread to be idle (at most IDLE_TIMEOUT_MS), and are written at once
 * when the page is hidden or left, so that an edit never misses the copy a reload reads.
 */
import type * as Y from 'yjs';
import type { IndexeddbPersistence } from 'y-indexeddb';

/** However busy the page, an edit is in the offline copy within this time: after the goal cards have shown it (about 30–50 ms), short enough that a crash loses at most the last moment of offline typing. */
const IDLE_TIMEOUT_MS = 150;

/** Takes over `persistence`'s writes of `doc`'s updates; returns the function that hands them back (writing what waits). */
export function deferOfflineWrites(persistence: IndexeddbPersistence, doc: Y.Doc): () => void {
  const store = persistence._storeUpdate;
  let waiting: Array<[Uint8Array, unknown]> = [];
  let scheduled: (() => void) | null = null;

  const write = (): void => {
    scheduled?.();
    scheduled = null;
    const updates = waiting;
    waiting = [];
    for (const [update, origin] of updates) store(update, origin);
  };
  const schedule = (): (() => void) => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(write, { timeout: IDLE_TIMEOUT_MS });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(write, 0);
    return () => clearTimeout(id);
  };
  const onUpdate = (update: Uint8Array, origin: unknown): void => {
    // Updates read from the copy itself while it loads are not written again (y-indexeddb's rule).
    if (origin === persistence) return;
    waiting.push([update, origin]);
    scheduled ??= schedule();
  };
  const onHidden = (): void => {
    if (document.visibilityState === 'hidden') write();
  };

  doc.off('update', store);
  doc.on('update', onUpdate);
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', write);
  let handedBack = false;
  return () => {
    if (handedBack) return;
    handedBack = true;
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', write);
    doc.off('update', onUpdate);
    write();
    doc.on('update', store);
  };
}
