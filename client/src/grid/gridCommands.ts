/** The grid's commands on the selection: clear, fill, copy, paste, structure and formats. */
import type { CellEdit, WorkbookOperation } from '../../../models/operations/workbookOperation.js';
import { cellFormatAt } from '../../../models/workbook/readCells.js';
import type { CellFormat } from '../../../models/workbook/workbookReader.js';
import { effectiveInput } from '../workspace/cellEdits.js';
import { editCells } from '../workspace/cellEdits.js';
import { parseClipboardText, sameClipboardText, serializeClipboardHtml, serializeClipboardText } from './clipboardText.js';
import { fillDown, fillRight, type CellSource } from './fillRange.js';
import { autoFill } from './autoFill.js';
import { cutMove, pendingCut } from './pendingCut.js';
import { copiedBlockChanges, pastedTextChanges, type CopiedBlock } from './pasteCells.js';
import { rangeCols, rangeRows, selectionRange, type CellRange } from './selection.js';
import type { GridController } from './GridController.js';

/** The last block copied in this browser tab, to keep formulas when it is pasted back here. */
let lastCopied: CopiedBlock | null = null;

/** Reading cells beyond this many is refused rather than freezing the tab (whole-sheet copies). */
const MAX_CLIPBOARD_CELLS = 200_000;

function sourceOf(controller: GridController): CellSource {
  const { session, sheetId } = controller;
  return {
    input: (row, col) => effectiveInput(session, sheetId, row, col),
    format: (row, col) => cellFormatAt(session.doc, sheetId, row, col),
  };
}

export function clearSelection(controller: GridController): void {
  const range = selectionRange(controller.session.selection.get());
  const cells: CellEdit[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) {
      if (effectiveInput(controller.session, controller.sheetId, row, col) !== undefined) cells.push({ row, col, input: null });
    }
  }
  if (cells.length > 0) editCells(controller.session, controller.sheetId, cells);
}

export function fillSelection(controller: GridController, direction: 'down' | 'right'): void {
  const range = selectionRange(controller.session.selection.get());
  const changes = direction === 'down' ? fillDown(range, sourceOf(controller)) : fillRight(range, sourceOf(controller));
  if (changes) editCells(controller.session, controller.sheetId, changes.cells, changes.formats);
}

/** The fill handle dragged from `source` to `target`: fills and selects the whole target. */
export function fillFromHandle(controller: GridController, source: CellRange, target: CellRange): void {
  const language = controller.session.locale.get() === 'en-GB' ? 'en' : 'da';
  const changes = autoFill(source, target, sourceOf(controller), language);
  if (changes.cells.length === 0) return;
  if (editCells(controller.session, controller.sheetId, changes.cells, changes.formats)) {
    controller.select({ active: { row: target.top, col: target.left }, corner: { row: target.bottom, col: target.right } }, false);
  }
}

/**
 * Fills the clipboard event with the selection's shown text (and keeps the inputs for a paste
 * here). With `cut`, the selection is marked to be moved by the next paste (pendingCut.ts).
 */
export function copySelection(controller: GridController, data: DataTransfer, cut = false): boolean {
  const range = selectionRange(controller.session.selection.get());
  if (rangeRows(range) * rangeCols(range) > MAX_CLIPBOARD_CELLS) {
    controller.session.tell('notice.tooLargeToCopy');
    return false;
  }
  const read = sourceOf(controller);
  const texts: string[][] = [];
  const block: CopiedBlock = { text: '', origin: { row: range.top, col: range.left }, inputs: [], formats: [] };
  for (let row = range.top; row <= range.bottom; row++) {
    const textRow: string[] = [];
    const inputRow: CopiedBlock['inputs'][number] = [];
    const formatRow: Array<CellFormat | undefined> = [];
    for (let col = range.left; col <= range.right; col++) {
      textRow.push(controller.paintFor(row, col).text);
      inputRow.push(read.input(row, col));
      formatRow.push(read.format(row, col));
    }
    texts.push(textRow);
    block.inputs.push(inputRow);
    block.formats.push(formatRow);
  }
  block.text = serializeClipboardText(texts);
  data.setData('text/plain', block.text);
  data.setData('text/html', serializeClipboardHtml(texts));
  lastCopied = block;
  pendingCut.set(cut ? { sheetId: controller.sheetId, range, text: block.text } : null);
  return true;
}

export function pasteIntoSelection(controller: GridController, text: string): void {
  const { session, sheetId } = controller;
  const target = selectionRange(session.selection.get());
  const move = cutMove(pendingCut.get(), text, sheetId, target);
  if (move) {
    pendingCut.set(null);
    if (session.apply(move)) controller.select({ active: { row: move.toRow, col: move.toCol }, corner: { row: move.toRow + move.rows - 1, col: move.toCol + move.cols - 1 } }, false);
    return;
  }
  const bounds = controller.bounds();
  const changes =
    lastCopied && sameClipboardText(lastCopied.text, text)
      ? copiedBlockChanges(lastCopied, target, bounds)
      : pastedTextChanges(parseClipboardText(text), target, bounds, session.locale.get());
  if (changes.cells.length === 0) return;
  if (editCells(session, sheetId, changes.cells, changes.formats)) {
    const last = changes.cells[changes.cells.length - 1]!;
    controller.select({ active: { row: target.top, col: target.left }, corner: { row: last.row, col: last.col } }, false);
  }
}

export type StructuralEdit = 'insertRowsAbove' | 'insertRowsBelow' | 'deleteRows' | 'insertColumnsLeft' | 'insertColumnsRight' | 'deleteColumns';

/** Inserts or deletes as many rows (columns) as the selection spans, as Excel does. */
export function structuralOperation(sheetId: string, range: CellRange, edit: StructuralEdit): WorkbookOperation {
  const rows = rangeRows(range);
  const cols = rangeCols(range);
  switch (edit) {
    case 'insertRowsAbove':
      return { type: 'insertRows', sheetId, index: range.top, count: rows };
    case 'insertRowsBelow':
      return { type: 'insertRows', sheetId, index: range.bottom + 1, count: rows };
    case 'deleteRows':
      return { type: 'deleteRows', sheetId, index: range.top, count: rows };
    case 'insertColumnsLeft':
      return { type: 'insertColumns', sheetId, index: range.left, count: cols };
    case 'insertColumnsRight':
      return { type: 'insertColumns', sheetId, index: range.right + 1, count: cols };
    case 'deleteColumns':
      return { type: 'deleteColumns', sheetId, index: range.left, count: cols };
  }
}

export function formatSelection(controller: GridController, format: CellFormat | null): void {
  const range = selectionRange(controller.session.selection.get());
  controller.session.apply({
    type: 'setFormat',
    sheetId: controller.sheetId,
    row: range.top,
    col: range.left,
    rows: rangeRows(range),
    cols: rangeCols(range),
    format,
  });
}

/** Makes the active cell one of the active scenario's assumptions, starting from its current value. */
export function toggleScenarioInput(controller: GridController): void {
  const { session, sheetId } = controller;
  const { row, col } = session.selection.get().active;
  const scenarioId = session.activeScenario.get();
  if (session.isScenarioInput(sheetId, row, col)) {
    session.apply({ type: 'setScenarioInput', scenarioId, sheetId, row, col, input: null });
    return;
  }
  const value = session.engines.engine(scenarioId).value(sheetId, row, col);
  if (value === null || typeof value === 'object') {
    session.tell('notice.scenarioInputNeedsValue');
    return;
  }
  session.apply({ type: 'setScenarioInput', scenarioId, sheetId, row, col, input: value });
}
