/**
 * The mouse on one sheet's grid: clicking and dragging selects (Shift stretches, the row header
 * takes the row), dragging the fill handle fills (gridCommands.fillFromHandle), and while a
 * formula is typed a click or drag over cells picks their reference into it (pickIntoFormula.ts).
 * The held button lives in the session's interaction state (`drag`), so a drag never outlives
 * the button nor its grid. Split out of GridController, which adapts AG Grid.
 */
import { parseCellAddress } from '../../../models/workbook/cellAddress.js';
import { fillTarget } from './autoFill.js';
import { fillFromHandle, type CommandTarget } from './gridCommands.js';
import { focusedInput, type InteractionEvent, type InteractionState } from './interactionState.js';
import { pickIntoFormula } from './pickIntoFormula.js';
import { addedArea, clampPosition, extendSelection, hasSeveralAreas, headerSelection, selectionRange, withAreasOf } from './selection.js';

export class GridPointer {
  private readonly unsubscribe: Array<() => void> = [];
  /** The last press on a sheet cell, handled before AG Grid tells it (`onGridMouseEvent`). */
  private pressed: MouseEvent | null = null;

  constructor(private readonly grid: CommandTarget) {
    // Capture: AG Grid may stop a mouseup from bubbling, and a drag must never outlive the button.
    document.addEventListener('mouseup', this.onMouseUp, true);
    this.unsubscribe.push(() => document.removeEventListener('mouseup', this.onMouseUp, true));
  }

  destroy(): void {
    for (const off of this.unsubscribe) off();
  }

  private interaction(): InteractionState {
    return this.grid.session.interaction.state.get();
  }

  private send(event: InteractionEvent): void {
    this.grid.session.interaction.send(event);
  }

  /**
   * AG Grid's cellMouseDown (SheetGridView), told in a task after the press: a sheet cell's press
   * was handled at once (`onGridMouseEvent`), the row header's is handled here.
   */
  onCellMouseDown(row: number, col: number | 'rowHeader', event: MouseEvent): void {
    if (event !== this.pressed) this.press(row, col, event);
  }

  private press(row: number, col: number | 'rowHeader', event: MouseEvent): void {
    if (event.button !== 0) return;
    const { session, sheetId } = this.grid;
    const bounds = this.grid.bounds();
    const current = session.selection.get();
    const ctrl = event.ctrlKey || event.metaKey;
    if (event.target instanceof Element && event.target.closest('.fx-fill-handle') && !session.readOnly) {
      // Excel offers no fill handle on several areas (cellPaint.ts draws none).
      if (hasSeveralAreas(current)) return;
      const source = selectionRange(current);
      this.send({ type: 'dragStarted', drag: { kind: 'fill', sheetId, source, target: source } });
      return;
    }
    if (col === 'rowHeader') {
      this.grid.select(headerSelection(current, 'rows', row, event.shiftKey, bounds, ctrl), false);
    } else if (event.shiftKey) {
      // From the range's anchor, as Shift+arrow (Excel: also after Enter moved the active cell inside it).
      this.grid.select(extendSelection(current, { row, col }, bounds), false);
    } else if (ctrl) {
      // A new area, as Excel's Ctrl+click; a drag from here stretches it (onCellMouseOver).
      this.grid.select(addedArea(current, { row, col }), false);
    } else {
      this.grid.select({ active: { row, col }, corner: { row, col } }, false);
    }
    this.send({ type: 'dragStarted', drag: { kind: 'select', sheetId } });
  }

  onCellMouseOver(row: number, col: number, buttons: number): void {
    const { session, sheetId } = this.grid;
    const drag = this.interaction().drag;
    if (drag?.sheetId !== sheetId) return;
    if ((buttons & 1) === 0) return this.onMouseUp();
    const position = clampPosition({ row, col }, this.grid.bounds());
    if (drag.kind === 'select') {
      const current = session.selection.get();
      session.selection.set(withAreasOf(current, { active: current.active, corner: position }));
    } else if (drag.kind === 'fill') {
      this.send({ type: 'fillDragged', target: fillTarget(drag.source, position) });
    } else {
      pickIntoFormula(session, sheetId, drag.anchor, position);
    }
  }

  private readonly onMouseUp = (): void => {
    const drag = this.interaction().drag;
    if (drag?.sheetId !== this.grid.sheetId) return;
    this.send({ type: 'buttonReleased' });
    if (drag.kind !== 'fill') return;
    const { source, target } = drag;
    if (target.top !== source.top || target.bottom !== source.bottom || target.left !== source.left || target.right !== source.right) fillFromHandle(this.grid, source, target);
  };

  /**
   * Sees every pointerdown, mousedown and click in the grid before AG Grid (capture). While a
   * formula is typed and its caret may take a reference, a click on a cell puts the cell's address
   * there and keeps the edit open: none of the click's events reaches AG Grid (which would end the
   * edit), and the mousedown's default (moving the focus) is cancelled.
   */
  onGridMouseEvent(event: MouseEvent): void {
    const { session, sheetId } = this.grid;
    if (this.interaction().pickClick && event.type !== 'pointerdown') {
      if (event.type === 'click') this.send({ type: 'pickClickEnded' });
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (event.type !== 'pointerdown') return;
    this.send({ type: 'pickClickEnded' });
    const cell = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-cell]') : null;
    const position = cell?.dataset.cell ? parseCellAddress(cell.dataset.cell) : null;
    if (!cell || !position) return;
    const input = focusedInput(this.interaction());
    const picks = event.button === 0 && !session.readOnly && input && document.activeElement === input.element && !cell.contains(input.element);
    if (!picks || !pickIntoFormula(session, sheetId, position, position)) {
      // A press on a sheet cell selects it at once. AG Grid tells its cellMouseDown in a task of
      // its own (a timeout), and the browser runs input first: on a busy page a key pressed right
      // after the click moved from the cell selected before it (found with the page's CPU slowed
      // 6 times, a click ending the wheel preview: previewPress.ts).
      this.pressed = event;
      return this.press(position.row, position.col, event);
    }
    this.send({ type: 'dragStarted', drag: { kind: 'pick', sheetId, anchor: position } });
    // Not cancelled: a cancelled pointerdown still moves the focus, and loses the mousedown that can stop it.
    event.stopPropagation();
  }

  /** A click on a column letter: the column, with Shift the columns from the anchor's to it, with Ctrl the column added as an area (headerSelection). */
  onColumnHeaderClicked(col: number, shift: boolean, ctrl = false): void {
    this.grid.select(headerSelection(this.grid.session.selection.get(), 'cols', col, shift, this.grid.bounds(), ctrl), false);
  }
}
