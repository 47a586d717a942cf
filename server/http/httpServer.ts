/**
 * The one HTTP server: /api/* (REST), /healthz, /sync/<id> upgrades (SyncEndpoint), and the
 * built client for everything else. One log line per request, its path as the route it took
 * (`loggedPath.ts`): nothing a client wrote into a path reaches the log.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { errorText, logEvent, requestPath, serverErrorText } from '../log/log.js';
import { loggedPath } from './loggedPath.js';
import type { SyncEndpoint } from '../sync/syncEndpoint.js';
import type { ConnectionsPerAddress } from './connectionsPerAddress.js';
import type { ApiContext } from './apiContext.js';
import { handleApi } from './apiRoutes.js';
import { HttpError, sendError, sendJson } from './responses.js';
import { isClientPath, serveClient } from './staticFiles.js';
import type { HealthAnswer } from '../../models/api/workspaceAnswers.js';

export interface HttpServerOptions {
  api: ApiContext;
  sync: SyncEndpoint;
  /** Open connections per network address. */
  addresses: ConnectionsPerAddress;
  clientDistDir: string;
  /** Serve the client's .map files (SERVE_SOURCE_MAPS). */
  serveSourceMaps: boolean;
}

async function route(options: HttpServerOptions, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  if (path === '/api' || path.startsWith('/api/')) return handleApi(options.api, req, res, path);
  if (path === '/healthz') {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'use GET on this path', { Allow: 'GET, HEAD' });
    try {
      await options.api.store.checkWritable();
    } catch (error) {
      logEvent('healthz.failed', { error: serverErrorText(error) }, 'err');
      throw new HttpError(503, 'the store is not writable');
    }
    return sendJson(res, 200, { ok: true } satisfies HealthAnswer);
  }
  if ((req.method === 'GET' || req.method === 'HEAD') && isClientPath(path)) {
    if (await serveClient(req, res, options.clientDistDir, path, options.serveSourceMaps)) return;
  }
  throw new HttpError(404, 'not found');
}

async function handleRequest(options: HttpServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const path = requestPath(req.url);
  try {
    // Routed by the whole path: a goal id of 64 Danish letters is 384 characters escaped, and the
    // logged path (cut at 200) answered it 404 `no such API path`.
    await route(options, req, res, path);
  } catch (error) {
    if (res.headersSent) {
      res.destroy();
    } else if (error instanceof HttpError) {
      sendError(res, error.status, error.message, error.headers);
    } else {
      logEvent('http.error', { method: req.method, path: loggedPath(req, path, 500), error: errorText(error) }, 'err');
      sendError(res, 500, 'internal error');
    }
  }
  logEvent('http', { method: req.method, path: loggedPath(req, path, res.statusCode), status: res.statusCode, ms: Math.round(performance.now() - started) });
}

function refuseUpgrade(socket: Duplex): void {
  socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
}

/** Answers a connection over its address's bound before reading a byte of its request. */
function refuseConnection(socket: Socket, maxOpen: number): void {
  const body = JSON.stringify({ error: `this address already holds ${maxOpen} open connections` });
  socket.on('error', () => socket.destroy());
  socket.end(`HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nRetry-After: 30\r\nConnection: close\r\n\r\n${body}`);
}

export function createHttpServer(options: HttpServerOptions): Server {
  const server = createServer((req, res) => void handleRequest(options, req, res));
  server.on('connection', (socket: Socket) => {
    if (options.addresses.admitSocket(socket)) return;
    logEvent('connection.refused', { status: 429 });
    refuseConnection(socket, options.addresses.limits.maxOpen);
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    if (!options.sync.handles(req)) return refuseUpgrade(socket);
    options.sync.upgrade(req, socket, head).catch((error: unknown) => {
      logEvent('sync.upgrade.failed', { error: errorText(error) }, 'err');
      socket.destroy();
    });
  });
  return server;
}
