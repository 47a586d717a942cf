/**
 * Documents as an earlier build or another tool stored them, written through the store's own API
 * while no server runs: for what the live server would never write itself (documents the update
 * check refuses at the door, workspaces from before a conversion the server makes when it loads).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import * as Y from 'yjs';
import { documentFromFile } from '../../../models/templates/templates.js';
import type { WorkbookFile } from '../../../models/format/workbookFile.js';
import { SqliteWorkspaceStore } from '../../../server/store/SqliteWorkspaceStore.js';
import type { RunningServer } from '../../harness/serverHarness.js';

/** The stored state of `file` as a document, after `change` (what an earlier build left out or wrote otherwise). */
export function storedState(file: WorkbookFile, change: (doc: Y.Doc) => void = () => undefined): Uint8Array {
  const doc = documentFromFile(file);
  try {
    change(doc);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * A data directory `seed` has written into before the file's tests (and the server they start on
 * it) run, removed after them. Call it before `serverForTests(() => ({ dataDir }))`: its removal is
 * then registered first, so it runs after the server has stopped.
 */
export function storedBeforeStart(name: string, seed: (store: SqliteWorkspaceStore) => Promise<void>): string {
  const dataDir = mkdtempSync(join(tmpdir(), `fremskriv-${name}-`));
  beforeAll(async () => {
    const store = new SqliteWorkspaceStore(dataDir);
    try {
      await seed(store);
    } finally {
      await store.close();
    }
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  return dataDir;
}

/** Writes into a workspace's stored log while the server is stopped, then starts it again. */
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
