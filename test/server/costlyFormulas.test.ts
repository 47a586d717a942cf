/**
 * A careless or hostile editor typing formulas that cost minutes to compute: 2,000 cells of
 * `=SUMPRODUCT(A:A*B:B)` on a sheet whose data reaches row 40,000 (80 million products). The
 * computation runs in a worker thread, so /healthz and colleagues carry on, and it is stopped at
 * WORK_TIMEOUT_MS with 503. Before, every further request for the same state (each page open,
 * each reload) held a thread for the whole limit again; now the same state is refused at once
 * and only an edit is computed again (server/work/WorkScheduler.ts).
 */
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { connectClient, waitFor, waitSynced } from './support/syncClients.js';

// A shorter time limit than the default three minutes (still room for creating a workspace on a busy machine).
const server = serverForTests({ env: { WORK_TIMEOUT_MS: '20000' } });

function stoppedEvaluations(): number {
  return server.output().split('\n').filter((line) => line.includes('work.stopped job=evaluate limit=timeout')).length;
}

describe('formulas that cost more than the time limit', () => {
  it('are stopped once with 503; asking again for the same state is refused without computing again, while /healthz and a colleague carry on', async () => {
    const workspace = await createWorkspace(server);
    const editor = connectClient(server, workspace.id, workspace.editorToken);
    try {
      await waitSynced(editor);
      const sheet = workbookGrid(editor.doc).listSheets()[0]!;
      const cells = [{ row: 39_999, col: 25, input: 1 }, ...Array.from({ length: 2_000 }, (_, row) => ({ row, col: 3, input: '=SUMPRODUCT(A:A*B:B)' })), { row: 0, col: 10, input: 'stored' }];
      applyOperation(editor.doc, { type: 'setCells', sheetId: sheet.id, cells });
      await waitFor(
        'the formulas are stored',
        async () => JSON.stringify((await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken)).json).includes('"stored"'),
        120_000,
      );
      await whileColleagueWorks(server, { id: server.demo!.workspaceId, editorToken: server.demo!.editorToken }, async () => {
        const first = await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken);
        expect(first.status).toBe(503);
        expect(stoppedEvaluations()).toBe(1);
        const again = await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.editorToken);
        expect(again.status).toBe(503);
        expect(again.json).toEqual(first.json);
      });
      expect(stoppedEvaluations()).toBe(1);
    } finally {
      editor.destroy();
    }
  }, 300_000);
});
