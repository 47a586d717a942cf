/** HTTP helpers for the export and import endpoints (real fetch against the real server). */
import type { RunningServer } from '../../harness/serverHarness.js';

export interface Answer {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  json: unknown;
}

async function answer(response: Response): Promise<Answer> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  let json: unknown = null;
  if ((response.headers.get('content-type') ?? '').includes('json')) json = JSON.parse(new TextDecoder().decode(bytes));
  return { status: response.status, headers: response.headers, bytes, json };
}

export async function download(server: RunningServer, path: string, token?: string): Promise<Answer> {
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  return answer(await fetch(`${server.url}${path}`, { headers }));
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
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  return answer(await fetch(`${server.url}${path}`, { method: 'POST', headers, body: form }));
}
