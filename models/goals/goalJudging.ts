/**
 * Judging one goal on what was read for it: pure, no engine. The live judgements
 * (scenarios/goalJudgements.ts), a fresh evaluation (goalEvaluation.ts) and a goal seek that tries
 * other trajectories all judge through `judgeGoal`, so they cannot disagree.
 *
 * The rules (models/FORMAT.md, "Evaluation report"):
 * - A goal with `series`, `periods` and `deadline` is judged on the series' value in the deadline's
 *   month. A `value` given as well is only checked against it (a warning where they differ).
 *   A deadline that is not one of the months is an error result naming it.
 * - Otherwise the goal is judged on its `value` (a threshold when it has a target).
 * - `reachedAt` is the month from which the goal holds for good: met at the deadline, the earliest
 *   month from which it holds in every month through the deadline; missed at the deadline, the
 *   earliest month after it from which it holds through the series' last month (`late`); without
 *   a deadline, from which it holds through the series' last month.
 */
import { isCellError, type CellValue } from '../engine/cellValue.js';
import { serialDate } from '../format/excelDate.js';
import type { Comparator, GoalDefinition } from './goalModel.js';

export type ScalarValue = number | string | boolean | null;

/** The goal's `value` is not the trajectory's value in the deadline's month (the goal is judged on the latter). */
export interface ValueNotAtDeadline {
  kind: 'valueNotAtDeadline';
  deadline: string;
  /** What `value` computes. */
  value: ScalarValue;
  /** The trajectory's value in the deadline's month, which the goal is judged on. */
  deadlineValue: ScalarValue;
}

export type GoalWarning = ValueNotAtDeadline;

export interface GoalResult {
  id: string;
  value: ScalarValue;
  target: ScalarValue;
  met: boolean | null;
  margin: number | null;
  reachedAt: string | null;
  /** reachedAt lies after the deadline (the goal is missed at the deadline and holds later). */
  late: boolean;
  warnings: GoalWarning[];
  error: string | null;
}

/** What a goal read under one scenario: its `value`, target, trajectory and month labels. */
export interface GoalReadings {
  /** The `value` formula's result; null for a goal without `value`. */
  value: CellValue;
  /** The target's value; null for a goal without a target. */
  target: CellValue;
  /** The trajectory in reading order; empty without `series`. */
  trajectory: readonly CellValue[];
  /** The month labels in reading order (null: no label); empty without `periods`. */
  periods: ReadonlyArray<string | null>;
}

/** Error texts that name what is wrong with the goal itself (not a cell's error value). */
export const DEADLINE_NOT_IN_MONTHS = 'deadline not among the months';
export const NOTHING_TO_JUDGE = 'no value to judge';

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

/** Month names and abbreviations, Danish and English, as planners label months ("dec. 2023", "March 2024"). */
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['jan', 'januar', 'january'],
  ['feb', 'februar', 'february'],
  ['mar', 'marts', 'march'],
  ['apr', 'april'],
  ['maj', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oct', 'oktober', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
];

/**
 * A month label as `YYYY-MM`: text starting `2023-12` (also `2023-12-01`), a month's name and
 * year (`dec. 2023`, `December 2023`), or a date serial (a date cell's value, as Excel stores
 * dates); null for anything else.
 */
export function labelMonth(label: string | null): string | null {
  if (label === null) return null;
  const text = /^(\d{4})-(0[1-9]|1[0-2])(?:$|-)/.exec(label.trim());
  if (text) return `${text[1]}-${text[2]}`;
  const named = /^([a-zæøå]+)\.?\s+(\d{4})$/i.exec(label.trim());
  if (named) {
    const month = MONTH_NAMES.findIndex((names) => names.includes(named[1]!.toLowerCase()));
    return month < 0 ? null : `${named[2]}-${String(month + 1).padStart(2, '0')}`;
  }
  const serial = Number(label);
  const date = /^\d+(\.\d+)?$/.test(label.trim()) && serial >= 1 ? serialDate(serial) : null;
  return date === null ? null : `${date.year}-${String(date.month).padStart(2, '0')}`;
}

/** The index of the deadline's month among the labels, or -1. */
export function deadlineIndex(periods: ReadonlyArray<string | null>, deadline: string): number {
  return periods.findIndex((label) => label === deadline || labelMonth(label) === deadline);
}

/** Whether the goal is judged on its trajectory in the deadline's month. */
export function judgedAtDeadline(goal: GoalDefinition): boolean {
  return goal.series !== undefined && goal.periods !== undefined && goal.deadline !== undefined;
}

function holds(value: CellValue | undefined, comparator: Comparator, target: number): boolean {
  return typeof value === 'number' && satisfies(value, comparator, target);
}

/** The first index of the run of months ending at `last` in which the goal holds (last + 1: none). */
function runStart(trajectory: readonly CellValue[], last: number, comparator: Comparator, target: number): number {
  let start = last + 1;
  while (start > 0 && holds(trajectory[start - 1], comparator, target)) start--;
  return start;
}

/**
 * The month from which the goal holds for good, and whether that is after the deadline.
 * `deadline` is the deadline's index among the months, or undefined for a goal without one.
 */
export function reachedFor(
  trajectory: readonly CellValue[],
  periods: ReadonlyArray<string | null>,
  comparator: Comparator,
  target: number,
  deadline: number | undefined,
): { reachedAt: string | null; late: boolean } {
  const months = Math.min(trajectory.length, periods.length);
  if (months === 0) return { reachedAt: null, late: false };
  if (deadline !== undefined && holds(trajectory[deadline], comparator, target)) {
    return { reachedAt: periods[runStart(trajectory, deadline, comparator, target)] ?? null, late: false };
  }
  const start = runStart(trajectory, months - 1, comparator, target);
  if (start >= months) return { reachedAt: null, late: false };
  return { reachedAt: periods[start] ?? null, late: deadline !== undefined };
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  return a === b;
}

function plain(value: CellValue): ScalarValue {
  return isCellError(value) ? null : value;
}

function monthsText(periods: ReadonlyArray<string | null>): string {
  const labels = periods.filter((p): p is string => p !== null);
  return labels.length === 0 ? 'none' : `${labels[0]}…${labels[labels.length - 1]}`;
}

/**
 * Judges a goal on its readings.
 *
 * @example
 *   // A goal seek tries a trajectory: the same rules as the dashboard.
 *   judgeGoal(goal, { value: null, target: 350, trajectory: [380, 360, 349], periods: ['2023-10', '2023-11', '2023-12'] })
 *   // → { value: 349, met: true, margin: 1, reachedAt: '2023-12', late: false, … }
 */
export function judgeGoal(goal: GoalDefinition, readings: GoalReadings): GoalResult {
  const result: GoalResult = { id: goal.id, value: null, target: null, met: null, margin: null, reachedAt: null, late: false, warnings: [], error: null };
  // Month labels that cannot be read as months at all ("Uge 1", "K1"): the deadline cannot be
  // placed among them, so a v1 goal that has a value is judged on it, as before.
  const atDeadline = judgedAtDeadline(goal) && (goal.value === undefined || readings.periods.some((p) => p === goal.deadline || labelMonth(p) !== null));
  if (goal.value === undefined && goal.target === undefined && !atDeadline) return result;

  let value: CellValue = readings.value;
  let deadline: number | undefined;
  if (atDeadline) {
    deadline = deadlineIndex(readings.periods.slice(0, readings.trajectory.length), goal.deadline!);
    if (deadline < 0) {
      result.target = plain(readings.target);
      result.error = `${DEADLINE_NOT_IN_MONTHS}: ${goal.deadline} is not one of the goal's months (${monthsText(readings.periods)})`;
      return result;
    }
    value = readings.trajectory[deadline] ?? null;
    if (goal.value !== undefined && !sameValue(readings.value, value)) {
      result.warnings.push({ kind: 'valueNotAtDeadline', deadline: goal.deadline!, value: plain(readings.value), deadlineValue: plain(value) });
    }
  }
  const target = readings.target;
  result.value = plain(value);
  result.target = plain(target);
  result.error = isCellError(value) ? value.error : isCellError(target) ? target.error : null;
  if (result.error || goal.comparator === undefined || goal.target === undefined) return result;
  if (goal.value === undefined && !atDeadline) {
    result.error = `${NOTHING_TO_JUDGE}: give the goal a value, or a series, periods and a deadline`;
    return result;
  }
  if (result.value === null || result.target === null) return result;
  if (typeof result.value !== 'number' || typeof result.target !== 'number') {
    result.error = '#VALUE!';
    return result;
  }
  result.met = satisfies(result.value, goal.comparator, result.target);
  result.margin = margin(result.value, goal.comparator, result.target);
  if (goal.series !== undefined && goal.periods !== undefined) {
    Object.assign(result, reachedFor(readings.trajectory, readings.periods, goal.comparator, result.target, deadline));
  }
  return result;
}

/** The evaluation report's text for a warning (English, as the report's other texts). */
export function warningText(warning: GoalWarning): string {
  return `value ${String(warning.value)} is not the trajectory's value in the deadline's month ${warning.deadline} (${String(warning.deadlineValue)}); the goal is judged on ${warning.deadline}`;
}
