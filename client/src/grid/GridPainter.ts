/**
 * Painting one sheet's grid: keeps the cell views that are on screen and repaints exactly the
 * cells whose value, format, selection, outline (picked reference, fill target, pending cut) or
 * colleague's cursor changed. Split out of GridController, which adapts AG Grid.
 */
import type { TFunction } from 'i18next';
import { onFormatsChange, onScenariosChange } from '../../../models/workbook/workbookReader.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import type { Peer } from '../presence/PresenceTracker.js';
import { cellPaint, type CellPaint, type GridMarks } from './cellPaint.js';
import { pickOn, type InteractionState } from './interactionState.js';
import { rangeContains, selectionAreas, selectionRange, unionRange, type CellRange } from './selection.js';

export interface Paintable {
  paint(): void;
}

export class GridPainter {
  private readonly views = new Map<string, Paintable>();
  private peers = new Map<string, Peer>();
  private readonly unsubscribe: Array<() => void> = [];
  private changes = 0;
  private readonly changeListeners = new Set<() => void>();

  /**
   * Moves whenever what any cell shows may have changed (a value, a format, the selection, an
   * outline, a colleague's cursor, a column's width, the language): what was painted at an
   * earlier revision may be stale, whether or not the cell is on screen.
   */
  get revision(): number {
    return this.changes;
  }

  /** Calls `listener` after each change of `revision`; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private changed(): void {
    this.changes++;
    for (const listener of this.changeListeners) listener();
  }

  constructor(
    private readonly session: WorkbookSession,
    private readonly sheetId: string,
    private t: TFunction,
  ) {
    let previous = selectionAreas(session.selection.get());
    this.unsubscribe.push(
      session.selection.subscribe(() => {
        const next = selectionAreas(session.selection.get());
        // One area before and after: the range holding both (as a drag grows it); else each area on its own.
        if (previous.length === 1 && next.length === 1) this.repaintRange(unionRange(previous[0]!, next[0]!));
        else for (const range of [...previous, ...next]) this.repaintRange(range);
        previous = next;
      }),
      session.engines.onUpdate((update) => {
        if (update.scenarioId !== session.activeScenario.get()) return;
        if (update.structureChanged) return this.repaintAll();
        // One revision for the whole update (an assumption may change 12,000 cells of a sheet).
        const mine = update.changes.filter((change) => change.sheetId === sheetId);
        if (mine.length) this.changed();
        for (const change of mine) this.paintCell(change.row, change.col);
      }),
      session.activeScenario.subscribe(() => this.repaintAll()),
      session.locale.subscribe(() => this.repaintAll()),
    );
    this.unsubscribe.push(
      onFormatsChange(session.doc, sheetId, () => this.repaintAll()),
      // A scenario's inputs are marked in the grid; any change to them may move the marks.
      onScenariosChange(session.doc, () => this.repaintAll()),
    );
    // The outlines (picked reference, fill target, pending cut) follow the interaction.
    let outlined = this.marks().outlines;
    this.unsubscribe.push(
      session.interaction.state.subscribe(() => {
        const next = this.marks().outlines;
        for (const range of changedOutlines(outlined, next)) this.repaintRange(range);
        outlined = next;
      }),
    );
  }

  destroy(): void {
    for (const off of this.unsubscribe) off();
    this.views.clear();
    this.changeListeners.clear();
  }

  /** The interface's language changed: every cell's tooltip may read differently. */
  setTranslation(t: TFunction): void {
    this.t = t;
    this.repaintAll();
  }

  register(row: number, col: number, view: Paintable): void {
    this.views.set(`${row}:${col}`, view);
  }

  unregister(row: number, col: number, view: Paintable): void {
    const key = `${row}:${col}`;
    if (this.views.get(key) === view) this.views.delete(key);
  }

  repaint(row: number, col: number): void {
    this.changed();
    this.paintCell(row, col);
  }

  private paintCell(row: number, col: number): void {
    this.views.get(`${row}:${col}`)?.paint();
    // A text that spills into this cell's neighbour may now stop or start spilling.
    if (col > 0) this.views.get(`${row}:${col - 1}`)?.paint();
  }

  repaintAll(): void {
    this.changed();
    for (const view of this.views.values()) view.paint();
  }

  /** A column's width changed: its numbers are fitted again. */
  repaintColumn(col: number): void {
    this.changed();
    const suffix = `:${col}`;
    for (const [key, view] of this.views) if (key.endsWith(suffix)) view.paint();
  }

  private repaintRange(range: CellRange): void {
    this.changed();
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
    this.changed();
    const before = [...this.peers.keys()];
    this.peers = new Map();
    for (const peer of peers) if (peer.cursor?.sheetId === this.sheetId) this.peers.set(`${peer.cursor.row}:${peer.cursor.col}`, peer);
    for (const key of new Set([...before, ...this.peers.keys()])) this.views.get(key)?.paint();
  }

  /** `room`: the width the cell's text may take (null: the full text, unfitted). */
  paintFor(row: number, col: number, room: number | null = null): CellPaint {
    return cellPaint(this.session, this.sheetId, row, col, this.peers.get(`${row}:${col}`) ?? null, this.marks(), this.t, room);
  }

  /** The marks of the interaction state last read: paintFor runs for every cell scrolling into view. */
  private marksOf: { state: InteractionState; marks: GridMarks } | null = null;

  private marks(): GridMarks {
    const state = this.session.interaction.state.get();
    if (this.marksOf?.state === state) return this.marksOf.marks;
    const marks = this.readMarks(state);
    this.marksOf = { state, marks };
    return marks;
  }

  private readMarks(state: InteractionState): GridMarks {
    const outlines: GridMarks['outlines'] = [];
    const picked = pickOn(state, this.sheetId);
    if (picked) outlines.push({ range: selectionRange({ active: picked.anchor, corner: picked.corner }), kind: 'pick' });
    if (state.drag?.kind === 'fill' && state.drag.sheetId === this.sheetId) outlines.push({ range: state.drag.target, kind: 'fill' });
    if (state.cut?.sheetId === this.sheetId) outlines.push({ range: state.cut.range, kind: 'cut' });
    return { outlines, fillHandle: !this.session.readOnly };
  }
}

/** The ranges to repaint when the outlines go from `before` to `after`: those of any kind that moved. */
function changedOutlines(before: GridMarks['outlines'], after: GridMarks['outlines']): CellRange[] {
  const changed: CellRange[] = [];
  for (const kind of ['pick', 'fill', 'cut'] as const) {
    const was = before.find((o) => o.kind === kind)?.range;
    const is = after.find((o) => o.kind === kind)?.range;
    if (was && is && sameRange(was, is)) continue;
    if (was) changed.push(was);
    if (is) changed.push(is);
  }
  return changed;
}

function sameRange(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
