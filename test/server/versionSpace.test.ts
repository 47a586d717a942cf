/**
 * A hostile (or careless) editor saving versions in a loop: each version is the workspace's whole
 * state in the SQLite file every workspace shares, and nothing bounded how many one workspace
 * kept (200 saves of a 2 MB workspace wrote 400 MB and held /healthz for 5 s). The space a
 * workspace's versions take is now bounded (MAX_VERSION_BYTES, server/store/versionSpace.ts),
 * counting every way a version is kept. The server here keeps at most 600 kB of versions (the
 * template takes about 174 kB, so a few fit).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { serverForTests } from '../harness/serverForTests.js';
import { upload } from '../interchange/support/restClient.js';
import { api, createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { connectClient, destroyAll, waitFor, waitSynced } from './support/syncClients.js';

const FULL = /^the workspace's versions would take [\d.]+ MB; a workspace may keep at most 0\.6 MB of versions$/;
const versionList = z.object({ versions: z.array(z.object({ id: z.string(), name: z.string() })) });
const refusal = z.object({ error: z.string() });

const server = serverForTests({ env: { MAX_VERSION_BYTES: '600000' } });

async function versionNames(workspaceId: string, token: string): Promise<string[]> {
  const listed = await api(server, 'GET', `/api/workspaces/${workspaceId}/versions`, token);
  return versionList.parse(listed.json).versions.map((version) => version.name);
}

describe('a bound on the space a workspace’s versions take', () => {
  it('an editor saving versions in a loop is refused with 413 once the bound is reached; a restore and a replacing import are refused before they change anything; other workspaces carry on', async () => {
    const victim = await createWorkspace(server);
    const other = await createWorkspace(server);
    const statuses = await whileColleagueWorks(server, { id: server.demo!.workspaceId, editorToken: server.demo!.editorToken }, async () => {
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => api(server, 'POST', `/api/workspaces/${victim.id}/versions`, victim.editorToken, { name: `Version ${i}` })));
      return answers.map((answer) => answer.status);
    });
    const saved = statuses.filter((status) => status === 201).length;
    // The template takes about 174 kB: some versions fit, not twelve.
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(12);
    expect(statuses.filter((status) => status === 413)).toHaveLength(12 - saved);
    const refused = await api(server, 'POST', `/api/workspaces/${victim.id}/versions`, victim.editorToken, { name: 'En til' });
    expect(refused.status).toBe(413);
    expect(refusal.parse(refused.json).error).toMatch(FULL);
    expect(await versionNames(victim.id, victim.viewerToken)).toHaveLength(saved);

    const editor = connectClient(server, victim.id, victim.editorToken);
    try {
      await waitSynced(editor);
      const sheetId = workbookGrid(editor.doc).listSheets()[0]!.id;
      applyOperation(editor.doc, { type: 'setCells', sheetId, cells: [{ row: 70, col: 0, input: 'efter den sidste version' }] });
      const [first] = versionList.parse((await api(server, 'GET', `/api/workspaces/${victim.id}/versions`, victim.editorToken)).json).versions;
      // A restore first keeps the state it replaces; with no room for it, nothing is restored.
      await waitFor('the edit is stored', async () => {
        const file = await api(server, 'GET', `/api/workspaces/${victim.id}/workbook.json`, victim.viewerToken);
        return JSON.stringify(file.json).includes('efter den sidste version');
      });
      const restore = await api(server, 'POST', `/api/workspaces/${victim.id}/versions/${first!.id}/restore`, victim.editorToken);
      expect(restore.status).toBe(413);
      expect(refusal.parse(restore.json).error).toMatch(FULL);
      // So does an import that replaces the workspace (it keeps the old workspace as a version).
      const csv = new TextEncoder().encode('a;b\r\n1;2');
      const replaced = await upload(server, victim.id, victim.editorToken, { bytes: csv, name: 'ny.csv' }, { mode: 'replace', sheet: 'Ny' });
      expect(replaced.status).toBe(413);
      expect(refusal.parse(replaced.json).error).toMatch(FULL);

      const reader = connectClient(server, victim.id, victim.viewerToken);
      try {
        await waitSynced(reader);
        expect(cellInputAt(reader.doc, sheetId, 70, 0)).toBe('efter den sidste version');
        expect(workbookGrid(reader.doc).listSheets().map((sheet) => sheet.name)).not.toContain('Ny');
      } finally {
        reader.destroy();
      }
      expect(await versionNames(victim.id, victim.editorToken)).toHaveLength(saved);
    } finally {
      destroyAll([editor]);
    }

    // The bound is per workspace: a colleague elsewhere still saves versions.
    const theirs = await api(server, 'POST', `/api/workspaces/${other.id}/versions`, other.editorToken, { name: 'Deres' });
    expect(theirs.status).toBe(201);
  });
});
