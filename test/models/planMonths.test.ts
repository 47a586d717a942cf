/**
 * The adopted plan month by month (issue 14): every actual month since the plan against what the
 * plan projected for it, a goal found in the plan by its id or (renamed since) by its indicator,
 * and the evaluation report that carries both with a rank goal's benchmark place.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { pivotActuals } from '../../models/actuals/actualsPivot.js';
import { withActualsSheet } from '../../models/actuals/actualsSheet.js';
import { readJobindsatsFile } from '../../models/actuals/jobindsatsReaders.js';
import { RANK_MEASURE } from '../../models/actuals/rankingSheets.js';
import { evaluateWithPlan } from '../../models/evaluation/evaluationWithPlan.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { loadXlsx } from '../interchange/support/xlsxValues.js';
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import type { Comparator } from '../../models/goals/goalModel.js';
import { comparePlanMonths, plannedAlong, plannedTrajectory, plannedValueAt, type PlanGoalTrajectory, type PlanTrajectories } from '../../models/goals/planComparison.js';
import { planTrajectories } from '../../models/goals/planTrajectories.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { asV2Json, y30r21 } from '../support/jobindsatsFixtures.js';
import { openWorkbooks } from '../support/workbookFixtures.js';

const open = openWorkbooks();
const plan: PlanGoalTrajectory = {
  id: 'g',
  periods: ['2023-01', '2023-02', '2023-03', '2023-04'],
  series: [400, 395, 390, null],
  // January was already an actual figure when the plan was saved: not the plan's projection.
  actual: [true, false, false, false],
};
const actuals = [
  { label: '2023-01', value: 410 },
  { label: '2023-02', value: 393 },
  { label: '2023-03', value: 398 },
  { label: '2023-04', value: 380 },
];

describe('every actual month since the plan against the plan', () => {
  it.each<[string, Comparator | undefined, PlanGoalTrajectory, Array<[string, boolean | null, number]>]>([
    // month, onTrack, behindBy: January is no comparison (the plan knew it), April has no planned number
    ['fewer is better: February on track, March behind by 8', '<=', plan, [['2023-02', true, 0], ['2023-03', false, 8]]],
    ['more is better: February behind by 2, March on track', '>=', plan, [['2023-02', false, 2], ['2023-03', true, 0]]],
    ['no direction: months compared, no verdict', undefined, plan, [['2023-02', null, 0], ['2023-03', null, 0]]],
    ['a plan that records no actual months is compared in every month it has a number', '<=', { ...plan, actual: undefined }, [['2023-01', false, 10], ['2023-02', true, 0], ['2023-03', false, 8]]],
    ['a plan that projected nothing (every month actual) has no month since', '<=', { ...plan, actual: [true, true, true, true] }, []],
  ])('%s', (_, comparator, planned, expected) => {
    const months = comparePlanMonths(comparator, actuals, planned);
    expect(months.map((m) => [m.month, m.onTrack, m.behindBy])).toEqual(expected);
  });

  it('a month the plan labels twice is read from its first label, month by month as for the latest month and the chart line', () => {
    const twice: PlanGoalTrajectory = { id: 'g', periods: ['2023-01', '2023-01', 'dec. 2023'], series: [400, 999, 350] };
    expect(comparePlanMonths('<=', [{ label: '2023-01', value: 401 }], twice)[0]).toMatchObject({ planned: 400, behindBy: 1 });
    expect(plannedAlong(twice, ['2023-01', '2023-12', 'Uge 3', null])).toEqual([400, 350, null, null]);
  });

  it('each month carries both figures and the signed difference', () => {
    expect(comparePlanMonths('<=', actuals, plan)[1]).toEqual({ month: '2023-03', actual: 398, planned: 390, difference: 8, onTrack: false, behindBy: 8 });
  });
});

describe('finding the goal in the plan', () => {
  const trajectories: PlanTrajectories = {
    scenarios: [
      {
        id: 's',
        name: 'Basis',
        goals: [
          { ...plan, id: 'LM2', indicator: 'Fremskrivning!E16:AT16' },
          { ...plan, id: 'MM2', indicator: 'Fremskrivning!E6:AT6' },
          { ...plan, id: 'X', indicator: 'Tal!B1:B9' },
          { ...plan, id: 'Y', indicator: 'Tal!B1:B9' },
        ],
      },
    ],
  };
  const basis = { id: 's', name: 'Basis' };
  it('by its id first, even where another plan goal reads its indicator', () => {
    expect(plannedTrajectory(trajectories, basis, { id: 'MM2', series: 'Fremskrivning!E16:AT16' })).toMatchObject({ matchedBy: 'id', trajectory: { id: 'MM2' } });
  });
  it('renamed since the plan: by its indicator, written with or without = and $', () => {
    expect(plannedTrajectory(trajectories, basis, { id: 'LM2-ny', series: '=Fremskrivning!$E$16:$AT$16' })).toMatchObject({ matchedBy: 'indicator', trajectory: { id: 'LM2' } });
  });
  it('no match where the indicator is not the plan\'s or two plan goals read it', () => {
    expect(plannedTrajectory(trajectories, basis, { id: 'ny', series: 'Fremskrivning!E7:AT7' })).toBeNull();
    expect(plannedTrajectory(trajectories, basis, { id: 'ny', series: 'Tal!B1:B9' })).toBeNull();
    expect(plannedTrajectory(trajectories, basis, 'ny')).toBeNull();
  });
});

/** The template with Roskilde's LM2 actuals from 2022-12 to 2023-02 (the plan knew up to 2022-12). */
function laterActuals(file: WorkbookFile = beskaeftigelsesplanTemplate()): WorkbookFile {
  const periods = ['2022-12', '2023-01', '2023-02'];
  return withActualsSheet(file, { dimension: 'Område', measure: 'Antal personer', periods, rowLabels: ['Roskilde'], values: [[420, 430, 440]] });
}

describe('the evaluation report with the adopted plan', () => {
  let computed: PlanTrajectories | undefined;
  // The template as adopted, computed once for the file (a plan never changes).
  const adopted = () => ({ versionId: 'v1', name: 'Beskæftigelsesplan 2023', plan: (computed ??= planTrajectories(open.document(beskaeftigelsesplanTemplate()))) });

  it('carries, per goal and scenario, the latest actual month and every month since the plan', () => {
    const report = evaluateWithPlan(open.document(laterActuals()), adopted());
    expect(report.adoptedPlan).toEqual({ versionId: 'v1', name: 'Beskæftigelsesplan 2023', found: true });
    const planned = adopted().plan.scenarios[0]!.goals.find((g) => g.id === 'LM2')!;
    const lm2 = report.scenarios[0]!.goals.find((g) => g.id === 'LM2')!;
    expect(lm2.plan).toMatchObject({ scenario: 'Basis', matchedBy: 'id', planGoal: 'LM2', latest: { month: '2023-02', actual: 440 } });
    expect(lm2.plan!.months.map((m) => [m.month, m.actual, m.planned])).toEqual([
      ['2023-01', 430, plannedValueAt(planned, '2023-01')],
      ['2023-02', 440, plannedValueAt(planned, '2023-02')],
    ]);
    // LM2: fewer is better; 440 is above what the plan projected for February.
    expect(lm2.plan!.latest).toMatchObject({ onTrack: false });
    // Each live scenario is compared with the plan's scenario of the same name.
    expect(report.scenarios.map((s) => s.goals.find((g) => g.id === 'LM2')!.plan!.scenario)).toEqual(['Basis', 'Styrket indsats', 'Lavkonjunktur']);
  });

  it('a goal whose id changed since the plan is compared through its indicator, and says so', () => {
    const file = laterActuals();
    const renamed = { ...file, goals: file.goals!.map((g) => (g.id === 'LM2' ? { ...g, id: 'LM2-ny' } : g)) };
    const goal = evaluateWithPlan(open.document(renamed), adopted()).scenarios[0]!.goals.find((g) => g.id === 'LM2-ny')!;
    expect(goal.plan).toMatchObject({ matchedBy: 'indicator', planGoal: 'LM2', latest: { month: '2023-02' } });
  });

  it('a goal whose id changed and whose sheet was renamed since the plan is found by its indicator\'s identity, and names the reference the plan wrote', () => {
    const live = open.document(laterActuals());
    // The adopted version: the workspace's state as it was saved (the server keeps the Yjs state).
    const version = new Y.Doc();
    Y.applyUpdate(version, Y.encodeStateAsUpdate(live));
    const versionPlan = { versionId: 'v1', name: 'Vedtaget', plan: planTrajectories(version) };
    version.destroy();
    const lm2 = laterActuals().goals!.find((g) => g.id === 'LM2')!;
    applyOperation(live, { type: 'deleteGoal', goalId: 'LM2' });
    applyOperation(live, { type: 'putGoal', goal: { ...lm2, id: 'LM2-ny' } });
    applyOperation(live, { type: 'renameSheet', sheetId: workbookGrid(live).sheetIdByName('Fremskrivning')!, name: 'Prognose' });
    applyOperation(live, { type: 'insertRows', sheetId: workbookGrid(live).sheetIdByName('Prognose')!, index: 0, count: 1 });
    const goal = evaluateWithPlan(live, versionPlan).scenarios[0]!.goals.find((g) => g.id === 'LM2-ny')!;
    expect(goal.plan).toMatchObject({ matchedBy: 'indicator', planGoal: 'LM2', planIndicator: lm2.series, latest: { month: '2023-02', actual: 440 } });
  });

  it('without an adopted plan, or with a version that is gone, no goal carries a comparison', () => {
    const none = evaluateWithPlan(open.document(laterActuals()), null);
    expect(none.adoptedPlan).toBeNull();
    const gone = evaluateWithPlan(open.document(laterActuals()), { versionId: 'v0', name: '', plan: null });
    expect(gone.adoptedPlan).toEqual({ versionId: 'v0', name: '', found: false });
    for (const report of [none, gone]) for (const scenario of report.scenarios) for (const goal of scenario.goals) expect(goal.plan).toBeNull();
  });

  it("a rank goal carries the municipality's place on the benchmark ranking under every scenario", async () => {
    const data = await readJobindsatsFile(new TextEncoder().encode(asV2Json(y30r21())), 'y30r21.json');
    const file = withActualsSheet(beskaeftigelsesplanTemplate(), pivotActuals(data, { measure: RANK_MEASURE }), 'Benchmark LM1a');
    const report = evaluateWithPlan(open.document(file), null);
    for (const scenario of report.scenarios) {
      const lm1a = scenario.goals.find((g) => g.id === 'LM1a')!;
      expect(lm1a.benchmark).toMatchObject({ municipality: 'Roskilde', of: 98, share: 0.2, best: 19, sheetName: 'Benchmark LM1a' });
      expect(lm1a.benchmark!.met).toBe(lm1a.benchmark!.rank <= 19);
      expect(scenario.goals.find((g) => g.id === 'LM2')!.benchmark).toBeNull();
    }
  });

  it('the XLSX export gets a follow-up sheet: each month since the plan per scenario, and the rank; importing it back leaves it out', async () => {
    const data = await readJobindsatsFile(new TextEncoder().encode(asV2Json(y30r21())), 'y30r21.json');
    const file = withActualsSheet(laterActuals(), pivotActuals(data, { measure: RANK_MEASURE }), 'Benchmark LM1a');
    const doc = open.document(file);
    const plan = adopted();
    const bytes = await exportWorkbookXlsx(doc, { adoptedPlan: plan });
    const sheet = (await loadXlsx(bytes)).getWorksheet('Opfølgning')!;
    const rows = Array.from(sheet.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows[1]).toEqual(['Faktiske tal mod den vedtagne plan »Beskæftigelsesplan 2023«']);
    expect(rows[2]).toEqual(['Id', 'Mål', 'Scenarie', 'Planens scenarie', 'Måned', 'Faktisk', 'Planen', 'Forskel', 'Vurdering', 'Id i planen']);
    const planned = plannedValueAt(plan.plan.scenarios[0]!.goals.find((g) => g.id === 'LM2')!, '2023-02')!;
    const lm2Basis = rows.filter((r) => r[0] === 'LM2' && r[2] === 'Basis');
    expect(lm2Basis.map((r) => [r[4], r[5]])).toEqual([['2023-01', 430], ['2023-02', 440]]);
    expect(lm2Basis[1]!.slice(6, 9)).toEqual([planned, 440 - planned, 440 > planned ? 'Bagud' : 'På sporet']);
    const rankHeading = rows.findIndex((r) => r[0] === 'Placering på benchmarkranglisten');
    const lm1a = evaluateWithPlan(doc, null).scenarios[0]!.goals.find((g) => g.id === 'LM1a')!.benchmark!;
    expect(rows[rankHeading + 2]).toEqual(['LM1a', expect.any(String), 'Roskilde', lm1a.period, lm1a.rank, 98, 19, lm1a.met ? 'Opfyldt' : 'Ikke opfyldt', 'Benchmark LM1a']);
    const imported = await importXlsx(bytes, { fileName: 'plan.xlsx' });
    expect(imported.sheets.map((s) => s.name)).not.toContain('Opfølgning');
  });
});
