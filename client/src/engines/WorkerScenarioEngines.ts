/**
 * The scenario engines as the page sees them when they run in a Web Worker: scenarios and goals
 * read from the page's own document (at once, as the planner edits), values and goal results as
 * the worker last sent them (before its first answer: typed values, and the values the server or
 * this browser computed for exactly this document state, withdrawn at the document's first
 * change). Every document update is forwarded to the worker as it happens, so the grid never
 * waits for a recomputation.
 */
import * as Y from 'yjs';
import type { EngineChange } from '../../../models/engine/WorkbookEngine.js';
import { readGoals, type GoalDefinition } from '../../../models/goals/goalModel.js';
import type { ScenarioEvaluation } from '../../../models/scenarios/ScenarioEngines.js';
import { scenariosToEvaluate, type Scenario } from '../../../models/scenarios/scenarioModel.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import type { GoalAnswers } from '../../../models/analysis/goalAnswers.js';
import type { SensitivityReport } from '../../../models/analysis/sensitivityReport.js';
import { IDENTIFIED_VALUE_STRIDE, isEngineReply, type AnalysisRequest, type EngineReply, type GoalsShownMessage, type PrepareAnalysisMessage, type IdentifiedValues, type MessageEndpoint, type NameValuesRequest, type SpillCornerRequest } from './engineMessages.js';
import { AnalysisSuperseded, type GoalAnalysis, type ScenarioCellValues, type ScenarioComputation, type ScenarioUpdate } from './ScenarioComputation.js';

interface PendingAnalysis {
  resolve(reply: EngineReply): void;
  reject(error: Error): void;
}
import { effectiveInput, goalRecords, scenarioRecords } from '../../../models/workbook/workbookReader.js';
import { isFormula } from '../../../models/formula/a1References.js';
import type { CellValue } from '../../../models/engine/cellValue.js';
import type { NameValue } from '../../../models/engine/nameValues.js';
import { ScenarioValueCache } from './ScenarioValueCache.js';
import { reuseEqual, reuseList } from './reuseEqual.js';
import { markMoment } from '../session/pageMoments.js';
import type { StoredScenarioValues, ValueSource } from './storedValues.js';
import { belongsTo, type ServerValues } from './serverValues.js';
import { documentStateOf, isDocumentState } from '../../../models/scenarios/documentState.js';
import { documentChanges } from '../../../models/engine/documentChanges.js';

/** Past this many changed cells, repainting everything on screen is cheaper than cell by cell. */
const REPAINT_ALL_ABOVE = 1_000;

export class WorkerScenarioEngines implements ScenarioComputation, GoalAnalysis, ValueSource {
  private readonly values = new ScenarioValueCache();
  /** Scenarios whose values came from the worker (not from this browser's stored copy). */
  private readonly computed = new Set<string>();
  /**
   * Scenarios showing values computed elsewhere (the server's, this browser's stored ones) for the
   * document as it was opened, until the worker's replace them or the document changes.
   */
  private readonly borrowed = new Set<string>();
  /** Update messages posted to the worker, and how many of them its last evaluation had applied. */
  private posted = 0;
  /** Goal answers (`scenarioEvaluation`) received, counted as the worker counts those it posts. */
  private answersReceived = 0;
  private evaluatedUpTo = -1;
  /** Values arrived after the last evaluation (the worker is still following a change). */
  private valuesSinceEvaluation = false;
  /** Whether `evaluation` is the server's, for the document as it was synced. */
  private goalsFromServer = false;
  private readonly destroyHooks: Array<() => void> = [];
  private outgoing: Uint8Array[] = [];
  private evaluation: ScenarioEvaluation[] = [];
  private readonly listeners = new Set<(update: ScenarioUpdate) => void>();
  private readonly goalsAnswered = new Set<() => void>();
  private cachedScenarios: Scenario[] | null = null;
  private cachedGoals: GoalDefinition[] | null = null;
  private readonly analyses = new Map<number, PendingAnalysis>();
  private nextRequestId = 1;
  /** The goals as last read, whose objects a new reading keeps where equal. */
  private lastGoals: readonly GoalDefinition[] = [];
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
    stored: StoredScenarioValues | null = null,
  ) {
    // Shown until the worker's own values arrive (each scenario's first complete answer replaces them).
    if (stored && isDocumentState(stored.document, doc)) {
      for (const [scenarioId, cells] of stored.scenarios) {
        this.values.put(scenarioId, cells, true);
        this.borrowed.add(scenarioId);
      }
    }
    endpoint.addEventListener('message', this.onMessage);
    endpoint.start?.();
    endpoint.postMessage({ kind: 'update', update: Y.encodeStateAsUpdate(doc) });
    this.posted++;
    markMoment('engineStarted');
    doc.on('update', this.onDocUpdate);
    doc.on('afterTransaction', this.onTransaction);
  }

  destroy(): void {
    this.doc.off('update', this.onDocUpdate);
    this.doc.off('afterTransaction', this.onTransaction);
    this.endpoint.removeEventListener('message', this.onMessage);
    this.endpoint.terminate?.();
    this.listeners.clear();
    this.goalsAnswered.clear();
    for (const pending of this.analyses.values()) pending.reject(new AnalysisSuperseded());
    this.analyses.clear();
    // The hooks ran nowhere before (the line sat unreachable after a return in request()), so the
    // worker's error listener of a closed workbook outlived it.
    for (const hook of this.destroyHooks.splice(0)) hook();
  }

  async answerGoal(scenarioId: string, goalId: string): Promise<GoalAnswers> {
    const reply = await this.request({ kind: 'answerGoal', requestId: 0, scenarioId, goalId });
    if (reply.kind !== 'goalAnswers') throw new Error(`the engine answered ${reply.kind}`);
    return reply.answers;
  }

  prepareAnswers(scenarioId: string): void {
    // After any document update still waiting in this task, as a request is.
    queueMicrotask(() => this.endpoint.postMessage({ kind: 'prepareAnalysis', scenarioId } satisfies PrepareAnalysisMessage));
  }

  async sensitivity(scenarioId: string, step: number): Promise<SensitivityReport> {
    const reply = await this.request({ kind: 'sensitivity', requestId: 0, scenarioId, step });
    if (reply.kind !== 'sensitivityReport') throw new Error(`the engine answered ${reply.kind}`);
    return reply.report;
  }

  async nameValues(scenarioId: string): Promise<NameValue[]> {
    const reply = await this.request({ kind: 'nameValues', requestId: 0, scenarioId });
    if (reply.kind !== 'nameValues') throw new Error(`the engine answered ${reply.kind}`);
    return reply.values;
  }

  async spillCorner(scenarioId: string, sheetId: string, row: number, col: number): Promise<{ row: number; col: number } | null> {
    const reply = await this.request({ kind: 'spillCorner', requestId: 0, scenarioId, sheetId, row, col });
    if (reply.kind !== 'spillCorner') throw new Error(`the engine answered ${reply.kind}`);
    return reply.corner;
  }

  private request(request: AnalysisRequest | NameValuesRequest | SpillCornerRequest): Promise<EngineReply> {
    const requestId = this.nextRequestId++;
    return new Promise((resolve, reject) => {
      this.analyses.set(requestId, { resolve, reject });
      // Sent after any document update still waiting in this task, so the answer is for the document as it is.
      queueMicrotask(() => this.endpoint.postMessage({ ...request, requestId }));
    });
  }

  /** Called once when these engines are destroyed. */
  onDestroy(hook: () => void): void {
    this.destroyHooks.push(hook);
  }

  scenarios(): Scenario[] {
    this.cachedScenarios ??= scenariosToEvaluate(scenarioRecords(this.doc), workbookGrid(this.doc));
    return this.cachedScenarios;
  }

  goals(): GoalDefinition[] {
    if (!this.cachedGoals) {
      this.lastGoals = reuseList(this.lastGoals, readGoals(goalRecords(this.doc), workbookGrid(this.doc)));
      this.cachedGoals = [...this.lastGoals];
    }
    return this.cachedGoals;
  }

  engine(scenarioId: string): ScenarioCellValues {
    // A scenario created a moment ago shows the first scenario's values until the worker has its own.
    const id = this.values.has(scenarioId) ? scenarioId : (this.scenarios()[0]?.id ?? '');
    const grid = workbookGrid(this.doc);
    // While the worker has edits it has not answered yet (a planner typing on a page whose worker
    // is still computing its first scenarios, 0.5–2 s on a busy 2-core machine) a typed value shows
    // as typed, as the document has it at once; a formula shows its last value until the answer.
    if (this.computed.has(id) && !this.behind()) return { value: (sheetId, row, col) => this.values.value(grid, id, sheetId, row, col) };
    // Before the worker has computed this scenario: a typed value shows as typed (the document
    // has it at once), a formula its stored last value or nothing.
    return { value: (sheetId, row, col) => literalInput(this.doc, scenarioId, sheetId, row, col) ?? this.values.value(grid, id, sheetId, row, col) };
  }

  /** Whether the document has changes the worker has not evaluated yet (or not been sent). */
  private behind(): boolean {
    return this.outgoing.length > 0 || this.evaluatedUpTo !== this.posted;
  }

  storedValues(): StoredScenarioValues | null {
    // Only values the worker computed for the document as it is now.
    if (this.goalsFromServer || this.behind() || this.valuesSinceEvaluation) return null;
    const scenarios = new Map<string, IdentifiedValues>();
    for (const id of this.computed) {
      const cells = this.values.snapshot(id);
      if (cells) scenarios.set(id, cells);
    }
    return scenarios.size === 0 ? null : { document: documentStateOf(this.doc), scenarios };
  }

  /**
   * Shows the server's last computed values and goals for a scenario the worker has not computed
   * yet, if they were computed from exactly this document's state ('stale' otherwise). Any change
   * to the document withdraws them: a changed input would leave its dependants' values wrong.
   */
  showServerValues(values: ServerValues): 'shown' | 'computedAlready' | 'stale' {
    if (this.computed.has(values.scenario)) return 'computedAlready';
    if (!belongsTo(values, this.doc)) return 'stale';
    this.values.put(values.scenario, values.cells, true);
    this.borrowed.add(values.scenario);
    if (this.evaluation.length === 0 || this.goalsFromServer) {
      this.evaluation = [values.evaluation];
      this.goalsFromServer = true;
    }
    markMoment('serverValues');
    this.emit({ scenarioId: values.scenario, structureChanged: true, changes: [] });
    return 'shown';
  }

  /** Values computed elsewhere are for the document as it was: at its first change they go. */
  private withdrawBorrowedValues(): void {
    if (this.goalsFromServer) {
      this.goalsFromServer = false;
      this.evaluation = [];
    }
    const withdrawn = [...this.borrowed];
    this.borrowed.clear();
    for (const scenarioId of withdrawn) {
      this.values.put(scenarioId, [], true);
      this.emit({ scenarioId, structureChanged: true, changes: [] });
    }
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

  onceGoalsAnswered(listener: () => void): () => void {
    this.goalsAnswered.add(listener);
    return () => this.goalsAnswered.delete(listener);
  }

  private answerGoals(): void {
    const listeners = [...this.goalsAnswered];
    this.goalsAnswered.clear();
    for (const listener of listeners) listener();
  }

  private readonly onTransaction = (tr: Y.Transaction): void => {
    // Goals and scenarios are read in A1 terms, which any change but a cell edit may move (the rule
    // ScenarioEngines follows). Reading them again after every keystroke's edit cost the page
    // about a millisecond before the worker's answer could be taken (issue 17's CPU profile).
    if (documentChanges(tr).onlyCellEdits) return;
    this.cachedScenarios = null;
    this.cachedGoals = null;
  };

  private readonly onDocUpdate = (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction): void => {
    if (this.borrowed.size > 0 || this.goalsFromServer) this.withdrawBorrowedValues();
    this.outgoing.push(update);
    // A colleague's update (applied from the websocket: not local) arrives one per message, so
    // there is no burst to gather: posted at once rather than after this task's other microtasks
    // (the session's refresh and React's render, 1–5 ms on the colleague's page; issue 17).
    if (!transaction.local) return this.flush();
    if (this.outgoing.length === 1) queueMicrotask(this.flush);
  };

  /**
   * Posts the updates of this task now (a burst of them in one task is one message). The planner's
   * own edit calls it at once: waiting for the microtask let the grid's work after an edit (closing
   * the editor, moving the selection: ~10 ms) delay the recomputation (issue 17's phase breakdown).
   */
  readonly flush = (): void => {
    if (this.outgoing.length === 0) return;
    const updates = this.outgoing;
    this.outgoing = [];
    const update = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
    // Marked as the message leaves (the worker may take it before postMessage returns).
    markMoment('enginePosted');
    this.endpoint.postMessage({ kind: 'update', update });
    this.posted++;
  };

  private readonly onMessage = (event: MessageEvent): void => {
    if (isEngineReply(event.data)) this.receive(event.data);
  };

  private receive(reply: EngineReply): void {
    switch (reply.kind) {
      case 'values': {
        if (this.computed.size === 0 && reply.complete) markMoment('engineFirstValues');
        this.values.put(reply.scenarioId, reply.cells, reply.complete);
        if (reply.complete) this.computed.add(reply.scenarioId);
        if (reply.complete) this.borrowed.delete(reply.scenarioId);
        this.valuesSinceEvaluation = true;
        const repaintAll = reply.complete || reply.cells.length > REPAINT_ALL_ABOVE * IDENTIFIED_VALUE_STRIDE;
        return this.emit({ scenarioId: reply.scenarioId, structureChanged: repaintAll, changes: repaintAll ? [] : this.positions(reply.cells) });
      }
      case 'evaluation':
        this.goalsFromServer = false;
        this.evaluatedUpTo = reply.applied;
        this.valuesSinceEvaluation = false;
        this.evaluation = reply.evaluation.map((next) => this.keepUnchanged(next));
        const ids = new Set(reply.evaluation.map((e) => e.scenario.id));
        this.values.keepOnly(ids);
        for (const id of [...this.computed]) if (!ids.has(id)) this.computed.delete(id);
        this.resolveReady();
        // No cell changed with this message; listeners read evaluate() again.
        this.emit({ scenarioId: reply.evaluation[0]?.scenario.id ?? '', structureChanged: false, changes: [] });
        return this.answerGoals();
      case 'scenarioEvaluation': {
        markMoment('engineAnswered');
        // In a task of its own, after the goal cards' render (a microtask this answer queues): the
        // worker's other scenarios wait for it, so as not to take the CPU the cards need.
        const answer = ++this.answersReceived;
        setTimeout(() => this.endpoint.postMessage({ kind: 'goalsShown', answer } satisfies GoalsShownMessage), 0);
        const evaluation = this.keepUnchanged(reply.evaluation);
        // The first one comes while the other scenarios are still being built: it stands alone until
        // then (in place of the server's goals, which are the document's as synced, not as now).
        if (this.evaluation.length === 0 || this.goalsFromServer) {
          this.goalsFromServer = false;
          this.evaluation = [evaluation];
        }
        else if (!this.evaluation.some((e) => e.scenario.id === evaluation.scenario.id)) return;
        else this.evaluation = this.evaluation.map((e) => (e.scenario.id === evaluation.scenario.id ? evaluation : e));
        this.emit({ scenarioId: evaluation.scenario.id, structureChanged: false, changes: [] });
        return this.answerGoals();
      }
      case 'failed':
        return this.onFailure(reply.message);
      case 'goalAnswers':
      case 'sensitivityReport':
      case 'nameValues':
      case 'spillCorner':
      case 'analysisFailed': {
        const pending = this.analyses.get(reply.requestId);
        this.analyses.delete(reply.requestId);
        if (reply.kind !== 'analysisFailed') return pending?.resolve(reply);
        return pending?.reject(reply.message === 'superseded' ? new AnalysisSuperseded() : new Error(reply.message));
      }
    }
  }

  /** A scenario's new goal results, keeping the result objects that did not change. */
  private keepUnchanged(next: ScenarioEvaluation): ScenarioEvaluation {
    const previous = this.evaluation.find((e) => e.scenario.id === next.scenario.id);
    return previous ? { scenario: next.scenario, goals: reuseEqual(previous.goals, next.goals) } : next;
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

/**
 * A cell's typed value (number, text, true/false) under a scenario (its own input where it has
 * one), as it reads without an engine; undefined for a formula or an empty cell.
 */
function literalInput(doc: Y.Doc, scenarioId: string, sheetId: string, row: number, col: number): CellValue | undefined {
  const input = effectiveInput(doc, scenarioId === '' ? undefined : scenarioId, sheetId, row, col);
  return input === undefined || (typeof input === 'string' && isFormula(input)) ? undefined : input;
}
