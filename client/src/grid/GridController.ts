/**
 * The thin layer between AG Grid and the workbook for one sheet: it holds AG Grid's api (focus,
 * scrolling, starting and stopping the cell editor) and turns keys into selection changes,
 * edits and commands. Painting is GridPainter's, the mouse is GridPointer's, and what the planner
 * is doing (editing, pointing, dragging, a pending cut) is the session's interaction state. AG
 * Grid renders, scrolls and keeps ARIA; the selection, editing keys, clipboard, fill handle and
 * reference picking are Fremskriv's own (Community has none of them).
 */
import type { GridApi } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { cellHasInput, storedCells } from '../../../models/workbook/readCells.js';
import type { CellPosition } from '../../../models/workbook/cellAddress.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { cellEditText, commitCellText } from '../workspace/cellEdits.js';
import type { FrozenPanes } from './frozenPanes.js';
import { gridCommand, keyStroke, moveWithinSelection, nextPick, type PickingKey } from './keyboardNavigation.js';
import { lastUsedCell } from './dataRegion.js';
import { timeText, todayText } from './dateStamp.js';
import { ROW_HEIGHT } from '../../../models/workbook/sheetLayout.js';
import { RowHeights } from './rowHeights.js';
import { clampPosition, hasSeveralAreas, isSingleCell, selectionRange, type GridBounds, type GridSelection } from './selection.js';
import { clearSelection, fillSelection, fillSelectionWithEntry, keyedLineEdit, oneAreaSelected, structuralOperation, type CommandTarget } from './gridCommands.js';
import { alignSelection } from './alignCommand.js';
import { cellEditorOn, pickOn } from './interactionState.js';
import { GridPainter } from './GridPainter.js';
import { GridPointer } from './GridPointer.js';
import { pickIntoFormula } from './pickIntoFormula.js';
import { holdEditMove, type HeldEditMove } from './heldEditMove.js';
import { TabRun, type RunKey } from './tabRun.js';
import { landingCell, MergedAreas } from './mergedAreas.js';
import { HiddenLines, pastHidden, selectionPastHidden } from './hiddenLines.js';

export interface RowData {
  row: number;
}

/** Keys that only hold a modifier for the next key. */
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph']);

export type EditMove = 'down' | 'up' | 'right' | 'left' | null;

export class GridController implements CommandTarget {
  private api: GridApi<RowData> | null = null;
  readonly painter: GridPainter;
  readonly pointer: GridPointer;
  /** Rows grown for their wrapped cells (rowHeights.ts); SheetGridView gives AG Grid their heights. */
  readonly rowHeights: RowHeights;
  /** The sheet's merged areas, for AG Grid's colSpan and the keyboard (mergedAreas.ts). */
  readonly merges: MergedAreas;
  /** The sheet's hidden rows and columns, left out of the grid and stepped over (hiddenLines.ts). */
  readonly hidden: HiddenLines;
  private editStart: { replaceWith?: string } = {};
  /** A committed edit's move to the next cell, waiting for the goal cards (heldEditMove.ts). */
  private heldMove: HeldEditMove | null = null;
  /** Tabs along a row, for Excel's return to the run's first column on Enter. */
  private readonly tabRun = new TabRun();

  constructor(
    readonly session: WorkbookSession,
    readonly sheetId: string,
    readonly frozen: FrozenPanes,
    private t: TFunction,
  ) {
    this.painter = new GridPainter(session, sheetId, t);
    this.pointer = new GridPointer(this);
    this.rowHeights = new RowHeights(session, sheetId);
    this.merges = new MergedAreas(session.doc, sheetId);
    this.hidden = new HiddenLines(session.doc, sheetId);
  }

  destroy(): void {
    this.heldMove?.cancel();
    this.heldMove = null;
    this.painter.destroy();
    this.pointer.destroy();
    this.merges.destroy();
    this.hidden.destroy();
    // What this grid showed (its pick's outline, a drag) goes with it.
    this.session.interaction.send({ type: 'gridClosed', sheetId: this.sheetId });
    this.api = null;
  }

  /** AG Grid is ready (`api`) or gone (null; only the api this controller holds is let go). */
  attach(api: GridApi<RowData>): void {
    this.api = api;
  }

  detach(api: GridApi<RowData>): void {
    if (this.api === api) this.api = null;
  }

  setTranslation(t: TFunction): void {
    this.t = t;
    this.painter.setTranslation(t);
  }

  translate(key: string, options?: Record<string, string | number>): string {
    return options ? this.t(key, options) : this.t(key);
  }

  bounds(): GridBounds {
    const grid = workbookGrid(this.session.doc);
    return { rows: grid.rowIds(this.sheetId).length, cols: grid.colIds(this.sheetId).length };
  }

  /** The text a cell shows (what a copy puts on the clipboard). */
  shownText(row: number, col: number): string {
    return this.painter.paintFor(row, col).text;
  }

  /** The cell whose in-cell editor is open on this grid, or null. */
  editingCell(): CellPosition | null {
    return cellEditorOn(this.session.interaction.state.get(), this.sheetId);
  }

  // ── Selection and focus ────────────────────────────────────────────────────
  select(wanted: GridSelection, focus = true): void {
    // A cell of a merged area is its top-left one, and a step inside an area leaves it (mergedAreas.ts).
    const current = this.session.selection.get();
    const shown = selectionPastHidden(current, wanted, this.hidden, this.bounds());
    const selection = landingCell(this.merges.list(), current.active, shown, this.bounds());
    this.session.selection.set(selection);
    if (focus) this.focusCell(selection.corner.row === selection.active.row && selection.corner.col === selection.active.col ? selection.active : selection.corner);
  }

  /** Scrolls a cell into view and gives it the keyboard focus (AG Grid keeps ARIA in step). */
  focusCell(position: CellPosition): void {
    this.scrollIntoView(position);
    this.takeFocus(position);
  }

  /** Scrolls a cell into view without taking the keyboard focus (the editor keeps it). */
  private scrollIntoView(position: CellPosition): void {
    this.api?.ensureColumnVisible(`c${position.col}`);
    if (position.row >= this.frozen.rows) this.api?.ensureIndexVisible(this.hidden.shownIndex(position.row, this.frozen.rows));
  }

  /** The scrolling part of the sheet back at its first column and row. */
  private scrollToStart(): void {
    this.api?.ensureColumnVisible(`c${this.frozen.cols}`, 'start');
    this.api?.ensureIndexVisible(0, 'top');
  }

  /** Gives a cell (in view) the keyboard focus. */
  private takeFocus(position: CellPosition): void {
    const colKey = `c${position.col}`;
    if (position.row < this.frozen.rows) this.api?.setFocusedCell(this.hidden.shownIndex(position.row, 0), colKey, 'top');
    else this.api?.setFocusedCell(this.hidden.shownIndex(position.row, this.frozen.rows), colKey);
  }

  // ── Keys ───────────────────────────────────────────────────────────────────
  /**
   * An arrow key in Excel's point mode (a cell editor started by typing, or the formula bar of an
   * edit that went across sheets, crossSheetKeys.ts): where the caret may take a reference, it picks the
   * cell next to the one picked last (at first, next to `start`); Shift stretches the picked range,
   * Ctrl runs to the data edge (keyboardNavigation.nextPick). False when no reference may go there
   * (the key then does what it did before).
   */
  pickByKey(key: PickingKey, start: CellPosition | null = this.editingCell()): boolean {
    const from = pickOn(this.session.interaction.state.get(), this.sheetId) ?? (start ? { anchor: start, corner: start } : null);
    if (!from) return false;
    const { anchor, corner } = nextPick(from, key, { bounds: this.bounds(), hasContent: (r, c) => this.hasContent(r, c), hidden: this.hidden });
    if (!pickIntoFormula(this.session, this.sheetId, anchor, corner)) return false;
    this.scrollIntoView(corner);
    return true;
  }

  onKeyDown(event: KeyboardEvent): void {
    if (this.editingCell() || (event.target instanceof HTMLElement && event.target.closest('input, textarea, select'))) return;
    this.gridKey(event);
  }

  /** A key for the grid itself (no editor or other input has it). */
  private gridKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.session.interaction.state.get().cut) {
      this.session.interaction.send({ type: 'cutCancelled' });
      return;
    }
    // Shift, Ctrl or Alt held for the next key leaves End mode on.
    if (MODIFIER_KEYS.has(event.key)) return;
    const selection = this.session.selection.get();
    const stroke = keyStroke(event);
    const view = this.pageInView();
    // End mode (interactionState.ts, shown in the status bar) lasts for one key.
    const endMode = this.session.interaction.state.get().endMode;
    if (endMode) this.session.interaction.send({ type: 'endModeChanged', on: false });
    const command = gridCommand(stroke, {
      selection,
      bounds: this.bounds(),
      pageRows: view.rows,
      pageCols: view.cols,
      endMode,
      hasContent: (r, c) => this.hasContent(r, c),
      frozen: this.frozen,
      lastUsed: () => lastUsedCell(storedCells(workbookGrid(this.session.doc), this.sheetId)),
      hidden: this.hidden,
    });
    if (!command) return;
    // End then Enter goes to the row's end, not down: no Tab run's return.
    if (command.kind === 'select' && (stroke.key === 'Tab' || stroke.key === 'Enter') && !endMode && !stroke.ctrl && !stroke.alt && isSingleCell(selectionRange(selection)) && !hasSeveralAreas(selection)) {
      const next = this.tabRun.move(stroke.key, stroke.shift, selection.active, command.selection.active);
      command.selection = { active: next, corner: next };
    }
    event.preventDefault();
    event.stopPropagation();
    switch (command.kind) {
      case 'select':
        if (command.sheetStart) this.scrollToStart();
        if (command.page) this.scrollByPage(command.page);
        return this.select(command.selection, !command.keepView);
      case 'endMode':
        this.session.interaction.send({ type: 'endModeChanged', on: command.on });
        return;
      case 'editWithTime':
        return this.startEdit(timeText(new Date()));
      case 'edit':
        return this.startEdit(command.replaceWith);
      case 'editWithToday':
        return this.startEdit(todayText(new Date(), this.session.locale.get()));
      case 'clear':
        return clearSelection(this);
      case 'undo':
        return this.session.undo();
      case 'redo':
        return this.session.redo();
      case 'fillDown':
        return fillSelection(this, 'down');
      case 'fillRight':
        return fillSelection(this, 'right');
      case 'align':
        return alignSelection(this, command.alignment);
      case 'lines': {
        if (!oneAreaSelected(this)) return;
        const range = selectionRange(selection);
        const edit = keyedLineEdit(range, this.bounds(), command.insert);
        if (!edit) return this.session.tell(command.insert ? 'notice.insertWholeLines' : 'notice.deleteWholeLines');
        this.session.apply(structuralOperation(this.sheetId, range, edit));
        return;
      }
    }
  }

  /** The rows and columns wholly in the scrolling part of the view (PageUp/PageDown, Alt with them). */
  private pageInView(): { rows: number; cols: number } {
    const api = this.api;
    if (!api) return { rows: 20, cols: 10 };
    const { top, bottom } = api.getVerticalPixelRange();
    const { left, right } = api.getHorizontalPixelRange();
    const cols = api.getDisplayedCenterColumns().filter((column) => {
      const start = column.getLeft() ?? -1;
      return start >= left - 1 && start + column.getActualWidth() <= right + 1;
    });
    return { rows: Math.max(1, Math.floor((bottom - top) / ROW_HEIGHT)), cols: Math.max(1, cols.length) };
  }

  /** Scrolls the view by a page (`rows`, `cols`: how far the active cell moved), so it keeps its place on the screen, as in Excel. */
  private scrollByPage(page: { rows: number; cols: number }): void {
    const api = this.api;
    if (!api) return;
    if (page.rows !== 0) {
      const first = Math.round(api.getVerticalPixelRange().top / ROW_HEIGHT);
      const last = api.getDisplayedRowCount() - 1;
      api.ensureIndexVisible(Math.min(last, Math.max(0, first + page.rows)), 'top');
    }
    if (page.cols !== 0) {
      const columns = api.getDisplayedCenterColumns();
      const { left } = api.getHorizontalPixelRange();
      const first = Math.max(0, columns.findIndex((column) => (column.getLeft() ?? 0) + column.getActualWidth() / 2 > left));
      const target = columns[Math.min(columns.length - 1, Math.max(0, first + page.cols))];
      if (target) api.ensureColumnVisible(target, 'start');
    }
  }

  private hasContent(row: number, col: number): boolean {
    return cellHasInput(this.session.doc, this.sheetId, row, col);
  }

  // ── Editing ────────────────────────────────────────────────────────────────
  startEdit(replaceWith?: string): void {
    if (this.session.readOnly) {
      this.session.tell('notice.readOnly');
      return;
    }
    const { row, col } = this.session.selection.get().active;
    this.session.interaction.send({ type: 'cutCancelled' });
    this.editStart = replaceWith === undefined ? {} : { replaceWith };
    const pinned = row < this.frozen.rows;
    this.api?.startEditingCell({ rowIndex: this.hidden.shownIndex(row, pinned ? 0 : this.frozen.rows), colKey: `c${col}`, rowPinned: pinned ? 'top' : undefined });
  }

  /** Read once by the editor AG Grid creates: how the edit began. */
  takeEditStart(): { replaceWith?: string } {
    const start = this.editStart;
    this.editStart = {};
    return start;
  }

  editText(row: number, col: number): string {
    return cellEditText(this.session, this.sheetId, row, col);
  }

  /** Whether the text changed the document. */
  commitEdit(row: number, col: number, text: string): boolean {
    return commitCellText(this.session, this.sheetId, row, col, text);
  }

  /**
   * The in-cell editor's Enter, Tab or arrow: commits and moves like Excel. Where the engine's
   * answer is awaited, the whole move waits for the goal cards (heldEditMove.ts): the selection,
   * the name box and the formula bar as well as AG Grid's focus change and editor teardown. Moved
   * at once, they changed the page, and the frame that drew them (style, layout, paint, layer
   * assignment: 5–9 ms of the page's CPU) came before the engine's answer could be taken (issue 17).
   */
  commitAndMove(row: number, col: number, text: string, move: EditMove, editor: HTMLElement, key?: RunKey): void {
    const committed = this.commitEdit(row, col, text);
    const engines = this.session.engines;
    if (!committed || !engines.onceGoalsAnswered || this.heldMove) return this.endEdit(move, key);
    const next = this.nextSelection(move, key);
    this.heldMove = holdEditMove({
      editor,
      goalsAnswered: (listener) => engines.onceGoalsAnswered?.(listener) ?? (() => undefined),
      move: (takeFocus) => {
        this.heldMove = null;
        this.session.editText.set(null);
        this.session.selection.set(next);
        this.closeEditor(next.active, takeFocus);
        // Its value may have come while the editor covered it; AG Grid puts the cell back bare.
        this.painter.repaint(row, col);
      },
      gridKey: (event) => this.gridKey(event),
    });
  }

  /**
   * After the editor committed or cancelled: stop AG Grid's edit and move like Excel. Reads come
   * before writes (issue 17): the next cell is scrolled into view and given the focus while the
   * page is still as last drawn (AG Grid's scroll reads and the browser's focus cost little then);
   * moving the focus there ends AG Grid's edit, and only then is the editor removed. In the other
   * order AG Grid gave the edited cell the focus back, and each later read or focus forced a
   * layout of the grid changed by the write before it, all before the engine's answer could
   * reach the goal cards.
   */
  endEdit(move: EditMove, key?: RunKey): void {
    const next = this.nextSelection(move, key);
    this.scrollIntoView(next.active);
    this.session.editText.set(null);
    this.takeFocus(next.active);
    // Still editing when the focus stayed (Escape on the cell itself, or no move at the sheet's edge).
    this.api?.stopEditing(true);
    this.session.selection.set(next);
  }

  /**
   * Ctrl+Enter (and Ctrl+Shift+Enter, which Excel keeps for array formulas): the text goes into
   * every selected cell (gridCommands.fillSelectionWithEntry) and the selection stays, as in Excel.
   */
  commitToSelection(text: string): void {
    fillSelectionWithEntry(this, text);
    this.endEdit(null);
  }

  /**
   * The selection after a committed or cancelled edit (`key`: the Tab or Enter that ended it). In a
   * selected range, Enter and Tab move within it and Escape keeps it, as in Excel; an arrow leaves it.
   */
  private nextSelection(move: EditMove, key?: RunKey): GridSelection {
    const selection = this.session.selection.get();
    if ((!isSingleCell(selectionRange(selection)) || hasSeveralAreas(selection)) && (key !== undefined || move === null)) {
      return move === null ? selection : moveWithinSelection(selection, move === 'down' || move === 'right', move === 'down' || move === 'up', this.hidden);
    }
    const next = this.nextCell(move, key);
    return { active: next, corner: next };
  }

  /** The cell a committed or cancelled edit moves to, from a single selected cell. */
  private nextCell(move: EditMove, key?: RunKey): CellPosition {
    const { active } = this.session.selection.get();
    const delta = { down: [1, 0], up: [-1, 0], right: [0, 1], left: [0, -1] } as const;
    const [dr, dc] = move ? delta[move] : [0, 0];
    const plain = pastHidden(active, clampPosition({ row: active.row + dr, col: active.col + dc }, this.bounds()), this.hidden, this.bounds());
    return key ? this.tabRun.move(key, move === 'up' || move === 'left', active, plain) : plain;
  }

  /** A held move's AG Grid part: the next cell in view and focused (unless the planner went elsewhere), the editor gone. */
  private closeEditor(next: CellPosition, takeFocus: boolean): void {
    this.scrollIntoView(next);
    if (takeFocus) this.takeFocus(next);
    this.api?.stopEditing(true);
  }
}
