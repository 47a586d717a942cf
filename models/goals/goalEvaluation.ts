/**
 * Judging a goal against one engine (one scenario): its value and target, whether it is met and
 * by how much, and the first month its trajectory satisfies the target.
 *
 * margin is signed in the indicator's units, positive when met with room:
 * `target − value` for `<=`/`<`, `value − target` for `>=`/`>`.
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

function flatten(result: CellValue | CellValue[][]): CellValue[] {
  return Array.isArray(result) ? result.flat() : [result];
}

function label(value: CellValue | undefined): string | null {
  if (value === undefined || value === null || isCellError(value)) return null;
  return String(value);
}

/** The first period at which the series satisfies the target, or null. */
function firstReached(engine: WorkbookEngine, goal: GoalDefinition, target: number): string | null {
  if (!goal.series || !goal.periods || !goal.comparator) return null;
  const series = flatten(engine.calculate(`=${goal.series}`));
  const periods = flatten(engine.calculate(`=${goal.periods}`));
  const n = Math.min(series.length, periods.length);
  for (let i = 0; i < n; i++) {
    const v = series[i];
    if (typeof v === 'number' && satisfies(v, goal.comparator, target)) return label(periods[i]);
  }
  return null;
}

const QUALITATIVE: Omit<GoalResult, 'id'> = { value: null, target: null, met: null, margin: null, reachedAt: null, error: null };

/** A goal's target under one engine: a number as declared, or its formula's value; null without a target. */
export function goalTarget(engine: WorkbookEngine, goal: GoalDefinition): CellValue {
  if (goal.target === undefined) return null;
  return typeof goal.target === 'number' ? goal.target : scalar(engine.calculate(goal.target));
}

/** Judges a goal under one engine, given its target (from `goalTarget`, possibly cached). */
export function judgeGoal(engine: WorkbookEngine, goal: GoalDefinition, target: CellValue): GoalResult {
  if (goal.value === undefined && goal.target === undefined) return { id: goal.id, ...QUALITATIVE };
  const value = goal.value === undefined ? null : scalar(engine.calculate(goal.value));
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
    return { ...result, error: '#VALUE!' };
  }
  return {
    ...result,
    met: satisfies(result.value, goal.comparator, result.target),
    margin: margin(result.value, goal.comparator, result.target),
    reachedAt: firstReached(engine, goal, result.target),
  };
}

export function evaluateGoal(engine: WorkbookEngine, goal: GoalDefinition): GoalResult {
  return judgeGoal(engine, goal, goalTarget(engine, goal));
}
