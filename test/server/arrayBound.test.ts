/**
 * A careless or hostile editor typing a formula whose result array is huge: `=SEQUENCE(10000,10000)`
 * (100 million values), or a size read from a cell set to 10^8. Before, the workspace's evaluation,
 * first values and exports each computed for minutes and then answered 503 (the work thread past its
 * memory) for everyone. Now the cell is #SPILL! at once (models/engine/arrayBound.ts) and
 * everything else answers as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { startServer, type RunningServer } from '../harness/serverHarness.js';
import { download } from '../interchange/support/restClient.js';
import { api, createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { connectClient, waitFor, waitSynced } from './support/syncClients.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

const goalValues = z.object({ scenarios: z.array(z.object({ goals: z.array(z.object({ id: z.string(), value: z.unknown() })) })) });

describe('a formula whose result array would be huge', () => {
  it('is #SPILL! in its own cell; the evaluation, the values and the exports answer for the rest of the workspace', async () => {
    const workspace = await createWorkspace(server);
    const before = goalValues.parse((await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken)).json);
    const editor = connectClient(server, workspace.id, workspace.editorToken);
    try {
      await waitSynced(editor);
      const sheet = workbookGrid(editor.doc).listSheets()[0]!;
      applyOperation(editor.doc, {
        type: 'setCells',
        sheetId: sheet.id,
        cells: [
          { row: 90, col: 0, input: '=SEQUENCE(10000,10000)' },
          { row: 91, col: 1, input: 100_000_000 },
          { row: 91, col: 0, input: '=SUM(SEQUENCE(B92))' },
          { row: 92, col: 0, input: '=SUM(SEQUENCE(4))' },
        ],
      });
      await waitFor('the formulas are stored', async () => {
        const file = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
        if (editor.closes.length > 0 || file.status !== 200) throw new Error(`${file.status} ${JSON.stringify(editor.closes)} ${JSON.stringify(file.json).slice(0, 200)}`);
        return JSON.stringify(file.json).includes('=SUM(SEQUENCE(4))');
      });
      await whileColleagueWorks(server, { id: server.demo!.workspaceId, editorToken: server.demo!.editorToken }, async () => {
        const evaluation = await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken);
        expect(evaluation.status, JSON.stringify(evaluation.json)).toBe(200);
        expect(goalValues.parse(evaluation.json)).toEqual(before);
        const values = await api(server, 'GET', `/api/workspaces/${workspace.id}/values`, workspace.viewerToken);
        expect(values.status, JSON.stringify(values.json).slice(0, 200)).toBe(200);
        expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/export.xlsx`, workspace.viewerToken)).status).toBe(200);
        const csv = await download(server, `/api/workspaces/${workspace.id}/sheets/${encodeURIComponent(sheet.name)}.csv`, workspace.viewerToken);
        expect(csv.status).toBe(200);
        const lines = new TextDecoder().decode(csv.bytes).split(/\r?\n/);
        expect(lines[90]?.split(';')[0]).toBe('#SPILL!');
        expect(lines[91]?.split(';')[0]).toBe('#SPILL!');
        expect(lines[92]?.split(';')[0]).toBe('10');
      });
    } finally {
      editor.destroy();
    }
  }, 180_000);
});
