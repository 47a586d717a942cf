/**
 * A hostile or broken Jobindsats API (the eighth hostile pass): an answer that sends its headers
 * and then trickles or breaks off is a 502 saying so, within JOBINDSATS_TIMEOUT_MS, and the
 * figures a sheet already holds stay as they were (before: 500 "internal error"); one editor's
 * burst of fetches holds no more answers at once than its request bodies could (before: every
 * request fetched at once, 30 took the server from 380 MB to 990 MB).
 */
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { asV2Json, ptva02 } from '../support/jobindsatsFixtures.js';
import { api, createWorkspace } from './support/api.js';
import { fakeJobindsatsForTests } from './support/fakeJobindsats.js';

const API_KEY = 'hostile-jobindsats-key-5678';
const TIMEOUT_MS = 3_000;
const GOOD = asV2Json(ptva02());
const IMPORT = { table: 'PTVA02', measure: 'Antal personer', filters: { Ydelsesgrupper: 'Fleksjob' }, rows: 'Område' };

/** How the fake API answers the next requests. */
let mode: 'good' | 'trickle' | 'break' | 'slow' = 'good';
let inFlight = 0;
let mostAtOnce = 0;

function answer(res: ServerResponse): void {
  if (mode === 'good') return void res.writeHead(200, { 'content-type': 'application/json' }).end(GOOD);
  if (mode === 'slow') return void setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(GOOD), 1_000);
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(GOOD.length * 2) });
  res.write(GOOD.slice(0, 100));
  if (mode === 'break') return void setTimeout(() => res.destroy(), 100);
  // A space every 200 ms: each read is quick, the whole answer never comes.
  const trickle = setInterval(() => res.write(' '), 200);
  res.on('close', () => clearInterval(trickle));
}

const fake = fakeJobindsatsForTests((req, res) => {
  inFlight++;
  mostAtOnce = Math.max(mostAtOnce, inFlight);
  res.on('close', () => inFlight--);
  answer(res);
});

const server = serverForTests(() => ({
  env: { JOBINDSATS_API_KEY: API_KEY, JOBINDSATS_URL: fake.url(), JOBINDSATS_TIMEOUT_MS: String(TIMEOUT_MS) },
}));

async function sheetCsv(workspaceId: string, token: string): Promise<string> {
  const response = await fetch(`${server.url}/api/workspaces/${workspaceId}/sheets/Jobindsats.csv`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return response.text();
}

describe('a Jobindsats API that breaks off or never finishes', () => {
  it.each([
    ['trickles its answer past the time limit', 'trickle', /no complete answer within 3 s/],
    ['drops the connection mid-answer', 'break', /broke off mid-answer/],
  ] as const)('an API that %s gets a 502 saying so, and the sheet keeps its figures', async (_what, failing, reason) => {
    const workspace = await createWorkspace(server);
    mode = 'good';
    const imported = await api(server, 'POST', `/api/workspaces/${workspace.id}/actuals`, workspace.editorToken, IMPORT);
    expect(imported.status).toBe(200);
    const before = await sheetCsv(workspace.id, workspace.viewerToken);
    const linksBefore = (await api(server, 'GET', `/api/workspaces/${workspace.id}/actuals`, workspace.viewerToken)).json;

    mode = failing;
    const refreshed = await api(server, 'POST', `/api/workspaces/${workspace.id}/actuals/refresh`, workspace.editorToken, { sheet: 'Jobindsats' });
    expect(refreshed.status).toBe(502);
    expect((refreshed.json as { error: string }).error).toMatch(reason);
    expect(JSON.stringify(refreshed.json)).not.toContain(API_KEY);

    expect(await sheetCsv(workspace.id, workspace.viewerToken)).toBe(before);
    expect((await api(server, 'GET', `/api/workspaces/${workspace.id}/actuals`, workspace.viewerToken)).json).toEqual(linksBefore);
    expect(server.output()).not.toContain(API_KEY);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 60_000);
});

describe('a burst of fetches from one editor', () => {
  it('holds at most two answers at once for the token; the rest get 429 saying why, and the fetched ones are answered', async () => {
    const workspace = await createWorkspace(server);
    mode = 'slow';
    mostAtOnce = 0;
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => api(server, 'POST', `/api/workspaces/${workspace.id}/actuals`, workspace.editorToken, { ...IMPORT, dryRun: true })),
    );
    expect(mostAtOnce).toBeLessThanOrEqual(2);
    const refused = answers.filter((a) => a.status === 429);
    const read = answers.filter((a) => a.status === 200);
    expect(refused.length + read.length).toBe(12);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(read.length).toBeGreaterThanOrEqual(1);
    // A request that came once the first answer was in reads it (a preview reuses the last
    // minutes' answer, jobindsatsFetches.ts) and meets the token's bound on computations instead.
    for (const { json } of refused) {
      expect((json as { error: string }).error).toMatch(
        /^this token is already waiting for 33\.6 MB of request bodies and Jobindsats answers \(at most 33\.6 MB at a time\); wait for them to finish$|^at most 2 computations per token at a time; wait for the others to finish$/,
      );
    }
    // Another token is not held back by this one's burst.
    const other = await createWorkspace(server);
    mode = 'good';
    expect((await api(server, 'POST', `/api/workspaces/${other.id}/actuals`, other.editorToken, { ...IMPORT, dryRun: true })).status).toBe(200);
  }, 60_000);
});
