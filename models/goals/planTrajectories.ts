/**
 * What an adopted plan projected (issue 14): a saved version's workbook evaluated as it was saved,
 * every goal's trajectory under every one of its scenarios. The version is a snapshot, so its
 * trajectories never change; the server computes them once per version
 * (GET /api/workspaces/:id/versions/:versionId/plan) and the goal card compares the live
 * workbook's latest actual month with them (planComparison.ts).
 *
 * Which of the plan's scenarios a live scenario is compared with (`plannedTrajectory`): the one
 * with the same id (a scenario keeps its id across versions), else the one with the same name,
 * else the plan's first scenario (its default, "Basis" in the template).
 */
import type * as Y from 'yjs';
import { ScenarioEngines } from '../scenarios/ScenarioEngines.js';
import { goalPeriods, goalSeries } from './goalEvaluation.js';
import type { PlannedTrajectory } from './planComparison.js';

export interface PlanGoalTrajectory extends PlannedTrajectory {
  id: string;
}

export interface PlanScenario {
  id: string;
  name: string;
  /** The goals that have a trajectory (`series` and `periods`), in the plan's goal order. */
  goals: PlanGoalTrajectory[];
}

export interface PlanTrajectories {
  scenarios: PlanScenario[];
}

/** Every goal's trajectory under every scenario of `doc` (a version's workbook). */
export function planTrajectories(doc: Y.Doc): PlanTrajectories {
  const engines = new ScenarioEngines(doc);
  try {
    const withTrajectory = engines.goals().filter((goal) => goal.series !== undefined && goal.periods !== undefined);
    return {
      scenarios: engines.scenarios().map((scenario) => {
        const engine = engines.engine(scenario.id);
        return {
          id: scenario.id,
          name: scenario.name,
          goals: withTrajectory.map((goal) => ({
            id: goal.id,
            periods: goalPeriods(engine, goal),
            series: goalSeries(engine, goal).map((value) => (typeof value === 'number' && Number.isFinite(value) ? value : null)),
          })),
        };
      }),
    };
  } finally {
    engines.destroy();
  }
}

/** The plan's scenario a live scenario is compared with: same id, else same name, else the plan's first. */
export function planScenarioFor(plan: PlanTrajectories, scenario: { id: string; name: string }): PlanScenario | null {
  return plan.scenarios.find((s) => s.id === scenario.id) ?? plan.scenarios.find((s) => s.name === scenario.name) ?? plan.scenarios[0] ?? null;
}

/** A goal's planned trajectory under the plan's scenario for `scenario`, with that scenario's name; null when the plan has none. */
export function plannedTrajectory(plan: PlanTrajectories, scenario: { id: string; name: string }, goalId: string): { scenarioName: string; trajectory: PlannedTrajectory } | null {
  const planScenario = planScenarioFor(plan, scenario);
  const goal = planScenario?.goals.find((g) => g.id === goalId);
  return planScenario && goal ? { scenarioName: planScenario.name, trajectory: goal } : null;
}
