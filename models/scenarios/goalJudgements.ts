/**
 * One scenario's goal results, kept between edits. A goal is judged again only when an engine
 * update changed a cell it reads, and then only what it read there is read again: an assumption
 * edit moves the trajectories (value and series), not the benchmarks a target's percentile is
 * taken over, nor the month labels (kept until a change reaches the periods' cells or the sheets'
 * structure changes).
 */
import type { CellValue } from '../engine/cellValue.js';
import type { EngineUpdate, WorkbookEngine } from '../engine/WorkbookEngine.js';
import {
  firstReached,
  goalPeriods,
  goalSeries,
  goalTarget,
  goalValue,
  judgedAlongTrajectory,
  judgeReadings,
  type GoalResult,
} from '../goals/goalEvaluation.js';
import type { GoalDefinition } from '../goals/goalModel.js';
import { ChangedCells, type GoalWatches } from '../goals/goalWatch.js';

/** What one goal read under this scenario; undefined: to be read again. */
interface GoalReadings {
  goal: GoalDefinition;
  value?: CellValue;
  target?: CellValue;
  series?: CellValue[];
  periods?: Array<string | null>;
  result?: GoalResult;
}

export class GoalJudgements {
  /** In goal order; an entry made for another definition is started afresh. */
  private readings: Array<GoalReadings | undefined> = [];

  /** Forgets what `update` may have changed, given each goal's watches (in goal order). */
  forget(update: EngineUpdate, goalWatches: readonly GoalWatches[]): void {
    if (update.structureChanged) {
      this.clear();
      return;
    }
    if (update.changes.length === 0) return;
    const changed = new ChangedCells(update.changes);
    goalWatches.forEach((watch, i) => {
      const readings = this.readings[i];
      if (!readings) return;
      let stale = false;
      if (readings.value !== undefined && changed.reach(watch.value)) {
        readings.value = undefined;
        stale = true;
      }
      if (readings.target !== undefined && changed.reach(watch.target)) {
        readings.target = undefined;
        stale = true;
      }
      if (readings.series !== undefined && changed.reach(watch.series)) {
        readings.series = undefined;
        stale = true;
      }
      if (readings.periods !== undefined && changed.reach(watch.periods)) {
        readings.periods = undefined;
        stale = true;
      }
      if (stale) readings.result = undefined;
    });
  }

  clear(): void {
    this.readings = [];
  }

  judge(engine: WorkbookEngine, goals: readonly GoalDefinition[]): GoalResult[] {
    return goals.map((goal, i) => {
      let readings = this.readings[i];
      if (readings?.goal !== goal) {
        readings = { goal };
        this.readings[i] = readings;
      }
      if (readings.result) return readings.result;
      // A value or target may read null (an empty cell): undefined alone means "read again".
      if (readings.value === undefined) readings.value = goalValue(engine, goal);
      if (readings.target === undefined) readings.target = goalTarget(engine, goal);
      const result = judgeReadings(goal, readings.value, readings.target);
      if (judgedAlongTrajectory(goal, result)) {
        readings.series ??= goalSeries(engine, goal);
        readings.periods ??= goalPeriods(engine, goal);
        result.reachedAt = firstReached(readings.series, readings.periods, goal.comparator!, result.target as number);
      }
      readings.result = result;
      return result;
    });
  }
}
