/**
 * The workbook's defined names (workbook/definedNames.ts) as HyperFormula named expressions in
 * the global scope, kept equal to the document: added, changed and removed as the document's
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
 */
import type { HyperFormula } from 'hyperformula';
import type * as Y from 'yjs';
import { decodeFormula, type GridIdentities } from '../formula/storedFormula.js';
import { formulaFitsEngine } from '../formula/formulaDepth.js';
import { formulaWords, usesAnyName } from '../formula/formulaNames.js';
import { nameComputesArray } from './arrayFormulas.js';
import { ignoresArgumentChanges } from './functionArguments.js';
import { withLowerCaseExponents } from '../formula/numberExponents.js';
import { withShortSignRuns } from '../formula/signRuns.js';
import { nameKey, storedNames } from '../workbook/definedNames.js';
import { engineStringLiterals } from './excelStringLiterals.js';

interface GivenName {
  /** The spelling the engine knows the name by. */
  name: string;
  /** The expression the engine was given, and the engine's own text of it just after. */
  expression: string;
  engineText: string | undefined;
}

/**
 * What the engine is given for a name's stored formula: its A1 text as the engine reads a cell's
 * (engineContent.ts), without the cell rewrites (a name standing for a range must stay a range:
 * `=SUM(Udgifter)` reads all of it).
 */
function nameExpression(stored: string, grid: GridIdentities): string {
  const decoded = withShortSignRuns(decodeFormula(stored, '', grid));
  if (!formulaFitsEngine(decoded)) return '=#NUM!';
  const text = withLowerCaseExponents(engineStringLiterals(decoded));
  return nameComputesArray(text) ? `=ARRAYFORMULA(${text.slice(1)})` : text;
}

/** Whether a stored formula uses one of `names` (keys) and calls a function the engine records no dependency for. */
export function readsShapeOfName(stored: string, names: ReadonlySet<string>): boolean {
  return usesAnyName(stored, names) && [...formulaWords(stored).calls].some(ignoresArgumentChanges);
}

export class EngineNames {
  /** Name key → what the engine holds for it. */
  private readonly given = new Map<string, GivenName>();

  /** After a fresh engine build: the engine holds no name yet. The names now given, by key. */
  reset(hf: HyperFormula, doc: Y.Doc, grid: GridIdentities): Set<string> {
    this.given.clear();
    return this.follow(hf, doc, grid);
  }

  /**
   * Makes the engine's names equal to the document's (cheap when none changed: a look-up per
   * name); the keys of the names added, changed or removed.
   */
  follow(hf: HyperFormula, doc: Y.Doc, grid: GridIdentities): Set<string> {
    const changed = new Set<string>();
    const wanted = new Map(storedNames(doc).map(({ name, formula }) => [nameKey(name), { name, expression: nameExpression(formula, grid) }]));
    for (const [key, given] of [...this.given]) {
      if (wanted.has(key)) continue;
      hf.removeNamedExpression(given.name);
      this.given.delete(key);
      changed.add(key);
    }
    for (const [key, { name, expression }] of wanted) {
      const given = this.given.get(key);
      if (given && given.expression === expression && hf.getNamedExpressionFormula(given.name) === given.engineText) continue;
      changed.add(key);
      if (given && hf.isItPossibleToChangeNamedExpression(given.name, expression)) {
        hf.changeNamedExpression(given.name, expression);
      } else {
        if (given) hf.removeNamedExpression(given.name);
        this.given.delete(key);
        // What the engine cannot hold (a relative reference a peer stored): no name, so its uses read #NAME?.
        if (!hf.isItPossibleToAddNamedExpression(name, expression)) continue;
        hf.addNamedExpression(name, expression);
      }
      const known = given?.name ?? name;
      this.given.set(key, { name: known, expression, engineText: hf.getNamedExpressionFormula(known) });
    }
    return changed;
  }
}
