/**
 * Reading and writing y-websocket frames (y-protocols 1.0.7, y-websocket 3.x):
 *
 *   frame       = varUint messageType, payload
 *   0 sync      = varUint syncType (0 step 1 | 1 step 2 | 2 update), varUint8Array body
 *   1 awareness = varUint8Array awareness update
 *   3 query awareness (no payload)
 *
 * `readFrame` checks a whole frame before anything acts on it: every length must fit, nothing may
 * trail, a state vector, update or awareness update must decode. It throws FrameError with the
 * close code to use; nothing in a rejected frame reaches the document.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { z } from 'zod';
import { CloseCode, type CloseCodeValue } from './closeCodes.js';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_QUERY_AWARENESS = 3;

export type SyncFrame =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2' | 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array; clients: number[] }
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

/** The client ids an awareness update speaks for; throws unless every entry decodes. */
function awarenessClients(update: Uint8Array): number[] {
  return readWhole(update, 'awareness update', (decoder) => {
    const count = decoding.readVarUint(decoder);
    const clients: number[] = [];
    for (let i = 0; i < count; i++) {
      clients.push(decoding.readVarUint(decoder));
      decoding.readVarUint(decoder);
      const state: unknown = JSON.parse(decoding.readVarString(decoder));
      if (!awarenessState.safeParse(state).success) throw new Error('awareness state is not an object');
    }
    return clients;
  });
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
 * Y.decodeUpdate reads every struct, every content and the delete set, so a truncated or garbled
 * update is refused here, before Y.applyUpdate could integrate half of it (it integrates the
 * structs before it reads the delete set).
 */
function checkUpdate(update: Uint8Array): void {
  try {
    Y.decodeUpdate(update);
  } catch {
    throw malformed('update');
  }
}

function readSyncFrame(decoder: decoding.Decoder): SyncFrame {
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

/** Parses and checks one binary frame. */
export function readFrame(data: Uint8Array): SyncFrame {
  const frame = readWhole(data, 'message', (decoder): SyncFrame => {
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC:
        return readSyncFrame(decoder);
      case MESSAGE_AWARENESS:
        return { kind: 'awareness', update: decoding.readVarUint8Array(decoder), clients: [] };
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
      checkUpdate(frame.update);
      return frame;
    case 'awareness':
      return { ...frame, clients: awarenessClients(frame.update) };
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
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, stateVector));
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
