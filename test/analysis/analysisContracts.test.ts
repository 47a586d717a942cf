import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { locateAssumption } from '../../models/analysis/assumptions.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { readScenarios } from '../../models/scenarios/scenarioModel.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { scenariosArray } from '../../models/workbook/workbookSchema.js';
import { REPO_ROOT } from '../harness/serverHarness.js';
import { serverForTests } from '../harness/serverForTests.js';
import { api, createWorkspace } from '../server/support/api.js';

const TEMPLATE = join(REPO_ROOT, 'models/templates/beskaeftigelsesplan-2023.json');

function run(script: 'solve' | 'sensitivity', ...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const solveSchema = z
  .object({
    goal: z.string(),
    scenario: z.string(),
    input: z.string(),
    status: z.enum(['solved', 'unreachable', 'independent', 'error']),
    current: z.number().nullable(),
    required: z.number().nullable(),
    direction: z.enum(['atLeast', 'atMost']).nullable(),
    reachedAt: z.string().nullable(),
    bestMargin: z.number().nullable(),
    message: z.string(),
  })
  .strict();

const sensitivitySchema = z.object({
  scenario: z.string(),
  step: z.number(),
  goals: z.array(z.object({ id: z.string(), margin: z.number().nullable(), inputs: z.array(z.object({ input: z.string(), value: z.number(), low: z.number(), high: z.number(), marginLow: z.number().nullable(), marginHigh: z.number().nullable() }).strict()) }).strict()),
});

/** LM2's margin in the template with the scenario's input set to `value`. */
function lm2With(scenarioName: string, input: string, value: number) {
  const doc = documentFromFile(beskaeftigelsesplanTemplate());
  try {
    const scenario = readScenarios(scenariosArray(doc), workbookGrid(doc)).find((s) => s.name === scenarioName)!;
    const cell = locateAssumption(doc, input)!;
    applyOperation(doc, { type: 'setScenarioInput', scenarioId: scenario.id, sheetId: cell.sheetId, row: cell.row, col: cell.col, input: value });
    return evaluateWorkbook(doc).scenarios.find((s) => s.name === scenarioName)!.goals.find((g) => g.id === 'LM2')!;
  } finally {
    doc.destroy();
  }
}

// Spawned processes and a real server on a busy 2-core machine: generous bounds, no timings.
describe('npm run solve and npm run sensitivity', { timeout: 300_000 }, () => {
  it('solve: LM2 under Lavkonjunktur needs the initiative at a level that makes it just met, and more keeps it met', () => {
    const result = run('solve', TEMPLATE, '--goal', 'LM2', '--input', 'Forudsætninger!B7', '--scenario', 'Lavkonjunktur');
    expect(result.status, result.stderr).toBe(0);
    const answer = solveSchema.parse(JSON.parse(result.stdout));
    expect(answer).toMatchObject({ goal: 'LM2', scenario: 'Lavkonjunktur', input: 'Forudsætninger!B7', status: 'solved', current: 0, direction: 'atLeast' });
    const atRequired = lm2With('Lavkonjunktur', 'Forudsætninger!B7', answer.required!);
    expect(atRequired.met).toBe(true);
    expect(Math.abs(atRequired.margin!)).toBeLessThanOrEqual(1e-9 * 350);
    expect(lm2With('Lavkonjunktur', 'Forudsætninger!B7', answer.required! * 1.1).met).toBe(true);
    expect(lm2With('Lavkonjunktur', 'Forudsætninger!B7', answer.required! * 0.9).met).toBe(false);
  });

  it.each([
    [['--goal', 'LM9', '--input', 'Forudsætninger!B7'], /^solve: unknown goal "LM9"; the goals are "MM1", /],
    [['--goal', 'LM2', '--input', 'Forudsætninger!B7', '--scenario', 'Højkonjunktur'], /^solve: unknown scenario "Højkonjunktur"; the scenarios are "Basis", "Styrket indsats", "Lavkonjunktur"/],
    [['--goal', 'LM2', '--input', 'Ukendt!B7'], /^solve: unknown input "Ukendt!B7"/],
    [['--goal', 'LM2', '--input', 'Forudsætninger!B7', '--min', 'lav'], /^solve: --min must be a number/],
    [['--goal', 'LM2'], /^solve: usage:/],
  ])('solve %j: one line on stderr naming what is wrong, exit 2', (args, message) => {
    const result = run('solve', TEMPLATE, ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('sensitivity: every goal with its assumptions sorted by the swing, largest first', () => {
    const result = run('sensitivity', TEMPLATE, '--scenario', 'Styrket indsats', '--step', '0.2');
    expect(result.status, result.stderr).toBe(0);
    const report = sensitivitySchema.parse(JSON.parse(result.stdout));
    expect(report).toMatchObject({ scenario: 'Styrket indsats', step: 0.2 });
    const lm2 = report.goals.find((g) => g.id === 'LM2')!;
    const swings = lm2.inputs.map((i) => Math.abs(i.marginHigh! - i.marginLow!));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(swings[0]).toBeGreaterThan(0);
    expect(report.goals.find((g) => g.id === 'MM1')!.inputs).toEqual([]);
    expect(run('sensitivity', TEMPLATE, '--step', '0').stderr).toMatch(/^sensitivity: step must be above 0/);
  });
});

describe('GET …/goals/:goalId/solve and …/sensitivity', { timeout: 300_000 }, () => {
  const server = serverForTests();

  it('answer viewers with the same JSON as the CLI; unknown names are 404 and 400', async () => {
    // The CLIs first: a long pause between requests would let the server close the kept-alive socket.
    const cliSolve = JSON.parse(run('solve', TEMPLATE, '--goal', 'LM2', '--input', 'Forudsætninger!B7', '--scenario', 'Lavkonjunktur').stdout);
    const cliSensitivity = JSON.parse(run('sensitivity', TEMPLATE).stdout);
    const ws = await createWorkspace(server);
    const solve = await api(server, 'GET', `/api/workspaces/${ws.id}/goals/LM2/solve?scenario=Lavkonjunktur&input=${encodeURIComponent('Forudsætninger!B7')}`, ws.viewerToken);
    expect(solve.status).toBe(200);
    expect(solve.json).toEqual(cliSolve);
    const report = await api(server, 'GET', `/api/workspaces/${ws.id}/sensitivity?step=0.1`, ws.viewerToken);
    expect(report.status).toBe(200);
    expect(report.json).toEqual(cliSensitivity);
    expect((await api(server, 'GET', `/api/workspaces/${ws.id}/goals/LM9/solve?input=A1`, ws.viewerToken)).status).toBe(404);
    const badScenario = await api(server, 'GET', `/api/workspaces/${ws.id}/sensitivity?scenario=Nej`, ws.viewerToken);
    expect(badScenario).toEqual({ status: 400, json: { error: expect.stringMatching(/unknown scenario "Nej"/) } });
    expect((await api(server, 'GET', `/api/workspaces/${ws.id}/sensitivity`)).status).toBe(401);
  });
});
