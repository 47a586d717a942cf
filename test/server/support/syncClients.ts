/**
 * Real y-websocket clients for the server tests: the stock WebsocketProvider over the `ws`
 * package, with BroadcastChannel off (in one Node process it would sync providers past the
 * server and hide bugs). Every client made here is destroyed by `destroy()`.
 */
import { afterAll } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { RunningServer } from '../../harness/serverHarness.js';

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Close events the provider saw (code, reason), oldest first. */
  closes: Array<{ code: number; reason: string }>;
  destroy(): void;
}

/** `params`: more query parameters, as the browser's tab adds its presence key (`presence`). */
export function connectClient(server: RunningServer, workspaceId: string, token: string | undefined, params: Record<string, string> = {}): SyncClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.wsUrl, workspaceId, doc, {
    params: token === undefined ? params : { token, ...params },
    // ws implements the WebSocket interface the provider uses; its declared type differs.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  const closes: SyncClient['closes'] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  return {
    doc,
    provider,
    closes,
    destroy() {
      provider.destroy();
      provider.awareness.destroy();
      doc.destroy();
    },
  };
}

/** Polls `condition` until it holds; throws naming `what` at the deadline. */
export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function waitSynced(...clients: SyncClient[]): Promise<void> {
  await waitFor('clients synced', () => clients.every((client) => client.provider.synced));
}

/** Destroys every client, even when one throws. */
export function destroyAll(clients: Iterable<SyncClient>): void {
  for (const client of clients) client.destroy();
}

/**
 * A list for the clients of a file or `describe` block, destroyed after its tests (before its
 * server stops, when made after `serverForTests()`: afterAll hooks run in reverse).
 */
export function clientsForTests(): SyncClient[] {
  const clients: SyncClient[] = [];
  afterAll(() => destroyAll(clients));
  return clients;
}

/** True when `a` holds every update `b` holds (by state vector). */
export function contains(a: Y.Doc, b: Y.Doc): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(a));
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(b))) if ((have.get(client) ?? 0) < clock) return false;
  return true;
}
