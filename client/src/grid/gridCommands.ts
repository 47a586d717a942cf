/** The grid's commands on the selection: clear, fill, copy, paste, structure and formats. */
import { areasOverlap, mergeAt, sheetMerges, type MergedArea } from '../../../models/workbook/mergedCells.js';
import { carriedAreas, moveMergeProblem } from '../../../models/workbook/mergedMoves.js';
import { blockMove } from '../../../models/operations/moveCells.js';
import type { CellEdit, WorkbookOperation } from '../../../models/operations/workbookOperation.js';
import { cellFormatAt } from '../../../models/workbook/readCells.js';
import type { CellFormat } from '../../../models/workbook/workbookReader.js';
import { editCells, effectiveInput, wrapForLineBreak } from '../workspace/cellEdits.js';
import { parseClipboardText, sameClipboardText, serializeClipboardHtml, serializeClipboardText } from './clipboardText.js';
import { fillDown, fillRight, movedInput, type CellSource, type FormatEdit } from './fillRange.js';
import { typedEntry } from './percentEntry.js';
import { autoFill } from './autoFill.js';
import { cutMove } from './pendingCut.js';
import { copiedBlockChanges, copiedBlockMerges, pastedTextChanges, type CopiedBlock } from './pasteCells.js';
import { copiedLines, hasSeveralAreas, rangeCols, rangeRows, selectionAreas, selectionRange, type CellRange, type GridBounds, type GridSelection } from './selection.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';

/**
 * What a command needs of the grid it runs on: the session, the sheet, its size, a way to select
 * what the command made, and the text a cell shows (a copy puts that on the clipboard). A
 * GridController is one; a test can pass a plain object.
 */
export interface CommandTarget {
  readonly session: WorkbookSession;
  readonly sheetId: string;
  bounds(): GridBounds;
  select(selection: GridSelection, focus?: boolean): void;
  shownText(row: number, col: number): string;
}

/** The merged areas lying wholly inside `range`, from its top-left cell. */
function copiedMerges(grid: CommandTarget, range: CellRange): MergedArea[] {
  const block = { row: range.top, col: range.left, rows: rangeRows(range), cols: rangeCols(range) };
  return carriedAreas(sheetMerges(grid.session.doc, grid.sheetId), block).map((area) => ({ ...area, row: area.row - range.top, col: area.col - range.left }));
}

function coveredCell(merges: readonly MergedArea[], row: number, col: number): boolean {
  const area = mergeAt(merges, row, col);
  return !!area && (area.row !== row || area.col !== col);
}

/** Reading cells beyond this many is refused rather than freezing the tab (whole-sheet copies). */
const MAX_CLIPBOARD_CELLS = 200_000;

function sourceOf(grid: CommandTarget): CellSource {
  const { session, sheetId } = grid;
  return {
    input: (row, col) => effectiveInput(session, sheetId, row, col),
    format: (row, col) => cellFormatAt(session.doc, sheetId, row, col),
  };
}

/**
 * Each selected cell once, area by area (an area Ctrl+dragged over another holds cells of both).
 * Ctrl+click adds areas as in Excel (selection.ts); a selection of one range gives its cells row by row.
 */
function selectedCells(selection: GridSelection): Array<{ row: number; col: number }> {
  const cells: Array<{ row: number; col: number }> = [];
  const areas = selectionAreas(selection);
  const seen = areas.length > 1 ? new Set<string>() : null;
  for (const range of areas) {
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        if (seen?.has(`${row}:${col}`)) continue;
        seen?.add(`${row}:${col}`);
        cells.push({ row, col });
      }
    }
  }
  return cells;
}

/**
 * False, after telling the planner as Excel does ("Denne kommando kan ikke bruges på flere
 * markeringer."), when the selection has several areas: for the commands that act on one range
 * (fill, paste, copy, lines, hide, merge).
 */
export function oneAreaSelected(grid: Pick<CommandTarget, 'session'>): boolean {
  if (!hasSeveralAreas(grid.session.selection.get())) return true;
  grid.session.tell('notice.multipleSelections');
  return false;
}

/** Delete: every selected cell emptied, in every area, in one undo step. */
export function clearSelection(grid: CommandTarget): void {
  const cells: CellEdit[] = [];
  for (const { row, col } of selectedCells(grid.session.selection.get())) {
    if (effectiveInput(grid.session, grid.sheetId, row, col) !== undefined) cells.push({ row, col, input: null });
  }
  if (cells.length > 0) editCells(grid.session, grid.sheetId, cells);
}

export function fillSelection(grid: CommandTarget, direction: 'down' | 'right'): void {
  if (!oneAreaSelected(grid)) return;
  const range = selectionRange(grid.session.selection.get());
  const changes = direction === 'down' ? fillDown(range, sourceOf(grid)) : fillRight(range, sourceOf(grid));
  if (changes) editCells(grid.session, grid.sheetId, changes.cells, changes.formats);
}

/**
 * Ctrl+Enter ending an edit, as in Excel: the typed text goes into every cell of the selection, a
 * formula with its relative references moved for each cell (as a fill would), in one undo step.
 * Each cell reads the text by its own format (a percent cell takes 5 as 5 %). False when nothing
 * changed (or the edit waits for the scenario question).
 *
 * @example
 *   // B2:B4 selected, `=A2*2` typed in B2, Ctrl+Enter: B3 holds =A3*2, B4 =A4*2.
 */
export function fillSelectionWithEntry(grid: Pick<CommandTarget, 'session' | 'sheetId'>, text: string): boolean {
  const { session, sheetId } = grid;
  const selection = session.selection.get();
  const { active } = selection;
  const locale = session.locale.get();
  const cells: CellEdit[] = [];
  const formats: FormatEdit[] = [];
  // Every area's cells, as Excel's Ctrl+Enter on several areas.
  for (const { row, col } of selectedCells(selection)) {
    const format = cellFormatAt(session.doc, sheetId, row, col);
    const entry = typedEntry(text, locale, format);
    cells.push({ row, col, input: entry.input === null ? null : movedInput(entry.input, row - active.row, col - active.col) });
    if (entry.format && entry.format !== format) formats.push({ row, col, format: entry.format });
  }
  return editCells(session, sheetId, cells, formats, wrapForLineBreak(session, sheetId, text, cells));
}

/**
 * Whether Ctrl+Shift+Enter puts `text` into every selected cell (fillSelectionWithEntry) rather
 * than the active cell only. Excel makes one legacy array formula over the selection (`{=…}`),
 * which Fremskriv has no form for: a formula goes into the active cell as typed and spills its
 * whole result from there, as Excel 365 computes it without the braces (moved into each cell,
 * `=SUM(A1:A3)` summed other rows and `=A1:A3*2` was #SPILL! in each); a value fills the
 * selection, as Excel's array of one value shows it.
 */
export function arrayEntryFillsSelection(text: string): boolean {
  return !text.trimStart().startsWith('=');
}

/** The fill handle dragged from `source` to `target`: fills and selects the whole target. */
export function fillFromHandle(grid: CommandTarget, source: CellRange, target: CellRange): void {
  const language = grid.session.locale.get() === 'en-GB' ? 'en' : 'da';
  const changes = autoFill(source, target, sourceOf(grid), language);
  if (changes.cells.length === 0) return;
  if (editCells(grid.session, grid.sheetId, changes.cells, changes.formats)) {
    grid.select({ active: { row: target.top, col: target.left }, corner: { row: target.bottom, col: target.right } }, false);
  }
}

/**
 * Fills the clipboard event with the selection's shown text (and keeps the inputs for a paste
 * here). With `cut`, the selection is marked to be moved by the next paste (pendingCut.ts).
 * Several areas copy as Excel copies them when they share their rows or columns, side by side
 * without the gaps (selection.copiedLines), each formula moved as if it had sat where it lands in
 * the block; other areas, and any cut of several, are refused with Excel's sentence.
 */
export function copySelection(grid: CommandTarget, data: Pick<DataTransfer, 'setData'>, cut = false): boolean {
  const selection = grid.session.selection.get();
  const lines = cut && hasSeveralAreas(selection) ? null : copiedLines(selection);
  if (!lines) {
    grid.session.tell('notice.multipleSelections');
    return false;
  }
  const { rows, cols } = lines;
  if (rows.length * cols.length > MAX_CLIPBOARD_CELLS) {
    grid.session.tell('notice.tooLargeToCopy');
    return false;
  }
  const range = selectionRange(selection);
  const origin = { row: rows[0]!, col: cols[0]! };
  const read = sourceOf(grid);
  const texts: string[][] = [];
  const block: CopiedBlock = { text: '', origin, inputs: [], formats: [], merges: hasSeveralAreas(selection) ? [] : copiedMerges(grid, range) };
  rows.forEach((row, i) => {
    const textRow: string[] = [];
    const inputRow: CopiedBlock['inputs'][number] = [];
    const formatRow: Array<CellFormat | undefined> = [];
    cols.forEach((col, j) => {
      const input = read.input(row, col);
      textRow.push(grid.shownText(row, col));
      // Past a gap, the input as it would read where it lands (origin + i, origin + j).
      const [dr, dc] = [origin.row + i - row, origin.col + j - col];
      inputRow.push(input === undefined || (dr === 0 && dc === 0) ? input : (movedInput(input, dr, dc) ?? input));
      formatRow.push(read.format(row, col));
    });
    texts.push(textRow);
    block.inputs.push(inputRow);
    block.formats.push(formatRow);
  });
  block.text = serializeClipboardText(texts);
  data.setData('text/plain', block.text);
  data.setData('text/html', serializeClipboardHtml(texts));
  grid.session.interaction.send({ type: 'copied', block, cut: cut ? { sheetId: grid.sheetId, range, text: block.text } : null });
  return true;
}

export function pasteIntoSelection(grid: CommandTarget, text: string): void {
  if (!oneAreaSelected(grid)) return;
  const { session, sheetId } = grid;
  const target = selectionRange(session.selection.get());
  const { cut, copied } = session.interaction.state.get();
  const move = cutMove(cut, text, sheetId, target);
  if (move) {
    // The cut's merged areas go with it; landing on part of another is refused, as Excel says (mergedMoves.ts).
    if (moveMergeProblem(sheetMerges(session.doc, move.sheetId), sheetMerges(session.doc, sheetId), blockMove(move)) !== null) return session.tell('notice.mergedCell');
    session.interaction.send({ type: 'cutCancelled' });
    if (session.apply(move)) grid.select({ active: { row: move.toRow, col: move.toCol }, corner: { row: move.toRow + move.rows - 1, col: move.toCol + move.cols - 1 } }, false);
    return;
  }
  const bounds = grid.bounds();
  const fromCopy = copied && sameClipboardText(copied.text, text) ? copied : null;
  const changes = fromCopy ? copiedBlockChanges(fromCopy, target, bounds) : pastedTextChanges(parseClipboardText(text), target, bounds, session.locale.get());
  if (changes.cells.length === 0) return;
  // A covered cell of a merged area shows nothing: Excel refuses the paste rather than store what no one sees.
  const merges = sheetMerges(session.doc, sheetId);
  if (merges.length > 0 && changes.cells.some(({ row, col }) => coveredCell(merges, row, col))) return session.tell('notice.mergedCell');
  // A copied block's merged areas are made at the target in the paste's own step.
  const pastedMerges = fromCopy ? copiedBlockMerges(fromCopy, target, bounds) : [];
  if (pastedMerges.some((area) => merges.some((other) => areasOverlap(other, area)))) return session.tell('notice.mergedCell');
  const also = pastedMerges.map((area): WorkbookOperation => ({ type: 'mergeCells', sheetId, ...area }));
  if (editCells(session, sheetId, changes.cells, changes.formats, also)) {
    const last = changes.cells[changes.cells.length - 1]!;
    grid.select({ active: { row: target.top, col: target.left }, corner: { row: last.row, col: last.col } }, false);
  }
}

export type StructuralEdit = 'insertRowsAbove' | 'insertRowsBelow' | 'deleteRows' | 'insertColumnsLeft' | 'insertColumnsRight' | 'deleteColumns';

/**
 * Ctrl++ or Ctrl+- on the selection, as Excel: whole rows selected (Shift+Space, the row numbers)
 * insert as many rows above or are deleted, whole columns likewise to the left; any other range
 * gets null (Excel asks which way to shift the cells, which Fremskriv does not do).
 */
export function keyedLineEdit(range: CellRange, bounds: GridBounds, insert: boolean): StructuralEdit | null {
  if (range.left === 0 && range.right >= bounds.cols - 1) return insert ? 'insertRowsAbove' : 'deleteRows';
  if (range.top === 0 && range.bottom >= bounds.rows - 1) return insert ? 'insertColumnsLeft' : 'deleteColumns';
  return null;
}

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

/** A number format on every area of the selection, in one undo step. */
export function formatSelection(grid: CommandTarget, format: CellFormat | null): void {
  const { sheetId } = grid;
  grid.session.apply(
    selectionAreas(grid.session.selection.get()).map(
      (range): WorkbookOperation => ({ type: 'setFormat', sheetId, row: range.top, col: range.left, rows: rangeRows(range), cols: rangeCols(range), format }),
    ),
  );
}

/** Makes the active cell one of the active scenario's assumptions, starting from its current value. */
export function toggleScenarioInput(grid: CommandTarget): void {
  const { session, sheetId } = grid;
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
