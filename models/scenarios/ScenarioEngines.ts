/**
 * One live engine per scenario, kept in step with the document, and every goal judged under every
 * scenario. A workspace without scenarios is evaluated as one scenario, "Basis", with no inputs.
 * Evaluation is cached and recomputed only after a change reached an engine or the goals.
 * The engines follow the document from one listener, the scenario in focus (the one on screen)
 * first: on a large sheet each engine takes tens of milliseconds for an assumption edit, and the
 * planner waits only for the one shown. With `othersLater` the other engines do not even follow a
 * cell edit in the same task: they catch up when told to, or before anything reads them or the
 * document changes again (issue 17: in the worker, their recomputation took the CPU the page
 * needed to show the focused scenario's goals).
 */
import type * as Y from 'yjs';
import { documentChanges, type DocumentChanges } from '../engine/documentChanges.js';
import { WorkbookEngine, type EngineValueUpdate } from '../engine/WorkbookEngine.js';
import type { GoalResult } from '../goals/goalEvaluation.js';
import { goalWatches, type GoalWatches } from '../goals/goalWatch.js';
import { GoalJudgements } from './goalJudgements.js';
import { readGoals, type GoalDefinition } from '../goals/goalModel.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { goalsArray, scenariosArray } from '../workbook/workbookSchema.js';
import { scenariosToEvaluate, type Scenario } from './scenarioModel.js';

export { IMPLICIT_SCENARIO } from './scenarioModel.js';

export interface ScenarioEvaluation {
  scenario: Scenario;
  goals: GoalResult[];
}

/** A scenario engine's update: its changed cells with their new values (see EngineValueUpdate). */
export type ScenarioEngineUpdate = EngineValueUpdate & { scenarioId: string };

type Listener = (update: ScenarioEngineUpdate) => void;
type FocusedListener = (evaluation: ScenarioEvaluation) => void;

export class ScenarioEngines {
  private readonly engines = new Map<string, { engine: WorkbookEngine; unsubscribe: () => void }>();
  private readonly listeners = new Set<Listener>();
  private readonly focusedListeners = new Set<FocusedListener>();
  private cachedScenarios: Scenario[] | null = null;
  private cachedGoals: GoalDefinition[] | null = null;
  private cachedWatches: GoalWatches[] | null = null;
  /** Per scenario id: its goal results, judged again only where an engine change reached them. */
  private readonly judgements = new Map<string, GoalJudgements>();
  /** The scenario whose engine follows each change first. */
  private focused: string | null = null;
  /** Per engine that has still to follow cell edits the focused one followed: the edited cells. */
  private readonly behind = new Map<WorkbookEngine, Map<string, Set<string>>>();
  private readonly onDocChange = (tr: Y.Transaction): void => {
    const first = this.focused === null ? undefined : this.engines.get(this.focused);
    const { onlyCellEdits, cells } = documentChanges(tr);
    if (first) {
      first.engine.followTransaction(tr);
      // After a cell edit the goals read what they read before: the focused scenario's are judged
      // now, before the other engines take their turn.
      if (this.focusedListeners.size > 0 && onlyCellEdits) this.reportFocused();
    }
    const later = this.options.othersLater !== undefined && first !== undefined && onlyCellEdits;
    const wasBehind = this.behind.size > 0;
    for (const entry of this.engines.values()) {
      if (entry === first) continue;
      if (later) this.fallBehind(entry.engine, cells);
      else entry.engine.followTransaction(tr);
    }
    if (!wasBehind && this.behind.size > 0) this.options.othersLater?.(this.catchUp);
    // Plain cell edits (the common case) only reach the engines. Anything else may have changed goal
    // or scenario definitions, whose references are read in A1 terms and move with rows and sheets.
    if (onlyCellEdits) return;
    this.cachedGoals = null;
    this.cachedWatches = null;
    this.cachedScenarios = null;
    for (const judgements of this.judgements.values()) judgements.clear();
    this.syncEngines();
  };

  /**
   * `options.focus`: the scenario on screen, built first; `options.onBuilt`: called as each
   * scenario's engine is built (also those built later), so that a caller can show the first
   * scenario's values and goals while the others are still being built.
   */
  constructor(
    readonly doc: Y.Doc,
    private readonly options: {
      focus?: string;
      onBuilt?: (scenarioId: string, engines: ScenarioEngines) => void;
      /**
       * After a cell edit only the focused engine follows at once; this is called with
       * `catchUp`, which makes the others follow (called anyway before anything reads them or the
       * document's next transaction).
       */
      othersLater?: (catchUp: () => void) => void;
      /**
       * Only the focused scenario's engine is built at once; this is called with `buildNext`, which
       * builds one more of the others and says whether any is still to build. Anything that reads
       * an engine not built yet builds it first, so only the timing differs. In the worker, the
       * others' builds in one task (seconds on a busy 2-core machine) held back "Hvad skal der
       * til?" asked meanwhile: it now runs between two builds.
       */
      othersBuiltLater?: (buildNext: () => boolean) => void;
    } = {},
  ) {
    this.focused = options.focus ?? null;
    const later = options.othersBuiltLater;
    if (this.syncEngines(later ? 1 : Infinity) > 0) later?.(this.buildNext);
    doc.on('beforeTransaction', this.catchUp);
    doc.on('afterTransaction', this.onDocChange);
  }

  private destroyed = false;
  private readonly buildNext = (): boolean => !this.destroyed && this.syncEngines(1) > 0;

  /** The engines behind the document follow the cell edits they missed (read from the document as it is). */
  readonly catchUp = (): void => {
    if (this.behind.size === 0) return;
    const behind = [...this.behind];
    this.behind.clear();
    for (const [engine, cells] of behind) engine.followCellEdits(cells);
  };

  private fallBehind(engine: WorkbookEngine, cells: DocumentChanges['cells']): void {
    if (cells.size === 0) return;
    const missed = this.behind.get(engine) ?? new Map<string, Set<string>>();
    for (const [sheetId, keys] of cells) missed.set(sheetId, new Set([...(missed.get(sheetId) ?? []), ...keys]));
    this.behind.set(engine, missed);
  }

  destroy(): void {
    this.destroyed = true;
    this.behind.clear();
    this.doc.off('beforeTransaction', this.catchUp);
    this.doc.off('afterTransaction', this.onDocChange);
    for (const { engine, unsubscribe } of this.engines.values()) {
      unsubscribe();
      engine.destroy();
    }
    this.engines.clear();
    this.listeners.clear();
    this.focusedListeners.clear();
  }

  /** The scenario on screen: its engine follows every change before the others. */
  focus(scenarioId: string): void {
    this.focused = scenarioId;
  }

  /**
   * Called after a cell edit with the focused scenario's goals judged again, while the other
   * scenarios' engines have still to follow the edit (on a large sheet, tens of milliseconds each).
   */
  onFocusedEvaluated(listener: FocusedListener): () => void {
    this.focusedListeners.add(listener);
    return () => this.focusedListeners.delete(listener);
  }

  /** Called when any scenario's engine changed values or structure. */
  onUpdate(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  scenarios(): Scenario[] {
    if (!this.cachedScenarios) {
      this.cachedScenarios = scenariosToEvaluate(scenariosArray(this.doc), workbookGrid(this.doc));
    }
    return this.cachedScenarios;
  }

  goals(): GoalDefinition[] {
    this.cachedGoals ??= readGoals(goalsArray(this.doc), workbookGrid(this.doc));
    return this.cachedGoals;
  }

  private watches(): GoalWatches[] {
    this.cachedWatches ??= goalWatches(this.goals(), workbookGrid(this.doc));
    return this.cachedWatches;
  }

  /** The engine of a scenario (the first scenario's when the id is unknown). */
  engine(scenarioId: string): WorkbookEngine {
    this.catchUp();
    return this.engineOf(scenarioId);
  }

  private engineOf(scenarioId: string): WorkbookEngine {
    if (!this.engines.has(scenarioId) && this.scenarios().some((s) => s.id === scenarioId)) this.build(scenarioId);
    const entry = this.engines.get(scenarioId) ?? this.engines.get(this.scenarios()[0]!.id);
    return entry!.engine;
  }

  /** Every goal under every scenario, in scenario and goal order; only what changed is judged again. */
  evaluate(): ScenarioEvaluation[] {
    this.catchUp();
    this.syncEngines();
    return this.scenarios().map((scenario) => this.evaluationOf(scenario));
  }

  /** One scenario's goals (null for an unknown scenario id). */
  evaluateScenario(scenarioId: string): ScenarioEvaluation | null {
    this.catchUp();
    const scenario = this.scenarios().find((s) => s.id === scenarioId);
    return scenario ? this.evaluationOf(scenario) : null;
  }

  private evaluationOf(scenario: Scenario): ScenarioEvaluation {
    return { scenario, goals: this.judgementsOf(scenario.id).judge(this.engineOf(scenario.id), this.goals()) };
  }

  private reportFocused(): void {
    const scenario = this.scenarios().find((s) => s.id === this.focused);
    if (!scenario) return;
    const evaluation = this.evaluationOf(scenario);
    for (const listener of this.focusedListeners) listener(evaluation);
  }

  private judgementsOf(scenarioId: string): GoalJudgements {
    let judgements = this.judgements.get(scenarioId);
    if (!judgements) {
      judgements = new GoalJudgements();
      this.judgements.set(scenarioId, judgements);
    }
    return judgements;
  }

  /** Builds up to `atMost` of the scenarios' missing engines (the focused first); says how many are left. */
  private syncEngines(atMost = Infinity): number {
    const wanted = new Set(this.scenarios().map((s) => s.id));
    const ordered = this.focused !== null && wanted.has(this.focused) ? [this.focused, ...[...wanted].filter((id) => id !== this.focused)] : [...wanted];
    for (const [id, entry] of [...this.engines]) {
      if (wanted.has(id)) continue;
      entry.unsubscribe();
      entry.engine.destroy();
      this.engines.delete(id);
      this.judgements.delete(id);
    }
    const missing = ordered.filter((id) => !this.engines.has(id));
    for (const id of missing.slice(0, atMost)) this.build(id);
    return Math.max(0, missing.length - atMost);
  }

  private build(id: string): void {
    const engine = new WorkbookEngine(this.doc, id === '' ? undefined : id, false);
    const unsubscribe = engine.onUpdate((update) => {
      this.judgementsOf(id).forget(update, this.watches());
      if (this.listeners.size === 0) return;
      const scenarioUpdate: ScenarioEngineUpdate = {
        scenarioId: id,
        structureChanged: update.structureChanged,
        // Made only if a listener reads it (the grid does; the worker host visits instead).
        get changes() {
          return update.changes;
        },
        forEachChange: (visit) => update.forEachChange(visit),
      };
      for (const listener of this.listeners) listener(scenarioUpdate);
    });
    this.engines.set(id, { engine, unsubscribe });
    this.options.onBuilt?.(id, this);
  }
}
