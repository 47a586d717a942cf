import { describe, expect, it } from 'vitest';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace, type CreatedWorkspace } from './support/api.js';
import { connectClient, destroyAll, waitFor, waitSynced, type SyncClient } from './support/syncClients.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';

// Fifty planners on one link: more than a link's default bound of connections (20).
const server = serverForTests({ env: { MAX_CONNECTIONS_PER_TOKEN: '60' } });

function firstSheet(client: SyncClient): string {
  return workbookGrid(client.doc).listSheets()[0]!.id;
}

function exported(client: SyncClient): string {
  return JSON.stringify(exportWorkbookFile(client.doc));
}

describe('live sync', () => {
  it('a client is synced only once the stored workspace is in its document, never an empty one', async () => {
    const workspace = await createWorkspace(server);
    const client = connectClient(server, workspace.id, workspace.editorToken);
    const sheetsAtSync: number[] = [];
    client.provider.on('sync', (synced: boolean) => {
      if (synced) sheetsAtSync.push(workbookGrid(client.doc).listSheets().length);
    });
    try {
      await waitSynced(client);
      // A new workspace is the template: all its sheets are there at the first sync.
      expect(sheetsAtSync[0]).toBe(beskaeftigelsesplanTemplate().sheets.length);
    } finally {
      client.destroy();
    }
  });

  it('two clients editing one workspace at once converge to the same document', async () => {
    const workspace = await createWorkspace(server);
    const clients = [connectClient(server, workspace.id, workspace.editorToken), connectClient(server, workspace.id, workspace.editorToken)];
    try {
      await waitSynced(...clients);
      const sheetId = firstSheet(clients[0]!);
      for (let i = 0; i < 20; i++) {
        clients.forEach((client, c) => applyOperation(client.doc, { type: 'setCells', sheetId, cells: [{ row: 40 + i, col: c, input: i * 10 + c }] }));
        // Both write the same cell too: last-writer-wins must pick the same value everywhere.
        clients.forEach((client, c) => applyOperation(client.doc, { type: 'setCells', sheetId, cells: [{ row: 80, col: 0, input: `from ${c}` }] }));
      }
      await waitFor('both clients hold every edit', () => clients.every((client) => cellInputAt(client.doc, sheetId, 59, 1) === 191 && cellInputAt(client.doc, sheetId, 59, 0) === 190));
      await waitFor('both documents equal', () => exported(clients[0]!) === exported(clients[1]!));
      const stored = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
      expect(JSON.stringify(stored.json)).toBe(exported(clients[0]!));
    } finally {
      destroyAll(clients);
    }
  });

  it('fifty clients editing one workspace at once converge to the same document', async () => {
    const workspace: CreatedWorkspace = await createWorkspace(server);
    // Each provider listens for process exit; fifty in one process is intended here.
    const maxListeners = process.getMaxListeners();
    process.setMaxListeners(maxListeners + 60);
    const clients = Array.from({ length: 50 }, () => connectClient(server, workspace.id, workspace.editorToken));
    try {
      await waitSynced(...clients);
      const sheetId = firstSheet(clients[0]!);
      clients.forEach((client, i) => {
        applyOperation(client.doc, { type: 'setCells', sheetId, cells: [{ row: 100 + i, col: 0, input: i }] });
        applyOperation(client.doc, { type: 'setCells', sheetId, cells: [{ row: 99, col: 0, input: `client ${i}` }] });
      });
      await waitFor('every client holds all fifty edits', () =>
        clients.every((client) => Array.from({ length: 50 }, (_, i) => cellInputAt(client.doc, sheetId, 100 + i, 0)).every((value, i) => value === i)),
      );
      const first = exported(clients[0]!);
      await waitFor('all fifty documents equal', () => clients.every((client) => exported(client) === first));
    } finally {
      destroyAll(clients);
      process.setMaxListeners(maxListeners);
    }
  }, 60_000);

  it('awareness is relayed to the others and cleared when a client goes away', async () => {
    const workspace = await createWorkspace(server);
    const alice = connectClient(server, workspace.id, workspace.editorToken);
    const bob = connectClient(server, workspace.id, workspace.viewerToken);
    try {
      await waitSynced(alice, bob);
      alice.provider.awareness.setLocalState({ user: 'Alice', cursor: { sheet: 'Budget', row: 3, col: 2 } });
      await waitFor("bob sees alice's cursor", () => bob.provider.awareness.getStates().get(alice.doc.clientID)?.user === 'Alice');
      bob.provider.awareness.setLocalState({ user: 'Bob (viewer)' });
      await waitFor('alice sees the viewer', () => alice.provider.awareness.getStates().get(bob.doc.clientID)?.user === 'Bob (viewer)');
      alice.provider.disconnect();
      await waitFor("alice's state is cleared for bob", () => !bob.provider.awareness.getStates().has(alice.doc.clientID));
    } finally {
      destroyAll([alice, bob]);
    }
  });
});
