/**
 * Issue 15, problem 3: a token's role was checked before the request body was read and never
 * again, so a POST …/tokens whose body arrived after the token was rotated minted a new token, and
 * a held import upload completed. The role is now checked again where the request takes effect.
 */
import { request, type ClientRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../harness/serverHarness.js';
import { api, createWorkspace, type CreatedWorkspace } from './support/api.js';

interface HeldRequest {
  /** Sends the body and resolves with the answer's status and text. */
  finish(): Promise<{ status: number; text: string }>;
}

/**
 * Starts a request whose body is held back. Resolves once the server dispatched it to its handler
 * (it answered `Expect: 100-continue`) and, after a later request to the server has been answered,
 * has run its first access check (that check finishes within the same turn as the dispatch).
 */
async function holdRequest(server: RunningServer, path: string, token: string, body: Uint8Array, contentType: string): Promise<HeldRequest> {
  const url = new URL(path, server.url);
  const req: ClientRequest = request(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType, 'content-length': String(body.length), expect: '100-continue' },
  });
  const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
  });
  await new Promise<void>((resolve) => req.once('continue', () => resolve()));
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  return {
    finish() {
      req.end(body);
      return answered;
    },
  };
}

async function rotateEditorToken(server: RunningServer, workspace: CreatedWorkspace): Promise<string> {
  const rotated = await api(server, 'POST', `/api/workspaces/${workspace.id}/tokens`, workspace.editorToken, { role: 'editor' });
  expect(rotated.status).toBe(200);
  return (rotated.json as { token: string }).token;
}

describe('authority at the point of effect (issue 15, problem 3)', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer();
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('a POST …/tokens whose body arrives after the token was rotated is refused and mints nothing', async () => {
    const workspace = await createWorkspace(server);
    const held = await holdRequest(server, `/api/workspaces/${workspace.id}/tokens`, workspace.editorToken, new TextEncoder().encode('{"role":"editor"}'), 'application/json');
    const current = await rotateEditorToken(server, workspace);
    const late = await held.finish();
    expect(late.status).toBe(401);
    expect(late.text).not.toMatch(/"token"/);
    // The token from the rotation is still the one that works.
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/access`, current)).json).toEqual({ role: 'editor' });
  });

  it('a held import upload is refused once the token was rotated, and the workspace is untouched', async () => {
    const workspace = await createWorkspace(server);
    const before = (await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json;
    const form = new FormData();
    form.set('file', new File(['Måned;Ledige\n2024-01;100\n'], 'ledige.csv', { type: 'text/csv' }));
    form.set('sheet', 'Importeret');
    const upload = new Response(form);
    const body = new Uint8Array(await upload.arrayBuffer());
    const held = await holdRequest(server, `/api/workspaces/${workspace.id}/import`, workspace.editorToken, body, upload.headers.get('content-type')!);
    await rotateEditorToken(server, workspace);
    expect((await held.finish()).status).toBe(401);
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json).toEqual(before);
  });

  it('a version saved with a held body after the rotation is refused', async () => {
    const workspace = await createWorkspace(server);
    const held = await holdRequest(server, `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, new TextEncoder().encode('{"name":"sen"}'), 'application/json');
    const current = await rotateEditorToken(server, workspace);
    expect((await held.finish()).status).toBe(401);
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/versions`, current)).json).toEqual({ versions: [] });
  });

  it('a version name is plain text with a length bound', async () => {
    const workspace = await createWorkspace(server);
    for (const name of ['Budget\u202Egnirpsrof', 'to\nlinjer', 'x'.repeat(201)]) {
      const answer = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, { name });
      expect(answer.status, JSON.stringify(name)).toBe(400);
    }
    expect((await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, { name: 'Før budgetmødet' })).status).toBe(201);
  });
});
