/**
 * What an adopted plan projected (issue 14): a saved version's workbook evaluated as it was saved,
 * every goal's trajectory under every one of its scenarios. The version is a snapshot, so its
 * trajectories never change; the server computes them once per version
 * (GET /api/workspaces/:id/versions/:versionId/plan) and the goal card compares the live
 * workbook's latest actual month with them (planComparison.ts).
 *
 * Which of the plan's scenarios a live scenario is compared with: planComparison.ts,
 * `plannedTrajectory` (pure, so the browser's main thread reads it without an engine).
 */
import type * as Y from 'yjs';
import { ScenarioEngines } from '../scenarios/ScenarioEngines.js';
import { goalIndicatorIdentities } from './goalModel.js';
import { goalPeriods, trajectoryValues } from './goalEvaluation.js';
import { goalTrajectory } from './goalTrajectory.js';
import type { PlanTrajectories } from './planComparison.js';

export type { PlanGoalTrajectory, PlanScenario, PlanTrajectories } from './planComparison.js';

/** Every goal's trajectory under every scenario of `doc` (a version's workbook). */
export function planTrajectories(doc: Y.Doc): PlanTrajectories {
  const engines = new ScenarioEngines(doc);
  try {
    const withTrajectory = engines.goals().filter((goal) => goal.series !== undefined && goal.periods !== undefined);
    // Which months the plan already knew as actual figures: those are not its projection (comparePlanMonths).
    const actual = new Map(withTrajectory.map((goal) => [goal.id, goalTrajectory(doc, engines, goal)?.actual]));
    const identities = goalIndicatorIdentities(doc);
    return {
      scenarios: engines.scenarios().map((scenario) => {
        const engine = engines.engine(scenario.id);
        return {
          id: scenario.id,
          name: scenario.name,
          goals: withTrajectory.map((goal) => {
            const months = actual.get(goal.id);
            return {
              id: goal.id,
              periods: goalPeriods(engine, goal),
              series: trajectoryValues(engine, goal).map((value) => (typeof value === 'number' && Number.isFinite(value) ? value : null)),
              indicator: goal.series!,
              ...(identities.has(goal.id) ? { indicatorIdentity: identities.get(goal.id)! } : {}),
              ...(months ? { actual: months } : {}),
            };
          }),
        };
      }),
    };
  } finally {
    engines.destroy();
  }
}
