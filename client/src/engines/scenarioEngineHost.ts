/**
 * The worker side: a replica of the workbook fed by the page's Yjs updates, one engine per
 * scenario on it (models' `ScenarioEngines`), and the replies the page needs: each scenario's
 * changed values as soon as its engine has them (the next scenario is still computing; the one on
 * screen, named by the page's focus message, goes first: after a cell edit its goals, then its
 * values), then every goal under every scenario. Updates that queue up while the engines compute are applied together.
 * After a cell edit the other scenarios' engines wait until the page says its goal cards show the
 * answer (at most OTHERS_WAIT_MS): on a 2-core machine their recomputation took the CPU the page
 * needed for that (issue 17).
 *
 * @example serveScenarioEngines(workerGlobalScope) // in the worker entry
 */
import * as Y from 'yjs';
import { ScenarioEngines, type ScenarioEngineUpdate } from '../../../models/scenarios/ScenarioEngines.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { identifiedValues } from '../../../models/scenarios/identifiedValues.js';
import { AnalysisQueue } from './analysisQueue.js';
import { markMoment } from '../session/pageMoments.js';
import { definedNameValues } from '../../../models/engine/nameValues.js';
import { isAnalysisRequest, isDocumentUpdate, isFocusMessage, isGoalsShown, isNameValuesRequest, isPrepareAnalysis, isSpillCornerRequest, type EngineReply, type IdentifiedValues, type MessageEndpoint } from './engineMessages.js';

/** The most the other scenarios wait for the page's goal cards after a cell edit. */
export const OTHERS_WAIT_MS = 50;

export interface ScenarioEngineHostOptions {
  /**
   * How long the other scenarios wait for the page's goal cards after a cell edit; default
   * OTHERS_WAIT_MS. A test of the page's answer sets it far beyond its run, so that only the answer
   * can release them (on a loaded machine 50 ms may pass before the answer is read).
   */
  othersWaitMs?: number;
}

export function serveScenarioEngines(endpoint: MessageEndpoint, options: ScenarioEngineHostOptions = {}): () => void {
  const othersWaitMs = options.othersWaitMs ?? OTHERS_WAIT_MS;
  const doc = new Y.Doc();
  let engines: ScenarioEngines | null = null;
  let unsubscribe: (() => void) | null = null;
  /** Scenarios whose complete values the page has. */
  const sent = new Set<string>();
  const pending: Uint8Array[] = [];
  /** Update messages applied so far (the page compares it with what it posted). */
  let applied = 0;
  let scheduled = false;
  let applyTimer: ReturnType<typeof setTimeout> | undefined;
  /** The scenario on screen (its engine follows each change first), kept across rebuilds. */
  let focused: string | null = null;

  /** Goal answers (`scenarioEvaluation`) posted so far: the page's goalsShown names the one its cards show. */
  let answersPosted = 0;
  const reply = (message: EngineReply): void => {
    if (message.kind === 'scenarioEvaluation') answersPosted++;
    endpoint.postMessage(message);
  };
  /** The other engines' catch-up after a cell edit, while they wait (ScenarioEngines' othersLater). */
  let othersWaiting: (() => void) | null = null;
  let othersTimer: ReturnType<typeof setTimeout> | undefined;
  const followOthers = (): void => {
    const catchUp = othersWaiting;
    if (!catchUp) return;
    othersWaiting = null;
    clearTimeout(othersTimer);
    catchUp();
    finish();
  };
  const analyses = new AnalysisQueue(doc, reply);

  const sendComplete = (scenarioId: string, from: ScenarioEngines | null = engines): void => {
    if (!from) return;
    const { cells } = identifiedValues(doc, from.engine(scenarioId));
    sent.add(scenarioId);
    reply({ kind: 'values', scenarioId, complete: true, cells });
  };

  const sendChanges = (update: ScenarioEngineUpdate): void => {
    const { scenarioId } = update;
    if (!engines || !sent.has(scenarioId)) return;
    if (update.structureChanged) return sendComplete(scenarioId);
    const grid = workbookGrid(doc);
    const cells: IdentifiedValues = [];
    let lastSheet = '';
    let rowIds: readonly string[] = [];
    let colIds: readonly string[] = [];
    update.forEachChange((sheetId, row, col, value) => {
      if (sheetId !== lastSheet) {
        lastSheet = sheetId;
        rowIds = grid.rowIds(sheetId);
        colIds = grid.colIds(sheetId);
      }
      const rowId = rowIds[row];
      const colId = colIds[col];
      if (rowId !== undefined && colId !== undefined) cells.push(sheetId, rowId, colId, value);
    });
    if (cells.length === 0) return;
    const message: EngineReply = { kind: 'values', scenarioId, complete: false, cells };
    if (holding && scenarioId === focused) {
      held = message;
      return;
    }
    releaseHeld();
    reply(message);
  };

  /**
   * While a page's update is applied, the focused scenario's changed values wait for its goals:
   * the page takes each message as a task of its own, and repainting the grid's cells (or a frame
   * drawn in between) held the goal cards back (issue 17's phase breakdown). They follow at once,
   * before any other scenario's values.
   */
  let holding = false;
  let held: EngineReply | null = null;
  const releaseHeld = (): void => {
    if (held) reply(held);
    held = null;
  };

  /**
   * The other scenarios' engines are built one per task after the focused one's (each a second or
   * more on a busy 2-core machine): "Hvad skal der til?" asked while they are built runs between
   * two builds instead of after all of them (the first answer after a page load took 10 s at
   * load 22, 6 of them waiting for these builds). Every goal is reported once they are all built.
   */
  let buildNext: (() => boolean) | null = null;
  let buildTimer: ReturnType<typeof setTimeout> | undefined;
  let building = false;
  const buildOther = (): void => {
    if (!buildNext) return;
    // The planner's question goes first: its task was queued before this one's next turn.
    if (analyses.pending()) {
      buildTimer = setTimeout(buildOther, 0);
      return;
    }
    building = true;
    const more = buildNext();
    building = false;
    if (more) {
      buildTimer = setTimeout(buildOther, 0);
      return;
    }
    buildNext = null;
    if (!othersWaiting) finish();
  };

  const start = (): void => {
    unsubscribe?.();
    engines?.destroy();
    sent.clear();
    buildNext = null;
    clearTimeout(buildTimer);
    building = true;
    // Each scenario's values go to the page as soon as its engine is built, the one on screen first
    // with its goals: the page shows them while the other scenarios are still being built.
    othersWaiting = null;
    clearTimeout(othersTimer);
    engines = new ScenarioEngines(doc, {
      ...(focused !== null ? { focus: focused } : {}),
      othersLater: (catchUp) => {
        othersWaiting = catchUp;
        othersTimer = setTimeout(followOthers, othersWaitMs);
      },
      othersBuiltLater: (next) => {
        buildNext = next;
        buildTimer = setTimeout(buildOther, 0);
      },
      onBuilt: (scenarioId, built) => {
        if (!building) return;
        sendComplete(scenarioId, built);
        if (sent.size === 1) markMoment('workerBuilt');
        const ids = built.scenarios().map((s) => s.id);
        if (scenarioId !== (focused !== null && ids.includes(focused) ? focused : ids[0])) return;
        const evaluation = built.evaluateScenario(scenarioId);
        if (evaluation) reply({ kind: 'scenarioEvaluation', evaluation });
      },
    });
    building = false;
    const stopChanges = engines.onUpdate(sendChanges);
    const stopFocused = engines.onFocusedEvaluated((evaluation) => {
      reply({ kind: 'scenarioEvaluation', evaluation });
      markMoment('workerAnswered');
      releaseHeld();
    });
    unsubscribe = () => {
      stopChanges();
      stopFocused();
    };
  };

  const finish = (): void => {
    if (!engines || buildNext) return;
    const scenarioIds = engines.scenarios().map((s) => s.id);
    for (const id of [...sent]) if (!scenarioIds.includes(id)) sent.delete(id);
    // Scenarios created by this change have fresh engines that reported nothing yet.
    for (const id of scenarioIds) if (!sent.has(id)) sendComplete(id);
    reply({ kind: 'evaluation', evaluation: engines.evaluate(), applied });
  };

  const applyPending = (): void => {
    // The edit before this one is followed by every engine first (and reported).
    followOthers();
    scheduled = false;
    const updates = pending.splice(0);
    applied += updates.length;
    try {
      holding = true;
      Y.applyUpdate(doc, updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));
      holding = false;
      releaseHeld();
      // The first update is the whole workbook: build once from it rather than follow it.
      if (!engines) start();
    } catch (error) {
      holding = false;
      releaseHeld();
      // One by one, so that an unreadable update costs only itself; then engines built afresh.
      reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      if (updates.length > 1) {
        for (const update of updates) {
          try {
            Y.applyUpdate(doc, update);
          } catch {
            // reported above
          }
        }
      }
      start();
    }
    // After a cell edit the other engines follow, and every goal is reported, once the page showed
    // the focused goals; while the other engines are still being built, once the last is.
    if (!othersWaiting && !buildNext) finish();
  };

  const onMessage = (event: MessageEvent): void => {
    // Only the latest answer's: an earlier one's, arriving after a newer edit, would let the other
    // scenarios take the CPU before the cards show that edit.
    if (isGoalsShown(event.data)) return event.data.answer === answersPosted ? followOthers() : undefined;
    if (isFocusMessage(event.data)) {
      // The scenario now on screen must not wait behind the one before.
      followOthers();
      focused = event.data.scenarioId;
      engines?.focus(focused);
      return;
    }
    if (isAnalysisRequest(event.data)) return analyses.add(event.data);
    if (isPrepareAnalysis(event.data)) return analyses.prepare(event.data.scenarioId);
    if (isNameValuesRequest(event.data)) {
      const { requestId, scenarioId } = event.data;
      // A task of its own, after the document updates queued before it (applyPending).
      setTimeout(() => {
        if (engines) reply({ kind: 'nameValues', requestId, values: definedNameValues(doc, engines.engine(scenarioId)) });
        else reply({ kind: 'analysisFailed', requestId, message: 'the engines are not built yet' });
      }, 0);
      return;
    }
    if (isSpillCornerRequest(event.data)) {
      const { requestId, scenarioId, sheetId, row, col } = event.data;
      // As the names' values: after the document updates queued before it.
      setTimeout(() => {
        if (engines) reply({ kind: 'spillCorner', requestId, corner: engines.engine(scenarioId).spillCorner(sheetId, row, col) ?? null });
        else reply({ kind: 'analysisFailed', requestId, message: 'the engines are not built yet' });
      }, 0);
      return;
    }
    if (!isDocumentUpdate(event.data)) return;
    markMoment('workerReceived');
    pending.push(event.data.update);
    if (scheduled) return;
    scheduled = true;
    // Messages already queued behind this one join it: one recomputation for a burst.
    applyTimer = setTimeout(applyPending, 0);
  };

  endpoint.addEventListener('message', onMessage);
  endpoint.start?.();
  return () => {
    clearTimeout(othersTimer);
    clearTimeout(buildTimer);
    // An update queued a moment before the stop would be applied to the destroyed document and engines.
    clearTimeout(applyTimer);
    endpoint.removeEventListener('message', onMessage);
    analyses.destroy();
    unsubscribe?.();
    engines?.destroy();
    doc.destroy();
  };
}
