/**
 * What the Name Manager (Navnestyring, Excel's Formulas › Name Manager) lists and what its edits
 * do, apart from React: each name with what it refers to, in the workbook's language
 * (`=GENNEMSNIT(Data!$B$2:$B$4)` in Danish), and its current value as Excel's dialog shows it
 * (a cell's value, a range's first values as `{100;200;300}`, a constant); and the operations
 * one save of the dialog applies as one undoable step: a new name, a changed reference, or a
 * rename (every formula using the name follows, nameEdits.ts) with its reference.
 */
import type * as Y from 'yjs';
import type { CellValue } from '../../../models/engine/cellValue.js';
import { formatCellValue } from '../../../models/format/displayFormat.js';
import { fromDisplayFormula, toDisplayFormula } from '../../../models/formula/formulaLocale.js';
import type { WorkbookOperation } from '../../../models/operations/workbookOperation.js';
import { nameKey, readDefinedNames } from '../../../models/workbook/definedNames.js';
import { definedNameTarget } from '../../../models/workbook/nameTargets.js';
import type { WorkbookLocale } from '../../../models/workbook/workbookReader.js';

/** A range's values shown before the rest is left out (`{1;2;3;…}`), as a dialog row has room for. */
const SHOWN_VALUES = 6;

export interface NameRow {
  name: string;
  /** The name's formula as the planner reads and types it. */
  refersTo: string;
  /** Its current value as text; empty for a formula whose value only its uses compute. */
  value: string;
}

/** Reads a cell's computed value (the scenario the planner looks at). */
export type CellValues = (sheetId: string, row: number, col: number) => CellValue;

function constantValue(formula: string, locale: WorkbookLocale): string {
  const body = formula.slice(1).trim();
  if (/^-?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(body)) return formatCellValue(Number(body), undefined, locale);
  if (/^"([^"]|"")*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  return '';
}

function nameValue(doc: Y.Doc, name: string, formula: string, locale: WorkbookLocale, values: CellValues): string {
  const target = definedNameTarget(doc, name);
  if (!target) return constantValue(formula, locale);
  const shown: string[] = [];
  const rows = target.end.row - target.start.row + 1;
  const cols = target.end.col - target.start.col + 1;
  for (let r = 0; r < rows && shown.length < SHOWN_VALUES; r++) {
    for (let c = 0; c < cols && shown.length < SHOWN_VALUES; c++) shown.push(formatCellValue(values(target.sheetId, target.start.row + r, target.start.col + c), undefined, locale));
  }
  if (rows * cols === 1) return shown[0] ?? '';
  // Excel's array notation in the planner's language: `;` between rows, `.` (da) or `,` (en) within one.
  const within = locale === 'da-DK' ? '.' : ',';
  const joined = cols === 1 ? shown.join(';') : shown.join(within);
  return `{${joined}${rows * cols > shown.length ? ';…' : ''}}`;
}

/** Every name of the workbook, ordered by name, as the dialog lists it. */
export function nameManagerRows(doc: Y.Doc, locale: WorkbookLocale, values: CellValues): NameRow[] {
  return readDefinedNames(doc).map(({ name, formula }) => ({ name, refersTo: toDisplayFormula(formula, locale), value: nameValue(doc, name, formula, locale, values) }));
}

/**
 * The operations saving the dialog's form applies: `original` is the name edited (null for a new
 * one), `name` and `refersTo` what the form holds (the formula as typed, in the planner's language).
 */
export function nameSaveOperations(original: string | null, name: string, refersTo: string, locale: WorkbookLocale): WorkbookOperation[] {
  const newName = name.trim();
  const typed = refersTo.trim();
  const formula = typed === '' ? '' : fromDisplayFormula(typed.startsWith('=') ? typed : `=${typed}`, locale);
  const define: WorkbookOperation = { type: 'defineName', name: newName, formula };
  if (original === null || original === newName) return [define];
  // A new spelling of the same name (`vækst` → `Vækst`) is a rename too, so formulas show it.
  return [{ type: 'renameName', name: original, newName }, define];
}

/** Whether `name` is one of the workbook's names (any case). */
export function hasName(doc: Y.Doc, name: string): boolean {
  return readDefinedNames(doc).some((n) => nameKey(n.name) === nameKey(name.trim()));
}
