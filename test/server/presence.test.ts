/**
 * Issue 15, problem 7: a viewer could overwrite another client's presence, and a presence state had
 * no size bound (20 viewer connections × 8 × 2 MiB pushed the server to 1.1 GB). A connection now
 * sets only the awareness client it introduced itself and each state is bounded; one token's
 * connections are bounded too (presenceCrowding.test.ts).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { serverForTests } from '../harness/serverForTests.js';
import { createWorkspace, workspaceForTests } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { presenceFrame } from './support/presenceFrames.js';
import { openRawSocket, sendAndProbe, type RawSocket } from './support/rawSocket.js';
import { clientsForTests, connectClient, waitFor, waitSynced } from './support/syncClients.js';

/** The presence states the server holds, as its last awareness answer to `raw` says. */
function serverStates(raw: RawSocket): Map<number, Record<string, unknown>> {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  for (const frame of raw.received) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) === 1) awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), null);
  }
  const states = new Map(awareness.getStates() as Map<number, Record<string, unknown>>);
  awareness.destroy();
  doc.destroy();
  return states;
}

describe('presence (issue 15, problem 7)', () => {
  const server = serverForTests({ env: { MAX_CONNECTIONS_PER_TOKEN: '4' } });
  const workspace = workspaceForTests(server);
  const clients = clientsForTests();

  it("a viewer may set its own presence but never overwrite a colleague's", async () => {
    const anna = connectClient(server, workspace.id, workspace.editorToken);
    clients.push(anna);
    await waitSynced(anna);
    anna.provider.awareness.setLocalStateField('user', { name: 'Anna' });
    const viewer = await openRawSocket(server, workspace.id, workspace.viewerToken);
    await waitFor("the server holds Anna's presence", async () => {
      await sendAndProbe(viewer, new Uint8Array([3]));
      return (serverStates(viewer).get(anna.doc.clientID)?.user as { name?: string } | undefined)?.name === 'Anna';
    });

    expect(await sendAndProbe(viewer, presenceFrame([anna.doc.clientID], 10_000, { user: { name: 'Mallory' } }))).toBe('open');
    expect(await sendAndProbe(viewer, presenceFrame([4_242], 1, { user: { name: 'Viewer' } }))).toBe('open');
    // The probe returns at the first awareness message after it, which may be the answer to the
    // probe before (or a colleague's renewal): ask until the answer holds the viewer's own state.
    await waitFor("the server holds the viewer's presence", async () => {
      await sendAndProbe(viewer, new Uint8Array([3]));
      return serverStates(viewer).has(4_242);
    });
    const states = serverStates(viewer);
    expect(states.get(anna.doc.clientID)?.user).toEqual({ name: 'Anna' });
    expect(states.get(4_242)?.user).toEqual({ name: 'Viewer', viewer: true });
    await waitFor("Anna sees the viewer's own presence", () => (anna.provider.awareness.getStates().get(4_242)?.user as { name?: string } | undefined)?.name === 'Viewer');
    expect(anna.provider.awareness.getStates().get(anna.doc.clientID)?.user).toEqual({ name: 'Anna' });
    viewer.socket.close();
  });

  it('a viewer claiming to be an editor in its presence shows as a viewer to colleagues; an editor shows as it says', async () => {
    const bo = connectClient(server, workspace.id, workspace.editorToken);
    clients.push(bo);
    await waitSynced(bo);
    bo.provider.awareness.setLocalStateField('user', { name: 'Bo', colour: '#1971c2', viewer: false });
    const viewer = await openRawSocket(server, workspace.id, workspace.viewerToken);
    expect(await sendAndProbe(viewer, presenceFrame([5_151], 1, { user: { name: 'Mallory', colour: '#d9480f', viewer: false }, cursor: null }))).toBe('open');
    const mallory = (): Record<string, unknown> | undefined => bo.provider.awareness.getStates().get(5_151) as Record<string, unknown> | undefined;
    await waitFor("Bo sees the viewer's presence", () => mallory() !== undefined);
    expect(mallory()).toEqual({ user: { name: 'Mallory', colour: '#d9480f', viewer: true }, cursor: null });
    await sendAndProbe(viewer, new Uint8Array([3]));
    expect(serverStates(viewer).get(bo.doc.clientID)?.user).toEqual({ name: 'Bo', colour: '#1971c2', viewer: false });
    viewer.socket.close();
  });

  it('a presence state over the size bound closes that connection with 1008; others are untouched', async () => {
    // A workspace of its own: a colleague's presence traffic would answer the probe early.
    const workspace = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    await whileColleagueWorks(server, colleague, async () => {
      // Issue 15: 20 viewer connections × 8 clients × 2 MiB states pushed the server to 1.1 GB.
      for (let i = 0; i < 20; i++) {
        const viewer = await openRawSocket(server, workspace.id, workspace.viewerToken);
        expect(await sendAndProbe(viewer, presenceFrame([5_151 + i], 1, { user: { name: 'x'.repeat(2 * 1024 * 1024) } }))).toBe(1008);
      }
    });
    // Ninth hostile pass: decoding a 14 MB state before its bound was checked held the event loop
    // 1.2 s per message; an awareness message past what a client ever sends is refused unread.
    const huge = await Promise.all([0, 1, 2, 3].map(() => openRawSocket(server, workspace.id, workspace.viewerToken)));
    for (const raw of huge) raw.socket.send(presenceFrame([5_500], 1, { user: { name: 'é'.repeat(7_000_000) } }));
    for (const raw of huge) expect(await raw.closed).toEqual({ code: 1008, reason: `an awareness update over ${8 * 16 * 1024 + 64 * 1024} bytes` });
    const other = await openRawSocket(server, workspace.id, workspace.viewerToken);
    expect(await sendAndProbe(other, new Uint8Array([3]))).toBe('open');
    for (let i = 0; i < 20; i++) expect(serverStates(other).has(5_151 + i)).toBe(false);
    other.socket.close();
  });

  it('a connection sending presence faster than its budget, or asking for every state over and over, is closed with 1008; a planner moving the selection is not', async () => {
    const workspace = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    const anna = connectClient(server, workspace.id, workspace.editorToken);
    clients.push(anna);
    await waitSynced(anna);
    await whileColleagueWorks(server, colleague, async () => {
      // A viewer sending 15 kB states as fast as its socket takes them (each is relayed to everyone).
      const flooder = await openRawSocket(server, workspace.id, workspace.viewerToken);
      for (let clock = 1; clock <= 200 && flooder.socket.readyState === flooder.socket.OPEN; clock++) flooder.socket.send(presenceFrame([7_001], clock, { user: { name: 'x'.repeat(15_000) } }));
      expect(await flooder.closed).toEqual({ code: 1008, reason: 'presence updates too fast' });
      // A one-byte question whose answer is every state of the workspace, asked over and over.
      const filler = await openRawSocket(server, workspace.id, workspace.viewerToken);
      expect(await sendAndProbe(filler, presenceFrame([7_100], 1, { user: { name: 'y'.repeat(12_000) } }))).toBe('open');
      const asker = await openRawSocket(server, workspace.id, workspace.viewerToken);
      for (let i = 0; i < 400 && asker.socket.readyState === asker.socket.OPEN; i++) asker.socket.send(new Uint8Array([3]));
      expect(await asker.closed).toEqual({ code: 1008, reason: 'presence updates too fast' });
      filler.socket.close();
    });
    // Anna moving her selection 300 times in a burst, as a planner holding an arrow key does.
    for (let i = 0; i < 300; i++) anna.provider.awareness.setLocalStateField('user', { name: 'Anna', cell: `r${i}:c1` });
    const probe = await openRawSocket(server, workspace.id, workspace.viewerToken);
    await waitFor("the server holds Anna's last selection", async () => {
      expect(await sendAndProbe(probe, new Uint8Array([3]))).toBe('open');
      return (serverStates(probe).get(anna.doc.clientID)?.user as { cell?: string } | undefined)?.cell === 'r299:c1';
    });
    expect(anna.closes, JSON.stringify(anna.closes)).toEqual([]);
    probe.socket.close();
  });

  it("a newcomer is sent at most four large states' worth of presence, smallest first: a colleague's is always among them, a flooder's large ones wait for their renewal", async () => {
    const workspace = await createWorkspace(server);
    const anna = connectClient(server, workspace.id, workspace.editorToken);
    clients.push(anna);
    await waitSynced(anna);
    anna.provider.awareness.setLocalStateField('user', { name: 'Anna' });
    // Six 15 kB states, one per connection of the two links (each holds four: Anna and the newcomer take the rest).
    const flooders: RawSocket[] = [];
    for (const token of [workspace.viewerToken, workspace.viewerToken, workspace.viewerToken, workspace.editorToken, workspace.editorToken, workspace.editorToken]) {
      flooders.push(await openRawSocket(server, workspace.id, token));
    }
    for (const [n, flooder] of flooders.entries()) flooder.socket.send(presenceFrame([6_000 + n], 1, { user: { name: 'x'.repeat(15_000) } }));
    await waitFor('Anna hears all six states', () => anna.provider.awareness.getStates().size >= 7);
    const newcomer = await openRawSocket(server, workspace.id, workspace.viewerToken);
    await waitFor('the newcomer is sent presence', () => newcomer.received.some((frame) => frame[0] === 1));
    const welcome = newcomer.received.find((frame) => frame[0] === 1)!;
    expect(welcome.byteLength).toBeLessThanOrEqual(4 * 16 * 1024 + 1024);
    const states = serverStates({ ...newcomer, received: [welcome] });
    expect((states.get(anna.doc.clientID)?.user as { name?: string } | undefined)?.name).toBe('Anna');
    const large = [...states.values()].filter((state) => ((state.user as { name?: string } | undefined)?.name ?? '').length >= 15_000);
    expect(large.length).toBeLessThanOrEqual(4);
    for (const raw of [...flooders, newcomer]) raw.socket.close();
  });
});

describe('presence over many connections of one token', () => {
  const server = serverForTests();

  it('twenty connections of one link (its bound), each within its own presence budget, share the token’s: some are closed with 1008 while a colleague on another link keeps setting presence', async () => {
    const workspace = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    const sockets: RawSocket[] = [];
    try {
      const closes: Array<{ code: number; reason: string }> = [];
      await whileColleagueWorks(server, colleague, async () => {
        for (let i = 0; i < 20; i++) sockets.push(await openRawSocket(server, workspace.id, workspace.editorToken));
        for (const raw of sockets) void raw.closed.then((close) => closes.push(close));
        // Two 15 kB states each: an eighth of one connection's budget, 600 kB together.
        for (let clock = 1; clock <= 2; clock++) {
          sockets.forEach((raw, i) => {
            if (raw.socket.readyState === raw.socket.OPEN) raw.socket.send(presenceFrame([8_000 + i], clock, { user: { name: 'x'.repeat(15_000) } }));
          });
        }
        await waitFor('connections of the flooding link are closed', () => closes.length > 0);
      });
      expect(closes.length).toBeGreaterThan(0);
      expect(closes.every((close) => close.code === 1008 && close.reason === 'presence updates too fast')).toBe(true);
      const viewer = await openRawSocket(server, workspace.id, workspace.viewerToken);
      expect(await sendAndProbe(viewer, presenceFrame([9_001], 1, { user: { name: 'Bo' } }))).toBe('open');
      await waitFor('the server holds the colleague’s presence', async () => {
        expect(await sendAndProbe(viewer, new Uint8Array([3]))).toBe('open');
        return (serverStates(viewer).get(9_001)?.user as { name?: string } | undefined)?.name === 'Bo';
      });
      viewer.socket.close();
    } finally {
      for (const raw of sockets) raw.socket.terminate();
    }
  }, 120_000);
});
