/** HTTP helpers for the export and import endpoints (real HTTP against the real server). */
import type { RunningServer } from '../../harness/serverHarness.js';
import { requestOnFreshConnection, type FreshAnswer } from '../../harness/freshConnection.js';

export interface Answer {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  json: unknown;
}

function answer({ status, headers, bytes }: FreshAnswer): Answer {
  let json: unknown = null;
  if ((headers.get('content-type') ?? '').includes('json')) json = JSON.parse(new TextDecoder().decode(bytes));
  return { status, headers, bytes, json };
}

export async function download(server: RunningServer, path: string, token?: string): Promise<Answer> {
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  return answer(await requestOnFreshConnection(`${server.url}${path}`, { headers }));
}

/** POST /api/workspaces/:id/import with a file and form fields. */
export async function upload(
  server: RunningServer,
  workspaceId: string,
  token: string | undefined,
  file: { bytes: Uint8Array; name: string },
  fields: Record<string, string> = {},
): Promise<Answer> {
  return uploadTo(server, `/api/workspaces/${workspaceId}/import`, token, file, fields);
}

/** A multipart POST of a file and form fields to a path of the API. */
export async function uploadTo(
  server: RunningServer,
  path: string,
  token: string | undefined,
  file: { bytes: Uint8Array; name: string },
  fields: Record<string, string> = {},
): Promise<Answer> {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(file.bytes)]), file.name);
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  // Encoded as fetch would send it (boundary and all), then sent on a connection of its own
  // (freshConnection.ts: a kept-alive one the server had closed failed the upload with EPIPE).
  const encoded = new Request(server.url, { method: 'POST', body: form });
  const headers: Record<string, string> = { 'content-type': encoded.headers.get('content-type') ?? '' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  return answer(await requestOnFreshConnection(`${server.url}${path}`, { method: 'POST', headers, body: new Uint8Array(await encoded.arrayBuffer()) }));
}
