/**
 * The formulas the engine must be given again because it cannot see that their value changed:
 * those naming a row or column identity that vanished or appeared (the engine adjusts its own
 * references, not always as the document reads them: a range endpoint deleted in a concurrent
 * edit, see operations/structuralEdits.ts, or a row that had not arrived yet), and those giving a
 * defined name to a function the engine records no dependency for (`ROWS(Udgifter)`,
 * engineNames.ts) or after a sheet (`Ark1!Rente`: the sheet's own name or the workbook's,
 * qualifiedNames.ts) or calling it (`Dobbelt(3)`, lambdaNames.ts), when a name of that spelling is
 * added, changed or removed.
 */
import { isFormula } from '../formula/a1References.js';
import { usesAnyName } from '../formula/formulaNames.js';
import { mentionsAny } from '../formula/storedFormula.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { readsShapeOfName } from './engineNames.js';
import { callsAnyName, givesAnyNameToLambda } from './lambdaNames.js';
import { qualifiesAnyName } from './qualifiedNames.js';

export interface SheetCell {
  sheetId: string;
  key: string;
}

/** Every formula on `sheetIds` whose stored text passes `test`. */
export function formulasWhere(grid: WorkbookGrid, sheetIds: Iterable<string>, test: (formula: string) => boolean): SheetCell[] {
  const found: SheetCell[] = [];
  for (const sheetId of sheetIds) {
    const parts = grid.sheetParts(sheetId);
    if (!parts) continue;
    for (const [key, stored] of parts.cells.entries()) {
      if (typeof stored === 'string' && isFormula(stored) && test(stored)) found.push({ sheetId, key });
    }
  }
  return found;
}

/** The formulas naming one of the row, column or sheet identities `ids`. */
export function formulasMentioning(grid: WorkbookGrid, sheetIds: Iterable<string>, ids: Iterable<string>): SheetCell[] {
  const wanted = new Set(ids);
  return formulasWhere(grid, sheetIds, (formula) => mentionsAny(formula, wanted));
}

/**
 * The formulas reading the shape of one of `names` (`ROWS(Udgifter)`), one of them after a sheet
 * (`Ark1!Rente`), calling one of them (`Dobbelt(3)`, a LAMBDA's name: lambdaNames.ts) or giving
 * one to a LAMBDA (`LAMBDA(f,f(A1:A3))(Dobbelt)`, sized from the name's LAMBDA). With `changed`
 * (the names were changed, not just given to a new engine), every formula using one: whether it
 * computes for each of a name's values depends on the name's formula (arrayNames.ts,
 * `=Udgifter*2` spills once Udgifter is a range).
 */
export function formulasFollowingNames(grid: WorkbookGrid, sheetIds: Iterable<string>, names: ReadonlySet<string>, changed = false): SheetCell[] {
  if (changed) return formulasWhere(grid, sheetIds, (formula) => usesAnyName(formula, names) || qualifiesAnyName(formula, names) || callsAnyName(formula, names));
  return formulasWhere(grid, sheetIds, (formula) => readsShapeOfName(formula, names) || qualifiesAnyName(formula, names) || callsAnyName(formula, names) || givesAnyNameToLambda(formula, names));
}
