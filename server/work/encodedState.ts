/**
 * A workspace's encoded state (`Y.encodeStateAsUpdate`), kept until its next change: every REST
 * computation hands the worker thread the whole state, and encoding it runs on the event loop.
 * A burst of evaluations of one workspace (issue 15: 200 from one viewer) encoded it once per
 * request, which held /healthz for seconds on a loaded machine; now once per document state.
 * The bytes are shared and never written (postMessage copies them into the thread).
 */
import * as Y from 'yjs';

const encoded = new WeakMap<Y.Doc, Uint8Array>();

export function encodedState(doc: Y.Doc): Uint8Array {
  const kept = encoded.get(doc);
  if (kept) return kept;
  const state = Y.encodeStateAsUpdate(doc);
  encoded.set(doc, state);
  // 'update' fires for every transaction that changed the document, whatever its origin.
  doc.once('update', () => encoded.delete(doc));
  return state;
}

/** The encoding `encodedState` kept for the document's current state, if any; never encodes. */
export function keptEncodedState(doc: Y.Doc): Uint8Array | null {
  return encoded.get(doc) ?? null;
}
