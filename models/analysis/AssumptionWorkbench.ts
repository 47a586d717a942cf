/**
 * A throw-away place to try an assumption's values for one scenario: a private copy of the
 * workspace's document with its own engine. Trying a value writes to the copy only, so the
 * workspace, its undo history and every colleague's view are never touched. Destroy it after use.
 *
 * @example
 *   const bench = new AssumptionWorkbench(doc, scenario);
 *   bench.set(assumption, 0.055); bench.judge(goal).margin
 *   bench.destroy();
 */
import * as Y from 'yjs';
import { WorkbookEngine } from '../engine/WorkbookEngine.js';
import { evaluateGoal, type GoalResult } from '../goals/goalEvaluation.js';
import type { GoalDefinition } from '../goals/goalModel.js';
import { applyOperation } from '../operations/applyOperation.js';
import type { Scenario } from '../scenarios/scenarioModel.js';
import type { Assumption } from './assumptions.js';

/** The goal's fields that it reads the workbook through. */
function goalFormulas(goal: GoalDefinition): string[] {
  return [goal.value, typeof goal.target === 'string' ? goal.target : undefined, goal.series].filter((f): f is string => f !== undefined);
}

export class AssumptionWorkbench {
  private readonly copy = new Y.Doc();
  private readonly engine: WorkbookEngine;

  constructor(
    doc: Y.Doc,
    private readonly scenario: Scenario,
  ) {
    Y.applyUpdate(this.copy, Y.encodeStateAsUpdate(doc));
    this.engine = new WorkbookEngine(this.copy, scenario.id === '' ? undefined : scenario.id);
  }

  destroy(): void {
    this.engine.destroy();
    this.copy.destroy();
  }

  /** Puts `value` in the assumption's cell for this scenario (in the copy). */
  set(assumption: Assumption, value: number): void {
    const { sheetId, row, col } = assumption;
    if (this.scenario.id === '') applyOperation(this.copy, { type: 'setCells', sheetId, cells: [{ row, col, input: value }] });
    else applyOperation(this.copy, { type: 'setScenarioInput', scenarioId: this.scenario.id, sheetId, row, col, input: value });
  }

  judge(goal: GoalDefinition): GoalResult {
    return evaluateGoal(this.engine, goal);
  }

  /** Whether the goal reads, directly or through formulas, the assumption's cell (the dependency graph). */
  dependsOn(goal: GoalDefinition, assumption: Assumption): boolean {
    return goalFormulas(goal).some((formula) => this.engine.dependsOn(formula, assumption.sheetId, assumption.row, assumption.col));
  }
}
