/**
 * Names a hostile colleague gives through REST (the eighth hostile pass): a version's name or
 * "saved by" that is not well-formed text is refused (before: a lone surrogate was answered as
 * sent and listed as three replacement characters; a bidi override in "saved by" was kept), and
 * an uploaded file's name, which becomes the workspace's title and the automatic version "Før
 * import af …", is plain text and at most 255 characters (before: a line break or a bidi override
 * reached both, and a 100,000-character name was repeated back whole in the refusal). Names
 * typed into the document are held to Excel's limits where Excel has one (a sheet name 31, a
 * defined name 255) and to the schema's elsewhere (server/README.md, Limits).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { versionListAnswerSchema } from '../../models/api/versionAnswers.js';
import { goalsArray, metaMap, scenariosArray, sheetOrderArray, sheetsMap, type SheetMap } from '../../models/workbook/workbookSchema.js';
import { serverForTests } from '../harness/serverForTests.js';
import { uploadTo } from '../interchange/support/restClient.js';
import { asCsv, ptva02 } from '../support/jobindsatsFixtures.js';
import { api, createWorkspace } from './support/api.js';
import { connectClient, destroyAll, waitFor, waitSynced } from './support/syncClients.js';

const CSV = new TextEncoder().encode('Måned;Ledige\n2024-01;120\n2024-02;118\n');

// Restores in a row below keep a version each: out of the per-minute rate's way.
const server = serverForTests({ env: { VERSION_SAVES_PER_MINUTE: '1000' } });

async function versionNames(workspaceId: string, token: string): Promise<string[]> {
  const { json } = await api(server, 'GET', `/api/workspaces/${workspaceId}/versions`, token);
  return (json as { versions: Array<{ name: string }> }).versions.map((v) => v.name);
}

describe('version names and who saved them', () => {
  it.each([
    ['a name with a lone surrogate', { name: 'Budget \ud800' }, /^name: name must be plain text/],
    ['"saved by" with a bidi override', { name: 'Budget', savedBy: 'Anna\u202e' }, /^savedBy: savedBy must be plain text/],
    ['"saved by" with a line break', { name: 'Budget', savedBy: 'Anna\nBo' }, /^savedBy: savedBy must be plain text/],
  ])('%s is refused with 400 and nothing is kept', async (_what, body, reason) => {
    const workspace = await createWorkspace(server);
    const answer = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, body);
    expect(answer.status).toBe(400);
    expect((answer.json as { error: string }).error).toMatch(reason);
    expect(await versionNames(workspace.id, workspace.editorToken)).toEqual([]);
  });

  it('a name with letters beyond the Basic Multilingual Plane is kept as sent', async () => {
    const workspace = await createWorkspace(server);
    const answer = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, { name: 'Plan 𝟚𝟘𝟚𝟜 😀', savedBy: 'Åse' });
    expect(answer.status).toBe(201);
    expect(await versionNames(workspace.id, workspace.editorToken)).toEqual(['Plan 𝟚𝟘𝟚𝟜 😀']);
  });
});

describe('the automatic version a restore keeps', () => {
  it('is named within 200 characters however long the restored name, and restoring each in turn leaves a list the browser reads', async () => {
    const workspace = await createWorkspace(server);
    const saved = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions`, workspace.editorToken, { name: `Budget ${'x'.repeat(185)} 😀` });
    expect(saved.status).toBe(201);
    let restoring = (saved.json as { id: string }).id;
    for (let i = 0; i < 16; i++) {
      const restored = await api(server, 'POST', `/api/workspaces/${workspace.id}/versions/${restoring}/restore`, workspace.editorToken, { savedBy: 'Anna' });
      expect(restored.status).toBe(200);
      const before = (restored.json as { before: { id: string; name: string } }).before;
      expect(before.name.length).toBeLessThanOrEqual(200);
      expect(before.name).toMatch(/^Før gendannelse af »Før gendannelse af »|^Før gendannelse af »Budget x+…«$/);
      expect(before.name.endsWith('…«')).toBe(true);
      restoring = before.id;
    }
    const { json } = await api(server, 'GET', `/api/workspaces/${workspace.id}/versions`, workspace.viewerToken);
    expect(versionListAnswerSchema.parse(json).versions).toHaveLength(17);
  }, 120_000);
});

describe('an uploaded file’s name', () => {
  it('of 100,000 characters is refused with a short 400, and the workspace is untouched', async () => {
    const workspace = await createWorkspace(server);
    const before = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
    const name = `${'x'.repeat(100_000)}.csv`;
    for (const path of ['import', 'actuals']) {
      const answer = await uploadTo(server, `/api/workspaces/${workspace.id}/${path}`, workspace.editorToken, { bytes: path === 'import' ? CSV : asCsv(ptva02(), true), name }, path === 'import' ? { mode: 'replace' } : {});
      expect(answer.status).toBe(400);
      expect((answer.json as { error: string }).error).toBe('the file name is 100,004 characters long; at most 255');
    }
    expect(await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).toEqual(before);
    expect(await versionNames(workspace.id, workspace.editorToken)).toEqual([]);
  });

  it('holding a bidi override and a line break becomes a plain title and a plain automatic version name', async () => {
    const workspace = await createWorkspace(server);
    const answer = await uploadTo(server, `/api/workspaces/${workspace.id}/import`, workspace.editorToken, { bytes: CSV, name: 'ledige\u202etxt\nmaj.csv' }, { mode: 'replace' });
    expect(answer.status).toBe(200);
    const { json } = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
    expect((json as { title: string }).title).toBe('ledige txt maj');
    expect(await versionNames(workspace.id, workspace.editorToken)).toEqual(['Før import af ledige txt maj.csv']);
  });
});

const LONG = 'x'.repeat(100_000);

function firstSheet(doc: Y.Doc): SheetMap {
  return sheetsMap(doc).get(String(sheetOrderArray(doc).get(0))) as SheetMap;
}

describe('a 100,000-character name typed into the document', () => {
  it.each<[string, (doc: Y.Doc) => void, RegExp]>([
    ['a sheet name', (doc) => firstSheet(doc).set('name', LONG), /a value that does not belong in a sheet \(name\)/],
    ['a sheet name of 32 characters (Excel: 31)', (doc) => firstSheet(doc).set('name', 'x'.repeat(32)), /a value that does not belong in a sheet \(name\)/],
    ['a scenario name', (doc) => (scenariosArray(doc).get(0) as Y.Map<unknown>).set('name', LONG), /a value that does not belong in a scenario \(name\)/],
    ['a goal title', (doc) => (goalsArray(doc).get(0) as Y.Map<unknown>).set('title', LONG), /a value that does not belong in a goal \(title\)/],
    ['the workbook title', (doc) => metaMap(doc).set('title', LONG), /a value that does not belong in a meta \(title\)/],
    ['a defined name of 256 characters (Excel: 255)', (doc) => doc.getMap('names').set('X'.repeat(256), { name: 'x'.repeat(256), formula: '=1' }), /has no place in a names/],
  ])('%s closes the editor with 4422 saying why; the server and a colleague keep the workbook', async (_what, write, reason) => {
    const workspace = await createWorkspace(server);
    const clients = [connectClient(server, workspace.id, workspace.editorToken), connectClient(server, workspace.id, workspace.editorToken)];
    try {
      await waitSynced(...clients);
      const [hostile, colleague] = clients as [(typeof clients)[0], (typeof clients)[0]];
      const clean = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
      write(hostile.doc);
      await waitFor('the editor is closed with 4422', () => hostile.closes.some((close) => close.code === 4422));
      expect(hostile.closes.find((close) => close.code === 4422)?.reason).toMatch(reason);
      expect(await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).toEqual(clean);
      expect(JSON.stringify(colleague.doc.toJSON())).not.toContain(LONG.slice(0, 32));
    } finally {
      destroyAll(clients);
    }
  });
});
