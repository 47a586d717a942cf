/**
 * A viewer asking for the workspace as a v1 file (`GET …/workbook.json`) many times at once (the
 * twentieth session). The file was built and serialized on the event loop every workspace's sync
 * shares, for every request and without any bound: 0.9–2.9 s each for a workspace at the size
 * bound (load 22), so a dozen requests held /healthz and every colleague's edits for half a
 * minute. Now it is built in a worker thread, cached by document state and bounded per token
 * like an export (server/README.md, Heavy work).
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';

const server = serverForTests();

/** A v1 file of 4,000 rows of ten cells (a formula and nine numbers): near the 2 MiB bound. */
function largeFile(): unknown {
  const cells: Record<string, number | string> = {};
  for (let r = 1; r <= 4_000; r++) for (let c = 0; c < 10; c++) cells[`${String.fromCharCode(65 + c)}${r}`] = c === 0 ? `=B${r}*2+SUM(C${r}:J${r})` : r * 10 + c;
  return { format: 'fremskriv.workbook', version: 1, title: 'Stor', locale: 'da-DK', sheets: [{ name: 'Data', cells }] };
}

describe('GET /api/workspaces/:id/workbook.json, many at once', () => {
  it("a viewer's burst for a workspace near the size bound is answered with the workspace or 429, while /healthz and a colleague on another workspace carry on", async () => {
    const workspace = await createWorkspace(server, largeFile());
    const path = `/api/workspaces/${workspace.id}/workbook.json`;
    const demo = server.demo!;
    const answers = await whileColleagueWorks(server, { id: demo.workspaceId, editorToken: demo.editorToken }, () =>
      Promise.all(Array.from({ length: 12 }, () => api(server, 'GET', path, workspace.viewerToken))),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.every((status) => status === 200 || status === 429), String(statuses)).toBe(true);
    const files = answers.filter((answer) => answer.status === 200).map((answer) => answer.json as { sheets: Array<{ name: string; cells: Record<string, unknown> }> });
    expect(files.length).toBeGreaterThan(0);
    expect(Object.keys(files[0]!.sheets.find((sheet) => sheet.name === 'Data')!.cells)).toHaveLength(40_000);
    for (const refused of answers.filter((answer) => answer.status === 429)) {
      expect(refused.json).toEqual({ error: 'at most 2 computations per token at a time; wait for the others to finish' });
    }
    // The same state again: from the cache.
    expect((await api(server, 'GET', path, workspace.editorToken)).json).toEqual(files[0]);
  }, 300_000);
});
