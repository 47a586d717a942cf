/**
 * A throw-away place to try an assumption's values for one scenario: an engine of its own, built
 * from the workspace's document as it is and not following it (make a new one after the document
 * changes, as the worker's AnalysisQueue does). A value is tried in that engine only
 * (WorkbookEngine.tryValues, computed as the same input set in the document would be), so the
 * workspace, its undo history and every colleague's view are never touched. (A private copy of
 * the document with each trial written to it, as goalsMoved.ts does, costs the copy and, per
 * trial, a checked operation and a Yjs transaction on top of the recalculation: about a third of
 * the goal seeks' time, bench/PERFORMANCE-LOG.md.) Destroy it after use.
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
import { WorkbookEngine } from '../engine/WorkbookEngine.js';
import { evaluateGoal, type GoalResult } from '../goals/goalEvaluation.js';
import { readGoals, type GoalDefinition } from '../goals/goalModel.js';
import { inputKey, type Scenario } from '../scenarios/scenarioModel.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { goalsArray } from '../workbook/workbookSchema.js';
import { assumptionInput, type Assumption } from './assumptions.js';

/** The goal's fields that it reads the workbook through. */
function goalFormulas(goal: GoalDefinition): string[] {
  return [goal.value, typeof goal.target === 'string' ? goal.target : undefined, goal.series].filter((f): f is string => f !== undefined);
}

/** A goal's identity in the kept results: its whole definition (a goal edited is another goal). */
const goalKey = (goal: GoalDefinition): string => JSON.stringify(goal);

/** Kept results are dropped past this many sets of values (a bound, far above one workbook's goal seeks). */
const MAX_KEPT_STATES = 20_000;

export class AssumptionWorkbench {
  private readonly engine: WorkbookEngine;
  /** The workbook's goals with a target, judged at every set of values computed. */
  private readonly watched: GoalDefinition[];
  /** Each assumption's value under the scenario (the value it is put back to), by address. */
  private readonly current = new Map<string, number | null>();
  /** The values to try, by address; an assumption at its current value is not listed. */
  private readonly trying = new Map<string, { assumption: Assumption; value: number }>();
  /** The values tried in the engine, by address (put back ones included). */
  private readonly held = new Map<string, { assumption: Assumption; value: number }>();
  /** Judged results by set of values tried, then by goal. */
  private readonly kept = new Map<string, Map<string, GoalResult>>();
  /** How often the copy was recalculated (a benchmark and the tests read it). */
  recalculations = 0;

  constructor(
    private readonly doc: Y.Doc,
    private readonly scenario: Scenario,
  ) {
    this.engine = new WorkbookEngine(doc, scenario.id === '' ? undefined : scenario.id, false);
    this.watched = readGoals(goalsArray(doc), workbookGrid(doc)).filter((g) => g.comparator !== undefined && g.target !== undefined);
  }

  destroy(): void {
    this.engine.destroy();
    this.kept.clear();
  }

  /** Tries `value` in the assumption's cell for this scenario (in the engine), until set again. */
  set(assumption: Assumption, value: number): void {
    if (!this.current.has(assumption.address)) {
      const input = assumptionInput(this.doc, this.scenario, assumption);
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

  /** Brings the engine to the values tried: each differing assumption set, those no longer tried put back. */
  private applyTried(): void {
    const writes: Array<{ assumption: Assumption; value: number }> = [];
    for (const [address, tried] of this.trying) if (this.held.get(address)?.value !== tried.value) writes.push(tried);
    for (const [address, { assumption, value }] of this.held) {
      const current = this.current.get(address);
      if (!this.trying.has(address) && typeof current === 'number' && current !== value) writes.push({ assumption, value: current });
    }
    if (writes.length === 0) return;
    this.recalculations++;
    // Together: the engine recalculates once for all of them.
    this.engine.tryValues(new Map(writes.map(({ assumption, value }) => [this.inputKeyOf(assumption), value])));
    for (const written of writes) this.held.set(written.assumption.address, written);
  }

  /** The assumption's cell by identity. One without (no formula reads it, no scenario sets it) holds no number to try from: seekGoal answers before. */
  private inputKeyOf({ sheetId, row, col, address }: Assumption): string {
    const grid = workbookGrid(this.doc);
    const rowId = grid.rowIds(sheetId)[row];
    const colId = grid.colIds(sheetId)[col];
    if (rowId === undefined || colId === undefined) throw new Error(`${address} is no cell of the workbook`);
    return inputKey({ sheetId, rowId, colId });
  }
}
