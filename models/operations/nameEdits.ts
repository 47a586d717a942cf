/**
 * Defining, changing and deleting the workbook's names (workbook/definedNames.ts). A name's
 * formula is canonical A1 (`=Antagelser!$B$1`, `=Data!$B$2:$B$13`, `=0.02`): every reference names
 * its sheet and is absolute, as Excel's Name Manager writes them. Excel also allows relative ones,
 * read from whichever cell uses the name; the engine cannot compute those, so they are refused
 * here rather than shown as a name that never computes.
 */
import { isFormula, splitFormula } from '../formula/a1References.js';
import { encodeFormula } from '../formula/storedFormula.js';
import { definedNameProblem, MAX_NAME_FORMULA, nameKey, namesMap } from '../workbook/definedNames.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { WorkbookOperationError } from './workbookOperation.js';

function fail(message: string): never {
  throw new WorkbookOperationError(message, 'invalid-name');
}

/** The formula as stored text starts: `Data!$B$2` is read as `=Data!$B$2`. */
export function nameFormulaText(formula: string): string {
  const trimmed = formula.trim();
  return isFormula(trimmed) ? trimmed : `=${trimmed}`;
}

/** Throws unless `name` may be defined as `formula` in a workbook whose sheets `sheetIdByName` finds. */
export function checkDefinedName(name: unknown, formula: unknown, sheetIdByName: (sheet: string) => string | undefined): void {
  if (typeof name !== 'string') fail('a name is text');
  const problem = definedNameProblem(name);
  if (problem) fail(`"${name.slice(0, 60)}" is no name: ${problem}`);
  if (typeof formula !== 'string' || formula.trim() === '' || formula.trim() === '=') fail(`name ${name}: a name refers to a formula, a reference or a value`);
  const text = nameFormulaText(formula);
  if (text.length > MAX_NAME_FORMULA) fail(`name ${name}: its formula is longer than ${MAX_NAME_FORMULA} characters`);
  for (const segment of splitFormula(text)) {
    if (segment.kind !== 'ref') continue;
    const { sheet, start, end } = segment.ref;
    if (sheet === undefined) fail(`name ${name}: each reference names its sheet (Ark1!$A$1)`);
    if (sheetIdByName(sheet) === undefined) fail(`name ${name}: there is no sheet "${sheet}"`);
    const relative = [start, end].some((point) => point !== undefined && [point.col, point.row].some((axis) => axis !== undefined && !axis.absolute));
    if (relative) fail(`name ${name}: its references are absolute ($A$1)`);
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
