/**
 * Excel's defined names (Formulas › Name Manager): a planner names an assumption
 * (`Vækst` → `=Antagelser!$B$1`, `Udgifter` → `=Data!$B$2:$B$13`, `Rente` → `=0.02`) and writes
 * `=B2*Vækst` or `=SUM(Udgifter)`.
 *
 *   names   Y.Map   the name in upper case → { name, formula }                 (workbook scope)
 *                   sheetId!the name in upper case → { name, formula, sheet }   (scope: that sheet)
 *
 * As in Excel (Name Manager's "Scope"), a name is the workbook's or one sheet's: the same name may
 * exist once for the workbook and once per sheet, and on a sheet its own name wins over the
 * workbook's. The key makes names unique per scope without regard to case, as Excel's are (two
 * peers defining "vækst" and "Vækst" at once leave one name). A sheet's names go with the sheet:
 * a name whose sheet is deleted is read as no name (and deleting the sheet deletes them). `name` keeps the spelling the planner chose; `formula` is
 * in stored form (storedFormula.ts) with every reference naming its sheet, as goals' formulas are,
 * so that inserted rows, deleted rows and renamed sheets move a name's cells as they move a
 * cell formula's.
 *
 * Which names are allowed follows Excel (support.microsoft.com, "Names in formulas"): a letter or
 * `_` first, then letters, digits, `_` and `.`; not a cell address (`A1`, `TAX2024`, `R1C1`), not
 * `R` or `C`; at most 255 characters. Fremskriv's letters are those its engine reads in a name
 * (Latin, with æ, ø, å and the accented letters), TRUE and FALSE are no names, and neither is
 * anything of letters then digits (`ABCD1`), which the engine reads as a cell.
 */
import * as Y from 'yjs';
import { decodeFormula } from '../formula/storedFormula.js';
import { workbookGrid } from './WorkbookGrid.js';

export const MAX_NAME_LENGTH = 255;
/** A workbook's names (Excel sets no number; this bounds what a peer or a file can add). */
export const MAX_DEFINED_NAMES = 10_000;
/** A name's formula as typed (A1): a reference, a range or a constant is far shorter. */
export const MAX_NAME_FORMULA = 2_000;
/** A name's formula as stored: identities make each reference up to ~35× its A1 length. */
export const MAX_STORED_NAME_FORMULA = 100_000;

/** A defined name as the document stores it (`formula` in stored form; `sheet`: the id of the sheet it is scoped to, absent for the workbook's). */
export interface StoredDefinedName {
  name: string;
  formula: string;
  sheet?: string;
}

const NAME_PATTERN = /^[A-Za-z\u00C0-\u02AF_][A-Za-z\u00C0-\u02AF0-9_.]*$/;
/**
 * Letters then digits only: Excel's cell addresses (`A1`, `TAX2024`), and beyond its sheet
 * (`ABCD1`, `A1048577`) what Excel takes as a name but the engine reads as a cell, so such a name
 * would never compute: refused too. R1C1 addresses, relative ones too (`RC`, `R2C`, `RC3`), and
 * `R` and `C` alone (a row, a column) are Excel's own refusals.
 */
function looksLikeCell(name: string): boolean {
  return /^[A-Za-z]+\d+$/.test(name) || /^(R\d*C?\d*|C\d*)$/i.test(name);
}

/** Why a name is refused, as a code the browser words in the planner's language (nameError.* in its translations). */
export type NameProblem = 'empty' | 'too-long' | 'characters' | 'cell-address' | 'logical' | 'reserved';

const NAME_PROBLEMS: Record<NameProblem, string> = {
  empty: 'a name is empty',
  'too-long': `a name is at most ${MAX_NAME_LENGTH} characters`,
  characters: 'a name starts with a letter or "_" and holds only letters, digits, "_" and "."',
  'cell-address': 'a name cannot look like a cell address',
  logical: 'TRUE and FALSE are no names',
  reserved: 'names starting with _xlnm., _xlfn., _xlws. or _xludf. are Excel\'s own',
};

/** Excel's own prefixes (built-in names such as `_xlnm.Print_Area`, future functions): no planner's name, and the engine's names for a sheet's names (engineNames.ts). */
const RESERVED_PREFIX = /^_xl(nm|fn|ws|udf)\./i;

/** Why `name` cannot be a defined name, as a code, or null when it can. */
export function definedNameReason(name: string): NameProblem | null {
  if (name.length === 0) return 'empty';
  if (name.length > MAX_NAME_LENGTH) return 'too-long';
  if (!NAME_PATTERN.test(name)) return 'characters';
  if (looksLikeCell(name)) return 'cell-address';
  if (/^(TRUE|FALSE)$/i.test(name)) return 'logical';
  if (RESERVED_PREFIX.test(name)) return 'reserved';
  return null;
}

/** Why `name` cannot be a defined name, or null when it can. */
export function definedNameProblem(name: string): string | null {
  const reason = definedNameReason(name);
  return reason === null ? null : NAME_PROBLEMS[reason];
}

/** The key a name is stored under: Excel compares names without regard to case. */
export function nameKey(name: string): string {
  return name.toUpperCase();
}

/** The key a name of a scope is stored under: `VÆKST` for the workbook's, `sheetId!VÆKST` for a sheet's. */
export function scopedNameKey(name: string, sheetId?: string): string {
  return sheetId === undefined ? nameKey(name) : `${sheetId}!${nameKey(name)}`;
}

export function namesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('names');
}

/** A sheet identity as the schema allows one (schemaRules.ts' isIdentity, which imports this module). */
function isSheetIdentity(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 64 && !/[:!\p{Cc}]/u.test(value) && !['__proto__', 'constructor', 'prototype'].includes(value);
}

/** A value that may stand in the names map: checked by the server's schema and by every reader. */
export function isStoredDefinedName(value: unknown): value is StoredDefinedName {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) return false;
  const { name, formula, sheet, ...rest } = value as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    typeof name === 'string' &&
    definedNameProblem(name) === null &&
    typeof formula === 'string' &&
    formula.startsWith('=') &&
    formula.length <= MAX_STORED_NAME_FORMULA &&
    (sheet === undefined || isSheetIdentity(sheet))
  );
}

/** Whether a names-map key may hold a name (`VÆKST`, `sheetId!VÆKST`): what the server's schema accepts. */
export function isNameMapKey(key: string): boolean {
  const bang = key.indexOf('!');
  const name = bang < 0 ? key : key.slice(bang + 1);
  return (bang < 0 || isSheetIdentity(key.slice(0, bang))) && definedNameProblem(name) === null && nameKey(name) === name;
}

/** The stored name under `key` when it is sound and stored under its own key (a hostile peer's otherwise). */
export function storedNameAt(names: Y.Map<unknown>, key: string): StoredDefinedName | undefined {
  const value = names.get(key);
  return isStoredDefinedName(value) && scopedNameKey(value.name, value.sheet) === key ? value : undefined;
}

/**
 * The document's sound names, ordered by name, the workbook's before the sheets' (in sheet
 * order): an entry under a key that is not its name's (a hostile peer's), of another shape, or
 * scoped to a sheet that is gone is left out, as every reader reads it.
 */
export function storedNames(doc: Y.Doc): StoredDefinedName[] {
  const order = new Map(workbookGrid(doc).listSheets().map((s, i) => [s.id, i]));
  const names: StoredDefinedName[] = [];
  for (const key of namesMap(doc).keys()) {
    const value = storedNameAt(namesMap(doc), key);
    if (!value || (value.sheet !== undefined && !order.has(value.sheet))) continue;
    names.push(value.sheet === undefined ? { name: value.name, formula: value.formula } : { name: value.name, formula: value.formula, sheet: value.sheet });
  }
  const rank = (n: StoredDefinedName): number => (n.sheet === undefined ? -1 : order.get(n.sheet)!);
  return names.sort((a, b) => (nameKey(a.name) !== nameKey(b.name) ? (nameKey(a.name) < nameKey(b.name) ? -1 : 1) : rank(a) - rank(b)));
}

/** A defined name in A1 terms (`{ name: 'Vækst', formula: '=Antagelser!$B$1' }`, a sheet's with `sheet: 'Data'`), as files and the client read it. */
export interface DefinedName {
  name: string;
  formula: string;
  /** The name of the sheet the name is scoped to; absent for the workbook's. */
  sheet?: string;
}

/** The document's names with their formulas in A1 (canonical), ordered by name. */
export function readDefinedNames(doc: Y.Doc): DefinedName[] {
  const grid = workbookGrid(doc);
  const host = grid.listSheets()[0]?.id ?? '';
  return storedNames(doc).map(({ name, formula, sheet }) => {
    const a1 = decodeFormula(formula, host, grid);
    return sheet === undefined ? { name, formula: a1 } : { name, formula: a1, sheet: grid.sheetName(sheet)! };
  });
}

/**
 * The name `name` as a formula on `sheetId` reads it: the sheet's own, else the workbook's (Excel's
 * rule); undefined when neither exists. Without a sheet (goals, scenario inputs), the workbook's.
 */
export function nameSeenFrom<T extends DefinedName | StoredDefinedName>(names: readonly T[], name: string, sheet?: string): T | undefined {
  const key = nameKey(name.trim());
  const same = names.filter((n) => nameKey(n.name) === key);
  return (sheet === undefined ? undefined : same.find((n) => n.sheet === sheet)) ?? same.find((n) => n.sheet === undefined);
}

/**
 * The names a formula on `sheet` reads without a sheet before them, ordered by name: the
 * workbook's and the sheet's own, the sheet's in place of the workbook's of the same spelling
 * (as Excel's AutoComplete offers them there).
 */
export function namesSeenFrom<T extends DefinedName | StoredDefinedName>(names: readonly T[], sheet: string | undefined): T[] {
  const seen = names.filter((n) => n.sheet === undefined || n.sheet === sheet);
  return seen.filter((n) => n.sheet !== undefined || !seen.some((own) => own.sheet !== undefined && nameKey(own.name) === nameKey(n.name)));
}
