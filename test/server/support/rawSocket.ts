/**
 * A bare websocket on the sync endpoint, for sending frames no real client would send. Every
 * helper waits for an observable outcome (a reply or a close), never a fixed time.
 */
import WebSocket from 'ws';
import type { RunningServer } from '../../harness/serverHarness.js';

export interface RawSocket {
  socket: WebSocket;
  /** Set once the server closed the connection. */
  closed: Promise<{ code: number; reason: string }>;
  received: Uint8Array[];
}

/** `query`: more of the address's query after the token (e.g. `&presence=…`). */
export async function openRawSocket(server: RunningServer, workspaceId: string, token: string, query = ''): Promise<RawSocket> {
  const socket = new WebSocket(`${server.wsUrl}/${workspaceId}?token=${encodeURIComponent(token)}${query}`);
  const received: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString('utf8') })));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, closed, received };
}

/** The query-awareness frame: the server always answers it with an awareness frame. */
export const QUERY_AWARENESS = new Uint8Array([3]);

/**
 * Sends `frame`, then a query-awareness probe. Resolves 'open' once the probe is answered (the
 * server handled the frame and kept the connection), or with the close code.
 */
export async function sendAndProbe(raw: RawSocket, frame: Uint8Array | string): Promise<'open' | number> {
  const before = raw.received.length;
  const answered = new Promise<'open'>((resolve) => {
    const onMessage = (data: Buffer): void => {
      if (data[0] === 1 && raw.received.length > before) {
        raw.socket.off('message', onMessage);
        resolve('open');
      }
    };
    raw.socket.on('message', onMessage);
  });
  raw.socket.send(frame);
  if (raw.socket.readyState === WebSocket.OPEN) raw.socket.send(QUERY_AWARENESS);
  return Promise.race([answered, raw.closed.then((close) => close.code)]);
}
