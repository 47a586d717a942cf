/**
 * Names a hostile colleague gives through REST (the eighth hostile pass): a version's name or
 * "saved by" that is not well-formed text is refused (before: a lone surrogate was answered as
 * sent and listed as three replacement characters; a bidi override in "saved by" was kept), and
 * an uploaded file's name, which becomes the workspace's title and the automatic version "Før
 * import af …", is plain text and at most 255 characters (before: a line break or a bidi override
 * reached both, and a 100,000-character name was repeated back whole in the refusal).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../harness/serverHarness.js';
import { uploadTo } from '../interchange/support/restClient.js';
import { asCsv, ptva02 } from '../support/jobindsatsFixtures.js';
import { api, createWorkspace } from './support/api.js';

const CSV = new TextEncoder().encode('Måned;Ledige\n2024-01;120\n2024-02;118\n');

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

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
