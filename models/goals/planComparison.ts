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
  const difference = actual.value - planned;
  const comparison: PlanComparison = { month, actual: actual.value, planned, difference, onTrack: null, behindBy: 0 };
  if (comparator === undefined) return comparison;
  const lowerIsBetter = comparator === '<=' || comparator === '<';
  const shortfall = lowerIsBetter ? difference : -difference;
  comparison.onTrack = shortfall <= 0 || negligible(difference, planned);
  comparison.behindBy = comparison.onTrack ? 0 : shortfall;
  return comparison;
}
