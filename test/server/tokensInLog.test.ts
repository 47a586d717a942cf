/**
 * Tokens never reach the log, wherever a careless colleague puts them (the eighteenth hostile
 * pass). The seventeenth hid a token pasted as a whole path segment; a link whose `#` a mail
 * program wrote as `%23`, a token in a websocket's close reason and an `ADMIN_TOKEN` the operator
 * chose in another shape still reached the log whole.
 */
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { requestOnFreshConnection } from '../harness/freshConnection.js';
import { serverForTests } from '../harness/serverForTests.js';
import { workspaceForTests } from './support/api.js';

// An operator's own admin token, not the 43-character shape the server makes.
const ADMIN_TOKEN = 'Jobcenter:Roskilde@admin-2026';
const server = serverForTests({ env: { ADMIN_TOKEN } });
const workspace = workspaceForTests(server);

async function status(path: string, token?: string): Promise<number> {
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  return (await requestOnFreshConnection(`${server.url}${path}`, { headers })).status;
}

describe('the log, whatever a request carries', () => {
  it('a link whose # was sent as %23 is answered and its token is not written to the log', async () => {
    const token = workspace.editorToken;
    expect(await status(`/w/${workspace.id}%23token=${token}`)).toBeGreaterThanOrEqual(200);
    expect(await status(`/api/workspaces/${workspace.id}%3Ftoken%3D${token}/access`, token)).toBe(404);
    await server.waitForOutput(/http method=GET path=\/api\/workspaces\/:id\/access status=404/);
    expect(server.output()).not.toContain(token.slice(0, 20));
  });

  it('a token a client writes into its websocket close reason is not written to the log', async () => {
    const token = workspace.viewerToken;
    const socket = new WebSocket(`${server.wsUrl}/${workspace.id}?token=${workspace.editorToken}`);
    await new Promise<void>((resolve, reject) => socket.once('open', () => resolve()).once('error', reject));
    const reason = `leaving; my other link is ${token}`;
    socket.close(4000, reason);
    await server.waitForOutput(new RegExp(`sync\\.closed .*code=4000 reasonBytes=${reason.length}`));
    expect(server.output()).not.toContain(token.slice(0, 20));
  });

  it('an admin token of the operator\u2019s own shape pasted where an id goes is not written to the log', async () => {
    expect(await status(`/api/workspaces/${ADMIN_TOKEN}/access`, ADMIN_TOKEN)).toBe(404);
    expect(await status(`/api/workspaces/${encodeURIComponent(ADMIN_TOKEN)}/versions`, ADMIN_TOKEN)).toBe(404);
    await server.waitForOutput(/http method=GET path=\/api\/workspaces\/:id\/versions status=404/);
    expect(server.output()).not.toContain(ADMIN_TOKEN);
    expect(server.output()).not.toContain(encodeURIComponent(ADMIN_TOKEN));
  });
});
