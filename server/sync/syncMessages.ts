/**
 * Reading and writing y-websocket frames (y-protocols 1.0.7, y-websocket 3.x):
 *
 *   frame       = varUint messageType, payload
 *   0 sync      = varUint syncType (0 step 1 | 1 step 2 | 2 update), varUint8Array body
 *   1 awareness = varUint8Array awareness update
 *   3 query awareness (no payload)
 *
 * `readFrame` checks a whole frame before anything acts on it: every length must fit, nothing may
 * trail, a state vector, update or awareness update must decode; an update must stay within the
 * limits per update and hold only content the workbook uses (updateReader.ts); an awareness state
 * must be a JSON object within its size bound. It throws FrameError with the close code to use;
 * nothing in a rejected frame reaches the document.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { z } from 'zod';
import { CloseCode, type CloseCodeValue } from '../../models/api/closeCodes.js';
import { jsonNestedPast, jsonTooDeepMessage } from '../../models/format/jsonNesting.js';
import { readUpdateFacts, type UpdateFacts } from './updateReader.js';
import { UpdateRefusal, type UpdateLimits } from './updateRefusal.js';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

export type SyncFrame =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2' | 'update'; update: Uint8Array; facts: UpdateFacts }
  | { kind: 'awareness'; entries: AwarenessEntry[] }
  | { kind: 'queryAwareness' };

export class FrameError extends Error {
  constructor(
    message: string,
    readonly closeCode: CloseCodeValue,
  ) {
    super(message);
    this.name = 'FrameError';
  }
}

function malformed(what: string): FrameError {
  return new FrameError(`malformed ${what}`, CloseCode.invalidPayload);
}

function readWhole<T>(data: Uint8Array, what: string, read: (decoder: decoding.Decoder) => T): T {
  const decoder = decoding.createDecoder(data);
  let value: T;
  try {
    value = read(decoder);
  } catch (error) {
    throw error instanceof FrameError ? error : malformed(what);
  }
  if (decoding.hasContent(decoder)) throw malformed(`${what} (trailing bytes)`);
  return value;
}

const awarenessState = z.union([z.null(), z.record(z.string(), z.unknown())]);

/** One client's presence in an awareness update, as sent (the state kept as its JSON text). */
export interface AwarenessEntry {
  client: number;
  clock: number;
  stateJson: string;
}

export interface FrameLimits {
  update: UpdateLimits;
  /** Bytes of one awareness state's JSON. */
  maxAwarenessStateBytes: number;
}

/**
 * The largest awareness update a client sends: its own state, or the stock client's relay of one
 * frame the server sent it (at most the welcome's four largest states, WELCOME_STATES), with room
 * for each entry's id and clock. Ninth hostile pass: the bound on one state was checked after the
 * state was decoded, and decoding a 14 MB state (any viewer may send one, up to
 * MAX_MESSAGE_BYTES) held the event loop 1.2 s per message; now it is refused unread.
 */
export function maxAwarenessUpdateBytes(maxStateBytes: number): number {
  return 8 * maxStateBytes + 64 * 1024;
}

/** The entries of an awareness update; throws unless every entry decodes and fits its bound. */
function awarenessEntries(update: Uint8Array, maxStateBytes: number): AwarenessEntry[] {
  return readWhole(update, 'awareness update', (decoder) => {
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const client = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const stateJson = decoding.readVarString(decoder);
      if (stateJson.length > maxStateBytes) throw new FrameError(`an awareness state over ${maxStateBytes} bytes`, CloseCode.policyViolation);
      // Colleagues' pages compare states recursively (y-protocols' equalityDeep); a presence
      // never nests more than a few levels.
      if (jsonNestedPast(stateJson)) throw new FrameError(`an awareness state: ${jsonTooDeepMessage()}`, CloseCode.policyViolation);
      const state: unknown = JSON.parse(stateJson);
      if (!awarenessState.safeParse(state).success) throw new Error('awareness state is not an object');
      entries.push({ client, clock, stateJson });
    }
    return entries;
  });
}

/** An awareness update holding exactly `entries` (those a connection may set). */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.client);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.stateJson);
  }
  return encoding.toUint8Array(encoder);
}

/** A v1 state vector: a count, then (client, clock) pairs. */
function readStateVector(decoder: decoding.Decoder): void {
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
  }
}

/**
 * readUpdateFacts reads every struct, every content and the delete set, so a truncated or garbled
 * update is refused here, before Y.applyUpdate could integrate half of it (it integrates the
 * structs before it reads the delete set).
 */
function updateFacts(update: Uint8Array, limits: UpdateLimits): UpdateFacts {
  try {
    return readUpdateFacts(update, limits);
  } catch (error) {
    if (error instanceof UpdateRefusal && error.kind !== 'malformed') throw new FrameError(`update refused: ${error.message}`, CloseCode.updateRefused);
    throw malformed('update');
  }
}

function readSyncFrame(decoder: decoding.Decoder): RawFrame {
  const syncType = decoding.readVarUint(decoder);
  const body = decoding.readVarUint8Array(decoder);
  switch (syncType) {
    case 0:
      return { kind: 'syncStep1', stateVector: body };
    case 1:
      return { kind: 'syncStep2', update: body };
    case 2:
      return { kind: 'update', update: body };
    default:
      throw new FrameError(`unknown sync message type ${syncType}`, CloseCode.unsupportedData);
  }
}

type RawFrame =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2' | 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' };

/** Parses and checks one binary frame. */
export function readFrame(data: Uint8Array, limits: FrameLimits): SyncFrame {
  const frame = readWhole(data, 'message', (decoder): RawFrame => {
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC:
        return readSyncFrame(decoder);
      case MESSAGE_AWARENESS:
        return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
      case MESSAGE_QUERY_AWARENESS:
        return { kind: 'queryAwareness' };
      default:
        throw new FrameError(`unknown message type ${type}`, CloseCode.unsupportedData);
    }
  });
  switch (frame.kind) {
    case 'syncStep1':
      readWhole(frame.stateVector, 'state vector', readStateVector);
      return frame;
    case 'syncStep2':
    case 'update':
      return { ...frame, facts: updateFacts(frame.update, limits.update) };
    case 'awareness':
      if (frame.update.byteLength > maxAwarenessUpdateBytes(limits.maxAwarenessStateBytes)) {
        throw new FrameError(`an awareness update over ${maxAwarenessUpdateBytes(limits.maxAwarenessStateBytes)} bytes`, CloseCode.policyViolation);
      }
      return { kind: 'awareness', entries: awarenessEntries(frame.update, limits.maxAwarenessStateBytes) };
    case 'queryAwareness':
      return frame;
  }
}

export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

export function syncStep2Frame(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return syncStep2FrameOf(Y.encodeStateAsUpdate(doc, stateVector));
}

/** Sync step 2 carrying an update already encoded. */
export function syncStep2FrameOf(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
