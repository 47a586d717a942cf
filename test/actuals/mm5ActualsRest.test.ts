/**
 * MM5's actual months through the real server: Jobindsats' "Offentligt forsørgede" (ptv_a02,
 * Antal personer, all benefit groups) imported into the template's sheet "Jobindsats MM5", as an
 * uploaded file and fetched by the server itself, moves MM5's projection and goal and no other.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { actualsAnswerSchema } from '../../models/api/actualsAnswers.js';
import { withActualsSheet } from '../../models/actuals/actualsSheet.js';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import { documentFromFile, beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { serverForTests } from '../harness/serverForTests.js';
import { uploadTo } from '../interchange/support/restClient.js';
import { api, createWorkspace } from '../server/support/api.js';
import { asCsv, asV2Json, ptva02 } from '../support/jobindsatsFixtures.js';

const API_KEY = 'test-jobindsats-key-mm5';
const MM5_SHEET = 'Jobindsats MM5';
const TOTAL = 'Ydelsesgrupper i alt';

/** Everyone on public support in January 2023 as Jobindsats gives it (the fixture's seeded figures). */
const january = { ...ptva02('2023-01', 1), table: 'ptv_a02' };
const roskildeJanuary = january.rows.find((r) => r[0] === 'Roskilde' && r[2] === TOTAL)![3] as number;

/** A stand-in for api.jobindsats.dk answering ptv_a02 only. */
const fake: Server = createServer((req, res) => {
  const table = /^\/v2\/data\/([^/]+)\/json/.exec(req.url ?? '')?.[1];
  if (req.headers.authorization !== API_KEY || table !== 'ptv_a02') {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"unknown table"}');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end(asV2Json(january));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => fake.close(resolve));
});

const server = serverForTests(() => ({ env: { JOBINDSATS_API_KEY: API_KEY, JOBINDSATS_URL: `http://127.0.0.1:${(fake.address() as AddressInfo).port}` } }));

const evaluationSchema = z.object({ scenarios: z.array(z.object({ name: z.string(), goals: z.array(z.object({ id: z.string(), value: z.unknown() })) })) });

/** MM5's value per scenario as the template computes it with January's figure for Roskilde (or without). */
function expectedMm5(withJanuary: boolean): unknown[] {
  const template = beskaeftigelsesplanTemplate();
  const file = withJanuary
    ? withActualsSheet(template, { dimension: 'Område', measure: 'Antal personer', periods: ['2023-01'], rowLabels: ['Roskilde'], values: [[roskildeJanuary]] }, MM5_SHEET)
    : template;
  const doc = documentFromFile(file);
  try {
    return evaluateWorkbook(doc).scenarios.map((s) => s.goals.find((g) => g.id === 'MM5')!.value);
  } finally {
    doc.destroy();
  }
}

async function mm5Values(workspaceId: string, token: string): Promise<unknown[]> {
  const answer = await api(server, 'GET', `/api/workspaces/${workspaceId}/evaluation`, token);
  expect(answer.status).toBe(200);
  return evaluationSchema.parse(answer.json).scenarios.map((s) => s.goals.find((g) => g.id === 'MM5')!.value);
}

async function mm5Sheet(workspaceId: string, token: string): Promise<Record<string, unknown>> {
  const file = await api(server, 'GET', `/api/workspaces/${workspaceId}/workbook.json`, token);
  return (file.json as { sheets: Array<{ name: string; cells: Record<string, unknown> }> }).sheets.find((s) => s.name === MM5_SHEET)!.cells;
}

// Real server processes on a busy 2-core machine: generous bounds, never a timing assertion.
describe('MM5 actuals into the template (REST)', { timeout: 180_000 }, () => {
  it('an uploaded file previews MM5 alone as moved, and importing it adds January beside 2022 and moves MM5 as the template computes', async () => {
    const ws = await createWorkspace(server, beskaeftigelsesplanTemplate());
    expect(await mm5Values(ws.id, ws.viewerToken)).toEqual(expectedMm5(false));
    const path = `/api/workspaces/${ws.id}/actuals`;
    const csv = { bytes: asCsv(january, true), name: 'ptv_a02-jan.csv' };
    const choice = { measure: 'Antal personer', filter: `Ydelsesgrupper=${TOTAL}`, sheet: MM5_SHEET };
    const dry = await uploadTo(server, path, ws.editorToken, csv, { ...choice, dryRun: 'true' });
    expect(dry.status, JSON.stringify(dry.json)).toBe(200);
    const preview = actualsAnswerSchema.parse(dry.json);
    expect(preview).toMatchObject({ sheet: MM5_SHEET, mode: 'merge', changes: { addedPeriods: ['2023-01'], removedPeriods: [] } });
    expect(preview.goalsMoved?.map((g) => g.goalId)).toEqual(['MM5']);
    const applied = await uploadTo(server, path, ws.editorToken, csv, choice);
    expect(applied.status, JSON.stringify(applied.json)).toBe(200);
    const cells = await mm5Sheet(ws.id, ws.viewerToken);
    expect([cells.A2, cells.G1, cells.G2, cells.H1, cells.H2]).toEqual(['Roskilde', '2022-12', 9540, '2023-01', roskildeJanuary]);
    const after = await mm5Values(ws.id, ws.viewerToken);
    expect(after).toEqual(expectedMm5(true));
    expect(after).not.toEqual(expectedMm5(false));
  });

  it('with JOBINDSATS_API_KEY the server fetches ptv_a02 into the sheet itself, and MM5 moves the same way', async () => {
    const ws = await createWorkspace(server, beskaeftigelsesplanTemplate());
    const fetched = await api(server, 'POST', `/api/workspaces/${ws.id}/actuals`, ws.editorToken, { table: 'ptv_a02', measure: 'Antal personer', filters: { Ydelsesgrupper: TOTAL }, sheet: MM5_SHEET });
    expect(fetched.status, JSON.stringify(fetched.json)).toBe(200);
    expect(fetched.json).toMatchObject({ sheet: MM5_SHEET, created: false, addedPeriods: [] });
    expect(await mm5Values(ws.id, ws.viewerToken)).toEqual(expectedMm5(true));
    const links = await api(server, 'GET', `/api/workspaces/${ws.id}/actuals`, ws.viewerToken);
    expect(links.json).toMatchObject({ links: [{ sheet: MM5_SHEET, table: 'ptv_a02', measure: 'Antal personer', filters: { Ydelsesgrupper: TOTAL } }] });
  });
});
