/**
 * Writes into a workspace's stored log while the server is stopped, through the store's own API:
 * for documents the live update check refuses at the door, which only data stored before the
 * check existed, or by another tool, can hold. The server is started again afterwards.
 */
import * as Y from 'yjs';
import { SqliteWorkspaceStore } from '../../../server/store/SqliteWorkspaceStore.js';
import type { RunningServer } from '../../harness/serverHarness.js';

export async function editStoredDocument(server: RunningServer, workspaceId: string, edit: (doc: Y.Doc) => void): Promise<void> {
  await server.sigterm();
  const store = new SqliteWorkspaceStore(server.dataDir);
  try {
    const stored = await store.loadDocument(workspaceId);
    if (!stored) throw new Error(`workspace ${workspaceId} is not in the store`);
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    const before = Y.encodeStateVector(doc);
    doc.transact(() => edit(doc));
    await store.appendUpdates(workspaceId, [Y.encodeStateAsUpdate(doc, before)]);
    doc.destroy();
  } finally {
    await store.close();
  }
  await server.restart();
}
