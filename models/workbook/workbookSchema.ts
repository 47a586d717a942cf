/**
 * The workspace as one Yjs document. Every shared type lives under a fixed root name:
 *
 *   meta        Y.Map    title, locale
 *   sheetOrder  Y.Array  sheet ids, in tab order (duplicates from concurrent moves are read once)
 *   sheets      Y.Map    sheet id → Y.Map { name, rows: Y.Array<rowId>, cols: Y.Array<colId>,
 *                                            cells: Y.Map<"rowId:colId", CellInput>,
 *                                            formats: Y.Map<"rowId:colId", CellFormat>,
 *                                            optional: validations, colWidths, frozenPanes
 *                                            (sheetSettings.ts) }
 *   goals       Y.Array  Y.Map per goal (fields in stored form, see goals/goalModel.ts)
 *   scenarios   Y.Array  Y.Map per scenario { id, name, inputs: Y.Map<"sheetId!rowId!colId", value> }
 *
 * Rows and columns have stable identities; cells are keyed by them, never by position.
 * models/README.md explains why.
 */
import * as Y from 'yjs';

/** What a planner typed into a cell: a number, a boolean, text, or a formula (`=…`, stored form). */
export type CellInput = number | string | boolean;

export const CELL_FORMATS = ['number', 'percent', 'integer', 'date', 'text'] as const;
export type CellFormat = (typeof CELL_FORMATS)[number];

export const WORKBOOK_LOCALES = ['da-DK', 'en-GB'] as const;
export type WorkbookLocale = (typeof WORKBOOK_LOCALES)[number];

export type SheetMap = Y.Map<unknown>;

export function metaMap(doc: Y.Doc): Y.Map<string> {
  return doc.getMap<string>('meta');
}

export function sheetOrderArray(doc: Y.Doc): Y.Array<string> {
  return doc.getArray<string>('sheetOrder');
}

export function sheetsMap(doc: Y.Doc): Y.Map<SheetMap> {
  return doc.getMap<SheetMap>('sheets');
}

export function goalsArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>('goals');
}

export function scenariosArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray<Y.Map<unknown>>('scenarios');
}

/** The parts of one sheet's Y.Map, typed. */
export interface SheetParts {
  rows: Y.Array<string>;
  cols: Y.Array<string>;
  cells: Y.Map<CellInput>;
  formats: Y.Map<CellFormat>;
}

export function sheetParts(sheet: SheetMap): SheetParts {
  return {
    rows: sheet.get('rows') as Y.Array<string>,
    cols: sheet.get('cols') as Y.Array<string>,
    cells: sheet.get('cells') as Y.Map<CellInput>,
    formats: sheet.get('formats') as Y.Map<CellFormat>,
  };
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

export function isCellFormat(value: unknown): value is CellFormat {
  return typeof value === 'string' && (CELL_FORMATS as readonly string[]).includes(value);
}
