/**
 * The websocket the entry opens before y-websocket has loaded (client/src/session/earlySocket.ts):
 * what the server sent meanwhile reaches the provider whole and in order, before the open (so that
 * y-websocket's own sync step 1 asks only for what is missing), and a provider asking for another
 * address gets a socket of its own while the early one is closed.
 * A scripted stand-in for the browser's WebSocket records what is sent and closed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebsocketProvider } from 'y-websocket';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { EarlySocket, workspaceSocketUrl } from '../../client/src/session/earlySocket.js';

class ScriptedSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static made: ScriptedSocket[] = [];
  readyState = ScriptedSocket.CONNECTING;
  binaryType = 'blob';
  sent: Uint8Array[] = [];
  closed = false;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(readonly url: string) {
    ScriptedSocket.made.push(this);
  }
  send(data: Uint8Array): void {
    this.sent.push(data);
  }
  close(): void {
    this.closed = true;
    this.readyState = ScriptedSocket.CLOSED;
  }
  /** The server's side. */
  open(): void {
    this.readyState = ScriptedSocket.OPEN;
    this.onopen?.(new Event('open'));
  }
  receive(bytes: number[]): void {
    this.onmessage?.({ data: new Uint8Array(bytes).buffer } as MessageEvent);
  }
  closeFromServer(code: number): void {
    this.readyState = ScriptedSocket.CLOSED;
    this.onclose?.({ code, reason: 'refused' } as CloseEvent);
  }
}

const URL_OF = workspaceSocketUrl('ws://host/sync', 'ws1', 'tok+en/=', 'k3Jx9_-AbCdEfGhIjKlMnO');
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Takes the socket as WebsocketProvider does: constructs, then sets its handlers at once. */
function takeAsProvider(early: EarlySocket, url: string): { socket: WebSocket; events: string[] } {
  const events: string[] = [];
  const Polyfill = early.constructorForProvider;
  const socket = new Polyfill(url);
  socket.onopen = () => void events.push('open');
  socket.onmessage = (event: MessageEvent) => void events.push(`message ${[...new Uint8Array(event.data as ArrayBuffer)].join(',')}`);
  socket.onclose = (event: CloseEvent) => void events.push(`close ${event.code}`);
  return { socket, events };
}

describe('the early websocket', () => {
  const original = globalThis.WebSocket;
  beforeEach(() => {
    ScriptedSocket.made = [];
    globalThis.WebSocket = ScriptedSocket as unknown as typeof WebSocket;
  });
  afterEach(() => {
    globalThis.WebSocket = original;
  });

  it("is the address y-websocket builds, the token and the tab's presence key encoded as query parameters", () => {
    expect(URL_OF).toBe('ws://host/sync/ws1?token=tok%2Ben%2F%3D&presence=k3Jx9_-AbCdEfGhIjKlMnO');
  });

  it('asks for the whole workspace at once and hands what arrived to the provider in order, before the open', async () => {
    const early = new EarlySocket(URL_OF);
    const server = ScriptedSocket.made[0]!;
    expect(server.binaryType).toBe('arraybuffer');
    server.open();
    expect([...server.sent[0]!]).toEqual([0, 0, 1, 0]);
    server.receive([0, 0, 5]);
    server.receive([0, 1, 7]);
    const { socket, events } = takeAsProvider(early, URL_OF);
    expect(socket).toBe(server);
    expect(events).toEqual([]);
    await tick();
    expect(events).toEqual(['message 0,0,5', 'message 0,1,7', 'open']);
    server.receive([1, 2]);
    expect(events.at(-1)).toBe('message 1,2');
  });

  it("y-websocket's own sync step 1 carries the workspace the early socket received: the server is not asked for all of it again", async () => {
    const workspace = new Y.Doc();
    workspace.getMap('sheets').set('Ark1', 'A1');
    const early = new EarlySocket(URL_OF);
    const server = ScriptedSocket.made[0]!;
    server.open();
    // The server's answer to the early step 1: its own step 1, then the whole workspace (step 2).
    const answer = (write: (encoder: encoding.Encoder) => void): number[] => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      write(encoder);
      return [...encoding.toUint8Array(encoder)];
    };
    server.receive(answer((encoder) => syncProtocol.writeSyncStep1(encoder, workspace)));
    server.receive(answer((encoder) => syncProtocol.writeSyncStep2(encoder, workspace, new Uint8Array([0]))));
    const doc = new Y.Doc();
    const provider = new WebsocketProvider('ws://host/sync', 'ws1', doc, {
      params: { token: 'tok+en/=', presence: 'k3Jx9_-AbCdEfGhIjKlMnO' },
      disableBc: true,
      WebSocketPolyfill: early.constructorForProvider,
    });
    try {
      await tick();
      expect(provider.synced).toBe(true);
      expect(doc.getMap('sheets').get('Ark1')).toBe('A1');
      const stepOnes = server.sent.slice(1).map((bytes) => decoding.createDecoder(bytes)).filter((decoder) => decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep1);
      expect(stepOnes.map((decoder) => [...decoding.readVarUint8Array(decoder)])).toEqual([[...Y.encodeStateVector(workspace)]]);
    } finally {
      provider.destroy();
    }
  });

  it('a socket still connecting is opened for the provider by the browser itself, and a refusal before the provider reaches it', async () => {
    const connecting = new EarlySocket(URL_OF);
    const first = takeAsProvider(connecting, URL_OF);
    await tick();
    expect(first.events).toEqual([]);
    ScriptedSocket.made[0]!.open();
    expect(first.events).toEqual(['open']);
    expect(ScriptedSocket.made[0]!.sent).toEqual([]);

    const refused = new EarlySocket(URL_OF);
    ScriptedSocket.made[1]!.closeFromServer(4403);
    const second = takeAsProvider(refused, URL_OF);
    await tick();
    expect(second.events).toEqual(['close 4403']);
  });

  it('a provider asking for another address, or a second time, gets a new socket; the early one is closed', () => {
    const early = new EarlySocket(URL_OF);
    const { socket } = takeAsProvider(early, 'ws://host/sync/other');
    expect(socket).toBe(ScriptedSocket.made[1]);
    expect(ScriptedSocket.made[0]!.closed).toBe(true);
    const again = takeAsProvider(early, URL_OF);
    expect(again.socket).toBe(ScriptedSocket.made[2]);
  });

  it('is closed when no provider took it', () => {
    const early = new EarlySocket(URL_OF);
    early.close();
    expect(ScriptedSocket.made[0]!.closed).toBe(true);
  });
});
