/**
 * How often one connection may ask for the document (sync step 1, answered with step 2: every
 * change the asker lacks). The question is four bytes; the answer to an empty state vector is the
 * whole workspace, encoded on the event loop that syncs every workspace. 500 such questions sent
 * at once on one socket (a 50,000-cell workspace) held /healthz past 5 s and kept an honest
 * colleague on another workspace from syncing for over 30 s, whether or not the asker read the
 * answers.
 *
 * The stock client asks once per connection (y-websocket's `resyncInterval` is off by default),
 * so eight at once and then one every ten seconds never meets an honest planner.
 */
import * as Y from 'yjs';
import { encodedState } from '../work/encodedState.js';
import { PresenceBudget } from './presenceBudget.js';
import { syncStep2Frame, syncStep2FrameOf } from './syncMessages.js';

export const DOCUMENT_REQUEST_BURST = 8;
export const DOCUMENT_REQUESTS_PER_SECOND = 0.1;
export const DOCUMENT_REQUESTED_TOO_OFTEN = 'document requested too often';

/** The bucket for one connection, counted in requests (the presence bucket, in other units). */
export function documentRequestBudget(): PresenceBudget {
  return new PresenceBudget(DOCUMENT_REQUEST_BURST, DOCUMENT_REQUESTS_PER_SECOND);
}

const wholeStateFrames = new WeakMap<Uint8Array, Uint8Array>();

/**
 * The answer to a sync step 1. A fresh client's empty state vector asks for the whole document:
 * that answer is encoded once per document state (`encodedState`) and its frame shared by every
 * asker, so a reconnect loop costs a lookup, not an encoding.
 */
export function documentAnswer(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  if (Y.decodeStateVector(stateVector).size > 0) return syncStep2Frame(doc, stateVector);
  const state = encodedState(doc);
  let frame = wholeStateFrames.get(state);
  if (!frame) {
    frame = syncStep2FrameOf(state);
    wholeStateFrames.set(state, frame);
  }
  return frame;
}
