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
import { serverForTests } from '../harness/serverForTests.js';
import { api } from './support/api.js';
import { costlyWorkspace } from './support/costlyWorkspace.js';
import { waitFor } from './support/syncClients.js';

const server = serverForTests({ env: { WORK_TIMEOUT_MS: '20000' } });

function stoppedJobs(): number {
  return server.output().split('\n').filter((line) => line.includes('work.stopped job=')).length;
}

/** A request the test drops later: its abort and its settling, whatever it answered. */
function dropLater(path: string, token: string): { drop(): void; settled: Promise<unknown> } {
  const controller = new AbortController();
  const settled = fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal }).then((r) => r.arrayBuffer(), () => undefined);
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
