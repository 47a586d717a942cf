/**
 * A workspace whose links a hostile editor rotated can be reached again (the eighteenth hostile
 * pass): the editor link may rotate both links, and before, every colleague was locked out for
 * good, as only an editor could make a new link. The admin token may now rotate a workspace's
 * links (`POST …/tokens`) and nothing more on it.
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { api, workspaceForTests } from './support/api.js';

const server = serverForTests();
const workspace = workspaceForTests(server);

const tokenAnswer = (json: unknown): { role: string; token: string; url: string } => json as { role: string; token: string; url: string };

describe('links a colleague rotated', () => {
  it('the admin gives a workspace whose both links a colleague rotated new ones, and the colleague\u2019s links stop working', async () => {
    const before = (await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json;
    const hostileEditor = tokenAnswer((await api(server, 'POST', `/api/workspaces/${workspace.id}/tokens`, workspace.editorToken, { role: 'editor' })).json).token;
    const hostileViewer = tokenAnswer((await api(server, 'POST', `/api/workspaces/${workspace.id}/tokens`, hostileEditor, { role: 'viewer' })).json).token;
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/access`, workspace.editorToken)).status).toBe(401);
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/access`, workspace.viewerToken)).status).toBe(401);

    const editor = await api(server, 'POST', `/api/workspaces/${workspace.id}/tokens`, server.adminToken, { role: 'editor' });
    expect(editor.status).toBe(200);
    const viewer = await api(server, 'POST', `/api/workspaces/${workspace.id}/tokens`, server.adminToken, { role: 'viewer' });
    expect(viewer.status).toBe(200);
    expect(tokenAnswer(editor.json)).toEqual({ role: 'editor', token: expect.any(String), url: expect.stringContaining(`/w/${workspace.id}#token=`) });
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/access`, tokenAnswer(editor.json).token)).json).toEqual({ role: 'editor' });
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/access`, tokenAnswer(viewer.json).token)).json).toEqual({ role: 'viewer' });
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/access`, hostileEditor)).status).toBe(401);
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/access`, hostileViewer)).status).toBe(401);
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, tokenAnswer(viewer.json).token)).json).toEqual(before);
    await server.waitForOutput(new RegExp(`workspace\\.token\\.rotated workspace=${workspace.id} role=viewer by=admin`));
  });

  it('the admin token rotates links of an existing workspace only, and does nothing else on it', async () => {
    expect((await api(server, 'POST', '/api/workspaces/AAAAAAAAAAAAAAAA/tokens', server.adminToken, { role: 'editor' }))).toEqual({ status: 404, json: { error: 'no such workspace' } });
    expect((await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, server.adminToken, { name: 'Admin' })).status).toBe(401);
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/access`, server.adminToken)).status).toBe(401);
  });
});
