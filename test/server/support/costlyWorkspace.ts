/**
 * A workspace whose formulas cost minutes to compute: 2,000 cells of `=SUMPRODUCT(A:A*B:B)` on a
 * sheet whose data reaches row 40,000 (80 million products), typed by an editor through the
 * websocket. Every evaluation, export and first view of it runs to WORK_TIMEOUT_MS.
 */
import { applyOperation } from '../../../models/operations/applyOperation.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import type { RunningServer } from '../../harness/serverHarness.js';
import { api, createWorkspace, type CreatedWorkspace } from './api.js';
import { connectClient, waitFor, waitSynced } from './syncClients.js';

/** Creates the workspace and resolves once its formulas are stored. */
export async function costlyWorkspace(server: RunningServer): Promise<CreatedWorkspace> {
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
    return workspace;
  } finally {
    editor.destroy();
  }
}
