/** JSON responses and the error every handler may throw to answer with a status. */
import type { ServerResponse } from 'node:http';
import type { ErrorAnswer } from '../../models/api/errorAnswer.js';

/** Thrown by handlers: answered as `{ "error": message }` with this status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendJsonText(res, status, JSON.stringify(body), headers);
}

/** JSON already serialized (in a worker thread, kept so in the cache), sent as is. */
export function sendJsonText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    // Responses may carry tokens or workspace content: no cache may keep them.
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: message } satisfies ErrorAnswer, headers);
}
