/**
 * Reading request bodies with a size limit. A body over the limit is answered 413 as soon as the
 * limit is passed (or at once, from Content-Length), and the connection is closed rather than
 * drained.
 */
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { duplicateKeyMessage, jsonDuplicateKey } from '../../models/format/jsonDuplicateKeys.js';
import { jsonNestedPast, jsonTooDeepMessage } from '../../models/format/jsonNesting.js';
import type { BodiesInFlight } from './bodiesInFlight.js';
import { HttpError } from './responses.js';

/** Bodies of the small JSON requests (a version name, a role). */
export const SMALL_BODY_BYTES = 64 * 1024;

function tooLarge(limit: number): HttpError {
  return new HttpError(413, `the request body is larger than ${limit} bytes`, { Connection: 'close' });
}

/** The body, at most `limit` bytes, counted while it arrives against its token's `bodies`. */
export async function readBody(req: IncomingMessage, limit: number, bodies: BodiesInFlight): Promise<Buffer> {
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
  const text = (await readBody(req, limit, bodies)).toString('utf8');
  if (text.trim() === '') return undefined;
  if (jsonNestedPast(text)) throw new HttpError(400, `the body is not accepted: ${jsonTooDeepMessage()}`);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError(400, `the body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const duplicate = jsonDuplicateKey(text);
  if (duplicate) throw new HttpError(400, `the body is not accepted: ${duplicateKeyMessage(duplicate)}; give each key once`);
  return value;
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
