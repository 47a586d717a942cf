/**
 * Defined names whose formula is a LAMBDA (Name Manager: `Dobbelt` = `=LAMBDA(x,x*2)`), which a
 * formula calls by the name: `=Dobbelt(3)` is 6 (formula/lambdaFormula.ts gives the engine
 * `FREMSKRIV.INVOKE(Dobbelt,3)`, engine/lambdaFunctions.ts reads the name's LAMBDA). Only such
 * names are read as calls: an unknown function stays one (`#NAME?`, listed by an import). A
 * formula calling a name is given to the engine again when a name of that spelling comes, goes or
 * changes (formulasToReset.ts), since the engine read it as a call of no function before.
 */
import type * as Y from 'yjs';
import { formulaWords, usesAnyName } from '../formula/formulaNames.js';
import { holdsLambda, type NamedFunction } from '../formula/lambdaFormula.js';
import { nameKey, namesMap, scopedNameKey, storedNameAt } from '../workbook/definedNames.js';


/** Which names hold a LAMBDA, as a formula on the sheet `sheetId` (a sheet's own name first) or of a workbook name reads them. */
export function lambdaNames(doc: Y.Doc, sheetId?: string): NamedFunction {
  const names = namesMap(doc);
  return (name) => {
    const stored = (sheetId === undefined ? undefined : storedNameAt(names, scopedNameKey(name, sheetId))) ?? storedNameAt(names, nameKey(name));
    return stored !== undefined && holdsLambda(stored.formula);
  };
}

/** Whether a stored formula calls one of `names` (keys, nameKey) as a function (`=Dobbelt(3)`). */
export function callsAnyName(stored: string, names: ReadonlySet<string>): boolean {
  const upper = stored.toUpperCase();
  if (![...names].some((name) => upper.includes(name))) return false;
  return [...formulaWords(stored).calls].some((call) => names.has(call));
}

/**
 * Whether a stored formula gives one of `names` (keys) to a LAMBDA it holds (`=LAMBDA(f,f(A1:A3))(Dobbelt)`):
 * its spill is sized from the name's LAMBDA, which the engine reads only once the name exists.
 */
export function givesAnyNameToLambda(stored: string, names: ReadonlySet<string>): boolean {
  return /LAMBDA\s*\(/i.test(stored) && usesAnyName(stored, names);
}
