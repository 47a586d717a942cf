/**
 * Judging a goal against one engine (one scenario): reading what the goal names (`goalValue`,
 * `goalTarget`, `trajectoryValues`, `goalPeriods`) and judging it (goalJudging.ts). Reading and judging
 * are apart so that a scenario's judgements (scenarios/goalJudgements.ts) can keep the readings an
 * edit did not change, e.g. the month labels, and a goal seek can judge trajectories it tries.
 */
import { isCellError, type CellValue } from '../engine/cellValue.js';
import type { WorkbookEngine } from '../engine/WorkbookEngine.js';
import { judgeGoal, type GoalReadings, type GoalResult } from './goalJudging.js';
import type { GoalDefinition } from './goalModel.js';

export type { GoalReadings, GoalResult, GoalWarning, ScalarValue } from './goalJudging.js';

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
export function trajectoryValues(engine: WorkbookEngine, goal: GoalDefinition): CellValue[] {
  return goal.series === undefined || goal.periods === undefined ? [] : engine.calculateList(asFormula(goal.series));
}

/** The trajectory's period labels (month texts) in reading order; null where a period has no label. */
export function goalPeriods(engine: WorkbookEngine, goal: GoalDefinition): Array<string | null> {
  return goal.series === undefined || goal.periods === undefined ? [] : engine.calculateList(asFormula(goal.periods)).map(periodLabel);
}

/** Everything a goal reads under one engine, read afresh. */
export function readGoalReadings(engine: WorkbookEngine, goal: GoalDefinition): GoalReadings {
  return { value: goalValue(engine, goal), target: goalTarget(engine, goal), trajectory: trajectoryValues(engine, goal), periods: goalPeriods(engine, goal) };
}

/** Judges a goal under one engine, reading everything afresh. */
export function evaluateGoal(engine: WorkbookEngine, goal: GoalDefinition): GoalResult {
  return judgeGoal(goal, readGoalReadings(engine, goal));
}
