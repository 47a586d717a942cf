/**
 * A colleague who asks for computations and drops each request at once (the fourteenth hostile
 * pass). The requests still count against their token until their job ends, so dropping them
 * frees nothing for more; but the jobs still waiting in the workspace's queue used to be run
 * to the time limit one after another, for nobody, while the workspace's other colleagues got
 * 503 (`this workspace has 4 computations waiting`). Now a job whose every requester has gone
 * before its turn is not run (answer-only jobs, server/http/workRequests.ts); the one already
 * running is stopped once it has run past WORK_COSTLY_MS (the twentieth session; before, it ran
 * on to the time limit).
 */
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import type { RunningServer } from '../harness/serverHarness.js';
import { serverForTests } from '../harness/serverForTests.js';
import { api, type CreatedWorkspace } from './support/api.js';
import { costlyWorkspace } from './support/costlyWorkspace.js';
import { connectClient, contains, destroyAll, waitFor, waitSynced } from './support/syncClients.js';

const server = serverForTests({ env: { WORK_TIMEOUT_MS: '20000' } });

function stoppedJobs(limit = '', on: RunningServer = server): number {
  return on.output().split('\n').filter((line) => line.includes('work.stopped job=') && line.includes(limit)).length;
}

/** A request the test drops later: its abort and its settling, whatever it answered. */
function dropLater(path: string, token: string, on: RunningServer = server): { drop(): void; settled: Promise<unknown> } {
  const controller = new AbortController();
  const settled = fetch(`${on.url}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal }).then((r) => r.arrayBuffer(), () => undefined);
  return { drop: () => controller.abort(), settled };
}

describe('computations whose requester has gone', () => {
  it('dropped requests for a costly workbook leave the workspace to its colleagues once the running one ends: the waiting ones are not run', async () => {
    const workspace = await costlyWorkspace(server);
    const at = `/api/workspaces/${workspace.id}`;
    const sheet = ((await api(server, 'GET', `${at}/workbook.json`, workspace.viewerToken)).json as { sheets: Array<{ name: string }> }).sheets[0]!.name;
    // Four jobs of four kinds (two per token: the per-token bound), filling the workspace's queue.
    const requests = [
      dropLater(`${at}/evaluation`, workspace.editorToken),
      dropLater(`${at}/export.xlsx`, workspace.editorToken),
      dropLater(`${at}/sheets/${encodeURIComponent(sheet)}.csv`, workspace.viewerToken),
      dropLater(`${at}/values`, workspace.viewerToken),
    ];
    // Each token's two are counted once a further request of the token is refused at the bound.
    for (const [path, token] of [
      [`${at}/evaluation`, workspace.editorToken],
      [`${at}/values`, workspace.viewerToken],
    ] as const) {
      await waitFor(`${path}'s token holds two jobs`, async () => (await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(1_000) }).catch(() => null))?.status === 429, 60_000);
    }
    for (const request of requests) request.drop();
    await Promise.all(requests.map((request) => request.settled));

    // A colleague's own export (a CSV with other options: a job of its own) gets the workspace's
    // turn after the one job that was running, not after all four.
    let answer: { status: number; json: unknown } = { status: 0, json: null };
    await waitFor(
      "the colleague's export is taken",
      async () => {
        answer = await api(server, 'GET', `${at}/sheets/${encodeURIComponent(sheet)}.csv?separator=,&decimal=.`, workspace.editorToken);
        return answer.status !== 429 && !JSON.stringify(answer.json).includes('computations waiting');
      },
      240_000,
    );
    expect(answer).toEqual({ status: 503, json: { error: 'the computation took longer than 20 s and was stopped' } });
    expect(stoppedJobs()).toBe(2);
  }, 360_000);
});

describe('a costly computation for a state the workspace has left', () => {
  // A time limit the edit below cannot outlast on a loaded machine: the old job must be stopped because nobody waits.
  const patient = serverForTests({ env: { WORK_TIMEOUT_MS: '150000' } });

  /**
   * A colleague clears the costly formulas: a new document state, cheap to compute. The server
   * has applied it once another client has it (durable before anyone sees it); a REST read would
   * wait in the workspace's queue behind the old job.
   */
  async function clearCostlyFormulas(workspace: CreatedWorkspace): Promise<void> {
    const editor = connectClient(patient, workspace.id, workspace.editorToken);
    const viewer = connectClient(patient, workspace.id, workspace.viewerToken);
    try {
      await waitSynced(editor, viewer);
      const sheet = workbookGrid(editor.doc).listSheets()[0]!;
      applyOperation(editor.doc, { type: 'setCells', sheetId: sheet.id, cells: Array.from({ length: 2_000 }, (_, row) => ({ row, col: 3, input: null })) });
      await waitFor('a colleague has the cleared cells', () => contains(viewer.doc, editor.doc), 120_000);
    } finally {
      destroyAll([editor, viewer]);
    }
  }

  it('an edit while nobody waits for the old evaluation any more: the old job is stopped, not run to the time limit, and the new state is evaluated', async () => {
    const workspace = await costlyWorkspace(patient);
    const at = `/api/workspaces/${workspace.id}`;
    const timedOut = stoppedJobs('job=evaluate limit=timeout', patient);
    const abandoned = stoppedJobs('job=evaluate limit=abandoned', patient);
    const old = dropLater(`${at}/evaluation`, workspace.viewerToken, patient);
    // Past WORK_COSTLY_MS the running job is one the pool stops once nobody waits for it.
    await waitFor('the old state\u2019s evaluation has run long', () => patient.output().includes(`work.costly job=evaluate workspace=${workspace.id}`), 60_000);

    await clearCostlyFormulas(workspace);
    old.drop();
    await old.settled;

    await waitFor('the old evaluation is stopped', () => stoppedJobs('job=evaluate limit=abandoned', patient) > abandoned, 60_000);
    const fresh = await api(patient, 'GET', `${at}/evaluation`, workspace.viewerToken);
    expect(fresh.status, JSON.stringify(fresh.json)).toBe(200);
    expect(stoppedJobs('job=evaluate limit=timeout', patient)).toBe(timedOut);
  }, 360_000);

  it('a page still waiting for the first values of a state a colleague\u2019s edit has left: the job is stopped and the page answered 409, and the new state\u2019s values come', async () => {
    const workspace = await costlyWorkspace(patient);
    const at = `/api/workspaces/${workspace.id}`;
    const stopped = stoppedJobs('job=firstValues limit=abandoned', patient);
    // The page's request stays open: its answer would show only on a document in that old state.
    const page = api(patient, 'GET', `${at}/values`, workspace.viewerToken);
    await waitFor('the old state\u2019s values have run long', () => patient.output().includes(`work.costly job=firstValues workspace=${workspace.id}`), 60_000);
    await clearCostlyFormulas(workspace);

    expect(await page).toEqual({ status: 409, json: { error: 'the workspace changed before this computation ended; ask again for its new state' } });
    // Its log line may reach the test's pipe after the answer.
    await waitFor('the old values job is logged as stopped', () => stoppedJobs('job=firstValues limit=abandoned', patient) === stopped + 1);
    const fresh = await api(patient, 'GET', `${at}/values`, workspace.viewerToken);
    expect(fresh.status, JSON.stringify(fresh.json)).toBe(200);
  }, 360_000);
});
