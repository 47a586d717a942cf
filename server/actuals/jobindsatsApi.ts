/**
 * Fetching a table from the Jobindsats API (v2) on the server, so that the key never reaches a
 * browser: `GET <JOBINDSATS_URL>/v2/data/<table>/json?period=<period>&area=*` with the header
 * `Authorization: <key>`. The answer is read with the same size limit as an uploaded file and
 * handed to the same reader (models/actuals/jobindsatsReaders.ts), which refuses Jobindsats'
 * wrong-key answer. Errors never carry the key.
 */
import { JobindsatsError } from '../../models/actuals/jobindsatsTable.js';
import { MAX_IMPORT_FILE_BYTES } from '../../models/interchange/interchangeLimits.js';

export interface JobindsatsApi {
  /** Base URL, e.g. https://api.jobindsats.dk (JOBINDSATS_URL). */
  url: string;
  /** The API key (JOBINDSATS_API_KEY); never logged, never sent to a client. */
  key: string;
}

export const JOBINDSATS_TIMEOUT_MS = 60_000;

async function readLimited(response: Response): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_IMPORT_FILE_BYTES) {
      await reader.cancel();
      throw new JobindsatsError(`Jobindsats answered with more than ${MAX_IMPORT_FILE_BYTES / (1024 * 1024)} MiB`);
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

/** The table's JSON as bytes; throws JobindsatsError when the API cannot be reached or refuses. */
export async function fetchJobindsatsTable(api: JobindsatsApi, table: string, period = '*'): Promise<Uint8Array> {
  const url = new URL(`v2/data/${encodeURIComponent(table)}/json`, api.url.endsWith('/') ? api.url : `${api.url}/`);
  url.searchParams.set('period', period);
  url.searchParams.set('area', '*');
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: api.key, Accept: 'application/json' }, signal: AbortSignal.timeout(JOBINDSATS_TIMEOUT_MS), redirect: 'error' });
  } catch (error) {
    const why = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${JOBINDSATS_TIMEOUT_MS / 1000} s` : 'the connection failed';
    throw new JobindsatsError(`Jobindsats could not be reached (${why})`);
  }
  const bytes = await readLimited(response);
  if (response.ok) return bytes;
  const text = new TextDecoder().decode(bytes.subarray(0, 2000));
  if (/forkert nøgle|nøglen er udløbet/i.test(text)) throw new JobindsatsError('Jobindsats refused the API key: "Forkert nøgle eller nøglen er udløbet." (wrong or expired key)');
  throw new JobindsatsError(`Jobindsats answered ${response.status} for table ${table}`);
}
