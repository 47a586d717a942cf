/**
 * The thin layer between AG Grid and the workbook: it keeps the cell views that are on screen,
 * repaints exactly the cells whose value, format, selection or presence changed, and turns mouse
 * and keys into selection changes and edits. AG Grid renders, scrolls and keeps ARIA; the
 * selection, editing keys and clipboard are Fremskriv's own (Community has none of them).
 */
import type { GridApi } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { cellInputAt } from '../../../models/workbook/readCells.js';
import type { CellPosition } from '../../../models/workbook/cellAddress.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { scenariosArray, sheetParts } from '../../../models/workbook/workbookSchema.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { cellEditText, commitCellText } from '../workspace/cellEdits.js';
import type { Peer } from '../presence/PresenceTracker.js';
import { cellPaint, type CellPaint } from './cellPaint.js';
import type { FrozenPanes } from './frozenPanes.js';
import { gridCommand } from './keyboardNavigation.js';
import { clampPosition, rangeContains, selectionRange, unionRange, type CellRange, type GridBounds, type GridSelection } from './selection.js';
import { clearSelection, fillSelection } from './gridCommands.js';

export interface RowData {
  row: number;
}

export interface Paintable {
  paint(): void;
}

export type EditMove = 'down' | 'up' | 'right' | 'left' | null;

export class GridController {
  api: GridApi<RowData> | null = null;
  private readonly views = new Map<string, Paintable>();
  private peers = new Map<string, Peer>();
  private editStart: { replaceWith?: string } = {};
  private dragging = false;
  editing: { row: number; col: number } | null = null;
  private readonly unsubscribe: Array<() => void> = [];

  constructor(
    readonly session: WorkbookSession,
    readonly sheetId: string,
    readonly frozen: FrozenPanes,
    public t: TFunction,
  ) {
    let previous = selectionRange(session.selection.get());
    this.unsubscribe.push(
      session.selection.subscribe(() => {
        const next = selectionRange(session.selection.get());
        this.repaintRange(unionRange(previous, next));
        previous = next;
      }),
      session.engines.onUpdate((update) => {
        if (update.scenarioId !== session.activeScenario.get()) return;
        if (update.structureChanged) return this.repaintAll();
        for (const change of update.changes) if (change.sheetId === sheetId) this.repaint(change.row, change.col);
      }),
      session.activeScenario.subscribe(() => this.repaintAll()),
      session.locale.subscribe(() => this.repaintAll()),
    );
    const sheet = workbookGrid(session.doc).sheet(sheetId);
    if (sheet) {
      const { formats } = sheetParts(sheet);
      const onFormats = (): void => this.repaintAll();
      formats.observe(onFormats);
      this.unsubscribe.push(() => formats.unobserve(onFormats));
    }
    // A scenario's inputs are marked in the grid; any change to them may move the marks.
    const scenarios = scenariosArray(session.doc);
    const onScenarios = (): void => this.repaintAll();
    scenarios.observeDeep(onScenarios);
    this.unsubscribe.push(() => scenarios.unobserveDeep(onScenarios));
    // Capture: AG Grid may stop a mouseup from bubbling, and a drag must never outlive the button.
    document.addEventListener('mouseup', this.onMouseUp, true);
    this.unsubscribe.push(() => document.removeEventListener('mouseup', this.onMouseUp, true));
  }

  destroy(): void {
    for (const off of this.unsubscribe) off();
    this.views.clear();
    this.api = null;
  }

  bounds(): GridBounds {
    const grid = workbookGrid(this.session.doc);
    return { rows: grid.rowIds(this.sheetId).length, cols: grid.colIds(this.sheetId).length };
  }

  // ── Painting ───────────────────────────────────────────────────────────────
  register(row: number, col: number, view: Paintable): void {
    this.views.set(`${row}:${col}`, view);
  }

  unregister(row: number, col: number, view: Paintable): void {
    const key = `${row}:${col}`;
    if (this.views.get(key) === view) this.views.delete(key);
  }

  repaint(row: number, col: number): void {
    this.views.get(`${row}:${col}`)?.paint();
    // A text that spills into this cell's neighbour may now stop or start spilling.
    if (col > 0) this.views.get(`${row}:${col - 1}`)?.paint();
  }

  repaintAll(): void {
    for (const view of this.views.values()) view.paint();
  }

  private repaintRange(range: CellRange): void {
    if ((range.bottom - range.top + 1) * (range.right - range.left + 1) > this.views.size) {
      for (const [key, view] of this.views) {
        const [row, col] = key.split(':').map(Number) as [number, number];
        if (rangeContains(range, row, col)) view.paint();
      }
      return;
    }
    for (let row = range.top; row <= range.bottom; row++) for (let col = range.left; col <= range.right; col++) this.views.get(`${row}:${col}`)?.paint();
  }

  setPeers(peers: readonly Peer[]): void {
    const before = [...this.peers.keys()];
    this.peers = new Map();
    for (const peer of peers) if (peer.cursor?.sheetId === this.sheetId) this.peers.set(`${peer.cursor.row}:${peer.cursor.col}`, peer);
    for (const key of new Set([...before, ...this.peers.keys()])) this.views.get(key)?.paint();
  }

  paintFor(row: number, col: number): CellPaint {
    return cellPaint(this.session, this.sheetId, row, col, this.peers.get(`${row}:${col}`) ?? null, this.t);
  }

  // ── Selection ──────────────────────────────────────────────────────────────
  select(selection: GridSelection, focus = true): void {
    this.session.selection.set(selection);
    if (focus) this.focusCell(selection.corner.row === selection.active.row && selection.corner.col === selection.active.col ? selection.active : selection.corner);
  }

  /** Scrolls a cell into view and gives it the keyboard focus (AG Grid keeps ARIA in step). */
  focusCell(position: CellPosition): void {
    const api = this.api;
    if (!api) return;
    const colKey = `c${position.col}`;
    if (position.row < this.frozen.rows) {
      api.ensureColumnVisible(colKey);
      api.setFocusedCell(position.row, colKey, 'top');
      return;
    }
    const index = position.row - this.frozen.rows;
    api.ensureIndexVisible(index);
    api.ensureColumnVisible(colKey);
    api.setFocusedCell(index, colKey);
  }

  onCellMouseDown(row: number, col: number | 'rowHeader', event: MouseEvent): void {
    if (event.button !== 0) return;
    const bounds = this.bounds();
    const current = this.session.selection.get();
    if (col === 'rowHeader') {
      const from = event.shiftKey ? current.active.row : row;
      this.select({ active: { row: from, col: 0 }, corner: { row, col: bounds.cols - 1 } }, false);
    } else if (event.shiftKey) {
      this.select({ active: current.active, corner: clampPosition({ row, col }, bounds) }, false);
    } else {
      this.select({ active: { row, col }, corner: { row, col } }, false);
    }
    this.dragging = true;
  }

  onCellMouseOver(row: number, col: number, buttons: number): void {
    if (!this.dragging) return;
    if ((buttons & 1) === 0) {
      this.dragging = false;
      return;
    }
    const current = this.session.selection.get();
    this.session.selection.set({ active: current.active, corner: clampPosition({ row, col }, this.bounds()) });
  }

  private readonly onMouseUp = (): void => {
    this.dragging = false;
  };

  onColumnHeaderClicked(col: number, shift: boolean): void {
    const bounds = this.bounds();
    const from = shift ? this.session.selection.get().active.col : col;
    this.select({ active: { row: 0, col: from }, corner: { row: bounds.rows - 1, col } }, false);
  }

  // ── Keys ───────────────────────────────────────────────────────────────────
  onKeyDown(event: KeyboardEvent): void {
    if (this.editing || (event.target instanceof HTMLElement && event.target.closest('input, textarea, select'))) return;
    const selection = this.session.selection.get();
    const command = gridCommand(
      { key: event.key, shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey, alt: event.altKey },
      { selection, bounds: this.bounds(), pageRows: 20, hasContent: (r, c) => cellInputAt(this.session.doc, this.sheetId, r, c) !== undefined },
    );
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    switch (command.kind) {
      case 'select':
        return this.select(command.selection);
      case 'edit':
        return this.startEdit(command.replaceWith);
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
    }
  }

  // ── Editing ────────────────────────────────────────────────────────────────
  startEdit(replaceWith?: string): void {
    if (this.session.readOnly) {
      this.session.tell('notice.readOnly');
      return;
    }
    const { row, col } = this.session.selection.get().active;
    this.editStart = replaceWith === undefined ? {} : { replaceWith };
    const pinned = row < this.frozen.rows;
    this.api?.startEditingCell({ rowIndex: pinned ? row : row - this.frozen.rows, colKey: `c${col}`, rowPinned: pinned ? 'top' : undefined });
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

  commitEdit(row: number, col: number, text: string): void {
    commitCellText(this.session, this.sheetId, row, col, text);
  }

  /** After the editor committed or cancelled: stop AG Grid's edit and move like Excel. */
  endEdit(move: EditMove): void {
    this.editing = null;
    this.session.editText.set(null);
    this.api?.stopEditing(true);
    const { active } = this.session.selection.get();
    const delta = { down: [1, 0], up: [-1, 0], right: [0, 1], left: [0, -1] } as const;
    const [dr, dc] = move ? delta[move] : [0, 0];
    const next = clampPosition({ row: active.row + dr, col: active.col + dc }, this.bounds());
    this.select({ active: next, corner: next });
  }
}
