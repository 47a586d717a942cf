import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluationAnswerSchema } from '../../models/api/analysisAnswers.js';
import { evaluateWithPlan } from '../../models/evaluation/evaluationWithPlan.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { openWorkbooks, workbookFile } from '../support/workbookFixtures.js';
import { runCommand } from '../harness/scriptRun.js';

const open = openWorkbooks();
const dir = mkdtempSync(join(tmpdir(), 'fremskriv-evaluate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run --silent evaluate -- ...args`, as the script runs it, from the repository root. */
async function evaluate(...args: string[]): Promise<Run> {
  const { status, stdout, stderr } = await runCommand(process.execPath, ['--import', 'tsx', 'server/cli/evaluate.ts', ...args]);
  return { code: status ?? -1, stdout, stderr };
}

function fileWith(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const PLAN: WorkbookFile = workbookFile(
  { Tal: { A1: '2023-01', A2: '2023-02', B1: 10, B2: 6, C1: '=B2*2' } },
  {
    title: 'CLI-plan',
    goals: [
      { id: 'lav', title: 'Lav', value: 'Tal!B2', comparator: '<=', target: 8, series: 'Tal!B1:B2', periods: 'Tal!A1:A2' },
      { id: 'dobbelt', title: 'Dobbelt', value: 'Tal!C1', comparator: '>', target: 10 },
    ],
    // Not in alphabetical order: the report keeps the file's order.
    scenarios: [
      { name: 'Styrket indsats', inputs: { 'Tal!B2': 4 } },
      { name: 'Basis', inputs: {} },
      { name: 'Lavkonjunktur', inputs: { 'Tal!B2': 9 } },
    ],
  },
);

/** stderr holds exactly one line, naming the problem, and no stack trace. */
function expectOneLineError(run: Run, mentions: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(mentions);
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

// Each test runs the CLI (tsx, the engine): tens of seconds on a busy 2-core machine.
describe('npm run evaluate -- FILE', { timeout: 300_000 }, () => {
  it('prints every goal under every scenario, in the file\'s scenario order, as the report the server serves', async () => {
    const run = await evaluate(fileWith('plan.json', JSON.stringify(PLAN)));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed: unknown = JSON.parse(run.stdout);
    expect(printed).toEqual(evaluateWithPlan(open.document(PLAN), null));
    expect(evaluationAnswerSchema.strict().parse(printed)).toMatchObject({ adoptedPlan: null });
    expect((printed as { scenarios: Array<{ name: string }> }).scenarios.map((s) => s.name)).toEqual([
      'Styrket indsats',
      'Basis',
      'Lavkonjunktur',
    ]);
  });

  it('evaluates the built-in template', async () => {
    const run = await evaluate('models/templates/beskaeftigelsesplan-2023.json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { title: string; scenarios: Array<{ goals: unknown[] }> };
    expect(report.scenarios).toHaveLength(3);
    expect(report.scenarios.every((s) => s.goals.length === 8)).toBe(true);
  });

  it('invalid JSON: one line on stderr, exit code 2', async () => {
    const path = fileWith('broken.json', '{"format": "fremskriv.workbook",');
    expectOneLineError(await evaluate(path), /broken\.json.*not valid JSON/);
  });

  it('an invalid v1 file: one line on stderr saying where, exit code 2', async () => {
    const bad = { ...PLAN, sheets: [{ name: 'Tal', cells: { B1: { value: 1 } } }] };
    expectOneLineError(await evaluate(fileWith('invalid.json', JSON.stringify(bad))), /sheets\[0\]\.cells\["B1"\]/);
  });

  it('a file that cannot be imported: one line on stderr, exit code 2', async () => {
    const bad = { ...PLAN, scenarios: [{ name: 'S', inputs: { 'Nope!A1': 1 } }] };
    expectOneLineError(await evaluate(fileWith('unimportable.json', JSON.stringify(bad))), /Nope!A1/);
  });

  it('a missing file: one line on stderr, exit code 2', async () => {
    expectOneLineError(await evaluate(join(dir, 'missing.json')), /cannot read .*missing\.json/);
  });

  it('no file: the usage on stderr, exit code 2', async () => {
    expectOneLineError(await evaluate(), /usage/);
  });
});

/** Three months: January and February actual (typed), March projected; the plan knew January only. */
const months = (february: number | string): WorkbookFile =>
  workbookFile(
    { Tal: { A1: '2023-01', A2: '2023-02', A3: '2023-03', B1: 10, B2: february, B3: '=B2-1' } },
    { title: 'Vedtaget', goals: [{ id: 'lav', title: 'Lav', comparator: '<=', target: 8, deadline: '2023-03', series: 'Tal!B1:B3', periods: 'Tal!A1:A3' }] },
  );

describe('npm run evaluate -- FILE --plan PLAN', { timeout: 300_000 }, () => {
  it('compares every actual month since the plan with what PLAN projected, in the documented keys', async () => {
    const run = await evaluate(fileWith('live.json', JSON.stringify(months(9))), '--plan', fileWith('adopted.json', JSON.stringify(months('=B1-2'))));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = evaluationAnswerSchema.strict().parse(JSON.parse(run.stdout));
    expect(report.adoptedPlan).toEqual({ versionId: null, name: 'Vedtaget', found: true });
    // February: 9 actual against the plan's 8 (fewer is better): behind by 1. January the plan already knew.
    const february = { month: '2023-02', actual: 9, planned: 8, difference: 1, onTrack: false, behindBy: 1 };
    expect(report.scenarios[0]!.goals[0]!.plan).toEqual({ scenario: 'Basis', matchedBy: 'id', planGoal: 'lav', latest: february, months: [february] });
  });

  it('a PLAN that is not a v1 workbook: one line on stderr naming it, exit code 2', async () => {
    const live = fileWith('live2.json', JSON.stringify(months(9)));
    const [notAPlan, noPlanFile, unknownOption] = await Promise.all([
      evaluate(live, '--plan', fileWith('notaplan.json', '{"format": 1}')),
      evaluate(live, '--plan'),
      evaluate(live, '--scenario', 'x'),
    ]);
    expectOneLineError(notAPlan, /notaplan\.json/);
    expectOneLineError(noPlanFile, /--plan needs a file/);
    expectOneLineError(unknownOption, /unknown option --scenario/);
  });
});
