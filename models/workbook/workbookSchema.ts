/**
 * The workspace as one Yjs document. Every shared type lives under a fixed root name:
 *
 *   meta        Y.Map    title, locale, adoptedVersion, formulaDialect ('dynamicArrays': the
 *                        formulas are Excel 365's, formulaDialect.ts; absent: stored before it)
 *   sheetOrder  Y.Array  sheet ids, in tab order (duplicates from concurrent moves are read once)
 *   sheets      Y.Map    sheet id → Y.Map { name, rows: Y.Array<rowId>, cols: Y.Array<colId>,
 *                                            cells: Y.Map<"rowId:colId", CellInput>,
 *                                            formats: Y.Map<"rowId:colId", CellFormat>,
 *                                            validations?: Y.Map<"rowId:colId", { min?, max? }>,
 *                                            colWidths?: Y.Map<colId, pixels>,
 *                                            frozenPanes?: Y.Map { rows, cols }  (sheetSettings.ts),
 *                                            visibility?: 'visible' | 'hidden' | 'veryHidden'
 *                                            (sheetVisibility.ts; absent is visible),
 *                                            deleted?: true }
 *   goals       Y.Array  Y.Map per goal (fields in stored form, see goals/goalModel.ts)
 *   scenarios   Y.Array  Y.Map per scenario { id, name, inputs: Y.Map<"sheetId!rowId:colId", value> }
 *                        (the key is scenarioModel.inputKey's; the value a number, text or boolean)
 *   dataLinks   Y.Map    sheet id → a Jobindsats data link, plain JSON (actuals/dataLink.ts)
 *
 * Rows and columns have stable identities; cells are keyed by them, never by position.
 * models/README.md explains why.
 *
 * The roots are typed by what a peer CAN put there (any editor's update reaches every document),
 * not by what Fremskriv writes: a goal entry may be a string, a cell a Y.Map, a sheet without
 * rows. Read through workbookReader.ts (and readSheetParts here), which turns such shapes into a
 * clear absence instead of an exception deep inside an export.
 */
import * as Y from 'yjs';
import { isFormatCode } from './formatCode.js';
import { isNamedCellFormat, type CellFormat } from './cellFormats.js';

/** What a planner typed into a cell: a number, a boolean, text, or a formula (`=…`, stored form). */
export type CellInput = number | string | boolean;

export { CELL_FORMATS, isNamedCellFormat, type CellFormat, type NamedCellFormat } from './cellFormats.js';

export const WORKBOOK_LOCALES = ['da-DK', 'en-GB'] as const;
export type WorkbookLocale = (typeof WORKBOOK_LOCALES)[number];

/**
 * The dialect a document's formulas are written in, `meta.formulaDialect`: Excel 365's dynamic
 * arrays (a range where one value is expected spills; `SINGLE(…)` is its `@`). A document without
 * it was stored before formulas spilled, when such a range was intersected as in legacy Excel, and
 * is brought to this dialect once (engine/legacyFormulas.ts).
 */
export const FORMULA_DIALECT_KEY = 'formulaDialect';
export const DYNAMIC_ARRAYS = 'dynamicArrays';

export type SheetMap = Y.Map<unknown>;

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('meta');
}

export function sheetOrderArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>('sheetOrder');
}

export function sheetsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('sheets');
}

export function goalsArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>('goals');
}

export function scenariosArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>('scenarios');
}

/**
 * The parts of one sheet's Y.Map. Row and column ids are read as strings (see axisIds); cell
 * and format values as they are stored: check them with isCellInput / isCellFormat.
 */
export interface SheetParts {
  rows: Y.Array<unknown>;
  cols: Y.Array<unknown>;
  cells: Y.Map<unknown>;
  formats: Y.Map<unknown>;
}

/**
 * The parts of a sheet, or null when the value is no sound sheet (not a Y.Map, or a part missing
 * or of the wrong type: an older client's or a hostile peer's update). Such a sheet is not shown;
 * restoring a version repairs it.
 */
export function readSheetParts(sheet: unknown): SheetParts | null {
  if (!(sheet instanceof Y.Map)) return null;
  const rows: unknown = sheet.get('rows');
  const cols: unknown = sheet.get('cols');
  const cells: unknown = sheet.get('cells');
  const formats: unknown = sheet.get('formats');
  if (!(rows instanceof Y.Array) || !(cols instanceof Y.Array) || !(cells instanceof Y.Map) || !(formats instanceof Y.Map)) return null;
  return { rows, cols, cells, formats };
}

/**
 * The parts of a sheet the grid has shown to be sound (`WorkbookGrid.sheet`). Throws when it is
 * not, which is a bug in the caller, never a property of the document.
 */
export function sheetParts(sheet: SheetMap): SheetParts {
  const parts = readSheetParts(sheet);
  if (!parts) throw new Error('sheetParts: not a sound sheet (look sheets up through WorkbookGrid.sheet)');
  return parts;
}

/** An axis's ids as strings, in order (the first `most`): a non-string id (a hostile peer's) keeps its place under a name no cell uses. */
export function axisIds(array: Y.Array<unknown>, most = Infinity): string[] {
  return array.slice(0, Math.min(most, array.length)).map((id, i) => (typeof id === 'string' ? id : `\u0000${i}`));
}

export function cellKey(rowId: string, colId: string): string {
  return `${rowId}:${colId}`;
}

export function splitCellKey(key: string): [rowId: string, colId: string] {
  const at = key.indexOf(':');
  return [key.slice(0, at), key.slice(at + 1)];
}

export function isCellInput(value: unknown): value is CellInput {
  return (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'string' || typeof value === 'boolean';
}

/** A named format or a sound Excel format code (formatCode.ts). */
export function isCellFormat(value: unknown): value is CellFormat {
  return isNamedCellFormat(value) || isFormatCode(value);
}
