import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { actualsAnswerSchema } from '../../models/api/actualsAnswers.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { serverForTests } from '../harness/serverForTests.js';
import { uploadTo } from '../interchange/support/restClient.js';
import { api, createWorkspace } from '../server/support/api.js';
import { connectClient, destroyAll, waitFor, waitSynced, type SyncClient } from '../server/support/syncClients.js';
import { asCsv, asV2Json, ptva02, WRONG_KEY_ANSWER } from '../support/jobindsatsFixtures.js';
import { workbookFile } from '../support/workbookFixtures.js';

const API_KEY = 'test-jobindsats-key-7f3a';

/** A stand-in for api.jobindsats.dk answering the documented v2 shapes, and the wrong-key answer. */
class FakeJobindsats {
  server: Server = createServer((req, res) => {
    this.requests.push({ url: req.url ?? '', authorization: req.headers.authorization });
    if (req.headers.authorization !== API_KEY) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(WRONG_KEY_ANSWER);
      return;
    }
    const table = /^\/v2\/data\/([^/]+)\/json/.exec(req.url ?? '')?.[1];
    if (table?.toUpperCase() !== 'PTVA02') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"unknown table"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(asV2Json(ptva02('2022-07', this.months)));
  });
  requests: Array<{ url: string; authorization: string | undefined }> = [];
  months = 12;
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
}

const answerSchema = z.object({
  sheet: z.string(),
  created: z.boolean(),
  periods: z.array(z.string()),
  addedPeriods: z.array(z.string()),
  rows: z.array(z.string()),
});

const fake = new FakeJobindsats();
const clients: SyncClient[] = [];

beforeAll(async () => {
  await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => fake.server.close(resolve));
});

const server = serverForTests(() => ({ env: { JOBINDSATS_API_KEY: API_KEY, JOBINDSATS_URL: fake.url } }));
const keyless = serverForTests();

afterAll(() => destroyAll(clients));

const plan = () =>
  workbookFile(
    { Plan: { A1: 'Fleksjob juni 2023', B1: '=Jobindsats!M6' }, Jobindsats: { A1: 'Hentes fra Jobindsats' } },
    { goals: [{ id: 'FLEKS', title: 'Fleksjob', value: 'Plan!B1', comparator: '>=', target: 800 }] },
  );

function cellOf(client: SyncClient, sheet: string, row: number, col: number) {
  const sheetId = workbookGrid(client.doc).sheetIdByName(sheet);
  return sheetId === undefined ? undefined : cellInputAt(client.doc, sheetId, row, col);
}

// Real server processes on a busy 2-core machine: generous bounds, never a timing assertion.
describe('POST /api/workspaces/:id/actuals', { timeout: 180_000 }, () => {
  it('an uploaded PTVA02 file fills the sheet live; refreshing with a month newer adds that month', async () => {
    const ws = await createWorkspace(server, plan());
    const client = connectClient(server, ws.id, ws.viewerToken);
    clients.push(client);
    await waitSynced(client);
    const choice = { measure: 'Antal personer', filter: 'Område=Roskilde', rows: 'Ydelsesgrupper' };
    const first = await uploadTo(server, `/api/workspaces/${ws.id}/actuals`, ws.editorToken, { bytes: asCsv(ptva02('2022-07', 12), true), name: 'ptva02.csv' }, choice);
    expect(first.status, JSON.stringify(first.json)).toBe(200);
    expect(answerSchema.parse(first.json)).toMatchObject({ sheet: 'Jobindsats', created: false, addedPeriods: [], rows: ptva02().rows.slice(0, 5).map((r) => r[2]) });
    await waitFor('the figures reach a viewer', () => cellOf(client, 'Jobindsats', 0, 12) === '2023-06');
    const june = ptva02().rows.find((r) => r[0] === 'Roskilde' && r[1] === '2023M06' && r[2] === 'Fleksjob')![3];
    expect(cellOf(client, 'Jobindsats', 5, 12)).toBe(june);
    const evaluation = await api(server, 'GET', `/api/workspaces/${ws.id}/evaluation`, ws.viewerToken);
    expect(JSON.stringify(evaluation.json)).toContain(`"value":${june}`);

    const newer = await uploadTo(server, `/api/workspaces/${ws.id}/actuals/refresh`, ws.editorToken, { bytes: asCsv(ptva02('2022-07', 13), false), name: 'ptva02-juli.csv' });
    expect(newer.status, JSON.stringify(newer.json)).toBe(200);
    expect(answerSchema.parse(newer.json)).toMatchObject({ created: false, addedPeriods: ['2023-07'] });
    // The same seed gives the same figures for the months already there: only July is new.
    expect(newer.json).toMatchObject({ changes: { addedPeriods: ['2023-07'], updatedPeriods: [], removedPeriods: [], addedRows: [], changedFigures: 5 } });
    await waitFor('the new month reaches a viewer', () => cellOf(client, 'Jobindsats', 0, 13) === '2023-07');
    const links = await api(server, 'GET', `/api/workspaces/${ws.id}/actuals`, ws.viewerToken);
    expect(links.json).toMatchObject({ apiConfigured: true, links: [{ sheet: 'Jobindsats', measure: 'Antal personer', filters: { Område: 'Roskilde' }, rows: 'Ydelsesgrupper', source: 'file', fileName: 'ptva02-juli.csv' }] });
  });

  it('with JOBINDSATS_API_KEY the server fetches the table itself, and the key never reaches the client or the log', async () => {
    const ws = await createWorkspace(server, plan());
    fake.months = 12;
    const first = await api(server, 'POST', `/api/workspaces/${ws.id}/actuals`, ws.editorToken, { table: 'PTVA02', measure: 'Antal personer', filters: { Område: 'Roskilde', Ydelsesgrupper: 'Fleksjob' }, sheet: 'Fleks' });
    expect(first.status, JSON.stringify(first.json)).toBe(200);
    expect(fake.requests.at(-1)).toEqual({ url: expect.stringMatching(/^\/v2\/data\/PTVA02\/json\?period=/), authorization: API_KEY });
    fake.months = 14;
    const refreshed = await api(server, 'POST', `/api/workspaces/${ws.id}/actuals/refresh`, ws.editorToken, { sheet: 'Fleks' });
    expect(refreshed.status).toBe(200);
    expect(answerSchema.parse(refreshed.json).addedPeriods).toEqual(['2023-07', '2023-08']);
    expect(JSON.stringify(refreshed.json)).not.toContain(API_KEY);
    expect(server.output()).not.toContain(API_KEY);
  });

  describe('with a wrong key', () => {
    const wrong = serverForTests(() => ({ env: { JOBINDSATS_API_KEY: 'not-the-key', JOBINDSATS_URL: fake.url } }));

    it('a wrong key is a clear answer and changes nothing', async () => {
      const ws = await createWorkspace(wrong, plan());
      const answer = await api(wrong, 'POST', `/api/workspaces/${ws.id}/actuals`, ws.editorToken, { table: 'PTVA02', measure: 'Antal personer' });
      expect(answer.status).toBe(502);
      expect(answer.json).toEqual({ error: expect.stringMatching(/refused the API key/) });
      const workbook = await api(wrong, 'GET', `/api/workspaces/${ws.id}/workbook.json`, ws.editorToken);
      expect(JSON.stringify(workbook.json)).toContain('Hentes fra Jobindsats');
      expect(wrong.output()).not.toContain('not-the-key');
    });
  });

  it('without a key the planner is told to upload the file; a dry run shows what the file holds', async () => {
    const ws = await createWorkspace(keyless, plan());
    const fetch = await api(keyless, 'POST', `/api/workspaces/${ws.id}/actuals`, ws.editorToken, { table: 'PTVA02', measure: 'Antal personer' });
    expect(fetch).toEqual({ status: 400, json: { error: expect.stringMatching(/no Jobindsats API key.*upload the file/) } });
    const dry = await uploadTo(keyless, `/api/workspaces/${ws.id}/actuals`, ws.editorToken, { bytes: new TextEncoder().encode(asV2Json(ptva02())), name: 'ptva02.json' }, { dryRun: 'true' });
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({
      dryRun: true,
      table: { measures: ['Antal personer', 'Antal fuldtidspersoner'], dimensions: [{ name: 'Område', values: ['Roskilde', 'Hele landet'] }, { name: 'Ydelsesgrupper' }] },
    });
  });

  it('a dry run on the seeded plan names the goals the import moves under the scenario asked for, and warns of the total row and the jump; nothing is written', async () => {
    const ws = await createWorkspace(keyless);
    const file = { bytes: new TextEncoder().encode(asV2Json(ptva02())), name: 'ptva02.json' };
    // The import dialog's proposal: rows by area, the benefit groups on "i alt" (not LM2's young people).
    const choice = { measure: 'Antal personer', filter: 'Ydelsesgrupper=Ydelsesgrupper i alt', dryRun: 'true' };
    const dry = await uploadTo(keyless, `/api/workspaces/${ws.id}/actuals`, ws.editorToken, file, { ...choice, scenario: 'lavkonjunktur' });
    expect(dry.status, JSON.stringify(dry.json)).toBe(200);
    const answer = actualsAnswerSchema.parse(dry.json);
    expect(answer.scenario).toBe('Lavkonjunktur');
    expect(answer.goalsMoved?.map((g) => g.goalId)).toEqual(['LM2']);
    const [lm2] = answer.goalsMoved!;
    // Before: LM2 as the evaluation report judges it under Lavkonjunktur.
    const evaluation = z
      .object({ scenarios: z.array(z.object({ name: z.string(), goals: z.array(z.object({ id: z.string(), value: z.unknown() })) })) })
      .parse((await api(keyless, 'GET', `/api/workspaces/${ws.id}/evaluation`, ws.viewerToken)).json);
    const judged = evaluation.scenarios.find((s) => s.name === 'Lavkonjunktur')!.goals.find((g) => g.id === 'LM2')!;
    expect(lm2!.before).toEqual({ value: judged.value, target: 350, met: false, status: 'missed' });
    expect(lm2!.after).toMatchObject({ target: 350, met: false, status: 'missed' });
    expect(lm2!.after.value as number).toBeGreaterThan(10 * (lm2!.before.value as number));
    const roskildeAugust = ptva02().rows.find((r) => r[0] === 'Roskilde' && r[1] === '2022M08' && r[2] === 'Ydelsesgrupper i alt')![3];
    expect(answer.warnings).toEqual([
      { kind: 'jump', row: 'Roskilde', period: '2022-08', figure: roskildeAugust, previousPeriod: '2022-07', previousFigure: 445, months: 6 },
      { kind: 'totalRow', row: 'Hele landet' },
    ]);
    // Without a scenario, the first (Basis); an unknown one is refused naming those there are.
    const basis = await uploadTo(keyless, `/api/workspaces/${ws.id}/actuals`, ws.editorToken, file, choice);
    expect(actualsAnswerSchema.parse(basis.json)).toMatchObject({ scenario: 'Basis', goalsMoved: [{ goalId: 'LM2', before: { status: 'missed' } }] });
    const unknown = await uploadTo(keyless, `/api/workspaces/${ws.id}/actuals`, ws.editorToken, file, { ...choice, scenario: 'Højkonjunktur' });
    expect(unknown).toMatchObject({ status: 400, json: { error: 'unknown scenario "Højkonjunktur"; the scenarios are "Basis", "Styrket indsats", "Lavkonjunktur"' } });
    const workbook = await api(keyless, 'GET', `/api/workspaces/${ws.id}/workbook.json`, ws.editorToken);
    expect(JSON.stringify(workbook.json)).not.toContain('Hele landet');
  });

  it.each([
    ['an unknown measure', { measure: 'Antal' }, 400, /unknown measure "Antal"; the measures are/],
    ['a dimension left open', { measure: 'Antal personer' }, 400, /Ydelsesgrupper has several values/],
    ['a bad filter', { measure: 'Antal personer', filter: 'Område' }, 400, /not DIMENSION=VALUE/],
    ['an unknown field', { measure: 'Antal personer', colour: 'red' }, 400, /unknown field: colour/],
  ])('%s is refused with a message and nothing is written', async (_, fields, status, message) => {
    const ws = await createWorkspace(keyless, plan());
    const answer = await uploadTo(keyless, `/api/workspaces/${ws.id}/actuals`, ws.editorToken, { bytes: asCsv(ptva02(), true), name: 'ptva02.csv' }, fields);
    expect(answer.status).toBe(status);
    expect(answer.json).toEqual({ error: expect.stringMatching(message) });
    const workbook = await api(keyless, 'GET', `/api/workspaces/${ws.id}/workbook.json`, ws.editorToken);
    expect(z.object({ sheets: z.array(z.object({ name: z.string() })) }).parse(workbook.json).sheets.map((s) => s.name)).toEqual(['Plan', 'Jobindsats']);
  });

  it('viewers may read the links but not import; refreshing a sheet without a link says so', async () => {
    const ws = await createWorkspace(keyless, plan());
    const viewer = await uploadTo(keyless, `/api/workspaces/${ws.id}/actuals`, ws.viewerToken, { bytes: asCsv(ptva02(), true), name: 'ptva02.csv' }, { measure: 'Antal personer' });
    expect(viewer.status).toBe(403);
    expect((await api(keyless, 'GET', `/api/workspaces/${ws.id}/actuals`, ws.viewerToken)).json).toEqual({ apiConfigured: false, links: [] });
    const refresh = await api(keyless, 'POST', `/api/workspaces/${ws.id}/actuals/refresh`, ws.editorToken, { sheet: 'Plan' });
    expect(refresh).toEqual({ status: 400, json: { error: 'the sheet "Plan" has no data link: import it from Jobindsats first' } });
  });
});
