/**
 * One live engine per scenario, kept in step with the document, and every goal judged under every
 * scenario. A workspace without scenarios is evaluated as one scenario, "Basis", with no inputs.
 * Evaluation is cached and recomputed only after a change reached an engine or the goals.
 */
import type * as Y from 'yjs';
import { WorkbookEngine, type EngineUpdate } from '../engine/WorkbookEngine.js';
import { evaluateGoal, type GoalResult } from '../goals/goalEvaluation.js';
import { readGoals, type GoalDefinition } from '../goals/goalModel.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { goalsArray, scenariosArray } from '../workbook/workbookSchema.js';
import { readScenarios, type Scenario } from './scenarioModel.js';

export const IMPLICIT_SCENARIO: Scenario = { id: '', name: 'Basis', inputs: {} };

export interface ScenarioEvaluation {
  scenario: Scenario;
  goals: GoalResult[];
}

type Listener = (update: EngineUpdate & { scenarioId: string }) => void;

export class ScenarioEngines {
  private readonly engines = new Map<string, { engine: WorkbookEngine; unsubscribe: () => void }>();
  private readonly listeners = new Set<Listener>();
  private cachedScenarios: Scenario[] | null = null;
  private cachedGoals: GoalDefinition[] | null = null;
  private cachedEvaluation: ScenarioEvaluation[] | null = null;
  private readonly onDocChange = (tr: Y.Transaction): void => {
    if (tr.changed.size === 0) return;
    // Goals and scenario names are cheap to read again; any change may have touched them.
    this.cachedGoals = null;
    this.cachedScenarios = null;
    this.cachedEvaluation = null;
    this.syncEngines();
  };

  constructor(readonly doc: Y.Doc) {
    this.syncEngines();
    doc.on('afterTransaction', this.onDocChange);
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.onDocChange);
    for (const { engine, unsubscribe } of this.engines.values()) {
      unsubscribe();
      engine.destroy();
    }
    this.engines.clear();
    this.listeners.clear();
  }

  /** Called when any scenario's engine changed values or structure. */
  onUpdate(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  scenarios(): Scenario[] {
    if (!this.cachedScenarios) {
      const stored = readScenarios(scenariosArray(this.doc), workbookGrid(this.doc));
      this.cachedScenarios = stored.length > 0 ? stored : [IMPLICIT_SCENARIO];
    }
    return this.cachedScenarios;
  }

  goals(): GoalDefinition[] {
    this.cachedGoals ??= readGoals(goalsArray(this.doc), workbookGrid(this.doc));
    return this.cachedGoals;
  }

  /** The engine of a scenario (the first scenario's when the id is unknown). */
  engine(scenarioId: string): WorkbookEngine {
    const entry = this.engines.get(scenarioId) ?? this.engines.get(this.scenarios()[0]!.id);
    return entry!.engine;
  }

  /** Every goal under every scenario, in scenario and goal order. */
  evaluate(): ScenarioEvaluation[] {
    if (!this.cachedEvaluation) {
      const goals = this.goals();
      this.cachedEvaluation = this.scenarios().map((scenario) => {
        const engine = this.engine(scenario.id);
        return { scenario, goals: goals.map((goal) => evaluateGoal(engine, goal)) };
      });
    }
    return this.cachedEvaluation;
  }

  private syncEngines(): void {
    const wanted = new Set(this.scenarios().map((s) => s.id));
    for (const [id, entry] of [...this.engines]) {
      if (wanted.has(id)) continue;
      entry.unsubscribe();
      entry.engine.destroy();
      this.engines.delete(id);
    }
    for (const id of wanted) {
      if (this.engines.has(id)) continue;
      const engine = new WorkbookEngine(this.doc, id === '' ? undefined : id);
      const unsubscribe = engine.onUpdate((update) => {
        this.cachedEvaluation = null;
        for (const listener of this.listeners) listener({ ...update, scenarioId: id });
      });
      this.engines.set(id, { engine, unsubscribe });
    }
  }
}
