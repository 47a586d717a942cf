import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { actualsAnswerSchema, actualsWarningSchema, goalMovedSchema } from '../../models/api/actualsAnswers.js';
import { parseWorkbookJson } from '../../models/format/workbookFile.js';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { serverForTests } from '../harness/serverForTests.js';
import { npmScript, type ScriptRun } from '../harness/scriptRun.js';
import { uploadTo } from '../interchange/support/restClient.js';
import { api, createWorkspace } from '../server/support/api.js';
import { asCsv, asV2Json, ptva02, WRONG_KEY_ANSWER } from '../support/jobindsatsFixtures.js';
import { workbookFile } from '../support/workbookFixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'fremskriv-jobindsats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): Promise<ScriptRun> {
  return npmScript('jobindsats', args);
}

/** What the CLI prints on stdout: the REST dry run's preview fields. */
const previewSchema = z.object({ sheet: z.string(), scenario: z.string(), warnings: z.array(actualsWarningSchema), goalsMoved: z.array(goalMovedSchema) }).strict();

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// Spawned processes on a busy 2-core machine: generous bounds, never a timing assertion.
describe('npm run jobindsats', { timeout: 300_000 }, () => {
  const input = write(
    'plan.json',
    JSON.stringify(
      workbookFile(
        { Plan: { A1: 'Roskilde, juni 2023', B1: '=Jobindsats!M2' } },
        { goals: [{ id: 'G', title: 'Under 9.800 på offentlig forsørgelse', value: 'Plan!B1', comparator: '<=', target: 9800 }] },
      ),
    ),
  );

  it('writes the actuals sheet and the formulas that read it compute from the new figures', async () => {
    const data = write('ptva02.csv', asCsv(ptva02(), true));
    const output = join(dir, 'out.json');
    const result = await run(data, input, output, '--measure', 'Antal personer', '--filter', 'Område=Roskilde', '--rows', 'Ydelsesgrupper');
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const file = parseWorkbookJson(readFileSync(output, 'utf8'));
    const sheet = file.sheets.find((s) => s.name === 'Jobindsats')!;
    const june = ptva02().rows.find((r) => r[0] === 'Roskilde' && r[1] === '2023M06' && r[2] === 'Ydelsesgrupper i alt')![3];
    expect(sheet.cells.M2).toBe(june);
    const doc = documentFromFile(file);
    const goal = evaluateWorkbook(doc).scenarios[0]!.goals[0]!;
    doc.destroy();
    expect(goal.value).toBe(june);
    // The goal read an empty sheet before (#REF!, not judged) and the June figure after.
    const preview = previewSchema.parse(JSON.parse(result.stdout));
    expect(preview.goalsMoved).toEqual([{ goalId: 'G', before: expect.objectContaining({ status: 'error' }), after: { value: june, target: 9800, met: goal.met, status: goal.met ? 'met' : 'missed' } }]);
    expect(preview.warnings).toEqual([{ kind: 'totalRow', row: 'Ydelsesgrupper i alt' }]);
  });

  describe('beside the server', () => {
    const server = serverForTests();

    it("prints the warnings and the goals moved under --scenario exactly as the server's dry run answers them for the same plan and file", async () => {
      // The seeded plan, as a planner downloads it, and the import dialog's proposal on PTVA02.
      const ws = await createWorkspace(server);
      const plan = write('seeded.json', JSON.stringify((await api(server, 'GET', `/api/workspaces/${ws.id}/workbook.json`, ws.editorToken)).json));
      const data = write('ptva02-total.json', asV2Json(ptva02()));
      const dry = await uploadTo(server, `/api/workspaces/${ws.id}/actuals`, ws.editorToken, { bytes: readFileSync(data), name: 'ptva02-total.json' }, {
        measure: 'Antal personer',
        filter: 'Ydelsesgrupper=Ydelsesgrupper i alt',
        scenario: 'lavkonjunktur',
        dryRun: 'true',
      });
      expect(dry.status, JSON.stringify(dry.json)).toBe(200);
      const rest = actualsAnswerSchema.parse(dry.json);

      const result = await run(data, plan, join(dir, 'seeded-out.json'), '--measure', 'Antal personer', '--filter', 'Ydelsesgrupper=Ydelsesgrupper i alt', '--scenario', 'lavkonjunktur');
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const printed = previewSchema.parse(JSON.parse(result.stdout));
      expect(printed).toEqual({ sheet: 'Jobindsats', scenario: rest.scenario, warnings: rest.warnings, goalsMoved: rest.goalsMoved });
      // What the planner is told: LM2 moves (still missed), the jump from July to August, the total row.
      expect(printed.scenario).toBe('Lavkonjunktur');
      expect(printed.goalsMoved.map((g) => [g.goalId, g.before.status, g.after.status])).toEqual([['LM2', 'missed', 'missed']]);
      const roskildeAugust = ptva02().rows.find((r) => r[0] === 'Roskilde' && r[1] === '2022M08' && r[2] === 'Ydelsesgrupper i alt')![3];
      expect(printed.warnings).toEqual([
        { kind: 'jump', row: 'Roskilde', period: '2022-08', figure: roskildeAugust, previousPeriod: '2022-07', previousFigure: 445, months: 6 },
        { kind: 'totalRow', row: 'Hele landet' },
      ]);
    });
  });

  it('an unknown --scenario: one line on stderr naming the scenarios, exit 2, nothing written', async () => {
    const output = join(dir, 'scenario-out.json');
    const result = await run(write('ptva02-s.json', asV2Json(ptva02())), input, output, '--measure', 'Antal personer', '--filter', 'Ydelsesgrupper=Fleksjob', '--scenario', 'Højkonjunktur');
    expect(result).toEqual({ status: 2, stdout: '', stderr: 'jobindsats: unknown scenario "Højkonjunktur"; the scenarios are "Basis"\n' });
    expect(existsSync(output)).toBe(false);
  });

  it('--sheet names the sheet; running it again replaces that sheet', async () => {
    const data = write('ptva02.json', asV2Json(ptva02('2022-07', 13)));
    const first = join(dir, 'first.json');
    const second = join(dir, 'second.json');
    expect((await run(data, input, first, '--measure', 'Antal personer', '--filter', 'Ydelsesgrupper=Fleksjob', '--sheet', 'Faktiske tal')).status).toBe(0);
    expect((await run(data, first, second, '--measure', 'Antal personer', '--filter', 'Ydelsesgrupper=Fleksjob', '--sheet', 'Faktiske tal')).status).toBe(0);
    const file = parseWorkbookJson(readFileSync(second, 'utf8'));
    expect(file.sheets.map((s) => s.name)).toEqual(['Plan', 'Faktiske tal']);
    expect(file.sheets[1]!.cells.N1).toBe('2023-07');
    expect(file.sheets[1]!.cells.A3).toBe('Hele landet');
  });

  it('next month\'s data alone is merged beside the months the sheet holds; --replace makes the sheet just that month', async () => {
    const year = write('ptva02-year.json', asV2Json(ptva02('2022-07', 12)));
    const july = write('ptva02-july.json', asV2Json(ptva02('2023-07', 1)));
    const [first, merged, replaced] = ['year.json', 'merged.json', 'replaced.json'].map((name) => join(dir, name)) as [string, string, string];
    const choice = ['--measure', 'Antal personer', '--filter', 'Ydelsesgrupper=Fleksjob'];
    expect((await run(year, input, first, ...choice)).status).toBe(0);
    expect((await run(july, first, merged, ...choice)).status).toBe(0);
    const mergedSheet = parseWorkbookJson(readFileSync(merged, 'utf8')).sheets.find((s) => s.name === 'Jobindsats')!;
    expect([mergedSheet.cells.B1, mergedSheet.cells.M1, mergedSheet.cells.N1]).toEqual(['2022-07', '2023-06', '2023-07']);
    expect((await run(july, first, replaced, ...choice, '--replace')).status).toBe(0);
    const replacedSheet = parseWorkbookJson(readFileSync(replaced, 'utf8')).sheets.find((s) => s.name === 'Jobindsats')!;
    expect([replacedSheet.cells.B1, replacedSheet.cells.C1]).toEqual(['2023-07', undefined]);
  });

  it('merging data whose rows are another dimension is refused naming --replace, nothing written', async () => {
    const year = write('ptva02-year2.json', asV2Json(ptva02('2022-07', 12)));
    const first = join(dir, 'by-area.json');
    const output = join(dir, 'by-group.json');
    expect((await run(year, input, first, '--measure', 'Antal personer', '--filter', 'Ydelsesgrupper=Fleksjob')).status).toBe(0);
    const result = await run(year, first, output, '--measure', 'Antal personer', '--filter', 'Område=Roskilde', '--rows', 'Ydelsesgrupper');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^jobindsats: the sheet "Jobindsats" has its rows by Område, these figures by Ydelsesgrupper: add --replace to start the sheet over, or choose another sheet\n$/);
    expect(existsSync(output)).toBe(false);
  });

  it.each([
    ['an unknown measure', ['--measure', 'Antal'], /^jobindsats: .*unknown measure "Antal"; the measures are "Antal personer", "Antal fuldtidspersoner"\n$/],
    ['an unknown filter value', ['--measure', 'Antal personer', '--filter', 'Område=Køge'], /unknown value "Køge" for Område; its values are "Roskilde", "Hele landet"\n$/],
    ['a dimension left open', ['--measure', 'Antal personer'], /Ydelsesgrupper has several values/],
    ['no measure', [], /--measure is required/],
    ['a filter without =', ['--measure', 'Antal personer', '--filter', 'Område'], /is not DIMENSION=VALUE/],
  ])('%s: one line on stderr, exit 2, nothing written', async (_, options, message) => {
    const data = write('ptva02-bad.json', asV2Json(ptva02()));
    const output = join(dir, `bad-${options.length}.json`);
    const result = await run(data, input, output, ...options);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(output)).toBe(false);
  });

  it('the wrong-key answer saved as a file is refused', async () => {
    const result = await run(write('key.json', WRONG_KEY_ANSWER), input, join(dir, 'key-out.json'), '--measure', 'Antal personer');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/refused the API key/);
  });
});
