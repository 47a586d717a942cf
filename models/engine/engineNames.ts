/**
 * The workbook's defined names (workbook/definedNames.ts) as HyperFormula named expressions, a
 * workbook name in the global scope and a sheet's name in that sheet's scope (which wins there, as
 * in Excel), each again under its alias for `Ark1!Rente` (qualifiedNames.ts), kept equal to the document: added, changed and removed as the document's
 * names are, and set again where a structural edit left the engine's copy unlike the document's.
 * A formula that uses a name then computes as in Excel (`=SUM(Udgifter)`, `=B2*Vækst`); a name
 * the workbook lacks is #NAME?, and a name whose formula errors gives that error. The engine
 * recomputes a name's dependents itself when its formula changes, except a call it records no
 * dependency for (`ROWS(Udgifter)`, `COLUMNS(…)`: HyperFormula reads their argument's shape, not its
 * value): `follow` says which names changed, and the engine sets such formulas again.
 *
 * Excel computes a name's formula as an array formula: `=Data!$B$2:$B$4*2` is the array {200;400;600}
 * wherever it is used (`SUM(Dobbelt)`, `INDEX(Dobbelt,2)`). HyperFormula computes a named
 * expression as a plain formula, which intersects such a range (#VALUE! outside its rows), so a
 * name whose formula reads a range element by element is given as `=ARRAYFORMULA(…)`. A name that
 * is a reference (`=Data!$B$2:$B$4`) or a function of whole ranges (`=SUM(…)`) is given as it is:
 * it must stay a reference for `SUMIF(Udgifter,…)` and `ROWS(Udgifter)`.
 *
 * A name's ranges are cut to the workbook's data as a cell's are (rangeBound.ts): a name over a
 * whole sheet (`=Ark1!$A$1:$XFD$40000`) took every engine's memory when a formula used it, and one
 * over an old file's `$A$2:$A$65536` gave the engine 65,535 cells. The engine follows the names
 * again when the bound grows.
 */
import type { HyperFormula } from 'hyperformula';
import type * as Y from 'yjs';
import { decodeFormula } from '../formula/storedFormula.js';
import { formulaFitsEngine } from '../formula/formulaDepth.js';
import { formulaWords, usesAnyName } from '../formula/formulaNames.js';
import { nameComputesArray } from './arrayFormulas.js';
import { arrayNames, namedArrayThroughNames } from './arrayNames.js';
import { ignoresArgumentChanges, takesArgumentCount } from './functionArguments.js';
import { withLowerCaseExponents } from '../formula/numberExponents.js';
import { withShortSignRuns } from '../formula/signRuns.js';
import { nameKey, scopedNameKey, storedNames } from '../workbook/definedNames.js';
import { sheetNameAlias, withNameAliases, withOwnSheetNames, workbookNameAlias, type NamedGrid } from './qualifiedNames.js';
import { engineStringLiterals } from './excelStringLiterals.js';
import { expandLambda } from '../formula/lambdaFormula.js';
import { expandLet } from '../formula/letFormula.js';
import { engineErrorLiterals } from './errorLiterals.js';
import { lambdaNames } from './lambdaNames.js';
import { engineFunction } from './lambdaFunctions.js';
import { RangeTooLargeError, type RangeCutter } from './rangeBound.js';

interface GivenName {
  /** The spelling the engine knows the name by, and its scope (an engine sheet id; undefined: global). */
  name: string;
  scope: number | undefined;
  /** The name's key (definedNames.ts' nameKey), told when it changes. */
  key: string;
  /** The expression the engine was given, and the engine's own text of it just after. */
  expression: string;
  engineText: string | undefined;
}

/** Where the engine's sheets are (EngineSheets.ts). */
export interface EngineSheetIds {
  hfId(sheetId: string): number | undefined;
}

/**
 * What the engine is given for a name's stored formula (a sheet's name's read on its sheet,
 * `sheetId`): its A1 text as the engine reads a cell's (engineContent.ts), without the cell
 * rewrites (a name standing for a range must stay a range: `=SUM(Udgifter)` reads all of it).
 */
function nameExpression(stored: string, grid: NamedGrid, cut: RangeCutter, sheetId?: string): string {
  const scoped = sheetId === undefined ? stored : withOwnSheetNames(stored, sheetId, grid.doc);
  let decoded: string;
  try {
    decoded = withShortSignRuns(decodeFormula(withNameAliases(scoped, grid), '', grid, cut));
  } catch (error) {
    // Data spread over a whole sheet and a name over all of it: not computable, as in a cell.
    if (error instanceof RangeTooLargeError) return '=#NUM!';
    throw error;
  }
  if (!formulaFitsEngine(decoded)) return '=#NUM!';
  // A name whose formula is a LAMBDA is called by its name (`=Dobbelt(3)`, formula/lambdaFormula.ts);
  // LET first, as in a cell's (it was #NAME?: `=LAMBDA(x,LET(y,x+1,y*2))`), error literals last (errorLiterals.ts).
  const expanded = expandLambda(expandLet(decoded), lambdaNames(grid.doc, sheetId), engineFunction, takesArgumentCount);
  const text = withLowerCaseExponents(engineStringLiterals(engineErrorLiterals(expanded)));
  return nameComputesArray(text) || namedArrayThroughNames(decoded, arrayNames(grid, sheetId)) ? `=ARRAYFORMULA(${text.slice(1)})` : text;
}

/** Whether a stored formula uses one of `names` (keys) and calls a function the engine records no dependency for. */
export function readsShapeOfName(stored: string, names: ReadonlySet<string>): boolean {
  return usesAnyName(stored, names) && [...formulaWords(stored).calls].some(ignoresArgumentChanges);
}

interface WantedName {
  name: string;
  scope: number | undefined;
  key: string;
  expression: string;
}

/** The engine's names for the document's: a workbook name, a sheet's name in its sheet's scope, each also under its alias (qualifiedNames.ts). */
function wantedNames(doc: Y.Doc, grid: NamedGrid, sheets: EngineSheetIds, cut: RangeCutter): Map<string, WantedName> {
  const wanted = new Map<string, WantedName>();
  for (const { name, formula, sheet } of storedNames(doc)) {
    const expression = nameExpression(formula, grid, cut, sheet);
    const key = nameKey(name);
    if (sheet === undefined) {
      wanted.set(key, { name, scope: undefined, key, expression });
      const alias = workbookNameAlias(name);
      wanted.set(nameKey(alias), { name: alias, scope: undefined, key, expression });
      continue;
    }
    const scope = sheets.hfId(sheet);
    if (scope === undefined) continue;
    wanted.set(scopedNameKey(name, sheet), { name, scope, key, expression });
    const alias = sheetNameAlias(sheet, name);
    wanted.set(nameKey(alias), { name: alias, scope: undefined, key, expression });
  }
  return wanted;
}

export class EngineNames {
  /** Scoped name key (an alias under its own) → what the engine holds for it. */
  private readonly given = new Map<string, GivenName>();

  /** After a fresh engine build: the engine holds no name yet. The names now given, by key. */
  reset(hf: HyperFormula, doc: Y.Doc, grid: NamedGrid, sheets: EngineSheetIds, cut: RangeCutter): Set<string> {
    this.given.clear();
    return this.follow(hf, doc, grid, sheets, cut);
  }

  /**
   * Makes the engine's names equal to the document's (cheap when none changed: a look-up per
   * name); the keys (nameKey) of the names added, changed or removed.
   */
  follow(hf: HyperFormula, doc: Y.Doc, grid: NamedGrid, sheets: EngineSheetIds, cut: RangeCutter): Set<string> {
    const changed = new Set<string>();
    const wanted = wantedNames(doc, grid, sheets, cut);
    const scopeExists = (scope: number | undefined): boolean => scope === undefined || hf.getSheetName(scope) !== undefined;
    for (const [key, given] of [...this.given]) {
      const want = wanted.get(key);
      if (want && want.scope === given.scope) continue;
      // A sheet removed from the engine took its names with it.
      if (scopeExists(given.scope) && hf.getNamedExpressionFormula(given.name, given.scope) !== undefined) hf.removeNamedExpression(given.name, given.scope);
      this.given.delete(key);
      changed.add(given.key);
    }
    for (const [key, { name, scope, key: plainKey, expression }] of wanted) {
      const given = this.given.get(key);
      if (given && given.expression === expression && hf.getNamedExpressionFormula(given.name, scope) === given.engineText) continue;
      changed.add(plainKey);
      if (given && hf.isItPossibleToChangeNamedExpression(given.name, expression, scope)) {
        hf.changeNamedExpression(given.name, expression, scope);
      } else {
        if (given) hf.removeNamedExpression(given.name, scope);
        this.given.delete(key);
        // What the engine cannot hold (a relative reference a peer stored): no name, so its uses read #NAME?.
        if (!hf.isItPossibleToAddNamedExpression(name, expression, scope)) continue;
        hf.addNamedExpression(name, expression, scope);
      }
      const known = given?.name ?? name;
      this.given.set(key, { name: known, scope, key: plainKey, expression, engineText: hf.getNamedExpressionFormula(known, scope) });
    }
    return changed;
  }
}
