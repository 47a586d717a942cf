/**
 * A careless or hostile editor asking for the document over and over: sync step 1 is four bytes
 * and its answer the whole workspace, encoded on the event loop. 500 questions on one socket held
 * /healthz past 5 s and an honest colleague's edits for over 30 s (server/sync/documentRequests.ts).
 * Now a connection may ask eight times at once, then once every ten seconds; past that it is
 * closed with 1008, and everyone else carries on.
 */
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { serverForTests } from '../harness/serverForTests.js';
import { createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { openRawSocket } from './support/rawSocket.js';
import { connectClient, destroyAll, waitFor, waitSynced, type SyncClient } from './support/syncClients.js';

// Sixty connections of one link: a server whose link bound was raised past its default (20).
const server = serverForTests({ env: { MAX_CONNECTIONS_PER_TOKEN: '60' } });

/** Sync step 1 with an empty state vector: "send me everything". */
const ASK_FOR_EVERYTHING = new Uint8Array([0, 0, 1, 0]);
const SYNC_STEP_2 = (frame: Uint8Array) => frame[0] === 0 && frame[1] === 1;

describe('a connection asking for the document over and over', () => {
  it('is closed with 1008 "document requested too often" after at most eight answers; a colleague keeps syncing', async () => {
    const workspace = await createWorkspace(server);
    const colleague = { id: server.demo!.workspaceId, editorToken: server.demo!.editorToken };
    const { close, answers } = await whileColleagueWorks(server, colleague, async () => {
      const raw = await openRawSocket(server, workspace.id, workspace.editorToken);
      for (let i = 0; i < 500; i++) raw.socket.send(ASK_FOR_EVERYTHING);
      const close = await raw.closed;
      return { close, answers: raw.received.filter(SYNC_STEP_2).length };
    });
    expect(close).toEqual({ code: 1008, reason: 'document requested too often' });
    expect(answers).toBeGreaterThan(0);
    expect(answers).toBeLessThanOrEqual(8);
    expect(server.output()).toMatch(/sync\.closing .*code=1008 reason="document requested too often"/);
  }, 180_000);

  it('planners opening the workspace again and again each get the whole document (the budget is per connection)', async () => {
    const workspace = await createWorkspace(server);
    const writer = connectClient(server, workspace.id, workspace.editorToken);
    const clients: SyncClient[] = [writer];
    try {
      await waitSynced(writer);
      writer.doc.getMap('meta').get('title');
      for (let i = 0; i < 12; i++) {
        const reader = connectClient(server, workspace.id, workspace.viewerToken);
        clients.push(reader);
        await waitSynced(reader);
        await waitFor('the reader holds the whole document', () => Y.encodeStateAsUpdate(reader.doc).byteLength === Y.encodeStateAsUpdate(writer.doc).byteLength);
        expect(reader.closes).toEqual([]);
      }
    } finally {
      destroyAll(clients);
    }
  }, 180_000);
});

describe('many connections asking for a large workspace with a state vector that lacks it', () => {
  it('sixty connections of one link, eight questions each naming a client the server never saw, get the whole workspace while /healthz and a colleague carry on', async () => {
    const cells = (col: string): Record<string, number> => Object.fromEntries(Array.from({ length: 11_000 }, (_, i) => [`${col}${i + 1}`, i * 1.5 + 0.25]));
    const sheet = (name: string) => ({ name, cells: { ...cells('A'), ...cells('B') } });
    const workspace = await createWorkspace(server, { format: 'fremskriv.workbook', version: 1, title: 'Stor', locale: 'da-DK', sheets: [sheet('A'), sheet('B')] });
    const colleague = { id: server.demo!.workspaceId, editorToken: server.demo!.editorToken };
    // Sync step 1 whose state vector names one unknown client at clock 0: "I have nothing of yours".
    const lacksEverything = new Uint8Array([0, 0, 5, 1, 0xb2, 0x8e, 0x1a, 0]);
    const sockets = await whileColleagueWorks(server, colleague, async () => {
      const raws = await Promise.all(Array.from({ length: 60 }, () => openRawSocket(server, workspace.id, workspace.editorToken)));
      for (const raw of raws) for (let i = 0; i < 8; i++) raw.socket.send(lacksEverything);
      await waitFor('every connection has its eight answers', () => raws.every((raw) => raw.received.filter(SYNC_STEP_2).length >= 8), 120_000);
      return raws;
    });
    const doc = new Y.Doc();
    const answer = sockets[0]!.received.filter(SYNC_STEP_2).at(-1)!;
    const decoder = (await import('lib0/decoding')).createDecoder(answer.subarray(2));
    Y.applyUpdate(doc, (await import('lib0/decoding')).readVarUint8Array(decoder));
    expect(doc.getArray('sheetOrder').length).toBe(2);
    doc.destroy();
    for (const raw of sockets) raw.socket.terminate();
  }, 240_000);
});

describe('a state vector naming far more clients than the workspace holds', () => {
  it('[ninth hostile pass] is refused with 1008 before it is read, every time; a viewer naming the workspace’s clients and a few of its own is answered, and a colleague keeps syncing', async () => {
    const workspace = await createWorkspace(server);
    const colleague = { id: server.demo!.workspaceId, editorToken: server.demo!.editorToken };
    /** Sync step 1 naming `count` clients the server never saw (each at clock 1). */
    const naming = (count: number): Uint8Array => {
      const vector = encoding.createEncoder();
      encoding.writeVarUint(vector, count);
      for (let i = 0; i < count; i++) {
        encoding.writeVarUint(vector, 3_000_000 + i);
        encoding.writeVarUint(vector, 1);
      }
      const frame = encoding.createEncoder();
      encoding.writeVarUint(frame, 0);
      encoding.writeVarUint(frame, 0);
      encoding.writeVarUint8Array(frame, encoding.toUint8Array(vector));
      return encoding.toUint8Array(frame);
    };
    const closes = await whileColleagueWorks(server, colleague, async () => {
      const found: Array<{ code: number; reason: string }> = [];
      for (let n = 0; n < 4; n++) {
        const raw = await openRawSocket(server, workspace.id, workspace.viewerToken);
        for (let i = 0; i < 8; i++) raw.socket.send(naming(300_000));
        found.push(await raw.closed);
      }
      return found;
    });
    for (const close of closes) expect(close).toEqual({ code: 1008, reason: 'the state vector names more clients than the workspace holds' });
    // A browser's offline copy names its own unsent clients too: within MAX_UPDATE_CLIENTS it is answered.
    const honest = await openRawSocket(server, workspace.id, workspace.viewerToken);
    honest.socket.send(naming(50));
    await waitFor('the honest question is answered', () => honest.received.some(SYNC_STEP_2));
    honest.socket.close();
  }, 180_000);
});
