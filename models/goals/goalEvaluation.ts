/**
 * Judging a goal against one engine (one scenario): its value and target, whether it is met and
 * by how much, and the first month its trajectory satisfies the target.
 *
 * margin is signed in the indicator's units, positive when met with room:
 * `target − value` for `<=`/`<`, `value − target` for `>=`/`>`.
 *
 * Judging is split into reading (`goalValue`, `goalTarget`, `goalSeries`, `goalPeriods`: what a
 * goal names, from the engine) and judging what was read (`judgeReadings`, `firstReached`), so
 * that a scenario's judgements (scenarios/goalJudgements.ts) can keep the readings an edit did
 * not change, e.g. the month labels.
 */
import { isCellError, type CellValue } from '../engine/cellValue.js';
import type { WorkbookEngine } from '../engine/WorkbookEngine.js';
import type { Comparator, GoalDefinition } from './goalModel.js';

export type ScalarValue = number | string | boolean | null;

export interface GoalResult {
  id: string;
  value: ScalarValue;
  target: ScalarValue;
  met: boolean | null;
  margin: number | null;
  reachedAt: string | null;
  error: string | null;
}

export function satisfies(value: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case '<=':
      return value <= target;
    case '>=':
      return value >= target;
    case '<':
      return value < target;
    case '>':
      return value > target;
  }
}

export function margin(value: number, comparator: Comparator, target: number): number {
  return comparator === '<=' || comparator === '<' ? target - value : value - target;
}

/** One value from a formula; a range where one value belongs is #VALUE!, as in Excel. */
function scalar(result: CellValue | CellValue[][]): CellValue {
  if (!Array.isArray(result)) return result;
  return { error: '#VALUE!', message: 'a range where one value was expected' };
}

/** A period's label as shown: its text, or null for an empty cell or an error. */
export function periodLabel(value: CellValue | undefined): string | null {
  if (value === undefined || value === null || isCellError(value)) return null;
  return String(value);
}

/** `Fremskrivning!E5:AT5` and `=Fremskrivning!E5:AT5` mean the same. */
function asFormula(text: string): string {
  return text.startsWith('=') ? text : `=${text}`;
}

/** A goal's value under one engine; null for a goal without one. */
export function goalValue(engine: WorkbookEngine, goal: GoalDefinition): CellValue {
  return goal.value === undefined ? null : scalar(engine.calculate(goal.value));
}

/** A goal's target under one engine: a number as declared, or its formula's value; null without a target. */
export function goalTarget(engine: WorkbookEngine, goal: GoalDefinition): CellValue {
  if (goal.target === undefined) return null;
  return typeof goal.target === 'number' ? goal.target : scalar(engine.calculate(goal.target));
}

/** The trajectory's values in reading order (empty without a trajectory). */
export function goalSeries(engine: WorkbookEngine, goal: GoalDefinition): CellValue[] {
  return goal.series === undefined ? [] : engine.calculateList(asFormula(goal.series));
}

/** The trajectory's period labels (month texts) in reading order; null where a period has no label. */
export function goalPeriods(engine: WorkbookEngine, goal: GoalDefinition): Array<string | null> {
  return goal.periods === undefined ? [] : engine.calculateList(asFormula(goal.periods)).map(periodLabel);
}

/** The first period at which the series satisfies the target, or null. */
export function firstReached(
  series: readonly CellValue[],
  periods: ReadonlyArray<string | null>,
  comparator: Comparator,
  target: number,
): string | null {
  const n = Math.min(series.length, periods.length);
  for (let i = 0; i < n; i++) {
    const v = series[i];
    if (typeof v === 'number' && satisfies(v, comparator, target)) return periods[i]!;
  }
  return null;
}

/** Whether a result needs its trajectory read: it was judged against a number and the goal has one. */
export function judgedAlongTrajectory(goal: GoalDefinition, result: GoalResult): boolean {
  return result.met !== null && goal.series !== undefined && goal.periods !== undefined;
}

const QUALITATIVE: Omit<GoalResult, 'id'> = { value: null, target: null, met: null, margin: null, reachedAt: null, error: null };

/**
 * Judges a goal from its value and target as read (`goalValue`, `goalTarget`); `reachedAt` stays
 * null, for the caller to fill from the trajectory when `judgedAlongTrajectory` says so.
 */
export function judgeReadings(goal: GoalDefinition, value: CellValue, target: CellValue): GoalResult {
  if (goal.value === undefined && goal.target === undefined) return { id: goal.id, ...QUALITATIVE };
  const error = isCellError(value) ? value.error : isCellError(target) ? target.error : null;
  const result: GoalResult = {
    id: goal.id,
    value: isCellError(value) ? null : value,
    target: isCellError(target) ? null : target,
    met: null,
    margin: null,
    reachedAt: null,
    error,
  };
  if (error || !goal.comparator || result.target === null || result.value === null) return result;
  if (typeof result.value !== 'number' || typeof result.target !== 'number') {
    result.error = '#VALUE!';
    return result;
  }
  result.met = satisfies(result.value, goal.comparator, result.target);
  result.margin = margin(result.value, goal.comparator, result.target);
  return result;
}

/** Judges a goal under one engine, reading everything afresh. */
export function evaluateGoal(engine: WorkbookEngine, goal: GoalDefinition): GoalResult {
  const result = judgeReadings(goal, goalValue(engine, goal), goalTarget(engine, goal));
  if (judgedAlongTrajectory(goal, result)) {
    result.reachedAt = firstReached(goalSeries(engine, goal), goalPeriods(engine, goal), goal.comparator!, result.target as number);
  }
  return result;
}
