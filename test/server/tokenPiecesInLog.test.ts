/**
 * No piece of a token reaches the log (the nineteenth hostile pass). The eighteenth masked runs of
 * 43 or more token characters, so a token cut in pieces of 42 or fewer (two path segments, a
 * percent-escape in its middle, a space in a close reason, a map key of an update the server
 * refuses, a "workspace id" of 16 characters asked for three times) was written whole, a piece a
 * line. The log now carries no value a client chose: a request's path as its route with only the
 * ids it found, a close reason as its length, a refusal without the keys it quotes.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { requestOnFreshConnection } from '../harness/freshConnection.js';
import { serverForTests } from '../harness/serverForTests.js';
import { metaMap } from '../../models/workbook/workbookSchema.js';
import { workspaceForTests } from './support/api.js';
import { updateMessage } from './support/craftedUpdates.js';
import { openRawSocket } from './support/rawSocket.js';

const server = serverForTests();
const workspace = workspaceForTests(server);

async function status(path: string, token?: string): Promise<number> {
  const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
  return (await requestOnFreshConnection(`${server.url}${path}`, { headers })).status;
}

/** The pieces of `token` 10 characters long that the server's output holds (none, if it keeps them out). */
function piecesInLog(token: string): string[] {
  const output = server.output();
  const found: string[] = [];
  for (let start = 0; start + 10 <= token.length; start++) {
    const piece = token.slice(start, start + 10);
    if (output.includes(piece)) found.push(piece);
  }
  return found;
}

async function upgradeStatus(path: string): Promise<number> {
  const socket = new WebSocket(`${server.wsUrl}/${path}`);
  const answer = await new Promise<number>((resolve) => socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)).on('error', () => resolve(-1)).on('open', () => resolve(101)));
  socket.terminate();
  return answer;
}

describe('the log, whatever pieces of a token a request carries', () => {
  it('a token split over two path segments is answered 404 and neither half is written to the log', async () => {
    const token = workspace.editorToken;
    expect(await status(`/api/workspaces/${token.slice(0, 21)}/${token.slice(21)}`, token)).toBe(404);
    expect(await status(`/w/${token.slice(0, 21)}/x/${token.slice(21)}`)).toBe(404);
    await server.waitForOutput(/http method=GET path=\S+ status=404/);
    expect(piecesInLog(token)).toEqual([]);
  });

  it('a token with a percent-escape in its middle is answered and neither side of the escape is written to the log', async () => {
    const token = workspace.viewerToken;
    const escaped = `${token.slice(0, 20)}%${token.charCodeAt(20).toString(16).toUpperCase()}${token.slice(21)}`;
    expect(await status(`/api/workspaces/${workspace.id}/versions/${escaped}/plan`, token)).toBe(404);
    expect(await status(`/w/${workspace.id}%23token=${escaped}`)).toBeGreaterThanOrEqual(200);
    expect(await status(`/assets/${escaped}.js`)).toBe(404);
    await server.waitForOutput(new RegExp(`http method=GET path=/api/workspaces/${workspace.id}/versions/:version/plan status=404`));
    expect(piecesInLog(token)).toEqual([]);
  });

  it('a token asked for as three workspace ids of 16 characters is answered 404 and none of them is written to the log', async () => {
    const token = workspace.editorToken;
    for (const piece of [token.slice(0, 16), token.slice(16, 32), token.slice(32).padEnd(16, 'A')]) {
      expect(await status(`/api/workspaces/${piece}/access`, token)).toBe(404);
      expect(await upgradeStatus(`${piece}?token=${token}`)).toBe(404);
    }
    await server.waitForOutput(/sync\.refused .*status=404/);
    expect(piecesInLog(token)).toEqual([]);
  });

  it('a close reason holding a token split by a space is not written to the log, only its length', async () => {
    const token = workspace.viewerToken;
    const socket = new WebSocket(`${server.wsUrl}/${workspace.id}?token=${workspace.editorToken}`);
    await new Promise<void>((resolve, reject) => socket.once('open', () => resolve()).once('error', reject));
    const reason = `links: ${token.slice(0, 21)} ${token.slice(21)}`;
    socket.close(4000, reason);
    await server.waitForOutput(new RegExp(`sync\\.closed .*code=4000 reasonBytes=${reason.length}`));
    expect(piecesInLog(token)).toEqual([]);
  });

  it('an update refused for a key holding a piece of a token is refused as before and the key is not written to the log', async () => {
    const token = workspace.viewerToken;
    for (const piece of [token.slice(0, 22), token.slice(22)]) {
      const doc = new Y.Doc();
      metaMap(doc).set(piece, 1);
      const raw = await openRawSocket(server, workspace.id, workspace.editorToken);
      raw.socket.send(updateMessage(Y.encodeStateAsUpdate(doc)));
      const closed = await raw.closed;
      doc.destroy();
      expect(closed.code).toBe(4422);
      // The editor who sent it is told which key, as before.
      expect(closed.reason).toContain(piece.slice(0, 20));
    }
    await server.waitForOutput(/sync\.update\.refused .*has no place in a meta/);
    expect(piecesInLog(token)).toEqual([]);
  });
});
