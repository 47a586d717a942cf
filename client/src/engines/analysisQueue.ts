/**
 * The worker side of "Hvad skal der til?" and the sensitivity table: requests wait until the
 * document updates queued before them are applied, then run one per task so that values keep
 * flowing to the grid in between. A goal's answers (the panel on screen) go before a table of
 * every goal; a newer request for the same thing replaces one not yet started (a planner typing
 * in the grid sends one per pause). The throw-away engine of the last scenario asked about is kept
 * until the document changes, so that several goal panels and the sensitivity table opened on an
 * unchanged workbook share one build (every trial value is put back after use). `prepare` builds
 * that engine ahead of a request the planner is about to make (the pointer on "Hvad skal der
 * til?"), when no request is waiting; the answers are the same, one build sooner.
 */
import type * as Y from 'yjs';
import { AssumptionWorkbench } from '../../../models/analysis/AssumptionWorkbench.js';
import { answerGoal } from '../../../models/analysis/goalAnswers.js';
import { sensitivity } from '../../../models/analysis/sensitivity.js';
import { readGoals } from '../../../models/goals/goalModel.js';
import { scenariosToEvaluate, type Scenario } from '../../../models/scenarios/scenarioModel.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { goalRecords, scenarioRecords } from '../../../models/workbook/workbookReader.js';
import type { AnalysisRequest, EngineReply } from './engineMessages.js';

const slot = (request: AnalysisRequest): string => (request.kind === 'answerGoal' ? `goal:${request.goalId}` : 'sensitivity');

function analyse(doc: Y.Doc, request: AnalysisRequest, workbenchFor: (scenario: Scenario) => AssumptionWorkbench): EngineReply {
  const grid = workbookGrid(doc);
  const scenario = scenariosToEvaluate(scenarioRecords(doc), grid).find((s) => s.id === request.scenarioId);
  if (!scenario) return { kind: 'analysisFailed', requestId: request.requestId, message: `unknown scenario "${request.scenarioId}"` };
  if (request.kind === 'sensitivity') return { kind: 'sensitivityReport', requestId: request.requestId, report: sensitivity(doc, scenario, request.step, workbenchFor(scenario)) };
  const goal = readGoals(goalRecords(doc), grid).find((g) => g.id === request.goalId);
  if (!goal) return { kind: 'analysisFailed', requestId: request.requestId, message: `unknown goal "${request.goalId}"` };
  // Each assumption is searched within its stored allowed bounds, as the CLI and REST do (seekGoal reads them).
  return { kind: 'goalAnswers', requestId: request.requestId, answers: answerGoal(doc, goal, scenario, { workbench: workbenchFor(scenario) }) };
}

export class AnalysisQueue {
  private readonly waiting = new Map<string, AnalysisRequest>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private kept: { scenarioId: string; bench: AssumptionWorkbench } | null = null;
  /** The scenario whose engine to build before it is asked for, if nothing else waits. */
  private preparing: string | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly reply: (message: EngineReply) => void,
    /** Builds an analysis engine (the tests count the builds). */
    private readonly newWorkbench: (doc: Y.Doc, scenario: Scenario) => AssumptionWorkbench = (d, s) => new AssumptionWorkbench(d, s),
  ) {
    doc.on('update', this.forgetWorkbench);
  }

  add(request: AnalysisRequest): void {
    const key = slot(request);
    const replaced = this.waiting.get(key);
    // The page waits for the replaced request's id too: it learns it was superseded.
    if (replaced) this.reply({ kind: 'analysisFailed', requestId: replaced.requestId, message: 'superseded' });
    this.waiting.delete(key);
    this.waiting.set(key, request);
    this.schedule();
  }

  /** Builds the analysis engine of `scenarioId` in a task of its own, unless it is kept already. */
  prepare(scenarioId: string): void {
    if (this.kept?.scenarioId === scenarioId) return;
    this.preparing = scenarioId;
    this.schedule();
  }

  /** Whether a request or a preparation waits (the worker's other work lets it go first). */
  pending(): boolean {
    return this.waiting.size > 0 || this.preparing !== null;
  }

  destroy(): void {
    this.preparing = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.waiting.clear();
    this.doc.off('update', this.forgetWorkbench);
    this.forgetWorkbench();
  }

  /** Any change to the document makes the kept copy stale. */
  private readonly forgetWorkbench = (): void => {
    this.kept?.bench.destroy();
    this.kept = null;
  };

  private readonly workbenchFor = (scenario: Scenario): AssumptionWorkbench => {
    if (this.kept?.scenarioId !== scenario.id) {
      this.forgetWorkbench();
      this.kept = { scenarioId: scenario.id, bench: this.newWorkbench(this.doc, scenario) };
    }
    return this.kept.bench;
  };

  private schedule(): void {
    // A task of its own: document updates already queued are applied first (their own task).
    this.timer ??= setTimeout(this.runNext, 0);
  }

  private readonly runNext = (): void => {
    this.timer = null;
    const next = [...this.waiting.values()].find((r) => r.kind === 'answerGoal') ?? [...this.waiting.values()][0];
    if (!next) return this.prepareNow();
    this.waiting.delete(slot(next));
    try {
      this.reply(analyse(this.doc, next, this.workbenchFor));
    } catch (error) {
      // A trial value may not have been put back: the kept copy is not trusted again.
      this.forgetWorkbench();
      this.reply({ kind: 'analysisFailed', requestId: next.requestId, message: error instanceof Error ? error.message : String(error) });
    }
    if (this.waiting.size > 0 || this.preparing !== null) this.schedule();
  };

  private prepareNow(): void {
    const scenarioId = this.preparing;
    this.preparing = null;
    if (scenarioId === null) return;
    const scenario = scenariosToEvaluate(scenarioRecords(this.doc), workbookGrid(this.doc)).find((s) => s.id === scenarioId);
    if (!scenario) return;
    try {
      this.workbenchFor(scenario);
    } catch {
      // The request that follows builds it again and says what is wrong.
      this.forgetWorkbench();
    }
  }
}
