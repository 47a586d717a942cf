/**
 * durability: a writer makes 5,000 edits in one burst (each its own transaction, each to its own
 * cell of a fresh sheet); the moment another client has received the last one, the server gets
 * SIGKILL. After a restart a new client syncs, and we count the edits it holds.
 */
import * as Y from 'yjs';
import { applyOperation } from '../models/operations/applyOperation.js';
import { newIdentity } from '../models/workbook/identities.js';
import { sheetCells } from '../models/workbook/readCells.js';
import { sheetsMap } from '../models/workbook/workbookSchema.js';
import { startServer } from '../test/harness/serverHarness.js';
import { MANY_ADDRESSES_ENV } from './manyAddresses.js';
import { createWorkspace, workspaceUrl } from './liveWorkspace.js';
import { connectProtocolClient, type ProtocolClient } from './protocolClient.js';
import { waitFor } from './stats.js';

export interface DurabilityResults {
  editsReceived: number;
  editsKeptAfterKill9: number;
}

export interface DurabilityOptions {
  quick: boolean;
  log(line: string): void;
}

const EDITS = 5_000;
const ROWS = 100;
const COLS = 50;

/** How many of the burst's cells hold the value the writer gave them. */
function editsHeld(doc: Y.Doc, sheetId: string): number {
  let held = 0;
  for (const { row, col, input } of sheetCells(doc, sheetId)) if (input === row * COLS + col + 1) held++;
  return held;
}

export async function runDurabilityBenchmark(options: DurabilityOptions): Promise<DurabilityResults> {
  const server = await startServer({ env: MANY_ADDRESSES_ENV });
  const clients: ProtocolClient[] = [];
  try {
    const workspace = await createWorkspace(server);
    const writer = await connectProtocolClient(workspaceUrl(server, workspace.id, workspace.editorToken));
    clients.push(writer);
    const watcher = await connectProtocolClient(workspaceUrl(server, workspace.id, workspace.viewerToken));
    clients.push(watcher);
    await Promise.all([writer.synced, watcher.synced]);

    const sheetId = newIdentity(writer.doc);
    applyOperation(writer.doc, { type: 'addSheet', sheetId, name: 'Holdbarhed', rows: ROWS, cols: COLS });
    await waitFor('the new sheet reached the watcher', () => sheetsMap(watcher.doc).has(sheetId));

    // The last edit's clock: once the watcher holds it, it holds every edit of the burst.
    let killed = false;
    let receivedAtKill = 0;
    let lastClock = Number.POSITIVE_INFINITY;
    watcher.onRemoteUpdate = () => {
      if (killed || Y.getState(watcher.doc.store, writer.doc.clientID) < lastClock) return;
      killed = true;
      void server.kill9(); // sends SIGKILL synchronously, before anything else runs
      receivedAtKill = editsHeld(watcher.doc, sheetId);
    };
    options.log(`durability: ${EDITS} edits in a burst, SIGKILL when the watcher has the last`);
    for (let i = 0; i < EDITS; i++) {
      const row = Math.floor(i / COLS);
      const col = i % COLS;
      applyOperation(writer.doc, { type: 'setCells', sheetId, cells: [{ row, col, input: i + 1 }] });
    }
    lastClock = Y.getState(writer.doc.store, writer.doc.clientID);
    await waitFor('the watcher received the last edit', () => killed, 60_000);
    await waitFor('the server is gone', () => !server.running, 10_000);
    // Neither old client may hand the restarted server what it lost.
    for (const client of clients.splice(0)) client.close();

    await server.restart();
    const fresh = await connectProtocolClient(workspaceUrl(server, workspace.id, workspace.viewerToken));
    clients.push(fresh);
    await fresh.synced;
    const kept = editsHeld(fresh.doc, sheetId);
    options.log(`durability: received ${receivedAtKill}, kept after kill -9 ${kept}`);
    return { editsReceived: receivedAtKill, editsKeptAfterKill9: kept };
  } finally {
    for (const client of clients) client.close();
    await server.stop();
  }
}
