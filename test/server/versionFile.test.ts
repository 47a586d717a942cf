/**
 * Named versions in their own SQLite file, written by the version writer thread
 * (server/store/VersionWriter.ts, versionFileSchema.ts), against the real server process. Before,
 * every version was encoded and written (fsynced) on the event loop that syncs every workspace;
 * now the thread does it, and these tests hold what planners rely on across that move: saves,
 * restores and deletes survive a restart and keep their order, a crash loses no version that was
 * answered, deleting gives the disk space back, and versions a store kept in its main file before
 * are moved over intact.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import type { RunningServer } from '../harness/serverHarness.js';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace, type CreatedWorkspace } from './support/api.js';
import { connectClient, waitFor, waitSynced } from './support/syncClients.js';

const versionSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.string() }).strict();
const listSchema = z.object({ versions: z.array(versionSchema) });

/** Each test has a server of its own (it restarts or kills it); saves are not rate-limited here. */
const VERSION_ENV = { VERSION_SAVES_PER_MINUTE: '1000' };

async function save(server: RunningServer, workspace: CreatedWorkspace, name: string): Promise<z.infer<typeof versionSchema>> {
  const response = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, { name });
  expect(response.status).toBe(201);
  return versionSchema.parse(response.json);
}

async function listed(server: RunningServer, workspace: CreatedWorkspace): Promise<z.infer<typeof versionSchema>[]> {
  return listSchema.parse((await api(server, 'GET', `/api/workspaces/${workspace.id}/versions`, workspace.viewerToken)).json).versions;
}

/** A version's title, read from the state the server serves for it. */
async function titleOf(server: RunningServer, workspace: CreatedWorkspace, versionId: string): Promise<unknown> {
  const response = await fetch(`${server.url}/api/workspaces/${workspace.id}/versions/${versionId}/state`, { headers: { authorization: `Bearer ${workspace.editorToken}` } });
  expect(response.status).toBe(200);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
  const title = doc.getMap('meta').get('title');
  doc.destroy();
  return title;
}

async function setTitle(server: RunningServer, workspace: CreatedWorkspace, title: string): Promise<void> {
  const editor = connectClient(server, workspace.id, workspace.editorToken);
  try {
    await waitSynced(editor);
    applyOperation(editor.doc, { type: 'setTitle', title });
    await waitFor('the title is stored', async () => JSON.stringify((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json).includes(title));
  } finally {
    editor.destroy();
  }
}

function fileBytes(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

describe('named versions in their own file', { timeout: 180_000 }, () => {
  describe('on a server restarted', () => {
    const server = serverForTests({ env: VERSION_ENV });

    it('saved, restored and deleted versions survive a restart, newest first, each with the state it was saved with', async () => {
      const workspace = await createWorkspace(server);
      await setTitle(server, workspace, 'Januar');
      const january = await save(server, workspace, 'Januar');
      await setTitle(server, workspace, 'Februar');
      const february = await save(server, workspace, 'Februar');
      await setTitle(server, workspace, 'Marts');
      const march = await save(server, workspace, 'Marts');
      const restored = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions/${january.id}/restore`, workspace.editorToken);
      expect(restored.status).toBe(200);
      const before = z.object({ before: versionSchema }).parse(restored.json).before;
      expect((await api(server, 'DELETE', `/api/workspaces/${workspace.id}/versions/${february.id}`, workspace.editorToken)).status).toBe(204);
      const expected = [before, march, january];
      expect(await listed(server, workspace)).toEqual(expected);

      await server.restart();
      expect(await listed(server, workspace)).toEqual(expected);
      expect(await titleOf(server, workspace, january.id)).toBe('Januar');
      expect(await titleOf(server, workspace, march.id)).toBe('Marts');
      // The automatic version holds what the restore replaced; the workspace holds what it restored.
      expect(await titleOf(server, workspace, before.id)).toBe('Marts');
      expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json).toMatchObject({ title: 'Januar' });
      expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/versions/${february.id}/state`, workspace.editorToken)).status).toBe(404);
    });
  });

  describe('on a server killed during saves', () => {
    const server = serverForTests({ env: VERSION_ENV });

    it('a crash in the middle of a burst of saves loses no version that was answered 201', async () => {
      const workspace = await createWorkspace(server);
      await setTitle(server, workspace, 'Før nedbruddet');
      const answered: z.infer<typeof versionSchema>[] = [];
      const saves = Array.from({ length: 12 }, async (_, i) => {
        try {
          const response = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, { name: `Gem ${i}` });
          if (response.status === 201) answered.push(versionSchema.parse(response.json));
        } catch {
          // The connection died with the process: this save was never answered.
        }
      });
      await waitFor('a first save is answered', () => answered.length > 0, 60_000);
      await server.kill9();
      await Promise.all(saves);
      const answeredBeforeCrash = [...answered];

      await server.restart();
      const after = await listed(server, workspace);
      const listedIds = new Set(after.map((version) => version.id));
      expect(answeredBeforeCrash.filter((version) => !listedIds.has(version.id))).toEqual([]);
      for (const version of answeredBeforeCrash) expect(await titleOf(server, workspace, version.id)).toBe('Før nedbruddet');
      // The store still takes versions after the crash.
      expect((await save(server, workspace, 'Efter nedbruddet')).name).toBe('Efter nedbruddet');
    });
  });

  describe('on a server deleting versions', () => {
    const server = serverForTests({ env: VERSION_ENV });

    it('deleting versions gives their space back to the disk: the versions file shrinks', async () => {
      const workspace = await createWorkspace(server);
      const versionsFile = join(server.dataDir, 'fremskriv-versions.sqlite');
      const emptyBytes = fileBytes(versionsFile);
      const saved = [];
      for (let i = 0; i < 8; i++) saved.push(await save(server, workspace, `Udkast ${i}`));
      // The thread checkpoints within a second or so; then the versions are in the file itself.
      await waitFor('the versions reach the file', () => fileBytes(versionsFile) > emptyBytes + 8 * 100_000, 30_000);
      const fullBytes = fileBytes(versionsFile);
      for (const version of saved.slice(1)) expect((await api(server, 'DELETE', `/api/workspaces/${workspace.id}/versions/${version.id}`, workspace.editorToken)).status).toBe(204);
      await waitFor('the file shrinks by most of what was deleted', () => fileBytes(versionsFile) < fullBytes - (fullBytes - emptyBytes) / 2, 30_000);
      expect((await listed(server, workspace)).map((version) => version.name)).toEqual(['Udkast 0']);
      expect(await titleOf(server, workspace, saved[0]!.id)).toBe('Beskæftigelsesplan 2023');
    });
  });

  describe('on a store from before the versions file', () => {
    const server = serverForTests({ env: VERSION_ENV });

    it('versions a store kept in its main file are moved to their own file at the next start, in order and intact', async () => {
      const workspace = await createWorkspace(server);
      await setTitle(server, workspace, 'Gammel');
      const older = await save(server, workspace, 'Ældre');
      const newer = await save(server, workspace, 'Nyere');
      expect(await server.sigterm()).toBe(0);
      // Put the versions back where a store made before this change kept them.
      const main = new Database(join(server.dataDir, 'fremskriv.sqlite'));
      main.prepare('ATTACH DATABASE ? AS version_file').run(join(server.dataDir, 'fremskriv-versions.sqlite'));
      main.exec(`CREATE TABLE main.versions (id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id), name TEXT NOT NULL, created_at TEXT NOT NULL, state BLOB NOT NULL, created_by TEXT);
        INSERT INTO main.versions SELECT id, workspace_id, name, created_at, state, created_by FROM version_file.versions ORDER BY rowid;
        DELETE FROM version_file.versions;`);
      main.exec('DETACH DATABASE version_file');
      main.close();

      await server.restart();
      expect(await listed(server, workspace)).toEqual([newer, older]);
      expect(await titleOf(server, workspace, older.id)).toBe('Gammel');
      const check = new Database(join(server.dataDir, 'fremskriv.sqlite'), { readonly: true });
      try {
        expect(check.prepare(`SELECT name FROM sqlite_master WHERE name = 'versions'`).all()).toEqual([]);
      } finally {
        check.close();
      }
    });
  });
});
