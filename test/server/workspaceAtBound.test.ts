/**
 * Tenth hostile pass: a workspace within a few kilobytes of MAX_WORKSPACE_BYTES. Near the bound
 * the running count of stored bytes leaves no room for the next edit, so the server measures the
 * workspace exactly (encodes it whole: about 48 ms at 2 MiB). Rewriting one cell adds almost
 * nothing, so every rewrite fitted and was measured again: an editor rewriting a cell as fast as
 * the socket took it left /healthz unanswered for 5 s. Now a workspace is measured at most once a
 * second for live edits; an edit that would need another measurement sooner closes its connection
 * with 1013 and comes back with the client's resync.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { CloseCode } from '../../models/api/closeCodes.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import type { RunningServer } from '../harness/serverHarness.js';
import { serverForTests } from '../harness/serverForTests.js';
import { uploadTo } from '../interchange/support/restClient.js';
import { createdWorkspaceSchema, type CreatedWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { connectClient, destroyAll, waitFor, waitSynced, type SyncClient } from './support/syncClients.js';

/** Room the workspace is left with under its bound: some seventy rewrites by the running count. */
const ROOM_BYTES = 2_000;

let workspace: CreatedWorkspace;
let colleague: CreatedWorkspace;

/** A workspace of `rows` × 10 numbers, from a CSV (about 33 bytes a cell once stored). */
async function workspaceOfNumbers(on: RunningServer, rows: number): Promise<CreatedWorkspace> {
  const lines = Array.from({ length: rows }, (_, r) => Array.from({ length: 10 }, (_, c) => String(r * 10 + c + 0.123456789)).join(';'));
  const created = await uploadTo(on, '/api/workspaces', on.adminToken, { bytes: new TextEncoder().encode(lines.join('\r\n')), name: 'tal.csv' }, { sheet: 'Tal' });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return createdWorkspaceSchema.parse(created.json);
}

const first = serverForTests();
// A workspace of 1.6 MB, then the same data directory served with a bound just above it.
const server = serverForTests(async () => {
  workspace = await workspaceOfNumbers(first, 4_000);
  colleague = await workspaceOfNumbers(first, 10);
  const reader = connectClient(first, workspace.id, workspace.viewerToken);
  await waitSynced(reader);
  const size = Y.encodeStateAsUpdate(reader.doc).length;
  reader.destroy();
  expect(await first.sigterm()).toBe(0);
  return { dataDir: first.dataDir, env: { ADMIN_TOKEN: first.adminToken, MAX_WORKSPACE_BYTES: String(size + ROOM_BYTES) } };
});

describe('a workspace at its size bound (tenth hostile pass)', () => {
  it(`an editor rewriting a cell of a workspace at its bound as fast as the socket takes it is closed with ${CloseCode.tryAgainLater} between measurements, and the last value still reaches a colleague`, async () => {
    const observer = connectClient(server, workspace.id, workspace.viewerToken);
    const rewriter = connectClient(server, workspace.id, workspace.editorToken);
    const clients: SyncClient[] = [observer, rewriter];
    try {
      await waitSynced(observer, rewriter);
      const sheetId = workbookGrid(rewriter.doc).listSheets()[0]!.id;
      let last = 0;
      await whileColleagueWorks(server, colleague, async () => {
        for (let i = 1; i <= 3_000 && !rewriter.closes.some((close) => close.code === CloseCode.tryAgainLater); i++) {
          applyOperation(rewriter.doc, { type: 'setCells', sheetId, cells: [{ row: 0, col: 0, input: i }] });
          last = i;
          if (i % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
        }
      });
      expect(rewriter.closes.find((close) => close.code === CloseCode.tryAgainLater)?.reason).toBe('the workspace is at its size bound and was measured less than a second ago; send the edit again');
      await waitFor('the colleague sees the last value', () => cellInputAt(observer.doc, sheetId, 0, 0) === last, 60_000);
      expect(rewriter.closes.map((close) => close.code)).not.toContain(CloseCode.workspaceFull);
    } finally {
      destroyAll(clients);
    }
  }, 300_000);
});
