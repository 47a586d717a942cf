/**
 * Deleting a named version (DELETE /api/workspaces/:id/versions/:versionId) and the rate that
 * bounds a burst of version saves (server/http/versionSaveRate.ts), against the real server and
 * its SQLite store. Before, versions could not be deleted, so a workspace at MAX_VERSION_BYTES
 * needed the operator; and a burst of saves held every workspace's sync and /healthz, one write of
 * the whole workspace after another. The server here keeps at most 600 kB of versions (the
 * template takes about 174 kB, so three fit); the one for bursts four versions per workspace a
 * minute.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { adoptedVersionId } from '../../models/workbook/workbookReader.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { connectClient, destroyAll, waitFor, waitSynced } from './support/syncClients.js';

const version = z.object({ id: z.string(), name: z.string() });
const versionList = z.object({ versions: z.array(version) });
const refusal = z.object({ error: z.string() }).strict();

const server = serverForTests({ env: { MAX_VERSION_BYTES: '600000' } });

async function listed(workspaceId: string, token: string, on = server): Promise<string[]> {
  return versionList.parse((await api(on, 'GET', `/api/workspaces/${workspaceId}/versions`, token)).json).versions.map((v) => v.name);
}

async function save(workspaceId: string, token: string, name: string, on = server): Promise<{ status: number; id: string | null; retryAfter: string | null }> {
  const response = await fetch(`${on.url}/api/workspaces/${workspaceId}/versions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  const body: unknown = await response.json();
  return { status: response.status, id: response.status === 201 ? version.parse(body).id : null, retryAfter: response.headers.get('retry-after') };
}

function remove(workspaceId: string, versionId: string, token: string): Promise<{ status: number; json: unknown }> {
  return api(server, 'DELETE', `/api/workspaces/${workspaceId}/versions/${versionId}`, token);
}

describe('deleting a named version', () => {
  it('an editor deletes a version: it leaves the list for everyone, and a second delete, an unknown or malformed id get 404', async () => {
    const workspace = await createWorkspace(server);
    const kept = await save(workspace.id, workspace.editorToken, 'Beholdes');
    const dropped = await save(workspace.id, workspace.editorToken, 'Slettes');
    const deleted = await remove(workspace.id, dropped.id!, workspace.editorToken);
    expect(deleted.status).toBe(204);
    expect(await listed(workspace.id, workspace.viewerToken)).toEqual(['Beholdes']);
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/versions/${dropped.id}/state`, workspace.editorToken)).status).toBe(404);

    for (const versionId of [dropped.id!, 'AAAAAAAAAAAAAAAA', 'not-an-id%20']) {
      const again = await remove(workspace.id, versionId, workspace.editorToken);
      expect(again.status).toBe(404);
      expect(refusal.parse(again.json).error).toBe('no such version');
    }
    expect(kept.status).toBe(201);
    expect(await listed(workspace.id, workspace.editorToken)).toEqual(['Beholdes']);
    // The audit line names the workspace and the version, never a token.
    const line = await server.waitForOutput(new RegExp(`version\\.deleted workspace=${workspace.id} version=${dropped.id}`));
    expect(line).toBeTruthy();
    expect(server.output()).not.toContain(workspace.editorToken);
  });

  it('a viewer (403), a token of another workspace (401) and no token (401) delete nothing', async () => {
    const workspace = await createWorkspace(server);
    const other = await createWorkspace(server);
    const saved = await save(workspace.id, workspace.editorToken, 'Bliver');
    expect((await remove(workspace.id, saved.id!, workspace.viewerToken)).status).toBe(403);
    expect((await remove(workspace.id, saved.id!, other.editorToken)).status).toBe(401);
    expect((await remove(workspace.id, saved.id!, '')).status).toBe(401);
    // The version belongs to its workspace: the other workspace's editor cannot reach it there either.
    expect((await remove(other.id, saved.id!, other.editorToken)).status).toBe(404);
    expect(await listed(workspace.id, workspace.editorToken)).toEqual(['Bliver']);
  });

  it('deleting a version frees its space: a workspace whose versions are full saves again', async () => {
    const workspace = await createWorkspace(server);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const saved = await save(workspace.id, workspace.editorToken, `Version ${i}`);
      if (saved.status === 201) ids.push(saved.id!);
      else expect(saved.status).toBe(413);
    }
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(4);
    expect((await save(workspace.id, workspace.editorToken, 'Fuld')).status).toBe(413);

    expect((await remove(workspace.id, ids[0]!, workspace.editorToken)).status).toBe(204);
    const after = await save(workspace.id, workspace.editorToken, 'Plads igen');
    expect(after.status).toBe(201);
    expect(await listed(workspace.id, workspace.editorToken)).toContain('Plads igen');
    expect(await listed(workspace.id, workspace.editorToken)).not.toContain('Version 0');
  });

  it('the version marked as the adopted plan is not deleted (409) until it is unmarked', async () => {
    const workspace = await createWorkspace(server);
    const plan = await save(workspace.id, workspace.editorToken, 'Vedtaget budget');
    const editor = connectClient(server, workspace.id, workspace.editorToken);
    try {
      await waitSynced(editor);
      applyOperation(editor.doc, { type: 'setAdoptedVersion', versionId: plan.id });
      await waitFor('the server refuses to delete the adopted plan', async () => (await remove(workspace.id, plan.id!, workspace.editorToken)).status === 409);
      expect(await listed(workspace.id, workspace.editorToken)).toEqual(['Vedtaget budget']);

      applyOperation(editor.doc, { type: 'setAdoptedVersion', versionId: null });
      expect(adoptedVersionId(editor.doc)).toBeNull();
      await waitFor('the unmarked version is deleted', async () => (await remove(workspace.id, plan.id!, workspace.editorToken)).status === 204);
      expect(await listed(workspace.id, workspace.editorToken)).toEqual([]);
    } finally {
      destroyAll([editor]);
    }
  });
});

describe('a burst of version saves', () => {
  const burstServer = serverForTests({ env: { VERSION_SAVES_PER_MINUTE: '4' } });

  it('past four a minute a workspace’s saves answer 429 with Retry-After and keep nothing; the saved ones are all listed, a live edit is kept, other workspaces save on', async () => {
    const server = burstServer;
    const workspace = await createWorkspace(server);
    const editor = connectClient(server, workspace.id, workspace.editorToken);
    try {
      await waitSynced(editor);
      const sheetId = workbookGrid(editor.doc).listSheets()[0]!.id;
      const answers = await whileColleagueWorks(server, { id: server.demo!.workspaceId, editorToken: server.demo!.editorToken }, () => {
        applyOperation(editor.doc, { type: 'setCells', sheetId, cells: [{ row: 80, col: 0, input: 'under byger af versioner' }] });
        return Promise.all(Array.from({ length: 10 }, (_, i) => save(workspace.id, workspace.editorToken, `Byge ${i}`, server)));
      });
      const saved = answers.filter((a) => a.status === 201);
      const tooFast = answers.filter((a) => a.status === 429);
      expect(saved).toHaveLength(4);
      expect(tooFast).toHaveLength(6);
      for (const answer of tooFast) {
        expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
        expect(Number(answer.retryAfter)).toBeLessThanOrEqual(60);
      }
      // Nothing answered 201 is missing, and nothing refused was kept.
      const names = await listed(workspace.id, workspace.editorToken, server);
      expect(names).toHaveLength(saved.length);
      const ids = versionList.parse((await api(server, 'GET', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken)).json).versions.map((v) => v.id);
      expect(ids.sort()).toEqual(saved.map((a) => a.id).sort());

      // A restore keeps a version first: past the rate it is refused before it changes anything.
      const restore = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions/${ids[0]}/restore`, workspace.editorToken);
      expect(restore.status).toBe(429);
      expect(refusal.parse(restore.json).error).toMatch(/^the workspace kept too many versions in the last minute; try again in \d+ s$/);
      const reader = connectClient(server, workspace.id, workspace.viewerToken);
      try {
        await waitSynced(reader);
        expect(cellInputAt(reader.doc, sheetId, 80, 0)).toBe('under byger af versioner');
      } finally {
        reader.destroy();
      }
      expect(await listed(workspace.id, workspace.editorToken, server)).toHaveLength(saved.length);
    } finally {
      destroyAll([editor]);
    }
    // The rate is per workspace.
    const other = await createWorkspace(server);
    expect((await save(other.id, other.editorToken, 'Deres', server)).status).toBe(201);
  });
});
