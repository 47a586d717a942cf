/**
 * The scenario engines as the page sees them when they run in a Web Worker: scenarios and goals
 * read from the page's own document (at once, as the planner edits), values and goal results as
 * the worker last sent them. Every document update is forwarded to the worker, bursts merged into
 * one message per task, so the grid never waits for a recomputation.
 */
import * as Y from 'yjs';
import type { EngineChange } from '../../../models/engine/WorkbookEngine.js';
import { readGoals, type GoalDefinition } from '../../../models/goals/goalModel.js';
import type { ScenarioEvaluation } from '../../../models/scenarios/ScenarioEngines.js';
import { scenariosToEvaluate, type Scenario } from '../../../models/scenarios/scenarioModel.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { goalRecords, scenarioRecords } from '../../../models/workbook/workbookReader.js';
import type { GoalAnswers } from '../../../models/analysis/goalAnswers.js';
import type { SensitivityReport } from '../../../models/analysis/sensitivityReport.js';
import { IDENTIFIED_VALUE_STRIDE, isEngineReply, type AnalysisRequest, type EngineReply, type IdentifiedValues, type MessageEndpoint } from './engineMessages.js';
import { AnalysisSuperseded, type GoalAnalysis, type ScenarioCellValues, type ScenarioComputation, type ScenarioUpdate } from './ScenarioComputation.js';

interface PendingAnalysis {
  resolve(reply: EngineReply): void;
  reject(error: Error): void;
}
import { ScenarioValueCache } from './ScenarioValueCache.js';

/** Past this many changed cells, repainting everything on screen is cheaper than cell by cell. */
const REPAINT_ALL_ABOVE = 1_000;

export class WorkerScenarioEngines implements ScenarioComputation, GoalAnalysis {
  private readonly values = new ScenarioValueCache();
  private evaluation: ScenarioEvaluation[] = [];
  private readonly listeners = new Set<(update: ScenarioUpdate) => void>();
  private cachedScenarios: Scenario[] | null = null;
  private cachedGoals: GoalDefinition[] | null = null;
  private outgoing: Uint8Array[] = [];
  private readonly analyses = new Map<number, PendingAnalysis>();
  private nextRequestId = 1;
  private resolveReady!: () => void;
  private rejectReady!: (error: Error) => void;
  /**
   * Settles when the worker has sent its first evaluation (every scenario's values before it);
   * rejects when the worker could not start (see `startFailed`).
   */
  readonly ready = new Promise<void>((resolve, reject) => {
    this.resolveReady = resolve;
    this.rejectReady = reject;
  });

  constructor(
    readonly doc: Y.Doc,
    private readonly endpoint: MessageEndpoint,
    private readonly onFailure: (message: string) => void = () => undefined,
  ) {
    endpoint.addEventListener('message', this.onMessage);
    endpoint.start?.();
    endpoint.postMessage({ kind: 'update', update: Y.encodeStateAsUpdate(doc) });
    doc.on('update', this.onDocUpdate);
    doc.on('afterTransaction', this.onTransaction);
  }

  destroy(): void {
    this.doc.off('update', this.onDocUpdate);
    this.doc.off('afterTransaction', this.onTransaction);
    this.endpoint.removeEventListener('message', this.onMessage);
    this.endpoint.terminate?.();
    this.listeners.clear();
    for (const pending of this.analyses.values()) pending.reject(new AnalysisSuperseded());
    this.analyses.clear();
  }

  async answerGoal(scenarioId: string, goalId: string): Promise<GoalAnswers> {
    const reply = await this.request({ kind: 'answerGoal', requestId: 0, scenarioId, goalId });
    if (reply.kind !== 'goalAnswers') throw new Error(`the engine answered ${reply.kind}`);
    return reply.answers;
  }

  async sensitivity(scenarioId: string, step: number): Promise<SensitivityReport> {
    const reply = await this.request({ kind: 'sensitivity', requestId: 0, scenarioId, step });
    if (reply.kind !== 'sensitivityReport') throw new Error(`the engine answered ${reply.kind}`);
    return reply.report;
  }

  private request(request: AnalysisRequest): Promise<EngineReply> {
    const requestId = this.nextRequestId++;
    return new Promise((resolve, reject) => {
      this.analyses.set(requestId, { resolve, reject });
      // Sent after any document update still waiting in this task, so the answer is for the document as it is.
      queueMicrotask(() => this.endpoint.postMessage({ ...request, requestId }));
    });
  }

  scenarios(): Scenario[] {
    this.cachedScenarios ??= scenariosToEvaluate(scenarioRecords(this.doc), workbookGrid(this.doc));
    return this.cachedScenarios;
  }

  goals(): GoalDefinition[] {
    this.cachedGoals ??= readGoals(goalRecords(this.doc), workbookGrid(this.doc));
    return this.cachedGoals;
  }

  engine(scenarioId: string): ScenarioCellValues {
    // A scenario created a moment ago shows the first scenario's values until the worker has its own.
    const id = this.values.has(scenarioId) ? scenarioId : (this.scenarios()[0]?.id ?? '');
    return { value: (sheetId, row, col) => this.values.value(workbookGrid(this.doc), id, sheetId, row, col) };
  }

  /** The worker could not start (its script failed to load or threw): `ready` rejects. */
  startFailed(message: string): void {
    this.rejectReady(new Error(message));
  }

  evaluate(): ScenarioEvaluation[] {
    return this.evaluation;
  }

  focus(scenarioId: string): void {
    this.endpoint.postMessage({ kind: 'focus', scenarioId });
  }

  onUpdate(listener: (update: ScenarioUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private readonly onTransaction = (): void => {
    // Goals and scenarios are read in A1 terms, which any change may move; reading them is cheap.
    this.cachedScenarios = null;
    this.cachedGoals = null;
  };

  private readonly onDocUpdate = (update: Uint8Array): void => {
    this.outgoing.push(update);
    if (this.outgoing.length > 1) return;
    queueMicrotask(() => {
      const updates = this.outgoing;
      this.outgoing = [];
      this.endpoint.postMessage({ kind: 'update', update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates) });
    });
  };

  private readonly onMessage = (event: MessageEvent): void => {
    if (isEngineReply(event.data)) this.receive(event.data);
  };

  private receive(reply: EngineReply): void {
    switch (reply.kind) {
      case 'values': {
        this.values.put(reply.scenarioId, reply.cells, reply.complete);
        const repaintAll = reply.complete || reply.cells.length > REPAINT_ALL_ABOVE * IDENTIFIED_VALUE_STRIDE;
        return this.emit({ scenarioId: reply.scenarioId, structureChanged: repaintAll, changes: repaintAll ? [] : this.positions(reply.cells) });
      }
      case 'evaluation':
        this.evaluation = reply.evaluation;
        this.values.keepOnly(new Set(reply.evaluation.map((e) => e.scenario.id)));
        this.resolveReady();
        // No cell changed with this message; listeners read evaluate() again.
        return this.emit({ scenarioId: reply.evaluation[0]?.scenario.id ?? '', structureChanged: false, changes: [] });
      case 'scenarioEvaluation': {
        const { evaluation } = reply;
        if (!this.evaluation.some((e) => e.scenario.id === evaluation.scenario.id)) return;
        this.evaluation = this.evaluation.map((e) => (e.scenario.id === evaluation.scenario.id ? evaluation : e));
        return this.emit({ scenarioId: evaluation.scenario.id, structureChanged: false, changes: [] });
      }
      case 'failed':
        return this.onFailure(reply.message);
      case 'goalAnswers':
      case 'sensitivityReport':
      case 'analysisFailed': {
        const pending = this.analyses.get(reply.requestId);
        this.analyses.delete(reply.requestId);
        if (reply.kind !== 'analysisFailed') return pending?.resolve(reply);
        return pending?.reject(reply.message === 'superseded' ? new AnalysisSuperseded() : new Error(reply.message));
      }
    }
  }

  private emit(update: ScenarioUpdate): void {
    for (const listener of this.listeners) listener(update);
  }

  /** Where the changed cells are now in the page's document (cells deleted meanwhile are skipped). */
  private positions(cells: IdentifiedValues): EngineChange[] {
    const grid = workbookGrid(this.doc);
    const out: EngineChange[] = [];
    for (let i = 0; i + IDENTIFIED_VALUE_STRIDE <= cells.length; i += IDENTIFIED_VALUE_STRIDE) {
      const sheetId = cells[i];
      const rowId = cells[i + 1];
      const colId = cells[i + 2];
      if (typeof sheetId !== 'string' || typeof rowId !== 'string' || typeof colId !== 'string') continue;
      const row = grid.rowIndex(sheetId, rowId);
      const col = grid.colIndex(sheetId, colId);
      if (row >= 0 && col >= 0) out.push({ sheetId, row, col });
    }
    return out;
  }
}
