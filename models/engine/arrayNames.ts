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
import { legacyIntersection, type ArrayName } from './engineFormula.js';
import { spillsNatively } from './functionArguments.js';
import { parseFormulaTree, type FormulaItem } from './formulaTree.js';
import type { NamedGrid } from './qualifiedNames.js';

/** The references a name's formula may compute to several cells. */
const COMPUTED_REFERENCES = new Set(['OFFSET', 'INDEX', 'INDIRECT']);

/** The engine's alias of a name read after a sheet (qualifiedNames.ts): `_xlws.<sheetId>.<name>`, `_xlws..<name>` for the workbook's. */
const ALIAS = /^_xlws\.([^.]*)\.(.+)$/;
/** A formula that is one name, in brackets or not (`=Alle`, `=(Alle)`). */
const BARE_NAME = /^=[\s(]*[\p{L}_\\][\p{L}\p{N}_.]*[\s)]*$/u;

/**
 * Whether an A1 formula (a name's) may compute several values; `nested` says which names it reads
 * may (a name reaching a range only through another name, `Alle` = `=Udgifter`, or computing
 * through one, `=Alle*2`).
 */
export function formulaGivesSeveral(formula: string, nested?: ArrayName): boolean {
  if (nameComputesArray(formula) || (nested !== undefined && readsNamedArrays(formula, nested))) return true;
  let items: readonly FormulaItem[] = parseFormulaTree(splitFormula(formula));
  while (items.length === 1 && items[0]!.kind === 'group') items = items[0]!.items;
  const [item] = items;
  if (items.length !== 1 || !item) return false;
  if (item.kind === 'ref') return item.range;
  return item.kind === 'call' && (COMPUTED_REFERENCES.has(item.name) || spillsNatively(item.name));
}

/**
 * Whether a formula reads a name of several values where one value is expected (`=Alle`,
 * `=Alle*2`, `=ABS(Alle)`; not `=SUM(Alle)`): the places legacy Excel intersects such a name.
 */
export function readsNamedArrays(formula: string, arrayName: ArrayName): boolean {
  return legacyIntersection(formula, arrayName) !== legacyIntersection(formula);
}

/**
 * Whether a name's formula computes an array through another name of several values (`=Alle*2`,
 * `=ABS(Alle)`, Alle = `=Udgifter`), which Excel computes as an array wherever it is used, as it
 * does `=Data!$B$2:$B$4*2` (nameComputesArray); a name that is one name (`=Alle`) stays a reference.
 */
export function namedArrayThroughNames(formula: string, several: ArrayName | undefined): boolean {
  return several !== undefined && !BARE_NAME.test(formula) && readsNamedArrays(formula, several);
}

/** A defined name as a resolver finds it: who it is (one per name and scope), its A1 formula, and the scope its formula reads names in. */
export interface FoundName {
  id: string;
  formula: string;
  scope: string | undefined;
}

/**
 * Which names, read on `scope`, may give several values, following the names their formulas read
 * (each name's answer kept); a name met again while its own formula is read (names defined through
 * each other in a circle, `Første` = `=Anden`, `Anden` = `=Første`) gives none, so reading ends (the
 * engine computes such a name as #CYCLE!). `find` gives a name's formula, undefined for no name (a
 * LAMBDA's included: it is a function), and may throw for a formula it cannot read (no range then).
 */
export function namesGivingSeveral(find: (word: string, scope: string | undefined) => FoundName | undefined): (word: string, scope: string | undefined) => boolean {
  const known = new Map<string, boolean>();
  const reading = new Set<string>();
  const several = (word: string, scope: string | undefined): boolean => {
    let found: FoundName | undefined;
    try {
      found = find(word, scope);
    } catch {
      return false;
    }
    if (found === undefined || holdsLambda(found.formula)) return false;
    const key = `${found.id}\u0000${found.scope ?? ''}`;
    const answer = known.get(key);
    if (answer !== undefined) return answer;
    if (reading.has(key)) return false;
    reading.add(key);
    try {
      const gives = formulaGivesSeveral(found.formula, (inner) => several(inner, found.scope));
      known.set(key, gives);
      return gives;
    } catch {
      // A formula the reader cannot take apart computes its own error; it is no range.
      return false;
    } finally {
      reading.delete(key);
    }
  };
  return several;
}

/**
 * Which names may give several values as a formula on the sheet `sheetId` reads them (its own
 * name first, then the workbook's; an alias of a name after a sheet, `Ark1!Rente`, as that
 * name; undefined: only the workbook's, as a workbook name's own formula reads them), or undefined
 * for a workbook without names.
 */
export function arrayNames(grid: NamedGrid, sheetId: string | undefined): ArrayName | undefined {
  const names = namesMap(grid.doc);
  if (names.size === 0) return undefined;
  const several = namesGivingSeveral((word, scope) => {
    const alias = ALIAS.exec(word);
    const [at, name] = alias ? [alias[1] || undefined, alias[2]!] : [scope, word];
    const ownKey = at === undefined ? undefined : scopedNameKey(name, at);
    const own = ownKey === undefined ? undefined : storedNameAt(names, ownKey);
    const stored = own ?? (alias && at ? undefined : storedNameAt(names, nameKey(name)));
    if (stored === undefined) return undefined;
    const reads = stored.sheet ?? scope;
    return { id: scopedNameKey(stored.name, stored.sheet), formula: decodeFormula(stored.formula, reads ?? '', grid), scope: reads };
  });
  return (word) => several(word, sheetId);
}
