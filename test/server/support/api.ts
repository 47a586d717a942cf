/** REST helpers for the server tests: real HTTP, each request on a connection of its own. */
import { createdWorkspaceAnswerSchema, type CreatedWorkspaceAnswer } from '../../../models/api/workspaceAnswers.js';
import type { RunningServer } from '../../harness/serverHarness.js';
import { requestOnFreshConnection } from '../../harness/freshConnection.js';
import { sharedForTests } from '../../harness/sharedForTests.js';

/** The answer of `POST /api/workspaces`, as the client parses it (models/api/). */
export const createdWorkspaceSchema = createdWorkspaceAnswerSchema;
export type CreatedWorkspace = CreatedWorkspaceAnswer;

export async function api(server: RunningServer, method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  // On a connection of its own: a kept-alive one the server had closed while the test's thread was
  // busy failed the request before the server saw it (test/harness/freshConnection.ts).
  const sent = body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) };
  const response = await requestOnFreshConnection(`${server.url}${path}`, { method, headers, ...sent });
  const text = new TextDecoder().decode(response.bytes);
  let json: unknown = null;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json };
}

export async function createWorkspace(server: RunningServer, file?: unknown): Promise<CreatedWorkspace> {
  const { status, json } = await api(server, 'POST', '/api/workspaces', server.adminToken, file);
  if (status !== 201) throw new Error(`creating a workspace answered ${status}: ${JSON.stringify(json)}`);
  return createdWorkspaceSchema.parse(json);
}

/**
 * A workspace created on `server` before the tests of the file or `describe` block (call it after
 * `serverForTests()`), read as the created workspace from the first test on (sharedForTests.ts).
 * `file`: the workbook it starts from, as for createWorkspace.
 *
 * @example
 *   const server = serverForTests();
 *   const workspace = workspaceForTests(server);
 */
export function workspaceForTests(server: RunningServer, file?: unknown): CreatedWorkspace {
  return sharedForTests('the workspace', () => createWorkspace(server, file));
}
