/**
 * An open workbook in the browser: the document, the scenario engines, this planner's undo
 * history, and the view state the panels share (sheet, scenario, selection). Every change goes
 * through `apply`, with this session's origin, so that Ctrl+Z undoes only this planner's edits.
 */
import * as Y from 'yjs';
import { applyOperations } from '../../../models/operations/applyOperation.js';
import { WorkbookOperationError, type WorkbookOperation } from '../../../models/operations/workbookOperation.js';
import type { ScenarioEvaluation } from '../../../models/scenarios/ScenarioEngines.js';
import { parseInputKey, scenarioInputsMap } from '../../../models/scenarios/scenarioModel.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { visibleSheets } from '../../../models/workbook/sheetVisibility.js';
import { sheetInsteadOf } from './sheetSwitching.js';
import { scenarioInputPositions, workbookLocale, workbookRoots, type WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { createStore, type Store } from '../ui/store.js';
import { interfaceLocale, onLanguageChange } from '../i18n/i18n.js';
import { cellSelection, type GridSelection } from '../grid/selection.js';
import { GridInteraction } from '../grid/GridInteraction.js';
import { transactionEndsCut } from '../grid/pendingCut.js';
import type { GoalAnalysis, ScenarioComputation } from '../engines/ScenarioComputation.js';
import { markMoment } from '../session/pageMoments.js';
import { documentChanges } from '../../../models/engine/documentChanges.js';

/** Something to tell the planner: a translation key and values for it. */
export interface Notice {
  key: string;
  values?: Record<string, string>;
  /** A button on the notice (e.g. "Fortryd" after a restore): its label's key and what it does. */
  action?: NoticeAction;
  id: number;
}

export interface NoticeAction {
  labelKey: string;
  run(): void;
}

let noticeIds = 0;

/**
 * The latest a change settles when no engine answer follows it (a format, a column width; engines
 * that answer within the transaction): soon enough that nobody sees a standing lag.
 */
const SETTLE_FALLBACK_MS = 150;

export class WorkbookSession {
  /** This planner's edits carry this origin; the UndoManager tracks only it. */
  readonly origin = { session: 'local' };
  readonly undoManager: Y.UndoManager;
  readonly activeSheet: Store<string>;
  readonly activeScenario: Store<string>;
  readonly selection = createStore<GridSelection>(cellSelection({ row: 0, col: 0 }));
  /** The text being typed in the cell editor, mirrored in the formula bar; null when not editing. */
  readonly editText = createStore<string | null>(null);
  /** The locale this planner types and reads numbers and formulas in: the interface language. */
  readonly locale: Store<WorkbookLocale>;
  /** Bumped after every change to the document (local or remote). */
  readonly revision = createStore(0);
  /**
   * Bumped after a change to anything but cells' contents and formats (sheets, rows and columns,
   * scenarios, goals…): the views that list sheets or scenarios follow it, so that typing in a cell
   * does not re-render them before the engine's answer can reach the goal cards (issue 17).
   */
  readonly structureRevision = createStore(0);
  /**
   * Follows `revision` once the goal cards show the change (after the engine's answer, or at the
   * latest SETTLE_FALLBACK_MS after it): for readings that can wait, such as the benchmark
   * standings, which took 2–8 ms in a task ahead of the worker's answer (issue 17's profile).
   */
  readonly settledRevision = createStore(0);
  readonly evaluation: Store<ScenarioEvaluation[]>;
  readonly notice = createStore<Notice | null>(null);
  /** What the planner is doing with the grid: editing, pointing at other sheets, dragging, a pending cut. */
  readonly interaction = new GridInteraction();
  /** Bumped to ask the grid to take the keyboard focus (after the formula bar or a dialog). */
  readonly focusGrid = createStore(0);
  /** Whether Navnestyring (the Name Manager, names/NameManager.tsx) is open. */
  readonly nameManagerOpen = createStore(false);
  /** Set once a sheet's grid (AG Grid) exists and has taken over from the static first screen. */
  readonly gridShown = createStore(false);
  /**
   * Set once the static first screen (grid/FirstScreen.tsx) has painted: the goal panel renders
   * then, and the grid is created after it, so neither delays the first cells on screen.
   */
  readonly firstScreenShown = createStore(false);
  /** Text typed on the first screen before the grid was ready; the grid starts an edit with it. */
  readonly typedAhead = createStore('');
  private readonly selections = new Map<string, GridSelection>();
  private scheduled = false;
  /** A change since the last refresh that was not only cells' contents (see `structureRevision`). */
  private structureChanged = false;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  private inputCells: Set<string> | null = null;
  private readonly offEngines: () => void;
  private readonly offFocus: () => void;
  private readonly offLanguage: () => void;

  /** `engines` computes the workbook (see startScenarioEngines); the session destroys them with itself. */
  constructor(
    readonly doc: Y.Doc,
    readonly readOnly: boolean,
    readonly engines: ScenarioComputation & GoalAnalysis,
  ) {
    this.undoManager = new Y.UndoManager(workbookRoots(doc), {
      trackedOrigins: new Set([this.origin]),
      captureTimeout: 0,
    });
    this.activeSheet = createStore(visibleSheets(workbookGrid(doc))[0]?.id ?? '');
    this.activeScenario = createStore(this.engines.scenarios()[0]?.id ?? '');
    // The scenario on screen is computed first after each change.
    this.engines.focus(this.activeScenario.get());
    this.offFocus = this.activeScenario.subscribe(() => this.engines.focus(this.activeScenario.get()));
    this.locale = createStore(this.typingLocale());
    // The grid repaints its numbers in the new language too.
    this.offLanguage = onLanguageChange(() => {
      this.structureChanged = true;
      this.scheduleRefresh();
    });
    this.evaluation = createStore(this.engines.evaluate());
    doc.on('afterTransaction', this.onTransaction);
    doc.on('afterTransaction', this.endCut);
    // Engines in a worker answer after the transaction: their goals refresh the dashboards then
    // (cells repaint themselves, GridPainter). The document did not change: no revision, which
    // would re-render every view that reads the document.
    this.offEngines = engines.onUpdate(() => {
      const before = this.evaluation.get();
      this.evaluation.set(this.engines.evaluate());
      // New goals: the cards render in this task, and what waits for the change comes after it.
      if (this.settleTimer !== null && this.evaluation.get() !== before) this.scheduleSettle(0);
    });
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
    this.doc.off('afterTransaction', this.endCut);
    this.offEngines();
    this.offFocus();
    this.offLanguage();
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.undoManager.destroy();
    this.engines.destroy();
  }

  private readonly onTransaction = (tr: Y.Transaction): void => {
    if (tr.changed.size === 0) return;
    this.inputCells = null;
    if (!documentChanges(tr).onlyCellEdits) this.structureChanged = true;
    this.scheduleRefresh();
  };

  /** Settles the revision `ms` from now (a sooner settle replaces a later one). */
  private scheduleSettle(ms: number): void {
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      this.settledRevision.set(this.revision.get());
    }, ms);
  }

  /** A pending cut ends with this planner's next edit, or a colleague's that moves its block (pendingCut.ts). */
  private readonly endCut = (tr: Y.Transaction): void => {
    const cut = this.interaction.state.get().cut;
    if (cut && transactionEndsCut(cut, tr, this.origin)) this.interaction.send({ type: 'cutCancelled' });
  };

  /** Numbers and formulas are typed and shown in the interface language (i18n.ts interfaceLocale). */
  private typingLocale(): WorkbookLocale {
    return interfaceLocale() ?? workbookLocale(this.doc);
  }

  private scheduleRefresh(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // One refresh per burst of transactions, still before the next frame is painted.
    queueMicrotask(() => {
      this.scheduled = false;
      this.refresh();
    });
  }

  private refresh(): void {
    // A sheet deleted or hidden (here or by a colleague) gives way to a visible one.
    const grid = workbookGrid(this.doc);
    const instead = sheetInsteadOf(grid.listSheets().map((s) => s.id), visibleSheets(grid).map((s) => s.id), this.activeSheet.get());
    if (instead !== null) this.showSheet(instead);
    const scenarios = this.engines.scenarios();
    if (!scenarios.some((s) => s.id === this.activeScenario.get()) && scenarios[0]) this.activeScenario.set(scenarios[0].id);
    this.locale.set(this.typingLocale());
    this.evaluation.set(this.engines.evaluate());
    if (this.structureChanged) {
      this.structureChanged = false;
      this.structureRevision.set(this.structureRevision.get() + 1);
    }
    this.revision.set(this.revision.get() + 1);
    this.scheduleSettle(SETTLE_FALLBACK_MS);
  }

  /** Applies operations as one undoable step; a rejected one is shown, never thrown. */
  apply(ops: WorkbookOperation | WorkbookOperation[]): boolean {
    if (this.readOnly) {
      this.tell('notice.readOnly');
      return false;
    }
    try {
      applyOperations(this.doc, Array.isArray(ops) ? ops : [ops], this.origin);
      markMoment('editApplied');
      // The engines start on the edit now, while the grid closes its editor and moves on.
      this.engines.flush?.();
      return true;
    } catch (error) {
      if (error instanceof WorkbookOperationError) {
        // A refused name says why in the planner's words (nameError.*: "ligner en celleadresse").
        const reason = error.code === 'invalid-name' ? error.values?.reason : undefined;
        this.tell(reason ? `nameError.${reason}` : `operationError.${error.code}`, error.values ? { ...error.values } : undefined);
        return false;
      }
      throw error;
    }
  }

  tell(key: string, values?: Record<string, string>, action?: NoticeAction): void {
    this.notice.set({ key, values, id: ++noticeIds, ...(action ? { action } : {}) });
  }

  showSheet(sheetId: string): void {
    const current = this.activeSheet.get();
    if (current === sheetId) return;
    this.selections.set(current, this.selection.get());
    this.editText.set(null);
    this.activeSheet.set(sheetId);
    this.interaction.send({ type: 'sheetShown', sheetId });
    this.selection.set(this.selections.get(sheetId) ?? cellSelection({ row: 0, col: 0 }));
  }

  undo(): void {
    if (!this.readOnly) this.undoManager.undo();
  }

  redo(): void {
    if (!this.readOnly) this.undoManager.redo();
  }

  /** Whether the active scenario replaces this cell (its input is edited instead of the sheet). */
  isScenarioInput(sheetId: string, row: number, col: number): boolean {
    this.inputCells ??= this.readInputCells();
    return this.inputCells.has(`${sheetId}:${row}:${col}`);
  }

  private readInputCells(): Set<string> {
    return scenarioInputPositions(this.doc, this.activeScenario.get());
  }

  showScenario(scenarioId: string): void {
    this.inputCells = null;
    this.activeScenario.set(scenarioId);
  }
}
