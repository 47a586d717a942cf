/**
 * Defining, changing and deleting the workbook's names (workbook/definedNames.ts). A name's
 * formula is canonical A1 (`=Antagelser!$B$1`, `=Data!$B$2:$B$13`, `=0.02`): every reference names
 * its sheet and is absolute, as Excel's Name Manager writes them. Excel also allows relative ones,
 * read from whichever cell uses the name; the engine cannot compute those, so they are refused
 * here rather than shown as a name that never computes.
 */
import { isFormula, splitFormula } from '../formula/a1References.js';
import { renameInFormula } from '../formula/formulaNames.js';
import { encodeFormula } from '../formula/storedFormula.js';
import { definedNameProblem, definedNameReason, isStoredDefinedName, MAX_NAME_FORMULA, nameKey, namesMap } from '../workbook/definedNames.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { rewriteStoredFormulas } from './storedFormulas.js';
import { WorkbookOperationError } from './workbookOperation.js';

/**
 * Why a name edit is refused, beyond the name's own rules (definedNames.ts' NameProblem): the
 * browser words each (nameError.* in its translations), naming `name` and, for an unknown sheet, `sheet`.
 */
export type NameEditProblem = 'not-text' | 'no-formula' | 'formula-too-long' | 'no-sheet' | 'unknown-sheet' | 'relative' | 'taken' | 'unknown';

function fail(message: string, reason: string, values: Record<string, string> = {}): never {
  throw new WorkbookOperationError(message, 'invalid-name', { reason, ...values });
}

/** Throws unless `name` may be a defined name. */
export function checkNameText(name: unknown): asserts name is string {
  if (typeof name !== 'string') fail('a name is text', 'not-text' satisfies NameEditProblem);
  const reason = definedNameReason(name);
  if (reason) fail(`"${name.slice(0, 60)}" is no name: ${definedNameProblem(name)!}`, reason, { name: name.slice(0, 60) });
}

/** The formula as stored text starts: `Data!$B$2` is read as `=Data!$B$2`. */
export function nameFormulaText(formula: string): string {
  const trimmed = formula.trim();
  return isFormula(trimmed) ? trimmed : `=${trimmed}`;
}

/** Throws unless `name` may be defined as `formula` in a workbook whose sheets `sheetIdByName` finds. */
export function checkDefinedName(name: unknown, formula: unknown, sheetIdByName: (sheet: string) => string | undefined): void {
  checkNameText(name);
  const about = { name };
  if (typeof formula !== 'string' || formula.trim() === '' || formula.trim() === '=') fail(`name ${name}: a name refers to a formula, a reference or a value`, 'no-formula', about);
  const text = nameFormulaText(formula);
  if (text.length > MAX_NAME_FORMULA) fail(`name ${name}: its formula is longer than ${MAX_NAME_FORMULA} characters`, 'formula-too-long', { ...about, max: String(MAX_NAME_FORMULA) });
  for (const segment of splitFormula(text)) {
    if (segment.kind !== 'ref') continue;
    const { sheet, start, end } = segment.ref;
    if (sheet === undefined) fail(`name ${name}: each reference names its sheet (Ark1!$A$1)`, 'no-sheet', about);
    if (sheetIdByName(sheet) === undefined) fail(`name ${name}: there is no sheet "${sheet}"`, 'unknown-sheet', { ...about, sheet: sheet.slice(0, 60) });
    const relative = [start, end].some((point) => point !== undefined && [point.col, point.row].some((axis) => axis !== undefined && !axis.absolute));
    if (relative) fail(`name ${name}: its references are absolute ($A$1)`, 'relative', about);
  }
}

/** Defines the name, or gives an existing one (any case) a new formula and spelling. */
export function defineName(grid: WorkbookGrid, name: string, formula: string): void {
  checkDefinedName(name, formula, (sheet) => grid.sheetIdByName(sheet));
  const first = grid.listSheets()[0]?.id ?? '';
  const stored = encodeFormula(nameFormulaText(formula), first, grid, true);
  const names = namesMap(grid.doc);
  const key = nameKey(name);
  const current = names.get(key) as { name?: unknown; formula?: unknown } | undefined;
  if (current?.name === name && current.formula === stored) return;
  names.set(key, { name, formula: stored });
}

/** Deletes the name; a name no longer there (a colleague deleted it first) is no error. */
export function deleteName(grid: WorkbookGrid, name: string): void {
  const names = namesMap(grid.doc);
  const key = nameKey(name);
  if (names.has(key)) names.delete(key);
}

/**
 * Throws unless the name `from` (any case) can be renamed `to`: `from` is one of `names` (keys),
 * `to` may be a name and is no other name's (a new spelling of the same name is allowed).
 */
export function checkRename(from: unknown, to: unknown, names: ReadonlySet<string>): void {
  checkNameText(from);
  checkNameText(to);
  if (!names.has(nameKey(from))) fail(`there is no name "${from}"`, 'unknown' satisfies NameEditProblem, { name: from });
  if (nameKey(to) !== nameKey(from) && names.has(nameKey(to))) fail(`the workbook already has a name "${to}"`, 'taken' satisfies NameEditProblem, { name: to });
}

/**
 * Renames the name `from` to `to`, as Excel's Name Manager does: every formula that uses it (cells,
 * goals and other names) is rewritten to the new name, so each keeps computing the same. A formula
 * a colleague types with the old name meanwhile reads #NAME?, as in Excel after a rename.
 */
export function renameName(grid: WorkbookGrid, from: string, to: string): void {
  const names = namesMap(grid.doc);
  const fromKey = nameKey(from);
  if (!isStoredDefinedName(names.get(fromKey))) return;
  rewriteStoredFormulas(grid.doc, (stored) => renameInFormula(stored, from, to));
  // Read after the rewrite: a name whose formula used itself was rewritten too.
  const current = names.get(fromKey);
  if (!isStoredDefinedName(current)) return;
  if (nameKey(to) !== fromKey) names.delete(fromKey);
  names.set(nameKey(to), { name: to, formula: current.formula });
}
