/**
 * The in-cell editor. Typing starts it with that character ("enter" mode: arrows commit and
 * move); F2 or a double-click starts it with the cell's content ("edit" mode: arrows move the
 * caret). Enter, Tab and arrows commit; Escape cancels; clicking elsewhere commits, as in Excel,
 * except where a formula's caret may take a reference: there a click, or in "enter" mode an arrow
 * (Shift+arrow for a range, Ctrl to the data edge), puts a cell's address in (Excel's point mode);
 * elsewhere Ctrl+arrow commits and moves as an arrow does. Clicking another sheet's
 * tab while a formula is typed hands the text over to the formula bar (crossSheetPointing.ts).
 * Alt+Enter puts a line break into the text, as in Excel: the editor is a textarea that grows a
 * line at a time, and Enter still commits.
 */
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';
import type { EditMove, GridController, RowData } from './GridController.js';
import type { CellViewParams } from './CellView.js';
import { visibleBottom } from './editorReveal.js';
import { trackFormulaInput } from './formulaInput.js';
import type { SheetCell } from './interactionState.js';
import type { RunKey } from './tabRun.js';
import { handedOver } from './crossSheetPointing.js';
import { keyStroke, pickingKey } from './keyboardNavigation.js';
import { stampFor } from './dateStamp.js';
import { pressF4 } from './absoluteReference.js';
import { arrayEntryFillsSelection } from './gridCommands.js';

const ARROW_MOVES: Record<string, EditMove> = { ArrowDown: 'down', ArrowUp: 'up', ArrowLeft: 'left', ArrowRight: 'right' };

export class CellEditor implements ICellEditorComp<RowData> {
  private readonly input = document.createElement('textarea');
  private controller!: GridController;
  private row = 0;
  private col = 0;
  private done = false;
  private mode: 'enter' | 'edit' = 'edit';
  private untrack = (): void => undefined;

  init(params: ICellEditorParams<RowData> & CellViewParams): void {
    this.controller = params.context as GridController;
    this.row = params.data?.row ?? 0;
    this.col = params.col;
    const start = this.controller.takeEditStart();
    this.mode = start.replaceWith === undefined ? 'edit' : 'enter';
    this.input.className = 'fx-editor';
    this.input.spellcheck = false;
    this.input.rows = 1;
    this.input.setAttribute('aria-label', this.controller.translate('grid.cellEditor'));
    this.input.value = start.replaceWith ?? this.controller.editText(this.row, this.col);
    this.controller.session.editText.set(this.input.value);
    this.fitLines();
    this.input.addEventListener('keydown', this.onKeyDown);
    this.input.addEventListener('input', this.onInput);
    this.untrack = trackFormulaInput(this.controller.session, {
      element: this.input,
      inCell: true,
      cell: () => this.cell(),
      replace: (text, caret) => {
        this.input.value = text;
        this.input.setSelectionRange(caret, caret);
        this.onInput();
      },
    });
  }

  getGui(): HTMLElement {
    return this.input;
  }

  afterGuiAttached(): void {
    this.input.focus();
    const end = this.input.value.length;
    this.input.setSelectionRange(end, end);
    // F2 on a cell of several lines at the view's bottom shows them all, as a typed line does.
    this.revealLines();
  }

  getValue(): string {
    return this.input.value;
  }

  isPopup(): boolean {
    return false;
  }

  destroy(): void {
    this.input.removeEventListener('keydown', this.onKeyDown);
    this.input.removeEventListener('input', this.onInput);
    this.untrack();
    // Clicking another cell or scrolling the edit away commits it, as in Excel; unless another
    // sheet's tab took the edit over (Enter commits it there).
    if (!this.done) {
      this.done = true;
      if (!handedOver(this.controller.session, this.cell())) {
        this.controller.commitEdit(this.row, this.col, this.input.value);
      }
      this.controller.session.editText.set(null);
    }
  }

  private cell(): SheetCell {
    return { sheetId: this.controller.sheetId, row: this.row, col: this.col };
  }

  private readonly onInput = (): void => {
    this.controller.session.editText.set(this.input.value);
    this.fitLines();
  };

  /** One line of the editor per line of the text (Alt+Enter), so that every line shows while it is typed. */
  private fitLines(): void {
    const lines = this.input.value.split('\n').length;
    const grew = lines > this.input.rows;
    this.input.rows = lines;
    this.input.classList.toggle('is-multiline', lines > 1);
    if (grew) this.revealLines();
  }

  /**
   * Keeps every line of a grown editor in view: a cell on the view's bottom row had its new line
   * cut off (the grid's scroll to the row below moved it a few pixels only). The view scrolls by
   * what is hidden, measured; what the view cannot scroll (in the sheet's last rows) the editor
   * shows by growing upward over the cells above. A frozen row's editor grows down over the rows.
   */
  private revealLines(): void {
    this.input.style.top = '';
    const viewport = this.input.closest<HTMLElement>('.ag-grid-viewport');
    if (!viewport || this.input.rows <= 1 || this.input.closest('.ag-grid-pinned-top-rows')) return;
    const below = Math.ceil(this.input.getBoundingClientRect().bottom - visibleBottom(this.input, viewport));
    if (below <= 0) return;
    // Grown upward first, the editor adds nothing below the rows, so the room left to scroll is the
    // rows' own (the editor's overflow made the view scroll, and shifting it up took that back).
    this.input.style.top = `-${below}px`;
    const before = viewport.scrollTop;
    viewport.scrollTop = before + Math.min(below, Math.max(0, viewport.scrollHeight - viewport.clientHeight - before));
    const up = below - (viewport.scrollTop - before);
    this.input.style.top = up > 0 ? `-${up}px` : '';
  }

  /** `key`: the Tab or Enter that finished the edit (Excel's return after a run of Tabs, tabRun.ts). */
  private finish(commit: boolean, move: EditMove, key?: RunKey): void {
    if (this.done) return;
    this.done = true;
    if (commit) this.controller.commitAndMove(this.row, this.col, this.input.value, move, this.input, key);
    else this.controller.endEdit(move);
  }

  /** Ctrl+Shift+Enter: a formula into the active cell only, a value into every selected cell (gridCommands.arrayEntryFillsSelection). */
  private finishAsArray(): void {
    if (arrayEntryFillsSelection(this.input.value)) this.finishIntoSelection();
    else this.finish(true, null);
  }

  /** Ctrl+Enter: the text into every selected cell, the selection kept (GridController.commitToSelection). */
  private finishIntoSelection(): void {
    if (this.done) return;
    this.done = true;
    this.controller.commitToSelection(this.input.value);
  }

  /** The whole text replaced (F4), the caret at `caret`, as if typed. */
  private typeOver(text: string, caret: number): void {
    this.input.value = text;
    this.input.setSelectionRange(caret, caret);
    this.input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /** Text put in at the caret (over any selected text), as if typed. */
  private typeAtCaret(text: string): void {
    this.input.setRangeText(text, this.input.selectionStart ?? this.input.value.length, this.input.selectionEnd ?? this.input.value.length, 'end');
    // As typing does: the formula bar and the formula tracking follow the input event.
    this.input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  private pickByKey(event: KeyboardEvent): boolean {
    const key = pickingKey(keyStroke(event));
    return key !== null && this.controller.pickByKey(key);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    // A key while a dead key or an input method composes (Enter choosing its text) is the composition's.
    if (event.isComposing || event.keyCode === 229) return event.stopPropagation();
    const arrow = ARROW_MOVES[event.key];
    let handled = true;
    const stamp = stampFor(event, new Date(), this.controller.session.locale.get());
    if (event.key === 'Enter' && event.altKey) this.typeAtCaret('\n');
    else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.shiftKey) this.finishAsArray();
    else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) this.finishIntoSelection();
    else if (event.key === 'Enter') this.finish(true, event.shiftKey ? 'up' : 'down', 'Enter');
    else if (stamp !== null) this.typeAtCaret(stamp);
    else if (event.key === 'Tab') this.finish(true, event.shiftKey ? 'left' : 'right', 'Tab');
    else if (event.key === 'Escape') this.finish(false, null);
    else if (event.key === 'F2') this.mode = this.mode === 'edit' ? 'enter' : 'edit';
    else if (event.key === 'F4') pressF4(this.input, ({ text, caret }) => this.typeOver(text, caret));
    else if (arrow && this.mode === 'enter' && this.pickByKey(event)) handled = true;
    else if (arrow && this.mode === 'enter') this.finish(true, arrow);
    else handled = false;
    if (handled) event.preventDefault();
    // The grid must not act on keys the editor owns (AG Grid's and Fremskriv's own handlers).
    event.stopPropagation();
  };
}
