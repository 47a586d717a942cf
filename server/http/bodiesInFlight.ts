/**
 * The request bodies one token may have on their way in at once, in bytes. A body is held whole
 * in memory until it is read (an upload up to MAX_BODY_BYTES), and Node lets a body take five
 * minutes (`requestTimeout`): one editor sending 60 imports of 16 MiB and holding back the last
 * byte took the server from 317 MB to 690 MB and rising, and nothing bounded how many it opened.
 * Now a token may hold two of the largest bodies at once (`2 × MAX_BODY_BYTES`); the next
 * request is answered 429 before a byte of its body is read. Planners sharing a token still
 * import one file each at a time; a token is rotated to cut off whoever abuses it.
 */
import type { IncomingMessage } from 'node:http';
import { bearerToken, hashToken } from '../auth/tokens.js';
import { HttpError } from './responses.js';

export class BodiesInFlight {
  private readonly held = new Map<string, number>();

  constructor(private readonly bytesPerToken: number) {}

  /**
   * Reserves `bytes` for the request's token until the returned release is called; throws 429
   * when the token already holds too much. The refused body is drained and dropped by Node (it
   * costs no memory), not cut off: with `Connection: close` a client still sending its body met a
   * reset instead of the answer (undici's fetch: "fetch failed").
   */
  reserve(req: IncomingMessage, bytes: number): () => void {
    const key = hashToken(bearerToken(req.headers.authorization) ?? '').toString('base64url');
    const held = this.held.get(key) ?? 0;
    if (held > 0 && held + bytes > this.bytesPerToken) {
      throw new HttpError(429, `this token is already sending ${megabytes(held)} of request bodies (at most ${megabytes(this.bytesPerToken)} at a time); wait for them to finish`, { 'Retry-After': '5' });
    }
    this.held.set(key, held + bytes);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.held.get(key) ?? bytes) - bytes;
      if (left > 0) this.held.set(key, left);
      else this.held.delete(key);
    };
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
