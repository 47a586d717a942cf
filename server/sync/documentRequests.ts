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
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { encodedState } from '../work/encodedState.js';
import { PresenceBudget } from './presenceBudget.js';
import { syncStep2Frame, syncStep2FrameOf } from './syncMessages.js';

export const DOCUMENT_REQUEST_BURST = 8;
export const DOCUMENT_REQUESTS_PER_SECOND = 0.1;
export const DOCUMENT_REQUESTED_TOO_OFTEN = 'document requested too often';
export const STATE_VECTOR_TOO_LONG = 'the state vector names more clients than the workspace holds';

/**
 * How many clients the state vector of a sync step 1 frame names, read from its first bytes
 * without walking it; null for any other frame (or one too short to say).
 *
 * Ninth hostile pass: a viewer's 14 MB state vector naming three million unknown clients was
 * walked and decoded into a map three times per question (eight questions at once per
 * connection): /healthz went unanswered for 5 s again and again and the server grew by 300 MB.
 * An honest browser names the workspace's clients and its own not yet sent, which one update
 * may bring at most `MAX_UPDATE_CLIENTS` of; more is refused before the walk.
 */
export function clientsNamed(frame: Uint8Array): number | null {
  if (frame[0] !== 0 || frame[1] !== 0) return null;
  const decoder = decoding.createDecoder(frame.subarray(2));
  try {
    decoding.readVarUint(decoder);
    return decoding.readVarUint(decoder);
  } catch {
    return null;
  }
}

/** The bucket for one connection, counted in requests (the presence bucket, in other units). */
export function documentRequestBudget(): PresenceBudget {
  return new PresenceBudget(DOCUMENT_REQUEST_BURST, DOCUMENT_REQUESTS_PER_SECOND);
}

const wholeStateFrames = new WeakMap<Uint8Array, Uint8Array>();

/** How many struct clocks the asker lacks, counted against the document's own state vector. */
function missingClocks(doc: Y.Doc, stateVector: Uint8Array): { missing: number; total: number } {
  const theirs = Y.decodeStateVector(stateVector);
  let missing = 0;
  let total = 0;
  for (const client of doc.store.clients.keys()) {
    const clock = Y.getState(doc.store, client);
    total += clock;
    missing += Math.max(0, clock - (theirs.get(client) ?? 0));
  }
  return { missing, total };
}

/**
 * The answer to a sync step 1. A fresh client's empty state vector asks for the whole document:
 * that answer is encoded once per document state (`encodedState`) and its frame shared by every
 * asker, so a reconnect loop costs a lookup, not an encoding. So does a state vector that lacks
 * more than an eighth of the document (the whole state is a valid answer to any asker: Yjs skips
 * what it has): 100 connections of one link, each asking eight times with a state vector naming
 * only an unknown client, made the server encode a 2 MB workspace 800 times, and /healthz
 * answered nothing for 20 s (load 10). A returning planner lacks a few edits and gets just those.
 */
export function documentAnswer(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  if (Y.decodeStateVector(stateVector).size > 0) {
    const { missing, total } = missingClocks(doc, stateVector);
    if (missing * 8 <= total) return syncStep2Frame(doc, stateVector);
  }
  const state = encodedState(doc);
  let frame = wholeStateFrames.get(state);
  if (!frame) {
    frame = syncStep2FrameOf(state);
    wholeStateFrames.set(state, frame);
  }
  return frame;
}
