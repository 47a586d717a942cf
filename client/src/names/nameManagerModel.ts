/**
 * What the Name Manager (Navnestyring, Excel's Formulas › Name Manager) lists and what its edits
 * do, apart from React: each name with its scope (the workbook or one sheet, Excel's Scope
 * column), what it refers to in the workbook's language (`=GENNEMSNIT(Data!$B$2:$B$4)` in
 * Danish), and its current value as Excel's dialog shows it (a cell's value, a range's first
 * values as `{100;200;300}`, a constant, a formula's result as the engine computed it); and the
 * operations one save of the dialog applies as one undoable step: a new name in its scope, a
 * changed reference, or a rename (every formula using the name follows, nameEdits.ts) with its
 * reference.
 */
import type * as Y from 'yjs';
import { isCellError, type CellValue } from '../../../models/engine/cellValue.js';
import { formatCellValue } from '../../../models/format/displayFormat.js';
import { fromDisplayFormula, toDisplayFormula } from '../../../models/formula/formulaLocale.js';
import type { WorkbookOperation } from '../../../models/operations/workbookOperation.js';
import { namesMap, readDefinedNames, scopedNameKey, storedNameAt } from '../../../models/workbook/definedNames.js';
import { nameFormulaTarget } from '../../../models/workbook/nameTargets.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import type { WorkbookLocale } from '../../../models/workbook/workbookReader.js';

/** A range's values shown before the rest is left out (`{1;2;3;…}`), as a dialog row has room for. */
const SHOWN_VALUES = 6;

export interface NameRow {
  /** The key the name is stored under (definedNames.ts' scopedNameKey): a row's identity. */
  key: string;
  name: string;
  /** The sheet the name is scoped to; undefined for the workbook's. */
  sheet?: { id: string; name: string };
  /** The name's formula as the planner reads and types it. */
  refersTo: string;
  /** Its current value as text; empty while the engine has not computed a formula's value yet. */
  value: string;
  /** Set when the value is an error (#REF!, #NAME?, …): Excel's filter "Names with errors". */
  error?: true;
}

/** Reads a cell's computed value (the scenario the planner looks at). */
export type CellValues = (sheetId: string, row: number, col: number) => CellValue;

/** Each name's computed value by its key (the engine's answer, nameValues.ts). */
export type ComputedNameValues = ReadonlyMap<string, CellValue | CellValue[][]>;

function constantValue(formula: string, locale: WorkbookLocale): string | null {
  const body = formula.slice(1).trim();
  if (/^-?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(body)) return formatCellValue(Number(body), undefined, locale);
  if (/^"([^"]|"")*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  return null;
}

/** Values in Excel's array notation in the planner's language: `;` between rows, `.` (da) or `,` (en) within one; the first few only. */
function arrayText(rows: number, cols: number, read: (row: number, col: number) => CellValue, locale: WorkbookLocale): string {
  const format = (value: CellValue): string => formatCellValue(value, undefined, locale);
  if (rows * cols === 1) return format(read(0, 0));
  const within = locale === 'da-DK' ? '.' : ',';
  let text = '';
  let shown = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (shown === SHOWN_VALUES) return `{${text};…}`;
      text += (shown === 0 ? '' : c === 0 ? ';' : within) + format(read(r, c));
      shown++;
    }
  }
  return `{${text}}`;
}

interface NameValue {
  text: string;
  /** The value is one error (a range holding an error is not: Excel judges what the name refers to). */
  error: boolean;
}

function nameValue(doc: Y.Doc, key: string, formula: string, locale: WorkbookLocale, values: CellValues, computed: ComputedNameValues): NameValue {
  const target = nameFormulaTarget(doc, formula);
  if (target) {
    const rows = target.end.row - target.start.row + 1;
    const cols = target.end.col - target.start.col + 1;
    const read = (r: number, c: number): CellValue => values(target.sheetId, target.start.row + r, target.start.col + c);
    return { text: arrayText(rows, cols, read, locale), error: rows * cols === 1 && isCellError(read(0, 0)) };
  }
  const constant = constantValue(formula, locale);
  if (constant !== null) return { text: constant, error: false };
  const value = computed.get(key);
  if (value === undefined) return { text: '', error: false };
  if (!Array.isArray(value)) return { text: arrayText(1, 1, () => value, locale), error: isCellError(value) };
  return { text: arrayText(value.length, value[0]?.length ?? 0, (r, c) => value[r]?.[c] ?? null, locale), error: false };
}

/** Every name of the workbook, ordered by name (the workbook's before the sheets'), as the dialog lists it. */
export function nameManagerRows(doc: Y.Doc, locale: WorkbookLocale, values: CellValues, computed: ComputedNameValues = new Map()): NameRow[] {
  const grid = workbookGrid(doc);
  return readDefinedNames(doc).map(({ name, formula, sheet }) => {
    const sheetId = sheet === undefined ? undefined : grid.sheetIdByName(sheet);
    const key = scopedNameKey(name, sheetId);
    const { text, error } = nameValue(doc, key, formula, locale, values, computed);
    const row: NameRow = { key, name, refersTo: toDisplayFormula(formula, locale), value: text, ...(error ? { error: true as const } : {}) };
    return sheetId === undefined || sheet === undefined ? row : { ...row, sheet: { id: sheetId, name: sheet } };
  });
}

/**
 * The operations saving the dialog's form applies: `original` is the name edited (null for a new
 * one), `name` and `refersTo` what the form holds (the formula as typed, in the planner's
 * language), `sheetId` the name's scope (undefined: the workbook; a name keeps its scope when
 * edited, as in Excel).
 */
export function nameSaveOperations(original: string | null, name: string, refersTo: string, locale: WorkbookLocale, sheetId?: string): WorkbookOperation[] {
  const newName = name.trim();
  const typed = refersTo.trim();
  const formula = typed === '' ? '' : fromDisplayFormula(typed.startsWith('=') ? typed : `=${typed}`, locale);
  const scope = sheetId === undefined ? {} : { sheetId };
  const define: WorkbookOperation = { type: 'defineName', name: newName, formula, ...scope };
  if (original === null || original === newName) return [define];
  // A new spelling of the same name (`vækst` → `Vækst`) is a rename too, so formulas show it.
  return [{ type: 'renameName', name: original, newName, ...scope }, define];
}

/** Whether the scope (`sheetId`, else the workbook) has the name `name` (any case). */
export function hasName(doc: Y.Doc, name: string, sheetId?: string): boolean {
  return storedNameAt(namesMap(doc), scopedNameKey(name.trim(), sheetId)) !== undefined;
}
