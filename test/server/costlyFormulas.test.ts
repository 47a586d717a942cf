/**
 * A careless or hostile editor typing formulas that cost minutes to compute: 2,000 cells of
 * `=SUMPRODUCT(A:A*B:B)` on a sheet whose data reaches row 40,000 (80 million products). The
 * computation runs in a worker thread, so /healthz and colleagues carry on, and it is stopped at
 * WORK_TIMEOUT_MS with 503. Before, every further request for the same state (each page open,
 * each reload) held a thread for the whole limit again; now the same state is refused at once
 * and only an edit is computed again (server/work/WorkScheduler.ts).
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { api } from './support/api.js';
import { costlyWorkspace } from './support/costlyWorkspace.js';
import { whileColleagueWorks } from './support/attackWatch.js';
import { waitFor } from './support/syncClients.js';

// A shorter time limit than the default three minutes, still well above an ordinary job on a busy
// machine: at 20 s, creating the workspace (a worker thread's first job, loading the engine) was
// itself stopped on a loaded 2-core machine (503), before any costly formula was typed.
const server = serverForTests({ env: { WORK_TIMEOUT_MS: '60000' } });

function stoppedEvaluations(): number {
  return server.output().split('\n').filter((line) => line.includes('work.stopped job=evaluate limit=timeout')).length;
}

/**
 * Resolves once the server has logged its `count`th answer to the workspace's evaluation. The
 * answer can reach the test before the server's log does (another pipe, read when the loaded
 * machine gets round to it); a stopped job's line is written before its answer's line, so what the
 * log holds then is all the server did for those requests.
 */
async function loggedEvaluationAnswers(workspaceId: string, count: number): Promise<void> {
  const isAnswer = (line: string): boolean => line.includes(` http method=GET path=/api/workspaces/${workspaceId}/evaluation status=`);
  await waitFor(`the server logged ${count} answer(s) to the evaluation`, () => server.output().split('\n').filter(isAnswer).length >= count, 60_000);
}

describe('formulas that cost more than the time limit', () => {
  it('are stopped once with 503; asking again for the same state is refused without computing again, while /healthz and a colleague carry on', async () => {
    const workspace = await costlyWorkspace(server);
    await whileColleagueWorks(server, { id: server.demo!.workspaceId, editorToken: server.demo!.editorToken }, async () => {
      const first = await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken);
      expect(first.status).toBe(503);
      await loggedEvaluationAnswers(workspace.id, 1);
      expect(stoppedEvaluations()).toBe(1);
      const again = await api(server, 'GET', `/api/workspaces/${workspace.id}/evaluation`, workspace.editorToken);
      expect(again.status).toBe(503);
      expect(again.json).toEqual(first.json);
    });
    await loggedEvaluationAnswers(workspace.id, 2);
    expect(stoppedEvaluations()).toBe(1);
  }, 300_000);
});
