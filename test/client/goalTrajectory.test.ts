/**
 * The chart's actual months (solid) and projected months (dashed) for the template's LM2, whose
 * months come from the Jobindsats sheet when it has them (issue 14).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { goalTrajectory, latestActual } from '../../models/goals/goalTrajectory.js';
import { goalReportModel } from '../../client/src/report/goalReportModel.js';
import { withActualsSheet } from '../../models/actuals/actualsSheet.js';
import { RANK_MEASURE } from '../../models/actuals/rankingSheets.js';
import { municipalities } from '../support/jobindsatsFixtures.js';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { planTrajectories } from '../../models/goals/planTrajectories.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { openWorkbooks } from '../support/workbookFixtures.js';

describe('a goal trajectory reading its actual months from the Jobindsats sheet', () => {
  const open = openWorkbooks();
  const engines: ScenarioEngines[] = [];
  afterEach(() => {
    for (const e of engines.splice(0)) e.destroy();
  });

  function lm2Trajectory(file: ReturnType<typeof beskaeftigelsesplanTemplate>, goalId = 'LM2') {
    const doc = open.document(file);
    const computation = new ScenarioEngines(doc);
    engines.push(computation);
    const goal = computation.goals().find((g) => g.id === goalId)!;
    return goalTrajectory(doc, computation, goal)!;
  }

  it("the template's pre-filled months (2022-07 to 2022-12) are actual, the rest projected", () => {
    const trajectory = lm2Trajectory(beskaeftigelsesplanTemplate());
    const actualMonths = trajectory.labels.filter((_, i) => trajectory.actual[i]);
    expect(actualMonths).toEqual(['2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12']);
    expect(latestActual(trajectory)).toEqual({ label: '2022-12', value: 420 });
  });

  it('imported months become actual, a month without a figure stays projected, and every scenario starts from the last actual', () => {
    const periods = ['2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12', '2023-01', '2023-02', '2023-03'];
    const roskilde = [450, 440, 430, 420, 410, 400, 300, null, 290];
    const file = withActualsSheet(beskaeftigelsesplanTemplate(), { dimension: 'Område', measure: 'Antal personer', periods, rowLabels: ['Roskilde'], values: [roskilde] });
    const trajectory = lm2Trajectory(file);
    const at = (month: string): number => trajectory.labels.indexOf(month);
    expect(trajectory.actual.slice(0, at('2023-04') + 1)).toEqual([true, true, true, true, true, true, true, false, true, false]);
    // The actual months are the same under every scenario; only the projection differs.
    for (const scenario of trajectory.scenarios) expect(scenario.values[at('2023-03')]).toBe(290);
    // The goal card's "Seneste faktiske" is the last month with a figure, not the last imported label.
    expect(latestActual(trajectory)).toEqual({ label: '2023-03', value: 290 });
    // Only LM2 reads the Jobindsats sheet: MM2's 2023 months stay projected.
    expect(latestActual(lm2Trajectory(file, 'MM2'))).toMatchObject({ label: '2022-12' });
    expect(new Set(trajectory.scenarios.map((s) => s.values.at(-1))).size).toBeGreaterThan(1);
  });

  // Row 2 says "Faktisk" through 2022-12 for every indicator; LM2's months there are actual only
  // where the Jobindsats sheet has its figure. An import of 2023 alone leaves 2022 projected.
  it('an import replacing the sheet without the 2022 months leaves LM2\'s 2022 months projected, though row 2 calls the other indicators actual there', () => {
    const periods = ['2023-01', '2023-02'];
    const file = withActualsSheet(beskaeftigelsesplanTemplate(), { dimension: 'Område', measure: 'Antal personer', periods, rowLabels: ['Roskilde'], values: [[300, 310]] }, 'Jobindsats', 'replace');
    const trajectory = lm2Trajectory(file);
    expect(trajectory.labels.filter((_, i) => trajectory.actual[i])).toEqual(['2023-01', '2023-02']);
    expect(latestActual(trajectory)).toEqual({ label: '2023-02', value: 310 });
    // MM2's typed December 2022 figure is still actual.
    expect(latestActual(lm2Trajectory(file, 'MM2'))).toMatchObject({ label: '2022-12' });
  });

  it('the printable report names the latest actual month of each goal with a trajectory', () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    const computation = new ScenarioEngines(doc);
    engines.push(computation);
    const lm2 = goalReportModel(doc, computation).trajectories.find((t) => t.goal.id === 'LM2')!;
    expect(lm2.latestActual).toEqual({ label: '2022-12', value: 420 });
    expect(lm2.plan).toBeNull();
  });

  it('the printable report compares the latest actual month with the adopted plan', () => {
    const adopted = open.document(beskaeftigelsesplanTemplate());
    const later = withActualsSheet(beskaeftigelsesplanTemplate(), { dimension: 'Område', measure: 'Antal personer', periods: ['2022-12', '2023-01'], rowLabels: ['Roskilde'], values: [[420, 450]] });
    const doc = open.document(later);
    const computation = new ScenarioEngines(doc);
    engines.push(computation);
    const plan = { status: 'ready' as const, versionId: 'v1', name: 'Vedtaget', plan: planTrajectories(adopted) };
    const lm2 = goalReportModel(doc, computation, { plan, scenarioId: computation.scenarios()[0]!.id }).trajectories.find((t) => t.goal.id === 'LM2')!;
    expect(lm2.plan?.comparison).toMatchObject({ month: '2023-01', actual: 450, onTrack: false });
    expect(lm2.plan!.comparison.behindBy).toBeGreaterThan(0);
    // Month by month since the plan: December 2022 the plan already knew; January is the first it projected.
    expect(lm2.plan!.months).toEqual([lm2.plan!.comparison]);
    // The "Vedtaget plan" line: the plan's figure in every month of the chart, January's the one compared.
    expect(lm2.plannedLine).toHaveLength(lm2.labels.length);
    expect(lm2.plannedLine![lm2.labels.indexOf('2023-01')]).toBe(lm2.plan!.comparison.planned);
    expect(lm2.plannedLine![lm2.labels.indexOf('2022-12')]).toBe(420);
  });

  it('the printable report carries a rank goal\'s place on the benchmark ranking', () => {
    const ranks = municipalities().map((_, i) => [i + 1]);
    const file = withActualsSheet(beskaeftigelsesplanTemplate(), { dimension: 'Område', measure: RANK_MEASURE, periods: ['2023-12'], rowLabels: municipalities(), values: ranks }, 'Benchmark LM1a');
    const doc = open.document(file);
    const computation = new ScenarioEngines(doc);
    engines.push(computation);
    const trajectories = goalReportModel(doc, computation).trajectories;
    const roskilde = municipalities().indexOf('Roskilde') + 1;
    expect(trajectories.find((t) => t.goal.id === 'LM1a')!.benchmark).toMatchObject({ municipality: 'Roskilde', rank: roskilde, of: 98, met: roskilde <= 19 });
    expect(trajectories.find((t) => t.goal.id === 'LM2')!.benchmark).toBeNull();
  });
});
