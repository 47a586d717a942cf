/**
 * Every scenario's computed values, kept in this browser beside the offline copy of the document,
 * so that a returning planner's grid shows each formula's last value the moment the document is
 * there, if it is in the state they were computed from; the engine worker's values replace them a
 * moment later. Read back through a runtime
 * check: browser storage is written by older versions of this page and by anyone with devtools.
 *
 * @example
 *   const stored = await loadStoredValues(workspaceId); // null when none or unreadable
 *   const stop = keepValuesStored(workspaceId, engines); // saves after the values settle, idle and with no input for 2 s
 */
import * as idb from 'lib0/indexeddb';
import { z } from 'zod';
import type { IdentifiedValues } from './engineMessages.js';
import { cellValueSchema } from '../../../models/api/valuesAnswers.js';

/** Every scenario's values, and the document state they were computed from (models/scenarios/documentState.ts). */
export interface StoredScenarioValues {
  document: string;
  /** scenarioId → its non-empty cells (sheetId, rowId, colId, value, …). */
  scenarios: ReadonlyMap<string, IdentifiedValues>;
}

export interface ValueSource {
  /** Every scenario's values as last computed, for the document as it is (null when the worker has not caught up with it). */
  storedValues(): StoredScenarioValues | null;
  onUpdate(listener: () => void): () => void;
}

const DATABASE = 'fremskriv-values';
const STORE = 'values';
/** 2: with the document state (values of version 1 could be shown for a document that had moved on). */
const VERSION = 2;
/** A value store that grew past this is not kept (a refresh costs less than the storage). */
const MAX_ENTRIES = 1_000_000;
/** Saves wait until the values have been still this long (an edit burst is saved once). */
const SAVE_AFTER_MS = 2_000;

const storedRecord = z.object({
  version: z.literal(VERSION),
  document: z.string(),
  scenarios: z.array(z.tuple([z.string(), z.array(cellValueSchema)])),
});

/** What IndexedDB held, checked: the values, or null for anything else (an old format, a hand-edited record). */
export function parseStoredValues(data: unknown): StoredScenarioValues | null {
  const parsed = storedRecord.safeParse(data);
  return parsed.success ? { document: parsed.data.document, scenarios: new Map(parsed.data.scenarios) } : null;
}

/** The record `keepValuesStored` writes. */
export function storedRecordOf(values: StoredScenarioValues): unknown {
  return { version: VERSION, document: values.document, scenarios: [...values.scenarios] };
}

function openValues(): Promise<IDBDatabase> {
  return idb.openDB(DATABASE, (db) => idb.createStores(db, [[STORE]]));
}

/** The values this browser kept for a workspace; null when there are none or they do not read. */
export async function loadStoredValues(workspaceId: string): Promise<StoredScenarioValues | null> {
  try {
    const db = await openValues();
    try {
      const [store] = idb.transact(db, [STORE], 'readonly');
      return parseStoredValues(await idb.get(store!, workspaceId));
    } finally {
      db.close();
    }
  } catch {
    // No IndexedDB (a private window) or a broken store: the worker's values come anyway.
    return null;
  }
}

/** Writes the values; the record is copied (the put's structured clone) in the call. */
async function writeValues(db: IDBDatabase, workspaceId: string, values: StoredScenarioValues): Promise<void> {
  let entries = 0;
  for (const cells of values.scenarios.values()) entries += cells.length;
  if (entries > MAX_ENTRIES) return;
  const [store] = idb.transact(db, [STORE]);
  await idb.rtop(store!.put(storedRecordOf(values), workspaceId));
}

/** Resolves in the page's next idle period (at once where the browser has no idle callbacks). */
function idle(): Promise<void> {
  return new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve()) : resolve()));
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What the planner does that a save must not interrupt: scrolling (wheel, scrollbar, keys), typing, clicking. */
const PLANNER_INPUT = ['wheel', 'scroll', 'keydown', 'pointerdown'] as const;

/** Saves the source's values whenever they have settled after a change; returns the stop. */
export function keepValuesStored(workspaceId: string, source: ValueSource): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  // Copying a large sheet's values into IndexedDB (the put's structured clone) takes 11–15 ms of
  // CPU for the 100 × 120 sheet on the 2-core VM, in one piece. An idle period is not enough: a
  // fast scroll leaves short ones between its frames, and the copy can run there (issue 17,
  // thirteenth session: once in 8 page loads of the large sheet's benchmark flow, 1.5 s into the
  // scroll). So a save also waits until the planner has not scrolled, typed or clicked for SAVE_AFTER_MS;
  // a visit left before that keeps the older values, which the worker replaces anyway.
  let lastInput = 0;
  const onInput = (): void => {
    lastInput = performance.now();
  };
  const listening = typeof window !== 'undefined';
  if (listening) for (const type of PLANNER_INPUT) window.addEventListener(type, onInput, { capture: true, passive: true });
  const quiet = async (): Promise<void> => {
    for (;;) {
      await idle();
      const since = performance.now() - lastInput;
      if (stopped || since >= SAVE_AFTER_MS) return;
      await pause(SAVE_AFTER_MS - since);
    }
  };
  const save = async (): Promise<void> => {
    await quiet();
    if (stopped) return;
    const db = await openValues();
    try {
      await quiet();
      const values = stopped ? null : source.storedValues();
      if (values) await writeValues(db, workspaceId, values);
    } finally {
      db.close();
    }
  };
  const off = source.onUpdate(() => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      save().catch(() => undefined);
    }, SAVE_AFTER_MS);
  });
  return () => {
    stopped = true;
    off();
    if (listening) for (const type of PLANNER_INPUT) window.removeEventListener(type, onInput, { capture: true });
    if (timer !== null) clearTimeout(timer);
  };
}
