/**
 * The workspace's websocket, opened by the entry (main.tsx) the moment the page runs, before Yjs
 * and y-websocket have loaded: the server loads the workspace and answers the sync while the page
 * still downloads and evaluates its chunks (issue 17: on a busy 2-core machine the connection's
 * chunk is evaluated 0.2–1 s after the entry, and the sync waited for it). Dependency-free, so
 * that it stays in the entry's small chunk.
 *
 * It sends the sync step 1 of an empty document at once ([messageSync, syncStep1, a state vector
 * of no clients]), so the server's sync step 2 (the whole workspace) is already here when the
 * provider takes the socket; the provider's own step 1 follows with the state received and gets
 * only what changed since (the offline copy's changes go the other way when the provider answers
 * the server's step 1). Until then, what arrives is kept and handed to the provider in order,
 * before the open.
 */

/** y-protocols: messageSync (0), messageYjsSyncStep1 (0), a state vector of 1 byte: no clients (0). */
const EMPTY_SYNC_STEP1 = new Uint8Array([0, 0, 1, 0]);

/** The address WebsocketProvider builds from `serverUrl`, the room and `params: { token, presence }`. */
export function workspaceSocketUrl(serverUrl: string, workspaceId: string, token: string, presenceKey: string): string {
  return `${serverUrl}/${workspaceId}?token=${encodeURIComponent(token)}&presence=${encodeURIComponent(presenceKey)}`;
}

export function syncUrl(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/sync`;
}

export class EarlySocket {
  private socket: WebSocket | null;
  private readonly received: MessageEvent[] = [];
  private closedWith: CloseEvent | null = null;
  private opened = false;

  constructor(readonly url: string) {
    const socket = new WebSocket(url);
    socket.binaryType = 'arraybuffer';
    socket.onopen = () => {
      this.opened = true;
      socket.send(EMPTY_SYNC_STEP1);
    };
    socket.onmessage = (event: MessageEvent) => void this.received.push(event);
    socket.onclose = (event: CloseEvent) => void (this.closedWith = event);
    this.socket = socket;
  }

  /**
   * The socket for a provider that asks for `url` (WebsocketProvider's WebSocketPolyfill): this one
   * the first time, when the address is the same, a new WebSocket otherwise (a reconnect). What
   * arrived before is handed to the provider's handlers in a microtask, after it has set them and
   * before any later event of the socket, and before the open.
   */
  take(url: string, protocols?: string | string[]): WebSocket {
    const socket = this.socket;
    this.socket = null;
    if (!socket || url !== this.url) {
      socket?.close();
      return new WebSocket(url, protocols);
    }
    const opened = this.opened;
    socket.onopen = null;
    socket.onmessage = null;
    socket.onclose = null;
    queueMicrotask(() => {
      // What arrived goes first: the provider's own sync step 1, sent on the open, then carries
      // the state of the workspace already received and the server answers with what is missing
      // only, not the whole workspace a second time (issue 17: 280 kB for the template, decoded
      // again on the main thread for 100–300 ms right after the sync). y-websocket reads a message
      // before its open as after it, and answers the server's step 1 on this open socket.
      for (const event of this.received.splice(0)) socket.onmessage?.(event);
      if (opened) socket.onopen?.(new Event('open'));
      if (this.closedWith) socket.onclose?.(this.closedWith);
    });
    return socket;
  }

  /** A WebSocket constructor for WebsocketProvider that takes this socket first. */
  get constructorForProvider(): typeof WebSocket {
    // A constructor that returns an object yields that object from `new`.
    const take = (url: string, protocols?: string | string[]): WebSocket => this.take(url, protocols);
    return Object.assign(function EarlyWebSocket(url: string, protocols?: string | string[]) {
      return take(url, protocols);
    }, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 }) as unknown as typeof WebSocket;
  }

  /** Closes the socket if no provider took it (the page left first). */
  close(): void {
    this.socket?.close();
    this.socket = null;
  }
}
