/**
 * A careless or hostile editor typing a formula deeper than the engine's stack: one cell of
 * `=((((…1))))` (16,000 brackets, within the 32,767 characters a cell holds) made the evaluation,
 * the first view's values and the CSV export of its workspace answer 500 for everyone, since the
 * engine's build threw RangeError and computed nothing (models/formula/formulaDepth.ts). Now that
 * cell is #NUM! and every other cell computes as before.
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

const DEEP = '=' + '('.repeat(16_000) + '1' + ')'.repeat(16_000);
// 1,300 unary minus signs: past the 1,249 the engine's stack took (no references, whose stored form is longer).
const LONG_CHAIN = '=' + '-'.repeat(1_300) + '1';
const goalValues = z.object({ scenarios: z.array(z.object({ goals: z.array(z.object({ id: z.string(), value: z.unknown() })) })) });

describe('a formula deeper than the engine’s stack', () => {
  it('is #NUM! in its own cell; the evaluation, the values and the CSV export still answer for the rest of the workspace', async () => {
    const workspace = await createWorkspace(server);
    const before = goalValues.parse((await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken)).json);
    const editor = connectClient(server, workspace.id, workspace.editorToken);
    try {
      await waitSynced(editor);
      const sheet = workbookGrid(editor.doc).listSheets()[0]!;
      applyOperation(editor.doc, { type: 'setCells', sheetId: sheet.id, cells: [{ row: 90, col: 0, input: DEEP }, { row: 91, col: 0, input: LONG_CHAIN }, { row: 92, col: 0, input: '=1+1' }] });
      await waitFor('the formulas are stored', async () => {
        const file = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
        if (editor.closes.length > 0 || file.status !== 200) throw new Error(`${file.status} ${JSON.stringify(editor.closes)} ${JSON.stringify(file.json).slice(0, 200)}`);
        return JSON.stringify(file.json).includes('=1+1');
      });
      await whileColleagueWorks(server, { id: server.demo!.workspaceId, editorToken: server.demo!.editorToken }, async () => {
        const evaluation = await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken);
        expect(evaluation.status, JSON.stringify(evaluation.json)).toBe(200);
        expect(goalValues.parse(evaluation.json)).toEqual(before);
        const values = await api(server, 'GET', `/api/workspaces/${workspace.id}/values`, workspace.viewerToken);
        expect(values.status, JSON.stringify(values.json).slice(0, 200)).toBe(200);
        const csv = await download(server, `/api/workspaces/${workspace.id}/sheets/${encodeURIComponent(sheet.name)}.csv`, workspace.viewerToken);
        expect(csv.status).toBe(200);
        const lines = new TextDecoder().decode(csv.bytes).split(/\r?\n/);
        expect(lines[90]?.split(';')[0]).toBe('#NUM!');
        expect(lines[91]?.split(';')[0]).toBe('#NUM!');
        expect(lines[92]?.split(';')[0]).toBe('2');
      });
    } finally {
      editor.destroy();
    }
  }, 180_000);
});
