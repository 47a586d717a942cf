/**
 * Excel's defined names (Formulas › Name Manager), workbook-scoped: a planner names an assumption
 * (`Vækst` → `=Antagelser!$B$1`, `Udgifter` → `=Data!$B$2:$B$13`, `Rente` → `=0.02`) and writes
 * `=B2*Vækst` or `=SUM(Udgifter)`.
 *
 *   names   Y.Map   the name in upper case → { name, formula }
 *
 * The key makes names unique without regard to case, as Excel's are (two peers defining "vækst"
 * and "Vækst" at once leave one name). `name` keeps the spelling the planner chose; `formula` is
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

/** A defined name as the document stores it (`formula` in stored form). */
export interface StoredDefinedName {
  name: string;
  formula: string;
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
export type NameProblem = 'empty' | 'too-long' | 'characters' | 'cell-address' | 'logical';

const NAME_PROBLEMS: Record<NameProblem, string> = {
  empty: 'a name is empty',
  'too-long': `a name is at most ${MAX_NAME_LENGTH} characters`,
  characters: 'a name starts with a letter or "_" and holds only letters, digits, "_" and "."',
  'cell-address': 'a name cannot look like a cell address',
  logical: 'TRUE and FALSE are no names',
};

/** Why `name` cannot be a defined name, as a code, or null when it can. */
export function definedNameReason(name: string): NameProblem | null {
  if (name.length === 0) return 'empty';
  if (name.length > MAX_NAME_LENGTH) return 'too-long';
  if (!NAME_PATTERN.test(name)) return 'characters';
  if (looksLikeCell(name)) return 'cell-address';
  if (/^(TRUE|FALSE)$/i.test(name)) return 'logical';
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

export function namesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('names');
}

/** A value that may stand in the names map: checked by the server's schema and by every reader. */
export function isStoredDefinedName(value: unknown): value is StoredDefinedName {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) return false;
  const { name, formula, ...rest } = value as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    typeof name === 'string' &&
    definedNameProblem(name) === null &&
    typeof formula === 'string' &&
    formula.startsWith('=') &&
    formula.length <= MAX_STORED_NAME_FORMULA
  );
}

/**
 * The document's sound names, ordered by name: an entry under a key that is not its name's (a
 * hostile peer's) or of another shape is left out, as every reader reads it.
 */
export function storedNames(doc: Y.Doc): StoredDefinedName[] {
  const names: StoredDefinedName[] = [];
  for (const [key, value] of namesMap(doc).entries()) {
    if (isStoredDefinedName(value) && nameKey(value.name) === key) names.push({ name: value.name, formula: value.formula });
  }
  return names.sort((a, b) => (nameKey(a.name) < nameKey(b.name) ? -1 : 1));
}

/** A defined name in A1 terms (`{ name: 'Vækst', formula: '=Antagelser!$B$1' }`), as files and the client read it. */
export interface DefinedName {
  name: string;
  formula: string;
}

/** The document's names with their formulas in A1 (canonical), ordered by name. */
export function readDefinedNames(doc: Y.Doc): DefinedName[] {
  const grid = workbookGrid(doc);
  const host = grid.listSheets()[0]?.id ?? '';
  return storedNames(doc).map(({ name, formula }) => ({ name, formula: decodeFormula(formula, host, grid) }));
}
