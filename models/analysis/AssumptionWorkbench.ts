/**
 * A throw-away place to try an assumption's values for one scenario: a private copy of the
 * workspace's document with its own engine. Trying a value writes to the copy only, so the
 * workspace, its undo history and every colleague's view are never touched. Destroy it after use.
 *
 * Recalculating the copy is what a goal seek costs, so the workbench recalculates as little as it
 * can without changing any answer:
 * - `set` only notes the value to try; the engine is brought to the tried values when a goal is
 *   judged, so putting a value back and trying it again costs nothing.
 * - Every goal of the workbook that has a target is judged at each set of values the engine
 *   computes, and the results are kept: the goal seeks of all goals for one assumption step
 *   through the same values (goalSeek.ts), and the sensitivity's ±step values are shared by every
 *   goal, so each is recalculated once for all the goal cards. The engine is deterministic, so a
 *   kept result is the one a recalculation would give.
 *
 * @example
 *   const bench = new AssumptionWorkbench(doc, scenario);
 *   bench.set(assumption, 0.055); bench.judge(goal).margin
 *   bench.destroy();
 */
import type * as Y from 'yjs';
import type { WorkbookEngine } from '../engine/WorkbookEngine.js';
import { evaluateGoal, type GoalResult } from '../goals/goalEvaluation.js';
import { readGoals, type GoalDefinition } from '../goals/goalModel.js';
import { applyOperations } from '../operations/applyOperation.js';
import type { WorkbookOperation } from '../operations/workbookOperation.js';
import type { Scenario } from '../scenarios/scenarioModel.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { goalsArray } from '../workbook/workbookSchema.js';
import { assumptionInput, type Assumption } from './assumptions.js';
import { scenarioCopy } from './scenarioCopy.js';

/** The goal's fields that it reads the workbook through. */
function goalFormulas(goal: GoalDefinition): string[] {
  return [goal.value, typeof goal.target === 'string' ? goal.target : undefined, goal.series].filter((f): f is string => f !== undefined);
}

/** A goal's identity in the kept results: its whole definition (a goal edited is another goal). */
const goalKey = (goal: GoalDefinition): string => JSON.stringify(goal);

/** Kept results are dropped past this many sets of values (a bound, far above one workbook's goal seeks). */
const MAX_KEPT_STATES = 20_000;

export class AssumptionWorkbench {
  private readonly copy: Y.Doc;
  private readonly engine: WorkbookEngine;
  private readonly destroyCopy: () => void;
  /** The workbook's goals with a target, judged at every set of values computed. */
  private readonly watched: GoalDefinition[];
  /** Each assumption's value under the scenario (the value it is put back to), by address. */
  private readonly current = new Map<string, number | null>();
  /** The values to try, by address; an assumption at its current value is not listed. */
  private readonly trying = new Map<string, { assumption: Assumption; value: number }>();
  /** The values written to the copy, by address (put back ones included). */
  private readonly held = new Map<string, { assumption: Assumption; value: number }>();
  /** Judged results by set of values tried, then by goal. */
  private readonly kept = new Map<string, Map<string, GoalResult>>();
  /** How often the copy was recalculated (a benchmark and the tests read it). */
  recalculations = 0;

  constructor(
    doc: Y.Doc,
    private readonly scenario: Scenario,
  ) {
    ({ doc: this.copy, engine: this.engine, destroy: this.destroyCopy } = scenarioCopy(doc, scenario));
    this.watched = readGoals(goalsArray(this.copy), workbookGrid(this.copy)).filter((g) => g.comparator !== undefined && g.target !== undefined);
  }

  destroy(): void {
    this.destroyCopy();
    this.kept.clear();
  }

  /** Tries `value` in the assumption's cell for this scenario (in the copy), until set again. */
  set(assumption: Assumption, value: number): void {
    if (!this.current.has(assumption.address)) {
      const input = assumptionInput(this.copy, this.scenario, assumption);
      this.current.set(assumption.address, typeof input === 'number' ? input : null);
    }
    if (value === this.current.get(assumption.address)) this.trying.delete(assumption.address);
    else this.trying.set(assumption.address, { assumption, value });
  }

  /** The goal judged with the values tried (kept from an earlier recalculation where there is one). */
  judge(goal: GoalDefinition): GoalResult {
    const state = this.stateKey();
    let results = this.kept.get(state);
    const key = goalKey(goal);
    const known = results?.get(key);
    if (known) return known;
    this.applyTried();
    if (!results) {
      if (this.kept.size >= MAX_KEPT_STATES) this.kept.clear();
      results = new Map();
      this.kept.set(state, results);
      for (const other of this.watched) results.set(goalKey(other), evaluateGoal(this.engine, other));
    }
    const result = results.get(key) ?? evaluateGoal(this.engine, goal);
    results.set(key, result);
    return result;
  }

  /** Whether the goal reads, directly or through formulas, the assumption's cell (the dependency graph). */
  dependsOn(goal: GoalDefinition, assumption: Assumption): boolean {
    return goalFormulas(goal).some((formula) => this.engine.dependsOn(formula, assumption.sheetId, assumption.row, assumption.col));
  }

  private stateKey(): string {
    return [...this.trying.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([address, { value }]) => `${address}=${value}`)
      .join('\n');
  }

  /** Brings the copy to the values tried: each differing assumption written, those no longer tried put back. */
  private applyTried(): void {
    const writes: Array<{ assumption: Assumption; value: number }> = [];
    for (const [address, tried] of this.trying) if (this.held.get(address)?.value !== tried.value) writes.push(tried);
    for (const [address, { assumption, value }] of this.held) {
      const current = this.current.get(address);
      if (!this.trying.has(address) && typeof current === 'number' && current !== value) writes.push({ assumption, value: current });
    }
    if (writes.length === 0) return;
    this.recalculations++;
    // One transaction: the engine recalculates once for all of them.
    applyOperations(this.copy, writes.map(({ assumption, value }) => this.write(assumption, value)));
    for (const written of writes) this.held.set(written.assumption.address, written);
  }

  private write(assumption: Assumption, value: number): WorkbookOperation {
    const { sheetId, row, col } = assumption;
    if (this.scenario.id === '') return { type: 'setCells', sheetId, cells: [{ row, col, input: value }] };
    return { type: 'setScenarioInput', scenarioId: this.scenario.id, sheetId, row, col, input: value };
  }
}
