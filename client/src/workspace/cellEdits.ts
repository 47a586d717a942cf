/**
 * Editing cells as the planner sees them: a cell that the active scenario replaces is edited in
 * the scenario (setScenarioInput), every other cell in the sheet (setCells), in one undoable step.
 */
import type { CellEdit, WorkbookOperation } from '../../../models/operations/workbookOperation.js';
import { cellFormatAt } from '../../../models/workbook/readCells.js';
import { cellWraps } from '../../../models/workbook/wrapText.js';
import { inputToEditText } from '../../../models/workbook/cellInputText.js';
import { isFormula } from '../../../models/formula/a1References.js';
import {
  effectiveInput as effectiveInputOf,
  scenarioInputAt as scenarioInputOf,
  type CellInput,
} from '../../../models/workbook/workbookReader.js';
import type { WorkbookSession } from './WorkbookSession.js';
import type { FormatEdit } from '../grid/fillRange.js';
import { numberEditText, typedEntry } from '../grid/percentEntry.js';
import { editsWithinBounds } from './boundsCheck.js';
import { widenedForEntry } from '../grid/entryColumnWidth.js';
import type { EarlyEntry } from '../session/keysBeforeGrid.js';
import { askScenarioEditTarget, cellsNeedingChoice, nonBaseScenario, scenarioInputOperations } from './scenarioEditChoice.js';

/** The active scenario's value for a cell it replaces, or undefined. */
export function scenarioInputAt(session: WorkbookSession, sheetId: string, row: number, col: number): CellInput | undefined {
  // The session's set of replaced cells answers most look-ups without reading the scenario.
  if (!session.isScenarioInput(sheetId, row, col)) return undefined;
  return scenarioInputOf(session.doc, session.activeScenario.get(), sheetId, row, col);
}

/** What the cell holds for this planner now: the scenario's value where it replaces the cell. */
export function effectiveInput(session: WorkbookSession, sheetId: string, row: number, col: number): CellInput | undefined {
  const scenarioId = session.isScenarioInput(sheetId, row, col) ? session.activeScenario.get() : undefined;
  return effectiveInputOf(session.doc, scenarioId, sheetId, row, col);
}

/**
 * The text an editor starts from (formula bar, in-cell editor). A number in a percent cell reads
 * as a percentage (`5,8 %`), as in Excel, and is read back as 0.058.
 */
export function cellEditText(session: WorkbookSession, sheetId: string, row: number, col: number): string {
  const input = effectiveInput(session, sheetId, row, col);
  const locale = session.locale.get();
  if (typeof input === 'number') return numberEditText(input, locale, cellFormatAt(session.doc, sheetId, row, col));
  return inputToEditText(input, locale);
}

/** Cell edits (canonical inputs) and format changes → operations, scenario-aware. */
export function cellOperations(session: WorkbookSession, sheetId: string, cells: CellEdit[], formats: FormatEdit[] = []): WorkbookOperation[] | null {
  const scenarioId = session.activeScenario.get();
  const sheetCells: CellEdit[] = [];
  const ops: WorkbookOperation[] = [];
  for (const edit of cells) {
    if (!session.isScenarioInput(sheetId, edit.row, edit.col)) {
      sheetCells.push(edit);
      continue;
    }
    if (typeof edit.input === 'string' && isFormula(edit.input)) {
      session.tell('notice.scenarioInputFormula');
      return null;
    }
    ops.push({ type: 'setScenarioInput', scenarioId, sheetId, row: edit.row, col: edit.col, input: edit.input });
  }
  if (sheetCells.length > 0) ops.unshift({ type: 'setCells', sheetId, cells: sheetCells });
  for (const f of formats) ops.push({ type: 'setFormat', sheetId, row: f.row, col: f.col, format: f.format });
  return ops;
}

/** Applies cell edits and format changes (and `also`, such as a widened column) as one undoable step. */
function applyCellEdits(session: WorkbookSession, sheetId: string, cells: CellEdit[], formats: FormatEdit[], also: WorkbookOperation[] = []): boolean {
  const ops = cellOperations(session, sheetId, cells, formats);
  return ops !== null && ops.length > 0 && session.apply([...ops, ...also]);
}

/** The edit once the planner said where it goes (scenarioEditChoice.ts). */
async function applyAfterChoice(session: WorkbookSession, scenario: { id: string; name: string }, sheetId: string, cells: CellEdit[], formats: FormatEdit[], also: WorkbookOperation[]): Promise<void> {
  const target = await askScenarioEditTarget(scenario.name);
  session.focusGrid.set(session.focusGrid.get() + 1);
  if (target === 'all') {
    applyCellEdits(session, sheetId, cells, formats, also);
    return;
  }
  if (target !== 'scenario') return;
  const outside = cellsNeedingChoice(session, sheetId, cells);
  const inputs = scenarioInputOperations(session, scenario.id, sheetId, outside);
  const inside = cellOperations(session, sheetId, cells.filter((c) => !outside.includes(c)), formats);
  if (inputs && inside) session.apply([...inside, ...inputs, ...also]);
}

/**
 * Applies cell edits and format changes as one undoable step. Under a scenario other than the
 * base, an edit that reaches cells outside its assumptions first asks where it goes and is applied
 * after the answer (false is returned then: nothing changed yet).
 */
export function editCells(session: WorkbookSession, sheetId: string, cells: CellEdit[], formats: FormatEdit[] = [], also: WorkbookOperation[] = []): boolean {
  if (!session.readOnly && !editsWithinBounds(session, sheetId, cells)) return false;
  const scenario = nonBaseScenario(session);
  if (scenario && !session.readOnly && cellsNeedingChoice(session, sheetId, cells).length > 0) {
    void applyAfterChoice(session, scenario, sheetId, cells, formats, also);
    return false;
  }
  return applyCellEdits(session, sheetId, cells, formats, also);
}

/**
 * Text typed with a line break (Alt+Enter) turns on Wrap Text for the cells it goes into that do
 * not wrap yet, as Excel does, so the cell shows its lines and its row grows (wrapText.ts).
 */
export function wrapForLineBreak(session: WorkbookSession, sheetId: string, text: string, cells: ReadonlyArray<{ row: number; col: number }>): WorkbookOperation[] {
  if (session.readOnly || !text.includes('\n')) return [];
  return cells.filter(({ row, col }) => !cellWraps(session.doc, sheetId, row, col)).map(({ row, col }) => ({ type: 'setWrapText', sheetId, row, col, wrap: true }));
}

/**
 * Commits what the planner typed into one cell; unchanged text changes nothing. A number typed
 * into a percent cell is read Excel's way (percentEntry.ts); a typed date or time too wide for a
 * standard column widens it, as Excel does (entryColumnWidth.ts); a line break turns on Wrap Text.
 */
export function commitCellText(session: WorkbookSession, sheetId: string, row: number, col: number, text: string): boolean {
  if (text === cellEditText(session, sheetId, row, col)) return false;
  const locale = session.locale.get();
  const entry = typedEntry(text, locale, cellFormatAt(session.doc, sheetId, row, col));
  const widened = entry.format && typeof entry.input === 'number' ? widenedForEntry(session.doc, sheetId, col, { value: entry.input, format: entry.format }, locale) : null;
  const also = [...(widened && !session.readOnly ? [widened] : []), ...wrapForLineBreak(session, sheetId, text, [{ row, col }])];
  return editCells(session, sheetId, [{ row, col, input: entry.input }], entry.format ? [{ row, col, format: entry.format }] : [], also);
}

/** Commits the entries typed before the grid was there (session/keysBeforeGrid.ts), in the order typed. */
export function commitEarlyEntries(session: WorkbookSession, sheetId: string, entries: readonly EarlyEntry[]): void {
  for (const entry of entries) commitCellText(session, sheetId, entry.row, entry.col, entry.text);
}
