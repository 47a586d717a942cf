/**
 * A workspace whose stored document holds shapes Fremskriv never writes (an older client's or a
 * hostile editor's update from before the live update check) still answers every export, and
 * restoring a saved version repairs it; sent live, the same shapes are refused at the door. test/models/hostileDocument.test.ts covers each shape; this is the server.
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { goalsArray } from '../../models/workbook/workbookSchema.js';
import { HOSTILE_SHAPES, hostileBase } from '../support/hostileShapes.js';
import { api, createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { editStoredDocument } from './support/storedDocument.js';
import { connectClient, destroyAll, waitFor, waitSynced, type SyncClient } from './support/syncClients.js';

const server = serverForTests();

const SHAPES = ['a cell holding a Y.Map', "a goal that is a string (goals.push(['x']))", "sheets.set('__proto__', a string)", "sheet.delete('rows')", 'a title that is a Y.Map'];

/**
 * Writes the hostile shapes into the workspace's stored log while the server is stopped: the live
 * update check (models/workbook/schemaRules.ts) refuses them at the door, so only data written
 * before it existed, or by another tool, can hold them.
 */
async function storeHostileShapes(workspaceId: string): Promise<void> {
  await editStoredDocument(server, workspaceId, (doc) => {
    for (const [name, write] of HOSTILE_SHAPES) if (SHAPES.includes(name)) write(doc);
  });
}

describe('a stored document holding hostile shapes', () => {
  it('an editor sending them live is refused: the server and a viewer keep the clean workbook; /healthz and a colleague carry on', async () => {
    const workspace = await createWorkspace(server, hostileBase);
    const clients: SyncClient[] = [connectClient(server, workspace.id, workspace.editorToken), connectClient(server, workspace.id, workspace.viewerToken)];
    try {
      await waitSynced(...clients);
      const [editor, viewer] = clients as [SyncClient, SyncClient];
      const clean = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
      const colleague = await createWorkspace(server);
      await whileColleagueWorks(server, colleague, async () => {
        editor.doc.transact(() => {
          for (const [name, write] of HOSTILE_SHAPES) if (SHAPES.includes(name)) write(editor.doc);
        });
        await waitFor('the editor is disconnected for an update the schema refuses', () => editor.closes.some((close) => close.code === 4422));
      });
      expect(goalsArray(viewer.doc).toArray()).not.toContain('x');
      expect(await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).toEqual(clean);
    } finally {
      destroyAll(clients);
    }
  });

  it('answers workbook.json, the evaluation, XLSX and CSV, and a version restore repairs it', async () => {
    const workspace = await createWorkspace(server, hostileBase);
    const clean = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
    const saved = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, { name: 'Før' });
    expect(saved.status).toBe(201);
    const versionId = (saved.json as { id: string }).id;
    await storeHostileShapes(workspace.id);

    const viewer = connectClient(server, workspace.id, workspace.viewerToken);
    try {
      await waitSynced(viewer);
      expect(goalsArray(viewer.doc).toArray()).toContain('x');
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
      destroyAll([viewer]);
    }
  });
});
