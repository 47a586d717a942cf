/**
 * The REST answers of the real server match the schemas in models/api/ that the browser parses
 * them with: an answer that drifted from its schema would reach a planner as "unexpected answer
 * from the server" instead of their versions, import or figures. One server for the whole file.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { actualsAnswerSchema, actualsStatusSchema, tableShapeSchema } from '../../models/api/actualsAnswers.js';
import { evaluationAnswerSchema, sensitivityAnswerSchema, solveAnswerSchema } from '../../models/api/analysisAnswers.js';
import { errorAnswerSchema } from '../../models/api/errorAnswer.js';
import { importAnswerSchema } from '../../models/api/importAnswers.js';
import { valuesAnswerSchema } from '../../models/api/valuesAnswers.js';
import { restoreAnswerSchema, versionListAnswerSchema, versionSchema } from '../../models/api/versionAnswers.js';
import { accessAnswerSchema, createdWorkspaceAnswerSchema, healthAnswerSchema, tokenAnswerSchema } from '../../models/api/workspaceAnswers.js';
import { serverForTests } from '../harness/serverForTests.js';
import { uploadTo } from '../interchange/support/restClient.js';
import { asCsv, ptva02 } from '../support/jobindsatsFixtures.js';
import { api, createWorkspace, workspaceForTests } from './support/api.js';

const server = serverForTests();
const ws = workspaceForTests(server);

/** The answer's body, parsed strictly by the schema (a key the schema lacks fails too). */
function strictly<T>(schema: z.ZodType<T>, answer: { status: number; json: unknown }, status: number): T {
  expect(answer.status, JSON.stringify(answer.json)).toBe(status);
  const parsed = schema.safeParse(answer.json);
  expect(parsed.error?.issues ?? [], JSON.stringify(answer.json)).toEqual([]);
  // Object schemas strip unknown keys: compare what was parsed with what was sent.
  expect(parsed.data).toEqual(answer.json);
  return parsed.data as T;
}

const path = (tail = ''): string => `/api/workspaces/${ws.id}${tail}`;

describe('REST answers match the schemas the client parses them with', { timeout: 180_000 }, () => {
  it('workspaces: creating, access, a rotated token and the health check', async () => {
    strictly(healthAnswerSchema, await api(server, 'GET', '/healthz'), 200);
    strictly(createdWorkspaceAnswerSchema, await api(server, 'POST', '/api/workspaces', server.adminToken), 201);
    expect(strictly(accessAnswerSchema, await api(server, 'GET', path('/access'), ws.viewerToken), 200)).toEqual({ role: 'viewer' });
    const other = await createWorkspace(server);
    const rotated = strictly(tokenAnswerSchema, await api(server, 'POST', `/api/workspaces/${other.id}/tokens`, other.editorToken, { role: 'viewer' }), 200);
    expect(rotated.role).toBe('viewer');
  });

  it('versions: saving one, the list and a restore', async () => {
    const saved = strictly(versionSchema, await api(server, 'POST', path('/versions'), ws.editorToken, { name: 'Før budgetmødet', savedBy: 'Anna' }), 201);
    const list = strictly(versionListAnswerSchema, await api(server, 'GET', path('/versions'), ws.viewerToken), 200);
    expect(list.versions.map((v) => v.id)).toContain(saved.id);
    const restore = strictly(restoreAnswerSchema, await api(server, 'POST', path(`/versions/${saved.id}/restore`), ws.editorToken, { savedBy: 'Anna' }), 200);
    expect(restore.restored.id).toBe(saved.id);
  });

  it('analysis: the evaluation, a goal seek and sensitivity', async () => {
    const evaluation = strictly(evaluationAnswerSchema, await api(server, 'GET', path('/evaluation'), ws.viewerToken), 200);
    expect(evaluation.scenarios.length).toBeGreaterThan(0);
    const solve = await api(server, 'GET', path(`/goals/LM2/solve?input=${encodeURIComponent('Forudsætninger!B7')}`), ws.viewerToken);
    strictly(solveAnswerSchema, solve, 200);
    strictly(sensitivityAnswerSchema, await api(server, 'GET', path('/sensitivity?step=0.1'), ws.viewerToken), 200);
  });

  it("first view: the first scenario's last computed values and judged goals", async () => {
    const values = strictly(valuesAnswerSchema, await api(server, 'GET', path('/values'), ws.viewerToken), 200);
    expect(values.cells.length).toBeGreaterThan(0);
    expect(values.evaluation.goals.length).toBeGreaterThan(0);
  });

  it('import: a CSV dry run and an import answer with what was imported', async () => {
    const csv = { bytes: new TextEncoder().encode('Måned;Ledige\n2023-01;1.234,5\n2023-02;1.250\n'), name: 'Faktiske tal.csv' };
    strictly(importAnswerSchema, await uploadTo(server, path('/import'), ws.editorToken, csv, { dryRun: 'true' }), 200);
    const imported = strictly(importAnswerSchema, await uploadTo(server, path('/import'), ws.editorToken, csv), 200);
    expect(imported.csv?.separator).toBe(';');
  });

  it('actuals: the table shape, a preview with its warnings and goals moved, an import with its changes, and the links', async () => {
    const file = { bytes: asCsv(ptva02(), true), name: 'ptva02.csv' };
    const shape = strictly(tableShapeSchema, await uploadTo(server, path('/actuals'), ws.editorToken, file, { dryRun: 'true' }), 200);
    expect(shape.table.measures).toContain('Antal personer');
    const choice = { measure: 'Antal personer', filter: 'Område=Roskilde', rows: 'Ydelsesgrupper', sheet: 'Faktiske ydelser' };
    // The preview: its warnings and the goals it moves under the scenario asked for.
    const preview = strictly(actualsAnswerSchema, await uploadTo(server, path('/actuals'), ws.editorToken, file, { ...choice, dryRun: 'true', scenario: 'Basis' }), 200);
    expect(preview).toMatchObject({ scenario: 'Basis', goalsMoved: [], warnings: [{ kind: 'totalRow', row: 'Ydelsesgrupper i alt' }] });
    const answer = strictly(actualsAnswerSchema, await uploadTo(server, path('/actuals'), ws.editorToken, file, choice), 200);
    expect(answer.changes.created).toBe(true);
    const status = strictly(actualsStatusSchema, await api(server, 'GET', path('/actuals'), ws.viewerToken), 200);
    expect(status.links.map((l) => l.sheet)).toContain('Faktiske ydelser');
  });

  it('errors: a refused token, an unknown workspace and a bad body answer { error }', async () => {
    strictly(errorAnswerSchema, await api(server, 'GET', path('/versions'), 'not-a-token'), 401);
    strictly(errorAnswerSchema, await api(server, 'GET', '/api/workspaces/AAAAAAAAAAAAAAAA/evaluation', ws.viewerToken), 404);
    strictly(errorAnswerSchema, await api(server, 'POST', path('/tokens'), ws.editorToken, { role: 'admin' }), 400);
  });
});
