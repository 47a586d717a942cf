import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { serverForTests } from '../harness/serverForTests.js';
import { api, workspaceForTests } from './support/api.js';
import { openRawSocket, sendAndProbe, type RawSocket } from './support/rawSocket.js';
import { connectClient, destroyAll, waitFor, waitSynced } from './support/syncClients.js';

const MAX_MESSAGE_BYTES = 64 * 1024;
// Each of the thousand hostile frames below comes on a connection of its own from loopback and
// must reach the sync protocol: the per-address connection rate (429 past 300 a minute) has its
// own test, connectionsPerAddress.test.ts.
const server = serverForTests({ env: { MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES), NEW_CONNECTIONS_PER_ADDRESS_PER_MINUTE: '5000' } });
const workspace = workspaceForTests(server);

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function frame(...parts: Array<number | Uint8Array>): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeVarUint(encoder, part);
    else encoding.writeVarUint8Array(encoder, part);
  }
  return encoding.toUint8Array(encoder);
}

function awarenessUpdate(clients: number[], json: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clients.length);
  for (const client of clients) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}

/** A real update frame (an edit of the workbook), to truncate. */
function realUpdateFrame(): Uint8Array {
  const doc = new Y.Doc();
  try {
    doc.getMap('meta').set('title', 'Et helt gyldigt dokument med en lang titel');
    return frame(0, 2, Y.encodeStateAsUpdate(doc));
  } finally {
    doc.destroy();
  }
}

describe('hostile and broken input', () => {
  it.each([
    ['an unknown message type', () => frame(99), 1003],
    ['an unknown sync message type', () => frame(0, 9, new Uint8Array([0])), 1003],
    ['a text frame', () => 'hello', 1003],
    ['a truncated frame', () => frame(0, 2, new Uint8Array([1, 2, 3, 4, 5])).subarray(0, 4), 1007],
    ['a truncated update', () => frame(0, 2, realUpdateFrame().subarray(3, 12)), 1007],
    ['a malformed state vector', () => frame(0, 0, new Uint8Array([5, 1])), 1007],
    ['an awareness update that is not JSON', () => frame(1, awarenessUpdate([7], '{nope')), 1007],
    ['a message over MAX_MESSAGE_BYTES', () => frame(0, 2, new Uint8Array(MAX_MESSAGE_BYTES + 10)), 1009],
  ])('%s closes that connection with a clear close code and a log line', async (_what, make, code) => {
    const raw = await openRawSocket(server, workspace.id, workspace.editorToken);
    expect(await sendAndProbe(raw, make())).toBe(code);
    await server.waitForOutput(new RegExp(`sync\\.closing workspace=${workspace.id} conn=\\d+ role=editor code=${code}`));
  });

  it('a well-formed frame keeps the connection open (the probe works)', async () => {
    const raw = await openRawSocket(server, workspace.id, workspace.editorToken);
    try {
      expect(await sendAndProbe(raw, frame(0, 0, new Uint8Array([0])))).toBe('open');
    } finally {
      raw.socket.close();
    }
  });

  it('a thousand random and truncated frames: the server keeps serving the others, the document is untouched, memory does not climb', async () => {
    const editor = connectClient(server, workspace.id, workspace.editorToken);
    const watcher = connectClient(server, workspace.id, workspace.viewerToken);
    const current: { raw: RawSocket | null } = { raw: null };
    try {
      await waitSynced(editor, watcher);
      const before = JSON.stringify(exportWorkbookFile(editor.doc));
      const seed = 20_240_611;
      const next = random(seed);
      const bytes = (length: number): Uint8Array => Uint8Array.from({ length }, () => Math.floor(next() * 256));
      const valid = realUpdateFrame();
      const makeFrame = (): Uint8Array => {
        const kind = Math.floor(next() * 5);
        if (kind === 0) return bytes(1 + Math.floor(next() * 64));
        if (kind === 1) return valid.subarray(0, Math.floor(next() * (valid.length - 1)));
        if (kind === 2) return frame(0, 2, bytes(Math.floor(next() * 48)));
        if (kind === 3) return Uint8Array.from([1, ...bytes(Math.floor(next() * 32))]);
        return Uint8Array.from([0, Math.floor(next() * 3), ...bytes(Math.floor(next() * 32))]);
      };
      const outcomes = new Map<string, number>();
      const barrage = async (count: number): Promise<void> => {
        for (let i = 0; i < count; i++) {
          current.raw ??= await openRawSocket(server, workspace.id, workspace.editorToken);
          const outcome = await sendAndProbe(current.raw, makeFrame());
          outcomes.set(String(outcome), (outcomes.get(String(outcome)) ?? 0) + 1);
          if (outcome !== 'open') current.raw = null;
        }
      };
      // All at once on one connection: the first bad frame closes it and the rest are ignored.
      const burst = await openRawSocket(server, workspace.id, workspace.editorToken);
      for (let i = 0; i < 1000; i++) burst.socket.send(makeFrame());
      expect([1003, 1007, 1008, 4009, 4422]).toContain((await burst.closed).code);
      await barrage(200);
      const rssBefore = server.rssBytes();
      await barrage(1000);
      const rssAfter = server.rssBytes();

      expect([...outcomes.keys()].every((key) => ['open', '1003', '1007', '1008', '4009', '4422'].includes(key)), `seed ${seed}: ${JSON.stringify([...outcomes])}`).toBe(true);
      expect(rssAfter - rssBefore, `seed ${seed}: RSS grew from ${rssBefore} to ${rssAfter}`).toBeLessThan(40 * 1024 * 1024);
      expect(JSON.stringify(exportWorkbookFile(editor.doc))).toBe(before);
      const stored = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
      expect(JSON.stringify(stored.json)).toBe(before);

      const sheetId = workbookGrid(editor.doc).listSheets()[0]!.id;
      applyOperation(editor.doc, { type: 'setCells', sheetId, cells: [{ row: 9, col: 9, input: 'stadig i live' }] });
      await waitFor('the other client still gets live edits', () => cellInputAt(watcher.doc, sheetId, 9, 9) === 'stadig i live');
      expect(editor.closes).toEqual([]);
      expect(watcher.closes).toEqual([]);
    } finally {
      current.raw?.socket.close();
      destroyAll([editor, watcher]);
    }
  }, 90_000);
});
