/**
 * Which state of a workspace's document a set of computed values belongs to: a Yjs snapshot
 * (state vector and delete set, so a cleared cell counts as a change although no clock moved),
 * encoded as base64url. Values computed elsewhere (by the server, or by this browser on an
 * earlier visit) are shown only for a document in exactly that state: a council member must never
 * read a number for a formula or an input that has changed since.
 *
 * @example
 *   const state = documentStateOf(doc);      // kept beside the values
 *   if (isDocumentState(state, syncedDoc)) show(values);
 */
import * as Y from 'yjs';
import { fromBase64UrlEncoded, toBase64UrlEncoded } from 'lib0/buffer';

export function documentStateOf(doc: Y.Doc): string {
  return toBase64UrlEncoded(Y.encodeSnapshot(Y.snapshot(doc)));
}

/** Whether `doc` is now exactly in the state `documentStateOf` described; false for anything unreadable. */
export function isDocumentState(state: string, doc: Y.Doc): boolean {
  try {
    return Y.equalSnapshots(Y.decodeSnapshot(fromBase64UrlEncoded(state)), Y.snapshot(doc));
  } catch {
    return false;
  }
}
