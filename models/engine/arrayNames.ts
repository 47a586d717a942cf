/**
 * Defined names that may stand for several values, so that a formula reading one where one value
 * is expected computes as Excel 365 computes it: `=Udgifter*2` with `Udgifter` = `=Data!$B$2:$B$4`
 * spills three values (https://support.microsoft.com/office/dynamic-array-formulas-and-spilled-array-behavior-205c6b06-03ba-4151-89a1-87a7eb36e531),
 * and a legacy formula from a file intersects it (`=@Udgifter*2`). HyperFormula reads a name's
 * range only while computing, after the formula's text decided whether it computes for each
 * value (engineFormula.ts); the name's own formula says it first.
 *
 * A name may give several values when its formula is a range of more than one cell, a reference
 * computed (OFFSET, INDEX, INDIRECT), a function that spills (`=SEQUENCE(3)`) or an array it
 * computes (`=Data!$B$2:$B$4*2`, arrayFormulas.ts's nameComputesArray). A constant, one cell or
 * `=SUM(…)` gives one value.
 *
 * @example arrayNames(grid, sheetId)?.('Udgifter') // → true for `=Data!$B$2:$B$4`
 */
import { splitFormula } from '../formula/a1References.js';
import { holdsLambda } from '../formula/lambdaFormula.js';
import { decodeFormula } from '../formula/storedFormula.js';
import { nameKey, namesMap, scopedNameKey, storedNameAt } from '../workbook/definedNames.js';
import { nameComputesArray } from './arrayFormulas.js';
import type { ArrayName } from './engineFormula.js';
import { spillsNatively } from './functionArguments.js';
import { parseFormulaTree, type FormulaItem } from './formulaTree.js';
import type { NamedGrid } from './qualifiedNames.js';

/** The references a name's formula may compute to several cells. */
const COMPUTED_REFERENCES = new Set(['OFFSET', 'INDEX', 'INDIRECT']);

/** The engine's alias of a name read after a sheet (qualifiedNames.ts): `_xlws.<sheetId>.<name>`, `_xlws..<name>` for the workbook's. */
const ALIAS = /^_xlws\.([^.]*)\.(.+)$/;

/** Whether an A1 formula (a name's) may compute several values. */
export function formulaGivesSeveral(formula: string): boolean {
  if (nameComputesArray(formula)) return true;
  let items: readonly FormulaItem[] = parseFormulaTree(splitFormula(formula));
  while (items.length === 1 && items[0]!.kind === 'group') items = items[0]!.items;
  const [item] = items;
  if (items.length !== 1 || !item) return false;
  if (item.kind === 'ref') return item.range;
  return item.kind === 'call' && (COMPUTED_REFERENCES.has(item.name) || spillsNatively(item.name));
}

/**
 * Which names may give several values as a formula on the sheet `sheetId` reads them (its own
 * name first, then the workbook's; an alias of a name after a sheet, `Ark1!Rente`, as that
 * name), or undefined for a workbook without names.
 */
export function arrayNames(grid: NamedGrid, sheetId: string): ArrayName | undefined {
  const names = namesMap(grid.doc);
  if (names.size === 0) return undefined;
  return (word) => {
    const alias = ALIAS.exec(word);
    const [scope, name] = alias ? [alias[1] || undefined, alias[2]!] : [sheetId, word];
    const stored = (scope === undefined ? undefined : storedNameAt(names, scopedNameKey(name, scope))) ?? (alias && scope ? undefined : storedNameAt(names, nameKey(name)));
    // A LAMBDA's name is a function, given to MAP or called (lambdaNames.ts), never a range.
    if (stored === undefined || holdsLambda(stored.formula)) return false;
    try {
      return formulaGivesSeveral(decodeFormula(stored.formula, stored.sheet ?? sheetId, grid));
    } catch {
      // A formula the reader cannot take apart computes its own error; it is no range.
      return false;
    }
  };
}
