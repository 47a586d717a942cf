/**
 * Fetching a table from the Jobindsats API (v2) on the server, so that the key never reaches a
 * browser: `GET <JOBINDSATS_URL>/v2/data/<table>/json?period=<period>&area=*` with the header
 * `Authorization: <key>`. The answer is read with the same size limit as an uploaded file and
 * handed to the same reader (models/actuals/jobindsatsReaders.ts), which refuses Jobindsats'
 * wrong-key answer. The time limit covers the whole answer, its body included: an API that sends
 * its headers and then trickles, hangs or drops the connection is a JobindsatsError (502), never
 * an internal error. Errors never carry the key.
 */
import { JobindsatsError } from '../../models/actuals/jobindsatsTable.js';
import { MAX_IMPORT_FILE_BYTES } from '../../models/interchange/interchangeLimits.js';

export interface JobindsatsApi {
  /** Base URL, e.g. https://api.jobindsats.dk (JOBINDSATS_URL). */
  url: string;
  /** The API key (JOBINDSATS_API_KEY); never logged, never sent to a client. */
  key: string;
  /** Time the whole answer may take, body included (JOBINDSATS_TIMEOUT_MS). */
  timeoutMs: number;
}

export const DEFAULT_JOBINDSATS_TIMEOUT_MS = 60_000;

/** The most an answer may hold; the server reserves this much per fetch against the token's bytes in flight. */
export const MAX_JOBINDSATS_ANSWER_BYTES = MAX_IMPORT_FILE_BYTES;

async function readLimited(response: Response): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_JOBINDSATS_ANSWER_BYTES) {
      await reader.cancel();
      throw new JobindsatsError(`Jobindsats answered with more than ${MAX_JOBINDSATS_ANSWER_BYTES / (1024 * 1024)} MiB`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** Why a fetch or the reading of its answer failed, as the planner reads it. */
function unreachable(api: JobindsatsApi, error: unknown, reading: boolean): JobindsatsError {
  if (error instanceof JobindsatsError) return error;
  const timedOut = error instanceof Error && error.name === 'TimeoutError';
  const why = timedOut ? `no ${reading ? 'complete answer' : 'answer'} within ${api.timeoutMs / 1000} s` : reading ? 'the connection broke off mid-answer' : 'the connection failed';
  return new JobindsatsError(`Jobindsats could not be reached (${why})`);
}

/** The table's JSON as bytes; throws JobindsatsError when the API cannot be reached or refuses. */
export async function fetchJobindsatsTable(api: JobindsatsApi, table: string, period = '*'): Promise<Uint8Array> {
  const url = new URL(`v2/data/${encodeURIComponent(table)}/json`, api.url.endsWith('/') ? api.url : `${api.url}/`);
  url.searchParams.set('period', period);
  url.searchParams.set('area', '*');
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: api.key, Accept: 'application/json' }, signal: AbortSignal.timeout(api.timeoutMs), redirect: 'error' });
  } catch (error) {
    throw unreachable(api, error, false);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(response);
  } catch (error) {
    throw unreachable(api, error, true);
  }
  if (response.ok) return bytes;
  const text = new TextDecoder().decode(bytes.subarray(0, 2000));
  if (/forkert nøgle|nøglen er udløbet/i.test(text)) throw new JobindsatsError('Jobindsats refused the API key: "Forkert nøgle eller nøglen er udløbet." (wrong or expired key)');
  throw new JobindsatsError(`Jobindsats answered ${response.status} for table ${table}`);
}
