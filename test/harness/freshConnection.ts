/**
 * An HTTP request on a connection of its own, closed after the answer: what the server tests'
 * REST helpers send with (`api()`, `download()`, `uploadTo()`).
 *
 * @example
 *   const { status, bytes } = await requestOnFreshConnection(`${server.url}/healthz`);
 *
 * Why not fetch: fetch sends on a kept-alive connection of an earlier request, and the server
 * closes one idle for 5 s (Node's keepAliveTimeout). When the test's own thread had been busy
 * longer than that (building a 39,000-row upload, a 40 MB zip bomb or reading an .xlsx export on a
 * loaded machine), fetch had not yet seen the close and wrote into it: `fetch failed` with
 * `write EPIPE` (a body) or `UND_ERR_SOCKET` (a GET) before the server saw a byte. Blocking a
 * thread 6-7 s between two fetches to a server in another process reproduces both.
 * An answer the server gives before it has read the whole body (a 413 from Content-Length, with
 * `Connection: close`) is the answer: a write error after it is not a failure.
 */
import { request } from 'node:http';

export interface FreshAnswer {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

export interface FreshRequest {
  method?: string;
  /** A list sends the header once per value (a request no browser sends: two Authorization headers). */
  headers?: Record<string, string | string[]>;
  body?: Uint8Array | string;
}

export function requestOnFreshConnection(url: string, { method = 'GET', headers = {}, body }: FreshRequest = {}): Promise<FreshAnswer> {
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const sent = payload === undefined ? headers : { ...headers, 'content-length': String(payload.byteLength) };
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(url, { method, agent: false, headers: sent }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const answerHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) answerHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        resolve({ status: res.statusCode ?? 0, headers: answerHeaders, bytes: new Uint8Array(Buffer.concat(chunks)) });
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.end(payload);
  });
}
