/**
 * The latest actual month against what the adopted plan projected for that month (issue 14):
 * "På sporet" or "Bagud i forhold til planen med N". Pure: the caller reads the actual month from
 * the live workbook and the plan's trajectory from the adopted version (planTrajectories.ts).
 *
 * Which way is behind follows the goal's comparator, as judging does (goalJudging.ts): a goal to
 * stay at or below its target (`<=`, `<`: fewer on public support) is behind when the actual
 * figure is above the plan's; a goal to reach at least its target (`>=`, `>`) when it is below.
 * A goal without a comparator (tracked, no target) has no direction: only the difference is told.
 */
import { labelMonth } from './goalJudging.js';
import type { Comparator } from './goalModel.js';

/** A trajectory as the adopted plan projected it: month labels and values in reading order. */
export interface PlannedTrajectory {
  periods: ReadonlyArray<string | null>;
  series: ReadonlyArray<number | null>;
}

export interface PlanComparison {
  /** The latest actual month, `YYYY-MM`. */
  month: string;
  actual: number;
  /** What the adopted plan projected for that month. */
  planned: number;
  /** actual − planned, in the indicator's unit (a share's difference is a fraction: 0.012 = 1,2 procentpoint). */
  difference: number;
  /** null for a goal without a comparator (no direction to be behind in). */
  onTrack: boolean | null;
  /** How far behind the plan, in the indicator's unit (0 when on track or without direction). */
  behindBy: number;
}

/** Differences this small are the same figure computed twice (floating point), not a shortfall. */
function negligible(difference: number, planned: number): boolean {
  return Math.abs(difference) <= 1e-9 * Math.max(1, Math.abs(planned));
}

/** The plan's value in `month` (`YYYY-MM`; labels may be dates or month names), or null when the plan has no number there. */
export function plannedValueAt(plan: PlannedTrajectory, month: string): number | null {
  const months = Math.min(plan.periods.length, plan.series.length);
  for (let i = 0; i < months; i++) {
    const label = plan.periods[i] ?? null;
    if (label === month || labelMonth(label) === month) {
      const value = plan.series[i];
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    }
  }
  return null;
}

/**
 * Compares the latest actual figure with the plan's projection for its month; null when the
 * actual month is not a month or the plan projected nothing for it.
 *
 * @example
 *   comparePlan('<=', { label: '2023-03', value: 402 }, { periods: ['2023-03'], series: [390] })
 *   // → { month: '2023-03', actual: 402, planned: 390, difference: 12, onTrack: false, behindBy: 12 }
 */
export function comparePlan(comparator: Comparator | undefined, actual: { label: string; value: number }, plan: PlannedTrajectory): PlanComparison | null {
  const month = labelMonth(actual.label);
  if (month === null || !Number.isFinite(actual.value)) return null;
  const planned = plannedValueAt(plan, month);
  if (planned === null) return null;
  // The same figure computed twice (floating point) is no difference at all.
  const difference = negligible(actual.value - planned, planned) ? 0 : actual.value - planned;
  const comparison: PlanComparison = { month, actual: actual.value, planned, difference, onTrack: null, behindBy: 0 };
  if (comparator === undefined) return comparison;
  const lowerIsBetter = comparator === '<=' || comparator === '<';
  const shortfall = lowerIsBetter ? difference : -difference;
  comparison.onTrack = shortfall <= 0;
  comparison.behindBy = comparison.onTrack ? 0 : shortfall;
  return comparison;
}

/** A goal's trajectory in a plan. */
export interface PlanGoalTrajectory extends PlannedTrajectory {
  id: string;
  periods: Array<string | null>;
  series: Array<number | null>;
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

/**
 * The plan's scenario a live scenario is compared with: the one with the same id (a scenario
 * keeps its id across versions), else the one with the same name, else the plan's first scenario
 * (its default, "Basis" in the template).
 */
export function planScenarioFor(plan: PlanTrajectories, scenario: { id: string; name: string }): PlanScenario | null {
  return plan.scenarios.find((s) => s.id === scenario.id) ?? plan.scenarios.find((s) => s.name === scenario.name) ?? plan.scenarios[0] ?? null;
}

/** A goal's planned trajectory under the plan's scenario for `scenario`, with that scenario's name; null when the plan has none. */
export function plannedTrajectory(plan: PlanTrajectories, scenario: { id: string; name: string }, goalId: string): { scenarioName: string; trajectory: PlannedTrajectory } | null {
  const planScenario = planScenarioFor(plan, scenario);
  const goal = planScenario?.goals.find((g) => g.id === goalId);
  return planScenario && goal ? { scenarioName: planScenario.name, trajectory: goal } : null;
}
