/**
 * The one read API over a workspace's document for code outside models/ (the client reads the
 * document only through here and the readers it names): typed values or a clear absence, whatever
 * the document holds. Any editor's update reaches every document, so a cell may hold a Y.Map, a
 * goal entry may be a string, a sheet may have lost its rows (an older client's or a hostile
 * peer's update): such shapes read as "not there", never as an exception deep inside an export.
 *
 * @example effectiveInput(doc, scenarioId, sheetId, 4, 2) // the scenario's value, else the cell's
 */
import * as Y from 'yjs';
import { inputKey, scenarioInputsMap } from '../scenarios/scenarioModel.js';
import { cellInputAt } from './readCells.js';
import { readSettingsMap } from './sheetSettings.js';
import { findRecord, recordMaps } from './uniqueRecords.js';
import { workbookGrid } from './WorkbookGrid.js';
import {
  DYNAMIC_ARRAYS,
  FORMULA_DIALECT_KEY,
  goalsArray,
  isCellInput,
  metaMap,
  scenariosArray,
  sheetOrderArray,
  sheetsMap,
  WORKBOOK_LOCALES,
  type CellInput,
  type WorkbookLocale,
} from './workbookSchema.js';

export { CELL_FORMATS, WORKBOOK_LOCALES, isCellFormat, isCellInput } from './workbookSchema.js';
export type { CellFormat, CellInput, WorkbookLocale } from './workbookSchema.js';

/** The workspace's title ('' when none, or when something other than text is stored). */
export function workbookTitle(doc: Y.Doc): string {
  const title = metaMap(doc).get('title');
  return typeof title === 'string' ? title : '';
}

/** The workspace's formula and number locale; Danish unless a supported one is stored. */
export function workbookLocale(doc: Y.Doc): WorkbookLocale {
  const locale = metaMap(doc).get('locale');
  return (WORKBOOK_LOCALES as readonly unknown[]).includes(locale) ? (locale as WorkbookLocale) : 'da-DK';
}

/** The id of the saved version marked as the adopted plan, or null (none, or not text). */
export function adoptedVersionId(doc: Y.Doc): string | null {
  const id = metaMap(doc).get('adoptedVersion');
  return typeof id === 'string' && id !== '' ? id : null;
}

/**
 * Whether the document's formulas are written in Excel 365's dynamic-array dialect (its
 * `formulaDialect` marker); false for a document stored before formulas spilled, or holding
 * anything else there.
 */
export function writesDynamicArrays(doc: Y.Doc): boolean {
  return metaMap(doc).get(FORMULA_DIALECT_KEY) === DYNAMIC_ARRAYS;
}

/** Whether the document holds any sheet yet (a workspace's first sync has arrived). */
export function hasSheets(doc: Y.Doc): boolean {
  return workbookGrid(doc).listSheets().length > 0;
}

/** The scenario's record, or null (no such id, or only a non-map entry under it). */
export function findScenario(doc: Y.Doc, scenarioId: string): Y.Map<unknown> | null {
  return findRecord(scenariosArray(doc), scenarioId);
}

/** The scenario's inputs map, or null when the scenario or its inputs are not there. */
export function findScenarioInputs(doc: Y.Doc, scenarioId: string): Y.Map<unknown> | null {
  const record = findScenario(doc, scenarioId);
  return record ? scenarioInputsMap(record) : null;
}

/** The value a scenario puts in place of one cell (by position), or undefined when it has none. */
export function scenarioInputAt(doc: Y.Doc, scenarioId: string, sheetId: string, row: number, col: number): CellInput | undefined {
  const inputs = findScenarioInputs(doc, scenarioId);
  const grid = workbookGrid(doc);
  const rowId = grid.rowIds(sheetId)[row];
  const colId = grid.colIds(sheetId)[col];
  if (!inputs || rowId === undefined || colId === undefined) return undefined;
  const value = inputs.get(inputKey({ sheetId, rowId, colId }));
  return isCellInput(value) ? value : undefined;
}

/** Positions (`sheetId:row:col`) of the cells a scenario replaces, on sheets and lines that exist. */
export function scenarioInputPositions(doc: Y.Doc, scenarioId: string): Set<string> {
  const out = new Set<string>();
  const inputs = findScenarioInputs(doc, scenarioId);
  if (!inputs) return out;
  const grid = workbookGrid(doc);
  for (const [key, value] of inputs.entries()) {
    const bang = key.indexOf('!');
    const colon = key.indexOf(':', bang + 1);
    if (bang < 0 || colon < 0 || !isCellInput(value)) continue;
    const sheetId = key.slice(0, bang);
    const row = grid.rowIndex(sheetId, key.slice(bang + 1, colon));
    const col = grid.colIndex(sheetId, key.slice(colon + 1));
    if (row >= 0 && col >= 0) out.add(`${sheetId}:${row}:${col}`);
  }
  return out;
}

/** What a cell holds under a scenario: the scenario's value where it replaces the cell, else the cell's own input (canonical A1). */
export function effectiveInput(doc: Y.Doc, scenarioId: string | undefined, sheetId: string, row: number, col: number): CellInput | undefined {
  const replaced = scenarioId ? scenarioInputAt(doc, scenarioId, sheetId, row, col) : undefined;
  return replaced ?? cellInputAt(doc, sheetId, row, col);
}

/**
 * The shared types a planner's undo covers (Y.UndoManager's scope): every root of the workbook.
 */
export function workbookRoots(doc: Y.Doc): ConstructorParameters<typeof Y.UndoManager>[0] {
  return [metaMap(doc), sheetOrderArray(doc), sheetsMap(doc), goalsArray(doc), scenariosArray(doc)];
}

/** True when the transaction changed something inside the shared type (or the type itself). */
function touched(tr: Y.Transaction, type: unknown): boolean {
  // Yjs types are invariant in their content, so a Y.Map<unknown> is no AbstractType<YEvent> to tsc.
  return (tr.changed as Map<unknown, unknown>).has(type) || (tr.changedParentTypes as Map<unknown, unknown>).has(type);
}

/**
 * Calls `listener` after each transaction that changed a sheet's display formats or its wrapped
 * cells (wrapText.ts) or its cells' alignment (cellAlignment.ts; either map itself added too). Follows the
 * sheet as it is now at each change, so a version restore that replaced the sheet's map is
 * followed too (an observer on the old formats map would fall silent). Returns the unsubscribe.
 */
export function onFormatsChange(doc: Y.Doc, sheetId: string, listener: () => void): () => void {
  const grid = workbookGrid(doc);
  const onTransaction = (tr: Y.Transaction): void => {
    const formats = grid.sheetParts(sheetId)?.formats;
    const changed = tr.changed as Map<unknown, Set<string | null>>;
    const replaced = changed.get(sheetsMap(doc))?.has(sheetId) === true;
    const sheet = grid.sheet(sheetId);
    const wrapped = sheet && readSettingsMap(sheet, 'wrapText');
    const wraps = sheet !== undefined && (changed.get(sheet)?.has('wrapText') === true || (wrapped !== undefined && touched(tr, wrapped)));
    const aligned = sheet && readSettingsMap(sheet, 'alignment');
    const aligns = sheet !== undefined && (changed.get(sheet)?.has('alignment') === true || (aligned !== undefined && touched(tr, aligned)));
    if (replaced || wraps || aligns || (formats !== undefined && touched(tr, formats))) listener();
  };
  doc.on('afterTransaction', onTransaction);
  return () => doc.off('afterTransaction', onTransaction);
}

/** Calls `listener` after each transaction that changed any scenario (names, inputs, the list). Returns the unsubscribe. */
export function onScenariosChange(doc: Y.Doc, listener: () => void): () => void {
  const scenarios = scenariosArray(doc);
  const onTransaction = (tr: Y.Transaction): void => {
    if (touched(tr, scenarios)) listener();
  };
  doc.on('afterTransaction', onTransaction);
  return () => doc.off('afterTransaction', onTransaction);
}

/** True when the transaction moved rows or columns of the sheet, or removed it. */
export function changedSheetAxes(tr: Y.Transaction, sheetId: string): boolean {
  const parts = workbookGrid(tr.doc).sheetParts(sheetId);
  if (!parts) return true;
  return touched(tr, parts.rows) || touched(tr, parts.cols);
}

/** The goal records (maps) in order; entries of any other shape are skipped. */
export function goalRecords(doc: Y.Doc): Array<Y.Map<unknown>> {
  return recordMaps(goalsArray(doc));
}

/** The scenario records (maps) in order; entries of any other shape are skipped. */
export function scenarioRecords(doc: Y.Doc): Array<Y.Map<unknown>> {
  return recordMaps(scenariosArray(doc));
}
