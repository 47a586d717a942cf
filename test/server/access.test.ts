import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { z } from 'zod';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace, workspaceForTests } from './support/api.js';
import { connectClient, destroyAll, waitFor, waitSynced } from './support/syncClients.js';

const server = serverForTests();
const mine = workspaceForTests(server);
const theirs = workspaceForTests(server);

/** The HTTP status a websocket upgrade is answered with (101 when it is accepted). */
function upgradeStatus(workspaceId: string, token?: string): Promise<number> {
  const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.wsUrl}/${workspaceId}${query}`);
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', (error) => reject(error));
  });
}

describe('access control', () => {
  it.each([
    ['no token', () => undefined, 401],
    ['a wrong token', () => 'x'.repeat(43), 401],
    ["another workspace's editor token", () => theirs.editorToken, 401],
    ['the admin token', () => server.adminToken, 401],
  ])('a sync connection with %s is refused before any data', async (_what, token, status) => {
    expect(await upgradeStatus(mine.id, token())).toBe(status);
  });

  it('a sync connection to an unknown workspace gets 404; editor and viewer tokens are let in', async () => {
    expect(await upgradeStatus('AAAAAAAAAAAAAAAA', mine.editorToken)).toBe(404);
    expect(await upgradeStatus(mine.id, mine.editorToken)).toBe(101);
    expect(await upgradeStatus(mine.id, mine.viewerToken)).toBe(101);
  });

  it.each([
    ['GET', 'workbook.json'],
    ['GET', 'evaluation'],
    ['GET', 'versions'],
    ['DELETE', 'versions/AAAAAAAAAAAAAAAA'],
  ])('REST %s %s without a valid token gets 401 and no data', async (method, path) => {
    for (const token of [undefined, 'wrong', theirs.editorToken, theirs.viewerToken]) {
      const response = await api(server, method, `/api/workspaces/${mine.id}/${path}`, token);
      expect(response.status).toBe(401);
      z.object({ error: z.string() }).strict().parse(response.json);
    }
  });

  it('a viewer may read but not save versions, restore, delete them or rotate tokens (403)', async () => {
    expect((await api(server, 'GET', `/api/workspaces/${mine.id}/workbook.json`, mine.viewerToken)).status).toBe(200);
    expect((await api(server, 'POST', `/api/workspaces/${mine.id}/versions`, mine.viewerToken, { name: 'x' })).status).toBe(403);
    expect((await api(server, 'POST', `/api/workspaces/${mine.id}/versions/AAAAAAAAAAAAAAAA/restore`, mine.viewerToken)).status).toBe(403);
    expect((await api(server, 'DELETE', `/api/workspaces/${mine.id}/versions/AAAAAAAAAAAAAAAA`, mine.viewerToken)).status).toBe(403);
    expect((await api(server, 'POST', `/api/workspaces/${mine.id}/tokens`, mine.viewerToken, { role: 'viewer' })).status).toBe(403);
  });

  it('only the admin token creates workspaces', async () => {
    expect((await api(server, 'POST', '/api/workspaces')).status).toBe(401);
    expect((await api(server, 'POST', '/api/workspaces', mine.editorToken)).status).toBe(403);
    expect((await api(server, 'POST', '/api/workspaces', server.adminToken)).status).toBe(201);
  });

  it("a viewer's edit never reaches the store or another client, while the viewer still receives edits live", async () => {
    const editor = connectClient(server, mine.id, mine.editorToken);
    const viewer = connectClient(server, mine.id, mine.viewerToken);
    try {
      await waitSynced(editor, viewer);
      const sheetId = workbookGrid(viewer.doc).listSheets()[0]!.id;
      applyOperation(viewer.doc, { type: 'setCells', sheetId, cells: [{ row: 1, col: 1, input: 'skrevet af en læser' }] });
      // Frames on one connection are handled in order: once the viewer's awareness has come
      // through, its update frame before it has been handled (and dropped).
      viewer.provider.awareness.setLocalState({ user: 'viewer' });
      await waitFor("the editor sees the viewer's awareness", () => editor.provider.awareness.getStates().get(viewer.doc.clientID)?.user === 'viewer');
      applyOperation(editor.doc, { type: 'setCells', sheetId, cells: [{ row: 2, col: 2, input: 'skrevet af en redaktør' }] });
      await waitFor("the viewer receives the editor's edit", () => cellInputAt(viewer.doc, sheetId, 2, 2) === 'skrevet af en redaktør');

      expect(cellInputAt(editor.doc, sheetId, 1, 1)).not.toBe('skrevet af en læser');
      const stored = await api(server, 'GET', `/api/workspaces/${mine.id}/workbook.json`, mine.editorToken);
      expect(JSON.stringify(stored.json)).not.toContain('skrevet af en læser');
      expect(JSON.stringify(stored.json)).toContain('skrevet af en redaktør');
      const late = connectClient(server, mine.id, mine.editorToken);
      try {
        await waitSynced(late);
        expect(cellInputAt(late.doc, sheetId, 1, 1)).not.toBe('skrevet af en læser');
      } finally {
        late.destroy();
      }
    } finally {
      destroyAll([editor, viewer]);
    }
  });

  it('rotating a token refuses the old one at once and closes its live connections with 4403', async () => {
    const workspace = await createWorkspace(server);
    const viewer = connectClient(server, workspace.id, workspace.viewerToken);
    try {
      await waitSynced(viewer);
      const rotated = await api(server, 'POST', `/api/workspaces/${workspace.id}/tokens`, workspace.editorToken, { role: 'viewer' });
      expect(rotated.status).toBe(200);
      const { token, url } = z.object({ role: z.literal('viewer'), token: z.string(), url: z.string() }).strict().parse(rotated.json);
      expect(url).toBe(`${server.url}/w/${workspace.id}#token=${token}`);
      await waitFor('the old viewer connection is closed with 4403', () => viewer.closes.some((close) => close.code === 4403));
      expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).status).toBe(401);
      expect(await upgradeStatus(workspace.id, workspace.viewerToken)).toBe(401);
      expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, token)).status).toBe(200);
      expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.editorToken)).status).toBe(200);
    } finally {
      viewer.destroy();
    }
  });
});

describe('first start and later starts', () => {
  const fresh = serverForTests({ env: { ADMIN_TOKEN: undefined } });

  it('the first start prints a generated admin token once; every start prints the demo links', async () => {
    expect(fresh.output()).toMatch(/^Admin token \(shown once[^)]*\): \S{43}$/m);
    const demo = fresh.demo!;
    expect(fresh.output()).toContain(`${fresh.url}/w/${demo.workspaceId}#token=${demo.editorToken}\n`);
    expect((await api(fresh, 'POST', '/api/workspaces', fresh.adminToken)).status).toBe(201);
    const demoFile = await api(fresh, 'GET', `/api/workspaces/${demo.workspaceId}/workbook.json`, demo.viewerToken);
    expect(demoFile.json).toMatchObject({ format: 'fremskriv.workbook', title: 'Beskæftigelsesplan 2023' });

    await fresh.restart();
    expect(fresh.output()).not.toMatch(/Admin token/);
    expect(fresh.demo).toEqual(demo);
    expect((await api(fresh, 'POST', '/api/workspaces', fresh.adminToken)).status).toBe(201);
  });
});
