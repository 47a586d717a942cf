/**
 * The request bodies one token may have on their way in at once, in bytes. A body is held whole
 * in memory until it is read (an upload up to MAX_BODY_BYTES), and Node lets a body take five
 * minutes (`requestTimeout`): one editor sending 60 imports of 16 MiB and holding back the last
 * byte took the server from 317 MB to 690 MB and rising, and nothing bounded how many it opened.
 * Now a token may hold two of the largest bodies at once (`2 × MAX_BODY_BYTES`); the next
 * request is answered 429 before a byte of its body is read. Planners sharing a token still
 * import one file each at a time; a token is rotated to cut off whoever abuses it.
 * A Jobindsats answer the server fetches for a token is held the same way (up to 16 MiB each, and
 * the fetch may take JOBINDSATS_TIMEOUT_MS): it is reserved here too, so one editor's burst of
 * fetches cannot hold more than its bodies could (before: 30 at once took the server from 380 MB
 * to 990 MB, and nothing bounded how many).
 */
import type { IncomingMessage } from 'node:http';
import { bearerToken, hashToken } from '../auth/tokens.js';
import { HttpError } from './responses.js';

/** What a reservation holds: a request's body, or a Jobindsats answer the server fetches for it. */
export type InFlight = 'body' | 'jobindsats';

interface Held {
  bytes: number;
  /** Jobindsats answers among them, so a refusal names what the token is waiting for. */
  answers: number;
}

export class BodiesInFlight {
  private readonly held = new Map<string, Held>();

  constructor(private readonly bytesPerToken: number) {}

  /**
   * Reserves `bytes` for the request's token until the returned release is called; throws 429
   * when the token already holds too much. The refused body is drained and dropped by Node (it
   * costs no memory), not cut off: with `Connection: close` a client still sending its body met a
   * reset instead of the answer (undici's fetch: "fetch failed").
   */
  reserve(req: IncomingMessage, bytes: number, kind: InFlight = 'body'): () => void {
    const key = hashToken(bearerToken(req.headers.authorization) ?? '').toString('base64url');
    const held = this.held.get(key) ?? { bytes: 0, answers: 0 };
    if (held.bytes > 0 && held.bytes + bytes > this.bytesPerToken) {
      const what = held.answers > 0 ? 'waiting for' : 'sending';
      const of = held.answers > 0 ? 'request bodies and Jobindsats answers' : 'request bodies';
      throw new HttpError(429, `this token is already ${what} ${megabytes(held.bytes)} of ${of} (at most ${megabytes(this.bytesPerToken)} at a time); wait for them to finish`, { 'Retry-After': '5' });
    }
    const answer = kind === 'jobindsats' ? 1 : 0;
    this.held.set(key, { bytes: held.bytes + bytes, answers: held.answers + answer });
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const now = this.held.get(key) ?? { bytes, answers: answer };
      if (now.bytes - bytes > 0) this.held.set(key, { bytes: now.bytes - bytes, answers: now.answers - answer });
      else this.held.delete(key);
    };
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
