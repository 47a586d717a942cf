/**
 * One scenario's goal results, kept between edits. After an engine update only the goals that
 * read a changed cell are judged again, and a target formula (a percentile over other
 * municipalities' figures) is only calculated again when a cell it reads changed: an assumption
 * edit moves trajectories, not benchmarks.
 */
import type { CellValue } from '../engine/cellValue.js';
import type { EngineUpdate, WorkbookEngine } from '../engine/WorkbookEngine.js';
import { goalTarget, judgeGoal, type GoalResult } from '../goals/goalEvaluation.js';
import type { GoalDefinition } from '../goals/goalModel.js';
import { watches, type GoalWatches } from '../goals/goalWatch.js';

export class GoalJudgements {
  private readonly targets = new Map<number, CellValue>();
  private readonly results = new Map<number, GoalResult>();

  /** Forgets what `update` may have changed, given each goal's watches (in goal order). */
  forget(update: EngineUpdate, goalWatches: readonly GoalWatches[]): void {
    if (update.structureChanged) {
      this.clear();
      return;
    }
    goalWatches.forEach((watch, i) => {
      if (!this.results.has(i) && !this.targets.has(i)) return;
      if (update.changes.some((change) => watches(watch.target, change))) {
        this.targets.delete(i);
        this.results.delete(i);
      } else if (this.results.has(i) && update.changes.some((change) => watches(watch.trajectory, change))) {
        this.results.delete(i);
      }
    });
  }

  clear(): void {
    this.targets.clear();
    this.results.clear();
  }

  judge(engine: WorkbookEngine, goals: readonly GoalDefinition[]): GoalResult[] {
    return goals.map((goal, i) => {
      let result = this.results.get(i);
      if (result) return result;
      let target = this.targets.get(i);
      if (!this.targets.has(i)) {
        target = goalTarget(engine, goal);
        this.targets.set(i, target);
      }
      result = judgeGoal(engine, goal, target ?? null);
      this.results.set(i, result);
      return result;
    });
  }
}
