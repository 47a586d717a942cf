/**
 * Issue 15, problem 3: a token's role was checked before the request body was read and never
 * again, so a POST …/tokens whose body arrived after the token was rotated minted a new token, and
 * a held import upload completed. The role is now checked again where the request takes effect;
 * a rotated token's open websocket is closed with 4403 at once and its computation under way ends
 * with 401.
 */
import { request, type ClientRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import type { RunningServer } from '../harness/serverHarness.js';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace, type CreatedWorkspace } from './support/api.js';
import { colleagueKeepsWorking, watchHealth } from './support/attackWatch.js';
import { connectClient, destroyAll, waitFor, waitSynced } from './support/syncClients.js';

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
  const server = serverForTests();

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

  it("rotating the editor token closes that token's open websocket with 4403 at once; what it sends afterwards is never stored; a colleague and /healthz carry on", async () => {
    const workspace = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    const revoked = connectClient(server, workspace.id, workspace.editorToken);
    const viewer = connectClient(server, workspace.id, workspace.viewerToken);
    const health = watchHealth(server);
    try {
      await waitSynced(revoked, viewer);
      const sheetId = workbookGrid(revoked.doc).listSheets()[0]!.id;
      applyOperation(revoked.doc, { type: 'setCells', sheetId, cells: [{ row: 90, col: 20, input: 'før rotationen' }] });
      await waitFor('the edit before the rotation arrives', () => cellInputAt(viewer.doc, sheetId, 90, 20) === 'før rotationen');
      const rotation = (async () => {
        const current = await rotateEditorToken(server, workspace);
        await waitFor('the open editor connection is closed with 4403', () => revoked.closes.some((close) => close.code === 4403));
        // The stock client does not reconnect after a 44xx close: its later edits stay with it.
        applyOperation(revoked.doc, { type: 'setCells', sheetId, cells: [{ row: 91, col: 20, input: 'efter rotationen' }] });
        return current;
      })();
      await colleagueKeepsWorking(server, colleague, rotation);
      const current = await rotation;
      expect(revoked.provider.wsconnected).toBe(false);
      const late = connectClient(server, workspace.id, current);
      try {
        await waitSynced(late);
        expect(cellInputAt(late.doc, sheetId, 90, 20)).toBe('før rotationen');
        expect(cellInputAt(late.doc, sheetId, 91, 20)).not.toBe('efter rotationen');
        expect(cellInputAt(viewer.doc, sheetId, 91, 20)).not.toBe('efter rotationen');
      } finally {
        late.destroy();
      }
      expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/access`, workspace.editorToken)).status).toBe(401);
    } finally {
      destroyAll([revoked, viewer]);
      expect((await health.stop()).failures).toEqual([]);
    }
  }, 120_000);

  it('a computation still waiting or running when its token is rotated ends with 401, not with the answer', async () => {
    // A workspace's jobs run one at a time: an export of 22,000 cells holds its queue for a while.
    const cells: Record<string, number | string> = {};
    for (let r = 1; r <= 2_000; r++) {
      for (let c = 0; c < 10; c++) cells[`${String.fromCharCode(65 + c)}${r}`] = r * 10 + c;
      cells[`K${r}`] = `=SUM(A${r}:J${r})`;
    }
    const workspace = await createWorkspace(server, { format: 'fremskriv.workbook', version: 1, title: 'Kø', locale: 'da-DK', sheets: [{ name: 'Data', cells }] });
    const get = (path: string, token: string) => fetch(`${server.url}/api/workspaces/${workspace.id}/${path}`, { headers: { authorization: `Bearer ${token}` } });
    const busy = get('export.xlsx', workspace.editorToken);
    const waiting = get('evaluation', workspace.viewerToken);
    // Two later round trips: the evaluation has passed its first access check and waits in the queue.
    for (let i = 0; i < 2; i++) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const rotated = await api(server, 'POST', `/api/workspaces/${workspace.id}/tokens`, workspace.editorToken, { role: 'viewer' });
    expect(rotated.status).toBe(200);
    const answer = await waiting;
    expect(answer.status).toBe(401);
    expect(await answer.text()).not.toMatch(/scenarios/);
    expect((await busy).status, 'the editor’s own export is unaffected').toBe(200);
  }, 120_000);

  it('a version name is plain text with a length bound', async () => {
    const workspace = await createWorkspace(server);
    for (const name of ['Budget\u202Egnirpsrof', 'to\nlinjer', 'x'.repeat(201)]) {
      const answer = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, { name });
      expect(answer.status, JSON.stringify(name)).toBe(400);
    }
    expect((await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, { name: 'Før budgetmødet' })).status).toBe(201);
  });
});
