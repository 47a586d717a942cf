/**
 * The websocket endpoint `ws://HOST:PORT/sync/<workspaceId>?token=<token>[&presence=<key>]`, as
 * the stock y-websocket `WebsocketProvider` builds it from (`…/sync`, workspaceId, { params }); the
 * browser's tab adds its presence key (presenceKey.ts), a malformed one is a plain 400.
 * Authorisation happens on the HTTP upgrade: without a valid token the answer is a plain 401, 403
 * or 404 and no websocket exists. A token already holding `maxConnectionsPerToken` open
 * connections gets a websocket closed at once with 4429 and a reason: a browser cannot read an
 * upgrade's HTTP status, and the planner must be told why. Frames over `maxMessageBytes` are
 * refused by ws itself (1009).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { decideWorkspaceAccess } from '../auth/workspaceAccess.js';
import type { ConnectionsPerAddress } from '../http/connectionsPerAddress.js';
import { repeatedOptionProblem } from '../http/queryOptions.js';
import type { WorkspaceRole } from '../../models/access/workspaceRole.js';
import { hashToken } from '../auth/tokens.js';
import { logEvent, requestPath, serverErrorText } from '../log/log.js';
import type { WorkspaceStore } from '../store/WorkspaceStore.js';
import { CloseCode } from '../../models/api/closeCodes.js';
import { SyncConnection } from './SyncConnection.js';
import type { FrameLimits } from './syncMessages.js';
import { updateBudgetsFor } from './updateBudget.js';
import { PRESENCE_CONNECTIONS_PER_TOKEN } from './presenceBudget.js';
import { PRESENCE_KEY_PROBLEM, presenceOwnerKey } from './presenceKey.js';
import { TokenBudgets } from './tokenBudgets.js';
import type { WorkspaceRegistry } from './WorkspaceRegistry.js';

const SYNC_PATH = /^\/sync\/([^/]+)$/;
/** A client that answers no ping for this long is dropped (the y-websocket server's interval). */
const HEARTBEAT_MS = 30_000;

export interface SyncEndpointOptions {
  /** Open sync connections and new ones a minute, per network address. */
  addresses: ConnectionsPerAddress;
  store: WorkspaceStore;
  registry: WorkspaceRegistry;
  maxMessageBytes: number;
  limits: FrameLimits;
  maxConnectionsPerToken: number;
  /** The workspace bound; a token's budget of update bytes is twice it (updateBudget.ts). */
  maxWorkspaceBytes: number;
}

export class SyncEndpoint {
  private readonly wss: WebSocketServer;
  private readonly alive = new WeakMap<WebSocket, boolean>();
  private readonly heartbeat: NodeJS.Timeout;
  private nextConnectionId = 1;
  /** Open connections per token (keyed by the token's hash, never the token). */
  private readonly perToken = new Map<string, number>();
  private readonly updateBudgets: TokenBudgets;
  private readonly presenceBudgets: TokenBudgets;
  private accepting = true;

  constructor(private readonly options: SyncEndpointOptions) {
    this.updateBudgets = updateBudgetsFor(options.maxWorkspaceBytes);
    const stateBytes = options.limits.maxAwarenessStateBytes;
    this.presenceBudgets = new TokenBudgets(PRESENCE_CONNECTIONS_PER_TOKEN * 8 * stateBytes, PRESENCE_CONNECTIONS_PER_TOKEN * 2 * stateBytes);
    this.wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, perMessageDeflate: false });
    this.heartbeat = setInterval(() => this.checkHeartbeats(), HEARTBEAT_MS);
  }

  /** True when the request is for this endpoint (the caller answers 404 otherwise). */
  handles(request: IncomingMessage): boolean {
    return SYNC_PATH.test(requestPath(request.url));
  }

  /** Handles an HTTP upgrade request for /sync/<workspaceId>. */
  async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const workspaceId = SYNC_PATH.exec(requestPath(request.url))?.[1] ?? '';
    if (!this.accepting) return refuse(socket, 503, 'the server is shutting down');
    // Before the token is even looked up: one address opening without end costs the store too.
    const address = this.options.addresses.requestAddress(request);
    const admitted = this.options.addresses.admitSync(address);
    if ('status' in admitted) {
      logEvent('sync.refused', { status: admitted.status });
      return refuse(socket, admitted.status, admitted.message, admitted.retryAfterSeconds);
    }
    socket.once('close', admitted.release);
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    // `?token=<viewer>&token=<editor>` was read as its first token, silently; say which option is repeated.
    const repeated = repeatedOptionProblem(query);
    if (repeated !== null) {
      logEvent('sync.refused', { status: 400 });
      return refuse(socket, 400, repeated);
    }
    const token = query.get('token') ?? undefined;
    const decision = await decideWorkspaceAccess(this.options.store, workspaceId, token, 'viewer');
    if (!decision.allowed) {
      // The id is written only for a workspace that exists (401, 403): a 404's is whatever the client sent.
      logEvent('sync.refused', { workspace: decision.status === 404 ? undefined : workspaceId, status: decision.status });
      return refuse(socket, decision.status, decision.error);
    }
    const tokenKey = hashToken(token ?? '').toString('base64');
    const presenceOwner = presenceOwnerKey(tokenKey, query.get('presence'));
    if (presenceOwner === null) {
      logEvent('sync.refused', { workspace: workspaceId, status: 400 });
      return refuse(socket, 400, PRESENCE_KEY_PROBLEM);
    }
    const open = this.perToken.get(tokenKey) ?? 0;
    if (open >= this.options.maxConnectionsPerToken) {
      // Presence crowding: every connection may show one colleague, and the browser lists the
      // first 50; two links at the default bound (20) can never fill that list.
      logEvent('sync.refused', { workspace: workspaceId, code: CloseCode.tooManyConnections });
      const reason = `this link already has ${this.options.maxConnectionsPerToken} open connections to this workspace`;
      return this.wss.handleUpgrade(request, socket, head, (ws) => ws.close(CloseCode.tooManyConnections, reason));
    }
    this.perToken.set(tokenKey, open + 1);
    let counted = true;
    const uncount = (): void => {
      if (!counted) return;
      counted = false;
      const left = (this.perToken.get(tokenKey) ?? 1) - 1;
      if (left > 0) this.perToken.set(tokenKey, left);
      else this.perToken.delete(tokenKey);
    };
    socket.once('close', uncount);
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      ws.once('close', uncount);
      void this.open(ws, workspaceId, decision.role, token ?? '', tokenKey, presenceOwner);
    });
  }

  /** Stops accepting and closes every connection with 1001 (shutdown). */
  closeAll(): void {
    this.accepting = false;
    clearInterval(this.heartbeat);
    for (const ws of this.wss.clients) ws.close(CloseCode.goingAway, 'server shutting down');
    this.wss.close();
  }

  private async open(ws: WebSocket, workspaceId: string, role: WorkspaceRole, token: string, tokenKey: string, presenceOwner: string): Promise<void> {
    const connectionId = this.nextConnectionId++;
    this.alive.set(ws, true);
    ws.on('pong', () => this.alive.set(ws, true));
    let release = (): void => undefined;
    const connection = new SyncConnection({
      socket: ws,
      workspaceId,
      role,
      presenceOwner,
      connectionId,
      maxBufferedBytes: 4 * this.options.maxMessageBytes,
      limits: this.options.limits,
      updateBudget: this.updateBudgets.forToken(tokenKey),
      tokenPresenceBudget: this.presenceBudgets.forToken(tokenKey),
      onClosed: () => release(),
    });
    logEvent('sync.open', { workspace: workspaceId, conn: connectionId, role });
    const opened = performance.now();
    try {
      const lease = await this.options.registry.acquire(workspaceId);
      if (!lease) return connection.close(CloseCode.internalError, 'workspace not found');
      release = lease.release;
      if (ws.readyState !== ws.OPEN) return lease.release();
      // The token may have been rotated while the workspace loaded: rotation only closes the
      // connections already attached, so check again at the point the connection takes effect.
      const still = await decideWorkspaceAccess(this.options.store, workspaceId, token, role);
      if (!still.allowed) return connection.close(CloseCode.tokenRevoked, 'the token was rotated');
      connection.begin(lease.workspace);
      // How long the workspace's load (or a colleague's load in progress) held this sync back.
      logEvent('sync.begin', { workspace: workspaceId, conn: connectionId, waitedMs: Math.round(performance.now() - opened) });
    } catch (error) {
      logEvent('sync.load.failed', { workspace: workspaceId, conn: connectionId, error: serverErrorText(error) }, 'err');
      connection.close(CloseCode.internalError, 'the workspace could not be loaded');
    }
  }

  private checkHeartbeats(): void {
    for (const ws of this.wss.clients) {
      if (this.alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      this.alive.set(ws, false);
      ws.ping();
    }
  }
}

const STATUS_TEXT = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 503: 'Service Unavailable' } as const;

function refuse(socket: Duplex, status: keyof typeof STATUS_TEXT, message: string, retryAfterSeconds?: number): void {
  const body = JSON.stringify({ error: message });
  const retry = retryAfterSeconds === undefined ? '' : `Retry-After: ${retryAfterSeconds}\r\n`;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${retry}Connection: close\r\n\r\n${body}`,
  );
}
