/**
 * How often an editor makes the server fetch from Jobindsats with the operator's one key (the
 * eighteenth hostile pass): the import dialog's previews of one table read one fetch, an import
 * fetches anew, and one workspace makes at most JOBINDSATS_FETCHES_PER_MINUTE (6) fetches a
 * minute: past it 429 with Retry-After, nothing fetched. Before, every preview fetched the whole
 * table again and a script posting `…/actuals` in a loop fetched back to back without end.
 */
import { describe, expect, it } from 'vitest';
import { requestOnFreshConnection } from '../harness/freshConnection.js';
import { serverForTests } from '../harness/serverForTests.js';
import { asV2Json, ptva02 } from '../support/jobindsatsFixtures.js';
import { api, createWorkspace } from './support/api.js';
import { fakeJobindsatsForTests } from './support/fakeJobindsats.js';

const TABLE = asV2Json(ptva02());
const IMPORT = { table: 'ptv_a02', measure: 'Antal personer', filters: { Ydelsesgrupper: 'Fleksjob' }, rows: 'Område' };

/** Tables the fake API was asked for, in order. */
const asked: string[] = [];
const fake = fakeJobindsatsForTests((req, res) => {
  asked.push(req.url ?? '');
  res.writeHead(200, { 'content-type': 'application/json' }).end(TABLE);
});

const server = serverForTests(() => ({ env: { JOBINDSATS_API_KEY: 'rate-test-key-1234', JOBINDSATS_URL: fake.url() } }));

describe('fetches from Jobindsats', () => {
  it('a planner\u2019s previews of one table read one fetch, and the import fetches it anew', async () => {
    const workspace = await createWorkspace(server);
    const before = asked.length;
    const post = (body: object): Promise<{ status: number }> => api(server, 'POST', `/api/workspaces/${workspace.id}/actuals`, workspace.editorToken, body);
    expect((await post({ table: IMPORT.table, dryRun: true })).status).toBe(200);
    for (const group of ['Fleksjob', 'Kontanthjælp mv.', 'Sygedagpenge mv.']) {
      expect((await post({ ...IMPORT, filters: { Ydelsesgrupper: group }, dryRun: true })).status).toBe(200);
    }
    expect(asked.length - before).toBe(1);
    expect((await post(IMPORT)).status).toBe(200);
    expect(asked.length - before).toBe(2);
  });

  it('an editor\u2019s loop of imports gets 429 with Retry-After past six fetches a minute, and another workspace still fetches', async () => {
    const workspace = await createWorkspace(server);
    const before = asked.length;
    const path = `/api/workspaces/${workspace.id}/actuals`;
    const statuses = [(await api(server, 'POST', path, workspace.editorToken, IMPORT)).status];
    for (let i = 0; i < 6; i++) statuses.push((await api(server, 'POST', `${path}/refresh`, workspace.editorToken, { sheet: 'Jobindsats' })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
    const refused = await requestOnFreshConnection(`${server.url}${path}/refresh`, {
      method: 'POST',
      headers: { authorization: `Bearer ${workspace.editorToken}`, 'content-type': 'application/json' },
      body: '{"sheet":"Jobindsats"}',
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(new TextDecoder().decode(refused.bytes))).toEqual({ error: expect.stringMatching(/^this workspace has fetched from Jobindsats 6 times in the last minute \(at most 6 a minute\); try again in \d+ s$/) });
    expect(asked.length - before).toBe(6);
    const other = await createWorkspace(server);
    expect((await api(server, 'POST', `/api/workspaces/${other.id}/actuals`, other.editorToken, IMPORT)).status).toBe(200);
    expect(asked.length - before).toBe(7);
  });
});
