import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import type { RunningServer } from '../harness/serverHarness.js';
import { serverForTests } from '../harness/serverForTests.js';
import { createWorkspace } from './support/api.js';
import { connectClient, contains, destroyAll, waitFor, waitSynced, type SyncClient } from './support/syncClients.js';

const clients: SyncClient[] = [];

afterEach(() => {
  destroyAll(clients.splice(0));
});

function client(server: RunningServer, workspaceId: string, token: string): SyncClient {
  const made = connectClient(server, workspaceId, token);
  clients.push(made);
  return made;
}

function storedLogLength(server: RunningServer): number {
  const db = new Database(join(server.dataDir, 'fremskriv.sqlite'), { readonly: true });
  try {
    const row: unknown = db.prepare('SELECT count(*) AS n FROM updates').get();
    return typeof row === 'object' && row !== null && 'n' in row ? Number(row.n) : NaN;
  } finally {
    db.close();
  }
}

describe('durable storage', () => {
  describe('on a server killed with kill -9', () => {
    const server = serverForTests();

    it('after kill -9 and a restart, a fresh client sees every update another client had received', async () => {
      const workspace = await createWorkspace(server);
      const writer = client(server, workspace.id, workspace.editorToken);
      const watcher = client(server, workspace.id, workspace.viewerToken);
      await waitSynced(writer, watcher);
      const sheetId = workbookGrid(writer.doc).listSheets()[0]!.id;
      let sent = 0;
      const stream = setInterval(() => {
        for (let i = 0; i < 5; i++, sent++) applyOperation(writer.doc, { type: 'setCells', sheetId, cells: [{ row: 200 + (sent % 300), col: 3, input: sent }] });
      }, 1);
      try {
        await waitFor('the watcher received 300 streamed edits', () => typeof cellInputAt(watcher.doc, sheetId, 499, 3) === 'number');
        await server.kill9();
      } finally {
        clearInterval(stream);
      }
      await waitFor('the watcher saw the server go', () => !watcher.provider.wsconnected);
      const received = Y.encodeStateAsUpdate(watcher.doc);
      // Neither old client may reconnect and hand the server what it lost.
      destroyAll(clients.splice(0));

      await server.restart();
      const fresh = client(server, workspace.id, workspace.viewerToken);
      await waitSynced(fresh);
      const seen = new Y.Doc();
      try {
        Y.applyUpdate(seen, received);
        expect(contains(fresh.doc, seen)).toBe(true);
        // The server stores before it forwards, so the fresh client may hold newer values, never older.
        for (let row = 200; row < 500; row++) expect(Number(cellInputAt(fresh.doc, sheetId, row, 3))).toBeGreaterThanOrEqual(Number(cellInputAt(seen, sheetId, row, 3)));
      } finally {
        seen.destroy();
      }
    });
  });

  describe('on a server merging its update log after 25 updates', () => {
    const server = serverForTests({ env: { COMPACT_AFTER_UPDATES: '25' } });

    it('the update log is merged into the snapshot in the background, and a crash right after loses nothing', async () => {
      const workspace = await createWorkspace(server);
      const writer = client(server, workspace.id, workspace.editorToken);
      await waitSynced(writer);
      const sheetId = workbookGrid(writer.doc).listSheets()[0]!.id;
      for (let i = 0; i < 100; i++) {
        applyOperation(writer.doc, { type: 'setCells', sheetId, cells: [{ row: 300 + i, col: 1, input: i }] });
        await new Promise((resolve) => setImmediate(resolve));
      }
      await server.waitForOutput(/store\.compacted workspace=\S+ merged=\d+/);
      const watcher = client(server, workspace.id, workspace.viewerToken);
      await waitFor('a second client holds all 100 edits', () => cellInputAt(watcher.doc, sheetId, 399, 1) === 99);
      destroyAll(clients.splice(0));
      await server.kill9();
      expect(storedLogLength(server)).toBeLessThan(100);

      await server.restart();
      const fresh = client(server, workspace.id, workspace.viewerToken);
      await waitSynced(fresh);
      for (let i = 0; i < 100; i++) expect(cellInputAt(fresh.doc, sheetId, 300 + i, 1)).toBe(i);
    });
  });

  describe('on a server stopped with SIGTERM', () => {
    const server = serverForTests();

    it('SIGTERM writes everything, compacts, closes the database and exits 0', async () => {
      const workspace = await createWorkspace(server);
      const writer = client(server, workspace.id, workspace.editorToken);
      await waitSynced(writer);
      const sheetId = workbookGrid(writer.doc).listSheets()[0]!.id;
      applyOperation(writer.doc, { type: 'setCells', sheetId, cells: [{ row: 5, col: 5, input: 'før lukning' }] });
      const watcher = client(server, workspace.id, workspace.viewerToken);
      await waitFor('the edit reached another client', () => cellInputAt(watcher.doc, sheetId, 5, 5) === 'før lukning');
      destroyAll(clients.splice(0));

      expect(await server.sigterm()).toBe(0);
      expect(server.output()).toMatch(/server\.stopped/);
      expect(storedLogLength(server)).toBe(0);
      await server.restart();
      const fresh = client(server, workspace.id, workspace.viewerToken);
      await waitSynced(fresh);
      expect(cellInputAt(fresh.doc, sheetId, 5, 5)).toBe('før lukning');
    });
  });

  describe('on a server unloading a workspace idle for 100 ms', () => {
    const server = serverForTests({ env: { IDLE_UNLOAD_MS: '100' } });

    it('a workspace nobody has open is unloaded after the idle time, and memory follows the open ones only', async () => {
      const opened = 30;
      for (let i = 0; i < opened; i++) {
        const workspace = await createWorkspace(server);
        const visitor = client(server, workspace.id, workspace.editorToken);
        await waitSynced(visitor);
        const sheetId = workbookGrid(visitor.doc).listSheets()[0]!.id;
        applyOperation(visitor.doc, { type: 'setCells', sheetId, cells: [{ row: 0, col: 0, input: `besøg ${i}` }] });
        destroyAll(clients.splice(0));
      }
      await waitFor(`all ${opened} workspaces unloaded`, () => (server.output().match(/workspace\.unloaded /g) ?? []).length >= opened);
      expect(server.output().trimEnd().split('\n').filter((line) => line.includes('workspace.unloaded')).at(-1)).toMatch(/loaded=0$/);
    });
  });
});
