/**
 * One scenario's goal results, kept between edits. A goal is judged again only when an engine
 * update changed a cell it reads, and then only what it read there is brought up to date: an
 * assumption edit moves what a goal reads (value and trajectory), not the benchmarks a target's
 * percentile is taken over, nor the month labels. A value, trajectory or label row that is one
 * plain reference takes each changed cell's new value from the update itself instead of being
 * read from the engine again.
 */
import type { CellValue } from '../engine/cellValue.js';
import type { EngineValueUpdate } from '../engine/engineUpdate.js';
import type { WorkbookEngine } from '../engine/WorkbookEngine.js';
import { goalPeriods, goalTarget, goalValue, periodLabel, trajectoryValues } from '../goals/goalEvaluation.js';
import { judgeGoal, type GoalResult } from '../goals/goalJudging.js';
import type { GoalDefinition } from '../goals/goalModel.js';
import { GoalWatchIndex, type GoalPart, type GoalWatch, type GoalWatches } from '../goals/goalWatch.js';

/** What one goal read under this scenario; undefined: to be read again. */
interface GoalReadings {
  goal: GoalDefinition;
  value?: CellValue;
  target?: CellValue;
  trajectory?: CellValue[];
  periods?: Array<string | null>;
  result?: GoalResult;
}

/**
 * `list` (a trajectory or its labels, read from the part's range in reading order) with one
 * changed cell's new value in its place; undefined (read it again) when the part is not one plain
 * range the list was read from.
 */
function withChange<T>(list: T[] | undefined, watch: GoalWatch, row: number, col: number, value: CellValue, convert: (value: CellValue) => T): T[] | undefined {
  const cells = watch.cells;
  if (!list || !cells) return undefined;
  const width = cells.cols[1] - cells.cols[0] + 1;
  if (list.length !== width * (cells.rows[1] - cells.rows[0] + 1)) return undefined;
  list[(row - cells.rows[0]) * width + (col - cells.cols[0])] = convert(value);
  return list;
}

const asIs = (value: CellValue): CellValue => value;

export class GoalJudgements {
  /** In goal order; an entry made for another definition is started afresh. */
  private readings: Array<GoalReadings | undefined> = [];
  /** The watches' cells filed for look-up, made again when the goals' watches change. */
  private index: { watches: readonly GoalWatches[]; cells: GoalWatchIndex } | null = null;

  /** Brings what the goals read up to date with `update`, given each goal's watches (in goal order). */
  forget(update: EngineValueUpdate, goalWatches: readonly GoalWatches[]): void {
    if (update.structureChanged) {
      this.clear();
      return;
    }
    if (this.index?.watches !== goalWatches) this.index = { watches: goalWatches, cells: new GoalWatchIndex(goalWatches) };
    let changed = false;
    this.index.cells.route(update, (slot, row, col, value) => {
      changed = true;
      const readings = this.readings[slot.goal];
      if (!readings) return;
      const watch = goalWatches[slot.goal]!;
      if (slot.part === 'trajectory') readings.trajectory = withChange(readings.trajectory, watch.trajectory, row, col, value, asIs);
      else if (slot.part === 'periods') readings.periods = withChange(readings.periods, watch.periods, row, col, value, periodLabel);
      else if (slot.part === 'value' && watch.value.oneCell) readings.value = value;
      else readings[slot.part] = undefined;
      readings.result = undefined;
    });
    if (!changed && this.index.cells.always.length > 0) update.forEachChange(() => (changed = true));
    if (changed) for (const { goal, part } of this.index.cells.always) this.drop(goal, part);
  }

  private drop(goal: number, part: GoalPart): void {
    const readings = this.readings[goal];
    if (!readings) return;
    readings[part] = undefined;
    readings.result = undefined;
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
      readings.trajectory ??= trajectoryValues(engine, goal);
      readings.periods ??= goalPeriods(engine, goal);
      const result = judgeGoal(goal, { value: readings.value, target: readings.target, trajectory: readings.trajectory, periods: readings.periods });
      readings.result = result;
      return result;
    });
  }
}
