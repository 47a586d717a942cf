/**
 * Tenth hostile pass: presence a connection does not speak for. A viewer took over an editor's
 * presence while the editor's tab reconnected, and entries for colleagues' clients (which the
 * stock client sends back, and the server drops) were parsed without any bound on how many.
 */
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CloseCode } from '../../models/api/closeCodes.js';
import { serverForTests } from '../harness/serverForTests.js';
import { createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { presenceFrame } from './support/presenceFrames.js';
import { openRawSocket, sendAndProbe } from './support/rawSocket.js';
import { clientsForTests, connectClient, waitFor, waitSynced, type SyncClient } from './support/syncClients.js';

function stateSeen(by: SyncClient, client: number): Record<string, unknown> | undefined {
  return by.provider.awareness.getStates().get(client);
}

describe('presence a connection does not speak for (tenth hostile pass)', () => {
  const server = serverForTests();
  const clients = clientsForTests();

  it("a viewer cannot take over an editor's presence while the editor's tab reconnects: the editor shows as herself, with her own cursor, to colleagues", async () => {
    const workspace = await createWorkspace(server);
    const anna = connectClient(server, workspace.id, workspace.editorToken);
    const bo = connectClient(server, workspace.id, workspace.editorToken);
    clients.push(anna, bo);
    anna.provider.awareness.setLocalStateField('user', { name: 'Anna', colour: '#1c7ed6' });
    bo.provider.awareness.setLocalStateField('user', { name: 'Bo', colour: '#d9480f' });
    await waitSynced(anna, bo);
    const annaId = anna.doc.clientID;
    await waitFor('Bo sees Anna', () => stateSeen(bo, annaId) !== undefined);
    // Anna's tab loses its connection for a moment; a viewer watching the presence list claims her client.
    anna.provider.disconnect();
    await waitFor('Bo sees Anna leave', () => stateSeen(bo, annaId) === undefined);
    const viewer = await openRawSocket(server, workspace.id, workspace.viewerToken);
    expect(await sendAndProbe(viewer, presenceFrame([annaId], 2 ** 40, { user: { name: 'Anna', colour: '#1c7ed6' }, cell: 'overtaget' }))).toBe('open');
    anna.provider.connect();
    await waitSynced(anna);
    anna.provider.awareness.setLocalStateField('cell', 'B7');
    await waitFor("Bo sees Anna's own cell", () => stateSeen(bo, annaId)?.cell === 'B7');
    expect(stateSeen(bo, annaId)?.user).toEqual({ name: 'Anna', colour: '#1c7ed6' });
    expect(anna.provider.awareness.getLocalState()?.cell).toBe('B7');
    viewer.socket.close();
  }, 60_000);

  it("a colleague holding the same editor link cannot take over a planner's presence while her tab reconnects: her tab's presence key owns it", async () => {
    const workspace = await createWorkspace(server);
    const anna = connectClient(server, workspace.id, workspace.editorToken, { presence: 'annas-fane-0123456789' });
    const carl = connectClient(server, workspace.id, workspace.viewerToken, { presence: 'carls-fane-0123456789' });
    clients.push(anna, carl);
    anna.provider.awareness.setLocalStateField('user', { name: 'Anna', colour: '#1c7ed6' });
    await waitSynced(anna, carl);
    const annaId = anna.doc.clientID;
    await waitFor('Carl sees Anna', () => stateSeen(carl, annaId) !== undefined);
    anna.provider.disconnect();
    await waitFor('Carl sees Anna leave', () => stateSeen(carl, annaId) === undefined);
    // Bo has the same editor link, and Anna's client id and clock from every frame he was sent;
    // from his own tab (with its own key) and from a bare socket (with none) he claims her presence.
    for (const query of ['&presence=bos-fane-0123456789', '']) {
      const bo = await openRawSocket(server, workspace.id, workspace.editorToken, query);
      expect(await sendAndProbe(bo, presenceFrame([annaId], 2 ** 40, { user: { name: 'Anna', colour: '#1c7ed6' }, cell: 'overtaget' }))).toBe('open');
      expect(stateSeen(carl, annaId)).toBeUndefined();
      anna.provider.connect();
      await waitSynced(anna);
      anna.provider.awareness.setLocalStateField('cell', `B${query.length}`);
      await waitFor("Carl sees Anna's own cell", () => stateSeen(carl, annaId)?.cell === `B${query.length}`);
      expect(stateSeen(carl, annaId)?.user).toEqual({ name: 'Anna', colour: '#1c7ed6' });
      anna.provider.disconnect();
      await waitFor('Carl sees Anna leave', () => stateSeen(carl, annaId) === undefined);
      bo.socket.close();
      await bo.closed;
    }
  }, 60_000);

  it('a malformed presence key is refused with a plain 400 saying what it must be', async () => {
    const workspace = await createWorkspace(server);
    for (const key of ['kort', 'x'.repeat(65), 'ikke+base64url/0123456789']) {
      const socket = new WebSocket(`${server.wsUrl}/${workspace.id}?token=${encodeURIComponent(workspace.editorToken)}&presence=${encodeURIComponent(key)}`);
      const answer = await new Promise<{ status: number | undefined; body: string }>((resolve) => {
        socket.on('unexpected-response', (_request, response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
          response.on('end', () => resolve({ status: response.statusCode, body }));
        });
        socket.on('open', () => resolve({ status: 101, body: '' }));
      });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toEqual({ error: 'presence must be 16 to 64 characters of A–Z, a–z, 0–9, "-" or "_"' });
    }
  });

  it(`a connection sending colleagues' presence back faster than the server sent it is closed with ${CloseCode.policyViolation} saying so; planners relaying each other's presence are not`, async () => {
    const workspace = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    // Six planners moving their cursors: each stock client sends every state it hears back.
    const planners = Array.from({ length: 6 }, (_, i) => connectClient(server, workspace.id, i % 2 === 0 ? workspace.editorToken : workspace.viewerToken));
    clients.push(...planners);
    await waitSynced(...planners);
    for (let move = 0; move < 30; move++) for (const [i, planner] of planners.entries()) planner.provider.awareness.setLocalState({ user: { name: `Planner ${i}` }, cell: `A${move}` });
    await waitFor('every planner sees every last cell', () => planners.every((planner) => planners.every((other) => stateSeen(planner, other.doc.clientID)?.cell === 'A29')));
    // A colleague's state of nearly 16 KiB, a dozen times over, in frames the stock client never sends unasked.
    const state: Record<string, number> = {};
    for (let i = 0; JSON.stringify(state).length < 15_000; i++) state[`k${i}`] = i;
    const echoes = presenceFrame(Array.from({ length: 12 }, (_, i) => planners[i % planners.length]!.doc.clientID), 1, state);
    await whileColleagueWorks(server, colleague, async () => {
      const flooders = await Promise.all([0, 1, 2, 3].map(() => openRawSocket(server, workspace.id, workspace.viewerToken)));
      for (const [i, flooder] of flooders.entries()) {
        expect(await sendAndProbe(flooder, presenceFrame([90_000 + i], 1, { user: { name: 'Gæst' } }))).toBe('open');
        for (let sent = 0; sent < 200 && flooder.socket.readyState === flooder.socket.OPEN; sent++) flooder.socket.send(echoes);
      }
      for (const flooder of flooders) expect(await flooder.closed).toEqual({ code: CloseCode.policyViolation, reason: "colleagues' presence sent back faster than the server sent it" });
    });
    expect(planners.flatMap((planner) => planner.closes)).toEqual([]);
    expect(planners.every((planner) => planner.provider.wsconnected)).toBe(true);
  }, 120_000);
});
