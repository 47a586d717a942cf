/**
 * A workspace whose stored document holds shapes Fremskriv never writes (an older client's or a
 * hostile editor's update, sent as raw Yjs) still answers every export, and restoring a saved
 * version repairs it. test/models/hostileDocument.test.ts covers each shape; this is the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../harness/serverHarness.js';
import { goalsArray } from '../../models/workbook/workbookSchema.js';
import { HOSTILE_SHAPES, hostileBase } from '../support/hostileShapes.js';
import { api, createWorkspace } from './support/api.js';
import { connectClient, destroyAll, waitFor, waitSynced, type SyncClient } from './support/syncClients.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server.stop();
});

const SHAPES = ['a cell holding a Y.Map', "a goal that is a string (goals.push(['x']))", "sheets.set('__proto__', a string)", "sheet.delete('rows')", 'a title that is a Y.Map'];

describe('a stored document holding hostile shapes', () => {
  it('answers workbook.json, the evaluation, XLSX and CSV, and a version restore repairs it', async () => {
    const workspace = await createWorkspace(server, hostileBase);
    const clients: SyncClient[] = [connectClient(server, workspace.id, workspace.editorToken), connectClient(server, workspace.id, workspace.viewerToken)];
    try {
      await waitSynced(...clients);
      const [editor, viewer] = clients as [SyncClient, SyncClient];
      const clean = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
      const saved = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, { name: 'Før' });
      expect(saved.status).toBe(201);
      const versionId = (saved.json as { id: string }).id;

      editor.doc.transact(() => {
        for (const [name, write] of HOSTILE_SHAPES) if (SHAPES.includes(name)) write(editor.doc);
      });
      // The viewer has it once the server has stored and forwarded it.
      await waitFor('the hostile update reached the server', () => goalsArray(viewer.doc).toArray().includes('x') && !(viewer.doc.getMap('meta').get('title') === hostileBase.title));

      const file = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
      expect(file.status).toBe(200);
      expect((file.json as { sheets: Array<{ name: string }> }).sheets.map((s) => s.name)).toEqual(['Rapport']);
      const evaluation = await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken);
      expect(evaluation.status).toBe(200);
      expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/export.xlsx`, workspace.viewerToken)).status).toBe(200);
      expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/sheets/Rapport.csv`, workspace.viewerToken)).status).toBe(200);
      // The sheet that lost its rows is not there to export: a clear 404, not a 500.
      expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/sheets/Data.csv`, workspace.viewerToken)).status).toBe(404);

      const restored = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions/${versionId}/restore`, workspace.editorToken);
      expect(restored.status).toBe(200);
      expect(await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).toEqual(clean);
      await waitFor('the viewer shows the repaired workspace', () => !goalsArray(viewer.doc).toArray().includes('x'));
      expect(viewer.doc.getMap('meta').get('title')).toBe(hostileBase.title);
    } finally {
      destroyAll(clients);
    }
  });
});
