/**
 * Defining, changing and deleting the workbook's and the sheets' names (workbook/definedNames.ts). A name's
 * formula is canonical A1 (`=Antagelser!$B$1`, `=Data!$B$2:$B$13`, `=0.02`): every reference names
 * its sheet and is absolute, as Excel's Name Manager writes them. Excel also allows relative ones,
 * read from whichever cell uses the name; the engine cannot compute those, so they are refused
 * here rather than shown as a name that never computes.
 */
import { isFormula, splitFormula } from '../formula/a1References.js';
import { renameInFormula } from '../formula/formulaNames.js';
import { holdsLambda } from '../formula/lambdaFormula.js';
import { encodeFormula } from '../formula/storedFormula.js';
import { definedNameProblem, definedNameReason, MAX_NAME_FORMULA, nameKey, namesMap, scopedNameKey, storedNameAt, storedNames } from '../workbook/definedNames.js';
import { sameSheetName } from '../workbook/sheetNames.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { rewriteStoredFormulas } from './storedFormulas.js';
import { WorkbookOperationError } from './workbookOperation.js';

/**
 * Why a name edit is refused, beyond the name's own rules (definedNames.ts' NameProblem): the
 * browser words each (nameError.* in its translations), naming `name` and, for an unknown sheet, `sheet`.
 */
export type NameEditProblem = 'not-text' | 'no-formula' | 'formula-too-long' | 'no-sheet' | 'unknown-sheet' | 'relative' | 'taken' | 'unknown' | 'unknown-scope';

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

/** Throws unless `sheetId` (a name's scope) is absent (the workbook) or a sheet `exists`. */
export function checkNameScope(sheetId: unknown, exists: (sheetId: string) => boolean): void {
  if (sheetId === undefined) return;
  if (typeof sheetId !== 'string' || !exists(sheetId)) fail(`a name's scope is the workbook or one of its sheets`, 'unknown-scope' satisfies NameEditProblem);
}

/** Defines the name in its scope (the sheet `sheetId`, else the workbook), or gives an existing one (any case) a new formula and spelling. */
export function defineName(grid: WorkbookGrid, name: string, formula: string, sheetId?: string): void {
  checkNameScope(sheetId, (id) => grid.sheetName(id) !== undefined);
  checkDefinedName(name, formula, (sheet) => grid.sheetIdByName(sheet));
  const first = grid.listSheets()[0]?.id ?? '';
  const stored = encodeFormula(nameFormulaText(formula), first, grid, true);
  const names = namesMap(grid.doc);
  const key = scopedNameKey(name, sheetId);
  const current = names.get(key) as { name?: unknown; formula?: unknown } | undefined;
  if (current?.name === name && current.formula === stored) return;
  names.set(key, sheetId === undefined ? { name, formula: stored } : { name, formula: stored, sheet: sheetId });
}

/** Deletes the name of the scope; a name no longer there (a colleague deleted it first) is no error. */
export function deleteName(grid: WorkbookGrid, name: string, sheetId?: string): void {
  const names = namesMap(grid.doc);
  const key = scopedNameKey(name, sheetId);
  if (names.has(key)) names.delete(key);
}

/** Deletes the names scoped to a sheet being deleted, as Excel does: their uses then read #NAME? (or the workbook's name of that spelling). */
export function deleteSheetNames(grid: WorkbookGrid, sheetId: string): void {
  const names = namesMap(grid.doc);
  for (const key of [...names.keys()]) if (key.startsWith(`${sheetId}!`)) names.delete(key);
}

/**
 * Throws unless the name `from` (any case) of the scope (`sheetId`, else the workbook) can be
 * renamed `to`: `from` is one of `names` (scoped keys), `to` may be a name and is no other name's
 * of that scope (a new spelling of the same name is allowed).
 */
export function checkRename(from: unknown, to: unknown, names: ReadonlySet<string>, sheetId?: string): void {
  checkNameText(from);
  checkNameText(to);
  if (!names.has(scopedNameKey(from, sheetId))) fail(`there is no name "${from}"`, 'unknown' satisfies NameEditProblem, { name: from });
  if (nameKey(to) !== nameKey(from) && names.has(scopedNameKey(to, sheetId))) fail(`the scope already has a name "${to}"`, 'taken' satisfies NameEditProblem, { name: to });
}

/**
 * Renames the name `from` of a scope to `to`, as Excel's Name Manager does: every formula that
 * uses it (cells, goals and other names) is rewritten to the new name, so each keeps computing
 * the same. A workbook name is renamed where it is read: not on a sheet with a name of its own of
 * that spelling, nor after such a sheet (`Ark1!Rente`); a sheet's name on its sheet and its names, and
 * wherever the sheet is named before it. A formula a colleague types with the old name meanwhile
 * reads #NAME?, as in Excel after a rename.
 */
export function renameName(grid: WorkbookGrid, from: string, to: string, sheetId?: string): void {
  const names = namesMap(grid.doc);
  const fromKey = scopedNameKey(from, sheetId);
  if (!storedNameAt(names, fromKey)) return;
  const sheetName = sheetId === undefined ? undefined : grid.sheetName(sheetId);
  const shadowing = new Set(storedNames(grid.doc).filter((n) => n.sheet !== undefined && nameKey(n.name) === nameKey(from)).map((n) => n.sheet));
  // `Ark1!Rente` reads the workbook's Rente where Ark1 has none of its own (qualifiedNames.ts).
  const readsWorkbookName = (qualifier: string | undefined, host: string | undefined): boolean => {
    const scope = qualifier === undefined ? host : grid.sheetIdByName(qualifier);
    return (qualifier === undefined || scope !== undefined) && !shadowing.has(scope);
  };
  // A name holding a LAMBDA is called by its name (`=Dobbelt(3)`): those calls are renamed too.
  const calls = holdsLambda(storedNameAt(names, fromKey)!.formula);
  rewriteStoredFormulas(grid.doc, (stored, host) =>
    renameInFormula(
      stored,
      from,
      to,
      (qualifier) => (sheetName === undefined ? readsWorkbookName(qualifier, host) : qualifier === undefined ? host === sheetId : sameSheetName(qualifier, sheetName)),
      calls,
    ),
  );
  // Read after the rewrite: a name whose formula used itself was rewritten too.
  const current = storedNameAt(names, fromKey);
  if (!current) return;
  const toKey = scopedNameKey(to, sheetId);
  if (toKey !== fromKey) names.delete(fromKey);
  names.set(toKey, { ...current, name: to });
}
