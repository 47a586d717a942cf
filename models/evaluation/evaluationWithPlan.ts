/**
 * The evaluation report with what a planner follows the plan by (issue 14): every goal under every
 * scenario as `evaluationReport.ts` judges it, plus each goal's standing against the adopted plan
 * (the latest actual month and every actual month since the plan, planComparison.ts) and a rank
 * goal's place on the benchmark ranking (rankingSheets.ts). `GET /api/workspaces/:id/evaluation`
 * serves it with the workspace's adopted version; `npm run evaluate -- FILE --plan PLAN` with a
 * plan given as a file. The JSON keys: models/FORMAT.md, "Evaluation report".
 */
import type * as Y from 'yjs';
import { benchmarkStandings } from '../actuals/rankingSheets.js';
import type { BenchmarkStanding } from '../goals/benchmarkRank.js';
import { goalPlanStanding, type GoalPlanStanding, type PlanTrajectories } from '../goals/planComparison.js';
import { actualMonths, goalTrajectory } from '../goals/goalTrajectory.js';
import { ScenarioEngines } from '../scenarios/ScenarioEngines.js';
import { goalIndicatorIdentities } from '../goals/goalModel.js';
import { reportFrom, type ReportedGoalResult } from './evaluationReport.js';

/** The adopted plan as the report names it and what it projected. */
export interface AdoptedPlanSource {
  /** The version's id; null for a plan given as a file (the CLI). */
  versionId: string | null;
  /** The version's name, or the plan file's title. */
  name: string;
  /** null when the marked version is no longer among the workspace's versions. */
  plan: PlanTrajectories | null;
}

export type PlannedGoalResult = ReportedGoalResult & {
  /** The goal against the adopted plan under this scenario; null without a plan, actual months or a planned trajectory for it. */
  plan: GoalPlanStanding | null;
  /** A rank goal's place on the benchmark ranking (the same under every scenario: rankings are actual figures); null otherwise. */
  benchmark: BenchmarkStanding | null;
};

export interface PlanEvaluationReport {
  title: string;
  /** The adopted plan compared with; `found` false when the marked version is gone. null without one. */
  adoptedPlan: { versionId: string | null; name: string; found: boolean } | null;
  scenarios: Array<{ name: string; goals: PlannedGoalResult[] }>;
}

/** Builds the engines, evaluates against the plan, and releases them. */
export function evaluateWithPlan(doc: Y.Doc, adopted: AdoptedPlanSource | null): PlanEvaluationReport {
  const engines = new ScenarioEngines(doc);
  try {
    return planReportFrom(doc, engines, adopted);
  } finally {
    engines.destroy();
  }
}

/** The report from live engines. */
export function planReportFrom(doc: Y.Doc, engines: ScenarioEngines, adopted: AdoptedPlanSource | null): PlanEvaluationReport {
  const report = reportFrom(doc, engines);
  const goals = engines.goals();
  const standings = benchmarkStandings(doc, goals);
  const plan = adopted?.plan ?? null;
  // Actual months are the same under every scenario (they are not assumptions): read once per goal.
  const actuals = new Map(
    plan === null
      ? []
      : goals.map((goal) => {
          const trajectory = goalTrajectory(doc, engines, goal);
          return [goal.id, trajectory ? actualMonths(trajectory) : []] as const;
        }),
  );
  const scenarios = engines.scenarios();
  // Finds a goal renamed since the plan even where its sheet was renamed too (a version of this workspace).
  const identities = goalIndicatorIdentities(doc);
  return {
    title: report.title,
    adoptedPlan: adopted === null ? null : { versionId: adopted.versionId, name: adopted.name, found: adopted.plan !== null },
    scenarios: report.scenarios.map((reported, i) => {
      const scenario = scenarios[i]!;
      return {
        name: reported.name,
        goals: reported.goals.map((result) => {
          const goal = goals.find((g) => g.id === result.id);
          const standing = plan && goal ? goalPlanStanding(plan, scenario, { ...goal, indicatorIdentity: identities.get(goal.id) }, actuals.get(goal.id) ?? []) : null;
          return { ...result, plan: standing, benchmark: standings.get(result.id) ?? null };
        }),
      };
    }),
  };
}
