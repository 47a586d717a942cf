/**
 * Two colleagues' costly workbooks and a third workspace's ordinary evaluation (the twentieth
 * session). Before, each costly workspace's evaluation held one of the two worker threads for the
 * whole time limit (three minutes by default), and every other workspace's evaluation, export and
 * first view waited behind them. Now costly work holds at most WORK_THREADS threads and one more
 * is started for the others (server/work/WorkPool.ts); and a costly job whose requesters have all
 * gone is stopped, not run on to the time limit for nobody.
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace } from './support/api.js';
import { costlyWorkspace } from './support/costlyWorkspace.js';
import { waitFor } from './support/syncClients.js';

// A time limit far beyond the test: the costly jobs are still running when the cheap one is asked for.
const server = serverForTests({ env: { WORK_THREADS: '2', WORK_TIMEOUT_MS: '1800000', WORK_COSTLY_MS: '1000' } });

function linesWith(text: string): number {
  return server.output().split('\n').filter((line) => line.includes(text)).length;
}

/** A request the test drops later: its abort, and whether it has settled. */
function dropLater(path: string, token: string): { drop(): void; settled: () => boolean; done: Promise<unknown> } {
  const controller = new AbortController();
  let settled = false;
  const done = fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal })
    .then((r) => r.arrayBuffer(), () => undefined)
    .finally(() => (settled = true));
  return { drop: () => controller.abort(), settled: () => settled, done };
}

describe('worker threads shared between workspaces', () => {
  it("a cheap workspace's evaluation is answered while two other workspaces' costly evaluations hold both threads; dropping those stops them and the server keeps serving", async () => {
    const costly = [await costlyWorkspace(server), await costlyWorkspace(server)];
    const requests = costly.map((workspace) => dropLater(`/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken));
    try {
      // Both have run past WORK_COSTLY_MS on their threads.
      await waitFor('both costly evaluations hold a thread', () => linesWith('work.costly job=evaluate') >= 2, 240_000);

      const cheap = await api(server, 'GET', `/api/workspaces/${server.demo!.workspaceId}/evaluation`, server.demo!.viewerToken);
      expect(cheap.status).toBe(200);
      expect(requests.map((request) => request.settled())).toEqual([false, false]);
      expect(linesWith('work.stopped')).toBe(0);
    } finally {
      for (const request of requests) request.drop();
      await Promise.all(requests.map((request) => request.done));
    }

    // Nobody waits for the costly answers any more: their threads are stopped, not run on for half an hour.
    await waitFor('both dropped costly evaluations are stopped', () => linesWith('work.stopped job=evaluate limit=abandoned') >= 2, 60_000);
    const again = await api(server, 'GET', `/api/workspaces/${server.demo!.workspaceId}/sensitivity?step=0.1`, server.demo!.viewerToken);
    expect(again.status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 600_000);

  it("three workbooks never computed before take every thread, and the third gives its thread back to another workspace's evaluation", async () => {
    const costly = [await costlyWorkspace(server), await costlyWorkspace(server), await costlyWorkspace(server)];
    const cheapWorkspace = await createWorkspace(server);
    const before = linesWith('work.costly job=evaluate');
    const requests = costly.map((workspace) => dropLater(`/api/workspaces/${workspace.id}/evaluation`, workspace.viewerToken));
    try {
      // All three have run past WORK_COSTLY_MS: two on the two threads, the third on the extra one.
      await waitFor('three costly evaluations hold every thread', () => linesWith('work.costly job=evaluate') >= before + 3, 240_000);
      // Before, this waited for one of the three to end (here half an hour; by default three minutes).
      const cheap = await fetch(`${server.url}/api/workspaces/${cheapWorkspace.id}/evaluation`, {
        headers: { authorization: `Bearer ${cheapWorkspace.viewerToken}` },
        signal: AbortSignal.timeout(240_000),
      });
      expect(cheap.status).toBe(200);
      expect(linesWith('work.yielded job=evaluate')).toBe(1);
      expect(requests.map((request) => request.settled())).toEqual([false, false, false]);
    } finally {
      for (const request of requests) request.drop();
      await Promise.all(requests.map((request) => request.done));
    }
  }, 900_000);
});
