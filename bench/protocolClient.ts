/**
 * A minimal y-websocket protocol client for the benchmarks: the same sync messages the stock
 * WebsocketProvider sends and answers (y-protocols 1.0.7), without awareness, reconnects or
 * BroadcastChannel, so that a thousand of them fit in one process and every received update can
 * be timed the moment it is read. Pair every `connectProtocolClient` with `close()`.
 *
 * @example
 *   const client = await connectProtocolClient(`${server.wsUrl}/${id}?token=${token}`, { doc });
 *   client.onRemoteUpdate = (update, at) => …;
 *   …
 *   client.close();
 */
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;

export interface ProtocolClientOptions {
  /** The document this connection syncs; a fresh one when omitted. */
  doc?: Y.Doc;
  /**
   * Apply received updates to the document (default). Off when the document already holds them:
   * in the capacity benchmark one document plays a workspace's ten editors, each with its own
   * client id and socket, so what one editor receives the document made itself.
   */
  applyRemote?: boolean;
  /** Send this document's own updates (default). Off for a connection that only listens. */
  sendLocal?: boolean;
  connectTimeoutMs?: number;
}

export interface ProtocolClient {
  readonly doc: Y.Doc;
  readonly socket: WebSocket;
  /** Resolves once the server's sync step 2 has been applied. */
  readonly synced: Promise<void>;
  /** Called for every update message after it was applied (or read, without applyRemote). */
  onRemoteUpdate: ((update: Uint8Array, receivedAt: number) => void) | null;
  /** Sends one update as the stock provider does (sync message, type update). */
  sendUpdate(update: Uint8Array): void;
  close(): void;
}

function syncFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** The first struct's (client, clock) of a v1 update: which edit it carries, without decoding it. */
export function firstStructId(update: Uint8Array): { client: number; clock: number } | null {
  const decoder = decoding.createDecoder(update);
  if (decoding.readVarUint(decoder) === 0) return null;
  if (decoding.readVarUint(decoder) === 0) return null;
  const client = decoding.readVarUint(decoder);
  const clock = decoding.readVarUint(decoder);
  return { client, clock };
}

export function connectProtocolClient(url: string, options: ProtocolClientOptions = {}): Promise<ProtocolClient> {
  const doc = options.doc ?? new Y.Doc();
  const ownsDoc = options.doc === undefined;
  const applyRemote = options.applyRemote ?? true;
  const socket = new WebSocket(url, { perMessageDeflate: false });
  socket.binaryType = 'nodebuffer';
  let markSynced!: () => void;
  let failSynced!: (error: Error) => void;
  const synced = new Promise<void>((resolve, reject) => {
    markSynced = resolve;
    failSynced = reject;
  });
  synced.catch(() => undefined);
  let isSynced = false;
  const send = (frame: Uint8Array): void => {
    if (socket.readyState === WebSocket.OPEN) socket.send(frame);
  };
  const onLocalUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin !== client) send(syncFrame((e) => syncProtocol.writeUpdate(e, update)));
  };
  const client: ProtocolClient = {
    doc,
    socket,
    synced,
    onRemoteUpdate: null,
    sendUpdate(update) {
      send(syncFrame((e) => syncProtocol.writeUpdate(e, update)));
    },
    close() {
      if (options.sendLocal ?? true) doc.off('update', onLocalUpdate);
      socket.removeAllListeners('message');
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) socket.terminate();
      if (ownsDoc) doc.destroy();
      failSynced(new Error('closed'));
    },
  };
  if (options.sendLocal ?? true) doc.on('update', onLocalUpdate);

  socket.on('message', (data: Buffer) => {
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return; // awareness: not used here
    const type = decoding.readVarUint(decoder);
    if (type === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      send(syncFrame((e) => syncProtocol.writeSyncStep2(e, doc, stateVector)));
    } else if (type === syncProtocol.messageYjsSyncStep2) {
      const update = decoding.readVarUint8Array(decoder);
      Y.applyUpdate(doc, update, client);
      if (!isSynced) {
        isSynced = true;
        markSynced();
      }
    } else if (type === syncProtocol.messageYjsUpdate) {
      const update = decoding.readVarUint8Array(decoder);
      if (applyRemote) Y.applyUpdate(doc, update, client);
      client.onRemoteUpdate?.(update, performance.now());
    }
  });
  socket.on('close', () => failSynced(new Error('the connection closed before it synced')));
  socket.on('error', () => undefined);

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`connecting to ${url.replace(/token=[^&]+/, 'token=…')} timed out`));
    }, options.connectTimeoutMs ?? 30_000);
    socket.once('open', () => {
      clearTimeout(timer);
      send(syncFrame((e) => syncProtocol.writeSyncStep1(e, doc)));
      resolve(client);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
