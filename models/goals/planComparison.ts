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
  return compareWith(comparator, actual, (month) => plannedValueAt(plan, month));
}

function compareWith(comparator: Comparator | undefined, actual: { label: string; value: number }, plannedAt: (month: string) => number | null): PlanComparison | null {
  const month = labelMonth(actual.label);
  if (month === null || !Number.isFinite(actual.value)) return null;
  const planned = plannedAt(month);
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
  /** The goal's `series` reference as the plan declared it (`Fremskrivning!E6:AT6`): finds the goal when its id changed since. */
  indicator?: string;
  /**
   * The same indicator by identity (goalModel.ts, goalIndicatorIdentity): finds the goal when its
   * id changed and its sheet was renamed, or rows moved it, since.
   */
  indicatorIdentity?: string;
  /** Which months were actual figures when the plan was saved (goalTrajectory.ts); the rest it projected. */
  actual?: boolean[];
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

/** How a live goal found its goal in the plan: the same id, else the same indicator (`series` reference) under another id. */
export type PlanGoalMatch = 'id' | 'indicator';

/** The live goal as the plan is searched for it. */
export interface GoalIdentity {
  id: string;
  series?: string;
  /** Its indicator by identity (goalModel.ts, goalIndicatorIdentity), when the caller has the document. */
  indicatorIdentity?: string;
}

/** The same reference written alike: `=Fremskrivning!E6:AT6` and `fremskrivning!e6:at6` name one indicator. */
function sameReference(a: string, b: string): boolean {
  const norm = (ref: string): string => ref.trim().replace(/^=/, '').replace(/\$/g, '').toUpperCase();
  return norm(a) === norm(b);
}

/**
 * A goal's planned trajectory under the plan's scenario for `scenario`, with that scenario's name
 * and how the goal was found: by its id, else (the goal renamed since the plan) by its indicator:
 * the one plan goal reading the same cells by identity (found even when the sheet was renamed
 * or rows inserted above since), else the one whose `series` is written the same. null when the
 * plan has none. A bare id (a string) matches by id only.
 */
export function plannedTrajectory(
  plan: PlanTrajectories,
  scenario: { id: string; name: string },
  goal: GoalIdentity | string,
): { scenarioName: string; trajectory: PlanGoalTrajectory; matchedBy: PlanGoalMatch } | null {
  const wanted = typeof goal === 'string' ? { id: goal } : goal;
  const planScenario = planScenarioFor(plan, scenario);
  if (!planScenario) return null;
  const found = (trajectory: PlanGoalTrajectory, matchedBy: PlanGoalMatch) => ({ scenarioName: planScenario.name, trajectory, matchedBy });
  const byId = planScenario.goals.find((g) => g.id === wanted.id);
  if (byId) return found(byId, 'id');
  const only = (goals: PlanGoalTrajectory[]): PlanGoalTrajectory | null => (goals.length === 1 ? goals[0]! : null);
  const byIdentity = wanted.indicatorIdentity === undefined ? null : only(planScenario.goals.filter((g) => g.indicatorIdentity === wanted.indicatorIdentity));
  if (byIdentity) return found(byIdentity, 'indicator');
  if (wanted.series === undefined) return null;
  const byIndicator = only(planScenario.goals.filter((g) => g.indicator !== undefined && sameReference(g.indicator, wanted.series!)));
  return byIndicator ? found(byIndicator, 'indicator') : null;
}

/**
 * The plan's figure by month (`YYYY-MM`), read once: a trajectory of thousands of months is not
 * scanned again for each month. The first label of a month wins, as in plannedValueAt.
 */
function plannedByMonth(plan: PlannedTrajectory): Map<string, number | null> {
  const byMonth = new Map<string, number | null>();
  // Read backwards, so that the first label of a month is set last.
  for (let i = Math.min(plan.periods.length, plan.series.length) - 1; i >= 0; i--) {
    const month = labelMonth(plan.periods[i] ?? null);
    const value = plan.series[i];
    if (month !== null) byMonth.set(month, typeof value === 'number' && Number.isFinite(value) ? value : null);
  }
  return byMonth;
}

/** The first month the plan projected rather than knew (`YYYY-MM`); null when it records no actual months (then every month counts). */
function firstProjectedMonth(plan: PlanGoalTrajectory): string | null {
  if (plan.actual === undefined) return null;
  for (let i = 0; i < plan.periods.length; i++) {
    if (plan.actual[i]) continue;
    const month = labelMonth(plan.periods[i] ?? null);
    if (month !== null) return month;
  }
  return '9999-12';
}

/**
 * Every actual month since the plan against what the plan projected for it, oldest first: the
 * months the plan projected (not those it already knew as actual figures when it was saved) in
 * which there is now an actual figure and the plan has a number.
 *
 * @example
 *   comparePlanMonths('<=', [{ label: '2023-01', value: 401 }, { label: '2023-02', value: 392 }],
 *     { periods: ['2023-01', '2023-02'], series: [400, 395], actual: [false, false] })
 *   // → [{ month: '2023-01', …, onTrack: false, behindBy: 1 }, { month: '2023-02', …, onTrack: true }]
 */
export function comparePlanMonths(comparator: Comparator | undefined, actualMonths: ReadonlyArray<{ label: string; value: number }>, plan: PlanGoalTrajectory): PlanComparison[] {
  const since = firstProjectedMonth(plan);
  const byMonth = plannedByMonth(plan);
  const out: PlanComparison[] = [];
  for (const actual of actualMonths) {
    const comparison = compareWith(comparator, actual, (month) => byMonth.get(month) ?? null);
    if (comparison && (since === null || comparison.month >= since)) out.push(comparison);
  }
  return out;
}

/** A goal against the adopted plan under one scenario: the latest actual month, and every month since the plan. */
export interface GoalPlanStanding {
  /** The plan's scenario compared with (by name). */
  scenario: string;
  matchedBy: PlanGoalMatch;
  /** The goal's id in the plan (differs from the live id when matched by indicator). */
  planGoal: string;
  /**
   * The goal's `series` as the plan wrote it, when it was found by its indicator and the plan
   * wrote it otherwise (its sheet renamed, rows inserted above it since); absent otherwise.
   */
  planIndicator?: string;
  /** The latest actual month against the plan; null when the plan has no number for it. */
  latest: PlanComparison | null;
  /** Every actual month since the plan, oldest first (comparePlanMonths). */
  months: PlanComparison[];
}

/**
 * A goal's standing against the adopted plan from its actual months (oldest first; the last is the
 * latest); null when the plan has no trajectory for the goal or the goal has no actual month.
 */
export function goalPlanStanding(
  plan: PlanTrajectories,
  scenario: { id: string; name: string },
  goal: GoalIdentity & { comparator?: Comparator },
  actualMonths: ReadonlyArray<{ label: string; value: number }>,
): GoalPlanStanding | null {
  const latestActual = actualMonths[actualMonths.length - 1];
  const planned = plannedTrajectory(plan, scenario, goal);
  if (!planned || !latestActual) return null;
  const planIndicator = planned.trajectory.indicator;
  const renamedIndicator = planned.matchedBy === 'indicator' && planIndicator !== undefined && (goal.series === undefined || !sameReference(planIndicator, goal.series));
  return {
    scenario: planned.scenarioName,
    matchedBy: planned.matchedBy,
    planGoal: planned.trajectory.id,
    ...(renamedIndicator ? { planIndicator } : {}),
    latest: comparePlan(goal.comparator, latestActual, planned.trajectory),
    months: comparePlanMonths(goal.comparator, actualMonths, planned.trajectory),
  };
}

/**
 * The plan's figure in each of `labels`' months, for a line "Vedtaget plan" beside the
 * trajectory (null where a label is no month or the plan has no number for it).
 */
export function plannedAlong(plan: PlannedTrajectory, labels: ReadonlyArray<string | null>): Array<number | null> {
  const byMonth = plannedByMonth(plan);
  return labels.map((label) => {
    const month = labelMonth(label);
    return month === null ? null : (byMonth.get(month) ?? null);
  });
}
