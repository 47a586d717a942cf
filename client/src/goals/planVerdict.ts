/**
 * A goal's latest actual month against the adopted plan, in words: "På sporet" / "Bagud i
 * forhold til planen med 12" (the comparison itself is models/goals/planComparison.ts). The card
 * and the report word it alike. A share's shortfall reads in percentage points ("1,2 procentpoint").
 */
import type { TFunction } from 'i18next';
import { goalPlanStanding, plannedAlong, plannedTrajectory, type GoalPlanStanding, type PlanComparison } from '../../../models/goals/planComparison.js';
import type { GoalDefinition } from '../../../models/goals/goalModel.js';
import type { CellFormat, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import type { AdoptedPlan } from '../versions/adoptedPlan.js';
import { formatDifference, formatMonth } from './goalDisplay.js';
import { formatGoalNumber } from '../../../models/format/goalNumbers.js';

export interface PlanVersus {
  /** The latest actual month against the plan. */
  comparison: PlanComparison;
  /** Every actual month since the plan (the report's table), oldest first. */
  months: PlanComparison[];
  /** The version's name. */
  version: string;
  /** The plan's scenario compared with, when it is not the one on screen (by name). */
  otherScenario: string | null;
  /** The goal's id in the plan when it was found by its indicator (renamed since the plan), else null. */
  renamedFrom: string | null;
  /** The indicator as the plan wrote it, when the goal was found by it and it reads otherwise now (its sheet renamed since), else null. */
  planIndicator: string | null;
}

/** A goal as the plan is searched for it: with its indicator by identity where the caller has the document (goalModel.ts, goalIndicatorIdentity). */
export type PlannedGoal = GoalDefinition & { indicatorIdentity?: string | undefined };

/** The comparison for a goal under the scenario on screen, from its actual months (oldest first); null without an adopted plan, an actual month or a planned figure for the latest. */
export function planVersus(plan: AdoptedPlan, scenario: { id: string; name: string }, goal: PlannedGoal, actualMonths: ReadonlyArray<{ label: string; value: number }>): PlanVersus | null {
  if (plan.status !== 'ready') return null;
  const standing: GoalPlanStanding | null = goalPlanStanding(plan.plan, scenario, goal, actualMonths);
  if (!standing?.latest) return null;
  return {
    comparison: standing.latest,
    months: standing.months,
    version: plan.name,
    otherScenario: standing.scenario === scenario.name ? null : standing.scenario,
    renamedFrom: standing.matchedBy === 'indicator' ? standing.planGoal : null,
    planIndicator: standing.planIndicator ?? null,
  };
}

/** The plan's figure in each month of `labels` under the scenario on screen (the chart's "Vedtaget plan" line); null without a ready plan or a trajectory for the goal. */
export function plannedLine(plan: AdoptedPlan, scenario: { id: string; name: string }, goal: PlannedGoal, labels: ReadonlyArray<string>): Array<number | null> | null {
  if (plan.status !== 'ready') return null;
  const planned = plannedTrajectory(plan.plan, scenario, goal);
  const line = planned ? plannedAlong(planned.trajectory, labels) : null;
  return line?.some((v) => v !== null) ? line : null;
}

/**
 * "På sporet", "Bagud i forhold til planen med N", or for a goal without direction "+N i forhold til planen" / "Som planen";
 * `decimals` as the goal card's other numbers (goalDecimals), so "faktisk 7,90 %" reads as "Seneste faktiske 7,90 %" beside it.
 */
export function planVerdictText(versus: PlanVersus, format: CellFormat | undefined, locale: WorkbookLocale, t: TFunction, decimals?: number): string {
  const { comparison } = versus;
  if (comparison.onTrack === true) return t('plan.onTrack');
  if (comparison.onTrack === false) return t('plan.behind', { amount: formatDifference(comparison.behindBy, format, locale, t, decimals) });
  if (comparison.difference === 0) return t('plan.asPlanned');
  const amount = formatDifference(comparison.difference, format, locale, t, decimals);
  return t('plan.difference', { amount: comparison.difference > 0 ? `+${amount}` : amount });
}

/** "mar. 2023: faktisk 402, planen 390 (»Budget 2023«)". */
export function planDetailText(versus: PlanVersus, format: CellFormat | undefined, locale: WorkbookLocale, language: string, t: TFunction, decimals?: number): string {
  const { comparison } = versus;
  const values = {
    month: formatMonth(comparison.month, language),
    actual: formatGoalNumber(comparison.actual, format, locale, decimals),
    planned: formatGoalNumber(comparison.planned, format, locale, decimals),
    version: versus.version,
  };
  const detail = versus.otherScenario === null ? t('plan.detail', values) : t('plan.otherScenario', { ...values, scenario: versus.otherScenario });
  if (versus.renamedFrom === null) return detail;
  const renamed = versus.planIndicator === null ? t('plan.renamed', { id: versus.renamedFrom }) : t('plan.renamedIndicator', { id: versus.renamedFrom, indicator: versus.planIndicator });
  return `${detail} ${renamed}`;
}
