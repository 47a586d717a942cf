/**
 * The thin layer between AG Grid and the workbook: it keeps the cell views that are on screen,
 * repaints exactly the cells whose value, format, selection or presence changed, and turns mouse
 * and keys into selection changes and edits. AG Grid renders, scrolls and keeps ARIA; the
 * selection, editing keys, clipboard, fill handle and reference picking are Fremskriv's own
 * (Community has none of them).
 */
import type * as Y from 'yjs';
import type { GridApi } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { cellInputAt } from '../../../models/workbook/readCells.js';
import { parseCellAddress, type CellPosition } from '../../../models/workbook/cellAddress.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { onFormatsChange, onScenariosChange } from '../../../models/workbook/workbookReader.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { cellEditText, commitCellText } from '../workspace/cellEdits.js';
import type { Peer } from '../presence/PresenceTracker.js';
import { cellPaint, type CellPaint, type GridMarks } from './cellPaint.js';
import type { FrozenPanes } from './frozenPanes.js';
import { gridCommand, keyStroke, nextPick, type PickingKey } from './keyboardNavigation.js';
import { clampPosition, rangeContains, selectionRange, unionRange, type CellRange, type GridBounds, type GridSelection } from './selection.js';
import { clearSelection, fillFromHandle, fillSelection } from './gridCommands.js';
import { fillTarget } from './autoFill.js';
import { formulaInput, rememberPick } from './formulaInput.js';
import { carriedPick, followPick, pickedAddress } from './crossSheetPointing.js';
import { pendingCut, transactionEndsCut } from './pendingCut.js';
import { insertReference, referenceSlot, type PickedReference } from './referencePicking.js';

export interface RowData {
  row: number;
}

export interface Paintable {
  paint(): void;
}

export type EditMove = 'down' | 'up' | 'right' | 'left' | null;

/** What a held mouse button is doing: selecting, dragging the fill handle, or picking a reference. */
type Drag = { kind: 'select' } | { kind: 'fill'; source: CellRange; target: CellRange } | { kind: 'pick'; anchor: CellPosition };

export class GridController {
  api: GridApi<RowData> | null = null;
  private readonly views = new Map<string, Paintable>();
  private peers = new Map<string, Peer>();
  private editStart: { replaceWith?: string } = {};
  private drag: Drag | null = null;
  /** The reference picked last into the formula being typed, and the cells it names (anchor to corner). */
  private picked: { ref: PickedReference; range: CellRange; anchor: CellPosition; corner: CellPosition } | null = null;
  /** A click that picked a reference: its mousedown and click must not end the edit either. */
  private pickGesture = false;
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
    this.unsubscribe.push(
      onFormatsChange(session.doc, sheetId, () => this.repaintAll()),
      // A scenario's inputs are marked in the grid; any change to them may move the marks.
      onScenariosChange(session.doc, () => this.repaintAll()),
    );
    // Capture: AG Grid may stop a mouseup from bubbling, and a drag must never outlive the button.
    document.addEventListener('mouseup', this.onMouseUp, true);
    this.unsubscribe.push(() => document.removeEventListener('mouseup', this.onMouseUp, true));
    let cut = pendingCut.get();
    const formula = formulaInput(session);
    this.unsubscribe.push(
      pendingCut.subscribe(() => {
        const next = pendingCut.get();
        for (const c of [cut, next]) if (c?.sheetId === sheetId) this.repaintRange(c.range);
        cut = next;
      }),
      // The picked reference is outlined only while its formula is being typed.
      formula.subscribe(() => this.setPicked(null)),
    );
    // A pending cut outlives this grid (it may be pasted on another sheet), but not an edit (pendingCut.ts),
    // nor the workspace: a cut made in another one is dropped.
    if (cut && !workbookGrid(session.doc).sheet(cut.sheetId)) pendingCut.set(null);
    const onTransaction = (tr: Y.Transaction): void => {
      const pending = pendingCut.get();
      if (pending && transactionEndsCut(pending, tr, session.origin)) pendingCut.set(null);
    };
    session.doc.on('afterTransaction', onTransaction);
    this.unsubscribe.push(() => session.doc.off('afterTransaction', onTransaction));
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
    return cellPaint(this.session, this.sheetId, row, col, this.peers.get(`${row}:${col}`) ?? null, this.marks(), this.t);
  }

  private marks(): GridMarks {
    const outlines: GridMarks['outlines'] = [];
    if (this.picked) outlines.push({ range: this.picked.range, kind: 'pick' });
    if (this.drag?.kind === 'fill') outlines.push({ range: this.drag.target, kind: 'fill' });
    const cut = pendingCut.get();
    if (cut?.sheetId === this.sheetId) outlines.push({ range: cut.range, kind: 'cut' });
    return { outlines, fillHandle: !this.session.readOnly };
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

  /** Scrolls a cell into view without taking the keyboard focus (the editor keeps it). */
  private scrollIntoView(position: CellPosition): void {
    this.api?.ensureColumnVisible(`c${position.col}`);
    if (position.row >= this.frozen.rows) this.api?.ensureIndexVisible(position.row - this.frozen.rows);
  }

  onCellMouseDown(row: number, col: number | 'rowHeader', event: MouseEvent): void {
    if (event.button !== 0) return;
    const bounds = this.bounds();
    const current = this.session.selection.get();
    if (event.target instanceof Element && event.target.closest('.fx-fill-handle') && !this.session.readOnly) {
      const source = selectionRange(current);
      this.drag = { kind: 'fill', source, target: source };
      return;
    }
    if (col === 'rowHeader') {
      const from = event.shiftKey ? current.active.row : row;
      this.select({ active: { row: from, col: 0 }, corner: { row, col: bounds.cols - 1 } }, false);
    } else if (event.shiftKey) {
      this.select({ active: current.active, corner: clampPosition({ row, col }, bounds) }, false);
    } else {
      this.select({ active: { row, col }, corner: { row, col } }, false);
    }
    this.drag = { kind: 'select' };
  }

  onCellMouseOver(row: number, col: number, buttons: number): void {
    const drag = this.drag;
    if (!drag) return;
    if ((buttons & 1) === 0) return this.onMouseUp();
    const position = clampPosition({ row, col }, this.bounds());
    if (drag.kind === 'select') {
      this.session.selection.set({ active: this.session.selection.get().active, corner: position });
    } else if (drag.kind === 'fill') {
      const before = drag.target;
      drag.target = fillTarget(drag.source, position);
      this.repaintRange(unionRange(before, drag.target));
    } else {
      this.pick(drag.anchor, position);
    }
  }

  private readonly onMouseUp = (): void => {
    const drag = this.drag;
    this.drag = null;
    if (drag?.kind !== 'fill') return;
    this.repaintRange(drag.target);
    const { source, target } = drag;
    if (target.top !== source.top || target.bottom !== source.bottom || target.left !== source.left || target.right !== source.right) fillFromHandle(this, source, target);
  };

  // ── Picking references while a formula is typed ────────────────────────────
  /**
   * Sees every pointerdown, mousedown and click in the grid before AG Grid (capture). While a
   * formula is typed and its caret may take a reference, a click on a cell puts the cell's address
   * there and keeps the edit open: none of the click's events reaches AG Grid (which would end the
   * edit), and the mousedown's default (moving the focus) is cancelled.
   */
  onGridMouseEvent(event: MouseEvent): void {
    if (this.pickGesture && event.type !== 'pointerdown') {
      if (event.type === 'click') this.pickGesture = false;
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (event.type !== 'pointerdown') return;
    this.pickGesture = false;
    const input = formulaInput(this.session).get();
    if (event.button !== 0 || this.session.readOnly || !input || document.activeElement !== input.element) return;
    const cell = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-cell]') : null;
    const position = cell?.dataset.cell ? parseCellAddress(cell.dataset.cell) : null;
    if (!cell || !position || cell.contains(input.element) || !this.pick(position, position)) return;
    this.drag = { kind: 'pick', anchor: position };
    this.pickGesture = true;
    // Not cancelled: a cancelled pointerdown still moves the focus, and loses the mousedown that can stop it.
    event.stopPropagation();
  }

  /** Puts the range `anchor`:`corner` into the formula being typed; false when no reference may go there. */
  private pick(anchor: CellPosition, corner: CellPosition): boolean {
    const input = formulaInput(this.session).get();
    if (!input) return false;
    const { value, selectionStart, selectionEnd } = input.element;
    const last = this.picked?.ref ?? carriedPick(this.session);
    const slot = referenceSlot(value, selectionStart ?? value.length, selectionEnd ?? value.length, last, this.session.locale.get());
    if (!slot) return false;
    const range = selectionRange({ active: anchor, corner });
    const { text, picked } = insertReference(value, slot, pickedAddress(this.session, this.sheetId, range));
    input.replace(text, picked.end);
    this.setPicked({ ref: picked, range, anchor, corner });
    followPick(this.session, this.sheetId, { active: anchor, corner });
    return true;
  }

  /**
   * An arrow key in Excel's point mode (a cell editor started by typing, or the formula bar of an
   * edit that went across sheets, crossSheetKeys.ts): where the caret may take a reference, it picks the
   * cell next to the one picked last (at first, next to `start`); Shift stretches the picked range,
   * Ctrl runs to the data edge (keyboardNavigation.nextPick). False when no reference may go there
   * (the key then does what it did before).
   */
  pickByKey(key: PickingKey, start: CellPosition | null = this.editing): boolean {
    const from = this.picked ?? (start ? { anchor: start, corner: start } : null);
    if (!from) return false;
    const { anchor, corner } = nextPick(from, key, { bounds: this.bounds(), hasContent: (r, c) => this.hasContent(r, c) });
    if (!this.pick(anchor, corner)) return false;
    this.scrollIntoView(corner);
    return true;
  }

  private setPicked(next: { ref: PickedReference; range: CellRange; anchor: CellPosition; corner: CellPosition } | null): void {
    const before = this.picked;
    this.picked = next;
    if (next) rememberPick(this.session, next.ref);
    if (before) this.repaintRange(before.range);
    if (next) this.repaintRange(next.range);
  }

  onColumnHeaderClicked(col: number, shift: boolean): void {
    const bounds = this.bounds();
    const from = shift ? this.session.selection.get().active.col : col;
    this.select({ active: { row: 0, col: from }, corner: { row: bounds.rows - 1, col } }, false);
  }

  // ── Keys ───────────────────────────────────────────────────────────────────
  onKeyDown(event: KeyboardEvent): void {
    if (this.editing || (event.target instanceof HTMLElement && event.target.closest('input, textarea, select'))) return;
    if (event.key === 'Escape' && pendingCut.get()) {
      pendingCut.set(null);
      return;
    }
    const selection = this.session.selection.get();
    const command = gridCommand(keyStroke(event), { selection, bounds: this.bounds(), pageRows: 20, hasContent: (r, c) => this.hasContent(r, c) });
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

  private hasContent(row: number, col: number): boolean {
    return cellInputAt(this.session.doc, this.sheetId, row, col) !== undefined;
  }

  // ── Editing ────────────────────────────────────────────────────────────────
  startEdit(replaceWith?: string): void {
    if (this.session.readOnly) {
      this.session.tell('notice.readOnly');
      return;
    }
    const { row, col } = this.session.selection.get().active;
    pendingCut.set(null);
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
