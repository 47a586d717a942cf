/**
 * Fresh identities for sheets, rows, columns, goals and scenarios. They only have to be unique
 * within one document: the Yjs client id (unique per session) plus a counter is, and it keeps
 * randomized tests reproducible when their client ids are fixed.
 */
import type * as Y from 'yjs';

const counters = new WeakMap<Y.Doc, number>();

export function newIdentity(doc: Y.Doc): string {
  const next = (counters.get(doc) ?? 0) + 1;
  counters.set(doc, next);
  return `${doc.clientID.toString(36)}_${next.toString(36)}`;
}
