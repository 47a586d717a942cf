/**
 * Ninth hostile pass: presence crowding. The browser lists the first 50 colleagues' presence
 * states; one holder of a shared link opened 200 connections, each announcing eight presences,
 * and hid the real colleagues from everyone. Now a link holds at most MAX_CONNECTIONS_PER_TOKEN
 * connections (the next is closed with 4429, saying why) and a connection speaks for one presence.
 */
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { CloseCode } from '../../models/api/closeCodes.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { serverForTests } from '../harness/serverForTests.js';
import { createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { openRawSocket, sendAndProbe, type RawSocket } from './support/rawSocket.js';
import { clientsForTests, connectClient, waitFor, waitSynced, type SyncClient } from './support/syncClients.js';

const LIMIT = 5;

/** One awareness frame setting a state for each of `clients` (clock 1). */
function presenceOf(clients: readonly number[], name: (client: number) => string): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, clients.length);
  for (const client of clients) {
    encoding.writeVarUint(update, client);
    encoding.writeVarUint(update, 1);
    encoding.writeVarString(update, JSON.stringify({ user: { name: name(client), colour: '#d9480f' } }));
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

function namesSeenBy(client: SyncClient): string[] {
  return [...client.provider.awareness.getStates().values()].map((state) => (state.user as { name?: string } | undefined)?.name ?? '').filter((name) => name !== '');
}

describe('presence crowding (ninth hostile pass)', () => {
  const server = serverForTests({ env: { MAX_CONNECTIONS_PER_TOKEN: String(LIMIT) } });
  const clients = clientsForTests();

  it(`a link's connection past MAX_CONNECTIONS_PER_TOKEN is closed with ${CloseCode.tooManyConnections} saying why, and stays closed; the other link still connects and everyone keeps syncing`, async () => {
    const workspace = await createWorkspace(server);
    const viewers = Array.from({ length: LIMIT }, () => connectClient(server, workspace.id, workspace.viewerToken));
    clients.push(...viewers);
    await waitSynced(...viewers);
    const extra = connectClient(server, workspace.id, workspace.viewerToken);
    clients.push(extra);
    const closed = new Promise<{ code: number; reason: string }>((resolve) => extra.provider.once('closed', resolve));
    expect(await closed).toEqual({ code: CloseCode.tooManyConnections, reason: `this link already has ${LIMIT} open connections to this workspace` });
    expect(extra.provider.shouldConnect).toBe(false);
    // The editor link is another link; an edit reaches every viewer.
    const editor = connectClient(server, workspace.id, workspace.editorToken);
    clients.push(editor);
    await waitSynced(editor);
    applyOperation(editor.doc, { type: 'setTitle', title: 'Plan efter travl dag' });
    await waitFor('every viewer sees the edit', () => viewers.every((viewer) => viewer.doc.getMap('meta').get('title') === 'Plan efter travl dag'));
    // A closed tab frees its place: trying again connects.
    viewers[0]!.destroy();
    await waitFor('the freed place is taken', async () => {
      extra.provider.connect();
      await waitFor('the retry settles', () => extra.provider.synced || !extra.provider.shouldConnect);
      return extra.provider.synced;
    });
    expect(extra.doc.getMap('meta').get('title')).toBe('Plan efter travl dag');
  });

  it('one connection cannot show several presences: only the first it announces is kept and relayed; the colleague sees it and its own colleagues, and keeps syncing', async () => {
    const workspace = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    const anna = connectClient(server, workspace.id, workspace.editorToken);
    clients.push(anna);
    await waitSynced(anna);
    anna.provider.awareness.setLocalStateField('user', { name: 'Anna', colour: '#1971c2' });
    const sockets: RawSocket[] = [];
    try {
      await whileColleagueWorks(server, colleague, async () => {
        for (let n = 0; n < LIMIT; n++) {
          const raw = await openRawSocket(server, workspace.id, workspace.viewerToken);
          sockets.push(raw);
          // Eight presences in one frame, then eight more one frame each.
          const ids = Array.from({ length: 16 }, (_, i) => 10_000 + n * 100 + i);
          expect(await sendAndProbe(raw, presenceOf(ids.slice(0, 8), (client) => `Falsk ${client}`))).toBe('open');
          for (const id of ids.slice(8)) expect(await sendAndProbe(raw, presenceOf([id], (client) => `Falsk ${client}`))).toBe('open');
        }
      });
      await waitFor('Anna sees one presence per connection', () => namesSeenBy(anna).length === LIMIT + 1);
      expect(namesSeenBy(anna).sort()).toEqual(['Anna', ...Array.from({ length: LIMIT }, (_, n) => `Falsk ${10_000 + n * 100}`)].sort());
      // A newcomer is welcomed with the same: Anna and one presence per connection.
      const bo = connectClient(server, workspace.id, workspace.editorToken);
      clients.push(bo);
      await waitSynced(bo);
      await waitFor('Bo is told who is here', () => namesSeenBy(bo).length === LIMIT + 1);
      expect(namesSeenBy(bo)).toContain('Anna');
      applyOperation(bo.doc, { type: 'setTitle', title: 'Bo var her' });
      await waitFor("Anna receives Bo's edit", () => anna.doc.getMap('meta').get('title') === 'Bo var her');
    } finally {
      for (const raw of sockets) raw.socket.terminate();
    }
  });
});
