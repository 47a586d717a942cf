/**
 * A careless or hostile editor types formulas into a fresh workspace through the websocket; while
 * a colleague keeps working on the demo workspace, the workspace's evaluation (goals as before),
 * first values, CSV export and (when asked) XLSX export must still answer. Shared by the tests of
 * each formula the engine bounds (formulaDepth.test.ts, arrayBound.test.ts).
 */
import { expect } from 'vitest';
import { z } from 'zod';
import { applyOperation } from '../../../models/operations/applyOperation.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import type { RunningServer } from '../../harness/serverHarness.js';
import { download } from '../../interchange/support/restClient.js';
import { api, createWorkspace } from './api.js';
import { whileColleagueWorks } from './attackWatch.js';
import { connectClient, waitFor, waitSynced } from './syncClients.js';

/** A cell typed on the first sheet: its row and column from 0, and what the editor typed. */
export interface TypedCell {
  row: number;
  col: number;
  input: string | number;
}

const goalValues = z.object({ scenarios: z.array(z.object({ goals: z.array(z.object({ id: z.string(), value: z.unknown() })) })) });

/** A defined name the editor makes first (Navnestyring), e.g. a LAMBDA calling itself. */
export interface DefinedName {
  name: string;
  formula: string;
}

/**
 * Types `cells` (the last one a harmless formula, used to see that everything is stored), after
 * defining `options.names`, checks that the workspace still answers, and gives the first sheet's
 * CSV lines split into cells.
 */
export async function typeFormulasThenExport(server: RunningServer, cells: TypedCell[], options: { xlsx: boolean; names?: readonly DefinedName[] }): Promise<string[][]> {
  const workspace = await createWorkspace(server);
  const before = goalValues.parse((await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken)).json);
  const editor = connectClient(server, workspace.id, workspace.editorToken);
  try {
    await waitSynced(editor);
    const sheet = workbookGrid(editor.doc).listSheets()[0]!;
    for (const { name, formula } of options.names ?? []) applyOperation(editor.doc, { type: 'defineName', name, formula });
    applyOperation(editor.doc, { type: 'setCells', sheetId: sheet.id, cells });
    const marker = String(cells[cells.length - 1]!.input);
    await waitFor('the formulas are stored', async () => {
      const file = await api(server, 'GET', `/api/workspaces/${workspace.id}/workbook.json`, workspace.viewerToken);
      if (editor.closes.length > 0 || file.status !== 200) throw new Error(`${file.status} ${JSON.stringify(editor.closes)} ${JSON.stringify(file.json).slice(0, 200)}`);
      return JSON.stringify(file.json).includes(marker);
    });
    let lines: string[][] = [];
    await whileColleagueWorks(server, { id: server.demo!.workspaceId, editorToken: server.demo!.editorToken }, async () => {
      const evaluation = await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken);
      expect(evaluation.status, JSON.stringify(evaluation.json)).toBe(200);
      expect(goalValues.parse(evaluation.json)).toEqual(before);
      const values = await api(server, 'GET', `/api/workspaces/${workspace.id}/values`, workspace.viewerToken);
      expect(values.status, JSON.stringify(values.json).slice(0, 200)).toBe(200);
      if (options.xlsx) expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/export.xlsx`, workspace.viewerToken)).status).toBe(200);
      const csv = await download(server, `/api/workspaces/${workspace.id}/sheets/${encodeURIComponent(sheet.name)}.csv`, workspace.viewerToken);
      expect(csv.status).toBe(200);
      lines = new TextDecoder().decode(csv.bytes).split(/\r?\n/).map((line) => line.split(';'));
    });
    return lines;
  } finally {
    editor.destroy();
  }
}
