/**
 * What the printable goal report shows, read from a workspace's document and its live scenario
 * engines: every scenario's goals with status, value, target, margin and month reached, every
 * goal's trajectory under every scenario with its targets, and the key assumptions (the cells
 * the scenarios change, with their labels). Plain data: the report components only lay it out.
 */
import type * as Y from 'yjs';
import { workbookLocale, workbookTitle } from '../../../models/workbook/workbookReader.js';
import type { GoalResult } from '../../../models/goals/goalEvaluation.js';
import { goalIndicatorIdentities, type Comparator, type GoalDefinition } from '../../../models/goals/goalModel.js';
import { assumptionsAcrossScenarios, type AssumptionAcrossScenarios } from '../../../models/scenarios/assumptionsAcrossScenarios.js';
import type { ScenarioComputation } from '../engines/ScenarioComputation.js';
import type { CellFormat, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { actualMonths, goalTrajectory } from '../../../models/goals/goalTrajectory.js';
import { benchmarkStandings } from '../../../models/actuals/rankingSheets.js';
import type { BenchmarkStanding } from '../../../models/goals/benchmarkRank.js';
import { goalValueFormat } from '../goals/goalDisplay.js';
import { goalStatus, type GoalStatus } from '../../../models/goals/goalStatus.js';
import { plannedLine, planVersus, type PlanVersus } from '../goals/planVerdict.js';
import type { AdoptedPlan } from '../versions/adoptedPlan.js';

export interface ReportGoal {
  goal: GoalDefinition;
  result: GoalResult | undefined;
  status: GoalStatus;
  format: CellFormat | undefined;
}

export interface ReportScenario {
  id: string;
  name: string;
  goals: ReportGoal[];
  met: number;
  measurable: number;
}

export interface ReportTrajectory {
  goal: GoalDefinition;
  format: CellFormat | undefined;
  comparator: Comparator | undefined;
  labels: string[];
  deadlineIndex: number;
  lines: Array<{ name: string; values: Array<number | null> }>;
  /** The target under each scenario (one entry when they agree). */
  targets: Array<{ scenario: string; value: number }>;
  /** The last actual month and its figure (where the projections start), or null. */
  latestActual: { label: string; value: number } | null;
  /** The latest actual month and every month since the plan against the adopted plan (under the scenario on screen), or null. */
  plan: PlanVersus | null;
  /** The adopted plan's figure in each month of `labels` (the chart's "Vedtaget plan" line), or null. */
  plannedLine: Array<number | null> | null;
  /** A rank goal's place on the benchmark ranking, or null. */
  benchmark: BenchmarkStanding | null;
}

/** A rank goal without a trajectory: its place on the benchmark ranking, printed under the trajectories. */
export interface ReportRanking {
  goal: GoalDefinition;
  benchmark: BenchmarkStanding;
}

export interface GoalReportModel {
  title: string;
  locale: WorkbookLocale;
  scenarios: ReportScenario[];
  trajectories: ReportTrajectory[];
  /** Rank goals without a trajectory (those with one carry their place in `trajectories`). */
  rankings: ReportRanking[];
  scenarioNames: string[];
  assumptions: AssumptionAcrossScenarios[];
}

function distinctTargets(goal: GoalDefinition, scenarios: ReportScenario[]): Array<{ scenario: string; value: number }> {
  const out: Array<{ scenario: string; value: number }> = [];
  for (const scenario of scenarios) {
    const target = scenario.goals.find((g) => g.goal.id === goal.id)?.result?.target;
    if (typeof target === 'number' && !out.some((t) => Math.abs(t.value - target) <= 1e-12 * Math.max(1, Math.abs(target)))) {
      out.push({ scenario: scenario.name, value: target });
    }
  }
  return out;
}

/** `adopted`: the adopted plan and the scenario on screen, whose projection the latest actual month is compared with. */
export function goalReportModel(doc: Y.Doc, engines: ScenarioComputation, adopted?: { plan: AdoptedPlan; scenarioId: string }): GoalReportModel {
  const goals = engines.goals();
  const formats = new Map(goals.map((goal) => [goal.id, goalValueFormat(doc, goal)]));
  const scenarios: ReportScenario[] = engines.evaluate().map(({ scenario, goals: results }) => {
    const rows = goals.map((goal): ReportGoal => {
      const result = results.find((r) => r.id === goal.id);
      return { goal, result, status: goalStatus(result, goal), format: formats.get(goal.id) };
    });
    return {
      id: scenario.id,
      name: scenario.name,
      goals: rows,
      met: rows.filter((r) => r.status === 'met').length,
      measurable: rows.filter((r) => r.status === 'met' || r.status === 'missed').length,
    };
  });
  const trajectories: ReportTrajectory[] = [];
  const onScreen = engines.scenarios().find((s) => s.id === adopted?.scenarioId) ?? engines.scenarios()[0];
  const standings = benchmarkStandings(doc, goals);
  const rankings: ReportRanking[] = [];
  const identities = goalIndicatorIdentities(doc);
  for (const goal of goals) {
    const planned = { ...goal, indicatorIdentity: identities.get(goal.id) };
    const trajectory = goalTrajectory(doc, engines, goal);
    if (!trajectory) {
      const benchmark = standings.get(goal.id);
      if (benchmark) rankings.push({ goal, benchmark });
      continue;
    }
    const actuals = actualMonths(trajectory);
    trajectories.push({
      goal,
      format: formats.get(goal.id),
      comparator: goal.comparator,
      labels: trajectory.labels,
      deadlineIndex: trajectory.deadlineIndex,
      lines: trajectory.scenarios.map((s) => ({ name: s.name, values: s.values })),
      targets: distinctTargets(goal, scenarios),
      latestActual: actuals.at(-1) ?? null,
      plan: adopted && onScreen ? planVersus(adopted.plan, onScreen, planned, actuals) : null,
      plannedLine: adopted && onScreen ? plannedLine(adopted.plan, onScreen, planned, trajectory.labels) : null,
      benchmark: standings.get(goal.id) ?? null,
    });
  }
  const stored = engines.scenarios();
  return {
    title: workbookTitle(doc),
    locale: workbookLocale(doc),
    scenarios,
    trajectories,
    rankings,
    scenarioNames: stored.map((s) => s.name),
    assumptions: assumptionsAcrossScenarios(doc, stored),
  };
}
