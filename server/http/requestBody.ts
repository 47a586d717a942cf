/**
 * Reading request bodies with a size limit. A body over the limit is answered 413 as soon as the
 * limit is passed (or at once, from Content-Length), and the connection is closed rather than
 * drained.
 */
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { jsonBodyMessage, JsonTextError, readJsonText } from '../../models/format/jsonText.js';
import type { BodiesInFlight } from './bodiesInFlight.js';
import { HttpError } from './responses.js';

/** Bodies of the small JSON requests (a version name, a role). */
export const SMALL_BODY_BYTES = 64 * 1024;

function tooLarge(limit: number): HttpError {
  return new HttpError(413, `the request body is larger than ${limit} bytes`, { Connection: 'close' });
}

/**
 * A body sent compressed or otherwise encoded (`Content-Encoding: gzip`): the server reads bodies
 * as sent, so before the seventeenth hostile pass a gzipped JSON body was answered `not valid
 * JSON`, a gzipped upload `not valid multipart/form-data`, and plain JSON declared as gzip was
 * read as if the header were not there. Refused before a byte is read.
 */
function encodingRefusal(req: IncomingMessage): HttpError | null {
  const encoding = req.headers['content-encoding']?.trim().toLowerCase();
  if (encoding === undefined || encoding === '' || encoding === 'identity') return null;
  return new HttpError(415, `the body is sent with Content-Encoding ${JSON.stringify(encoding.slice(0, 40))}; send it unencoded (no Content-Encoding)`, { Connection: 'close' });
}

/** The body, at most `limit` bytes, counted while it arrives against its token's `bodies`. */
export async function readBody(req: IncomingMessage, limit: number, bodies: BodiesInFlight): Promise<Buffer> {
  const refusal = encodingRefusal(req);
  if (refusal) throw refusal;
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const release = bodies.reserve(req, Number.isFinite(declared) && declared >= 0 ? declared : limit);
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buffer.length;
      if (size > limit) throw tooLarge(limit);
      chunks.push(buffer);
    }
    return Buffer.concat(chunks);
  } catch (error) {
    // The client went away before its body was whole (Node: `aborted`, ECONNRESET): its request
    // failed, not the server. It was logged as `http.error` and answered 500 (nineteenth hostile pass).
    if (!(error instanceof HttpError) && req.destroyed) throw new HttpError(400, 'the request body ended before it was whole', { Connection: 'close' });
    throw error;
  } finally {
    release();
  }
}

/**
 * The body as JSON, or undefined when it is empty (only whitespace). JSON nested past
 * MAX_JSON_DEPTH is a 400 before it is parsed (parsing millions of levels held the event loop
 * for seconds); an object naming a key twice is a 400 naming the key (JSON.parse kept the last
 * silently: `{"measure":"a","measure":"b"}` imported `b`). Every REST route with a JSON body
 * reads it here.
 */
export async function readJson(req: IncomingMessage, limit: number, bodies: BodiesInFlight): Promise<unknown> {
  const body = await readBody(req, limit, bodies);
  if (isBlankBody(body)) return undefined;
  try {
    return readJsonText(body.toString('utf8'));
  } catch (error) {
    if (error instanceof JsonTextError) throw new HttpError(400, jsonBodyMessage(error));
    throw error;
  }
}

/** Whether a body holds nothing but JSON's whitespace (read up to its first other byte). */
export function isBlankBody(body: Uint8Array): boolean {
  return body.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d);
}

/** The body checked against a zod schema; a mismatch is a 400 naming the field. */
export async function readBodyAs<T>(req: IncomingMessage, schema: z.ZodType<T>, bodies: BodiesInFlight): Promise<T> {
  const value = await readJson(req, SMALL_BODY_BYTES, bodies);
  const result = schema.safeParse(value ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new HttpError(400, `${field}${issue.message}`);
  }
  return result.data;
}
