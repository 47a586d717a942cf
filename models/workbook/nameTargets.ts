/**
 * Where a defined name points, for the name box (Excel's: type a name to select its cells), and
 * the formula a selection is named by (type a new name in the name box to name the selection).
 *
 * @example definedNameTarget(doc, 'udgifter', 'Ark1') // { sheetId, start: { row: 1, col: 1 }, end: { row: 3, col: 1 } }
 * @example selectionNameFormula('Data', { row: 1, col: 1 }, { row: 3, col: 1 }) // "=Data!$B$2:$B$4"
 */
import type * as Y from 'yjs';
import { formatReference, splitFormula, type ReferenceEndpoint } from '../formula/a1References.js';
import { MAX_ROWS, type CellPosition } from './cellAddress.js';
import { nameKey, nameSeenFrom, readDefinedNames, type DefinedName } from './definedNames.js';
import { sameSheetName } from './sheetNames.js';
import { workbookGrid } from './WorkbookGrid.js';

export interface NameTarget {
  sheetId: string;
  start: CellPosition;
  end: CellPosition;
}

/**
 * A column range (`$B:$B`) reaches to the sheet's last row, a row range to its last column; a row
 * past the grid (an old file's `$A$2:$A$65536`) is selected to the grid's last (cellAddress.ts).
 */
function position(endpoint: ReferenceEndpoint, last: CellPosition, first: boolean): CellPosition {
  const row = endpoint.row?.index ?? (first ? 0 : last.row);
  return { row: Math.min(row, MAX_ROWS - 1), col: endpoint.col?.index ?? (first ? 0 : last.col) };
}

/**
 * The cells a name's formula (A1) stands for when it is one reference (a cell or a range on a
 * sheet of the workbook); null for one that stands for a value or a formula.
 */
export function nameFormulaTarget(doc: Y.Doc, formula: string): NameTarget | null {
  const segments = splitFormula(formula);
  const [head, ref, ...rest] = segments;
  if (head?.kind !== 'text' || head.text.trim() !== '=' || ref?.kind !== 'ref' || rest.some((s) => s.kind !== 'text' || s.text.trim() !== '')) return null;
  const grid = workbookGrid(doc);
  const sheetId = ref.ref.sheet === undefined ? undefined : grid.sheetIdByName(ref.ref.sheet);
  if (sheetId === undefined) return null;
  const last = { row: Math.max(0, grid.rowIds(sheetId).length - 1), col: Math.max(0, grid.colIds(sheetId).length - 1) };
  return { sheetId, start: position(ref.ref.start, last, true), end: position(ref.ref.end ?? ref.ref.start, last, false) };
}

/** What a planner typed in the name box, split: `Ark1!Rente` → the sheet Ark1 (null: no such sheet) and Rente; `Rente` → no sheet. */
export interface TypedName {
  name: string;
  sheet?: { id: string; name: string } | null;
}

/** `text` as a name, with the sheet named before it (`Ark1!Rente`, `'Ark 1'!Rente`) when there is one. */
export function splitTypedName(doc: Y.Doc, text: string): TypedName {
  const typed = text.trim();
  const bang = typed.lastIndexOf('!');
  if (bang < 0) return { name: typed };
  const quoted = /^'(.*)'$/.exec(typed.slice(0, bang));
  const qualifier = quoted ? quoted[1]!.replace(/''/g, "'") : typed.slice(0, bang);
  const sheet = workbookGrid(doc).listSheets().find((s) => sameSheetName(s.name, qualifier));
  return { name: typed.slice(bang + 1), sheet: sheet ? { id: sheet.id, name: sheet.name } : null };
}

/**
 * The name a planner types in the name box on the sheet `sheetName`: the sheet's own name before
 * the workbook's, as Excel reads it; `Ark1!Rente` (`'Ark 1'!Rente`) only Ark1's own (without one,
 * the name box makes it). Undefined when there is no such name.
 */
export function nameTyped(doc: Y.Doc, text: string, sheetName?: string): DefinedName | undefined {
  const { name, sheet } = splitTypedName(doc, text);
  if (sheet === null) return undefined;
  const names = readDefinedNames(doc);
  return sheet === undefined ? nameSeenFrom(names, name, sheetName) : names.find((n) => n.sheet === sheet.name && nameKey(n.name) === nameKey(name));
}

/** The cells the name `name` stands for as the name box reads it on `sheetName` (nameTyped); null for an unknown name or one that stands for a value or a formula. */
export function definedNameTarget(doc: Y.Doc, name: string, sheetName?: string): NameTarget | null {
  const found = nameTyped(doc, name, sheetName);
  return found ? nameFormulaTarget(doc, found.formula) : null;
}

/** The formula naming a selection (`=Data!$B$2:$B$4`, one cell `=Data!$B$2`), absolute as Excel's Name Manager writes it. */
export function selectionNameFormula(sheetName: string, a: CellPosition, b: CellPosition): string {
  const corner = (row: number, col: number): ReferenceEndpoint => ({ row: { index: row, absolute: true }, col: { index: col, absolute: true } });
  const start = corner(Math.min(a.row, b.row), Math.min(a.col, b.col));
  const end = corner(Math.max(a.row, b.row), Math.max(a.col, b.col));
  const single = start.row!.index === end.row!.index && start.col!.index === end.col!.index;
  return `=${formatReference({ sheet: sheetName, start, ...(single ? {} : { end }) })}`;
}
