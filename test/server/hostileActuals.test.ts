/**
 * Jobindsats figures from a hostile colleague or a hostile API (the third hostile pass): a large
 * upload and answers that are huge, deeply nested or not a table are read in a worker thread, so
 * the attacker gets an answer or a clear error while /healthz and a colleague on another workspace
 * carry on (before, a 1 MB .xlsx of 39,000 rows held both for 5–17 s on the event loop).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { uploadTo } from '../interchange/support/restClient.js';
import { asCsv, asV2Json, ptva02 } from '../support/jobindsatsFixtures.js';
import { api, createWorkspace } from './support/api.js';
import { whileColleagueWorks } from './support/attackWatch.js';

const API_KEY = 'hostile-jobindsats-key-1234';
/** 39,000 rows (two areas × five groups × 3,900 months): a valid table near the import's bounds. */
const LARGE = ptva02('1700-01', 3_900);

/** What the fake Jobindsats answers, by table id. */
const ANSWERS: Record<string, () => string> = {
  LARGE: () => asV2Json(LARGE),
  DEEP: () => '['.repeat(200_000) + ']'.repeat(200_000),
  NOTATABLE: () => JSON.stringify([{ Variables: 'x'.repeat(2_000_000), Data: 1 }]),
  HUGE: () => `[${'0,'.repeat(9_000_000)}0]`,
  TWICE: () => asV2Json(ptva02()).replace(',"Data":', ',"Data":[],"Data":'),
};

const fake: Server = createServer((req, res) => {
  const table = /^\/v2\/data\/([^/]+)\/json/.exec(req.url ?? '')?.[1] ?? '';
  const answer = ANSWERS[table];
  if (!answer) res.writeHead(404).end('{}');
  else res.writeHead(200, { 'content-type': 'application/json' }).end(answer());
});

beforeAll(async () => {
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => fake.close(resolve));
});

const server = serverForTests(() => ({ env: { JOBINDSATS_API_KEY: API_KEY, JOBINDSATS_URL: `http://127.0.0.1:${(fake.address() as AddressInfo).port}` } }));

describe('Jobindsats figures a hostile colleague sends', () => {
  it('a 39,000-row upload is answered while /healthz and a colleague on another workspace carry on', async () => {
    const attacker = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    const answer = await whileColleagueWorks(server, colleague, () =>
      uploadTo(server, `/api/workspaces/${attacker.id}/actuals`, attacker.editorToken, { bytes: asCsv(LARGE, true), name: 'ptva02.csv' }, { dryRun: 'true' }),
    );
    expect(answer.status).toBe(200);
    expect((answer.json as { table: { periods: string[] } }).table.periods).toHaveLength(3_900);
  }, 180_000);

  it.each([
    ['a table of 39,000 rows', 'LARGE', 200, /./],
    ['200,000 levels of nested lists', 'DEEP', 502, /not .*Jobindsats|not a list|rows/i],
    ['JSON that is no Jobindsats table', 'NOTATABLE', 502, /Variables|Jobindsats/],
    ['an answer over 16 MiB', 'HUGE', 502, /more than 16 MiB/],
    ['JSON naming "Data" twice (the empty list last)', 'TWICE', 502, /the JSON names "Data" twice in \[\]; give each key once/],
  ])('the API answering %s gets its status with a reason, while a colleague carries on', async (_what, table, status, reason) => {
    const attacker = await createWorkspace(server);
    const colleague = await createWorkspace(server);
    const answer = await whileColleagueWorks(server, colleague, () => api(server, 'POST', `/api/workspaces/${attacker.id}/actuals`, attacker.editorToken, { table, dryRun: true }));
    expect(answer.status).toBe(status);
    if (status !== 200) expect((answer.json as { error: string }).error).toMatch(reason);
    // Nothing of it reached the attacker's own workspace either.
    expect((await api(server, 'GET', `/api/workspaces/${attacker.id}/actuals`, attacker.viewerToken)).json).toMatchObject({ links: [] });
  }, 180_000);
});
