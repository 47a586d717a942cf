/**
 * A sheet's name read from another sheet, `Ark1!Rente` (Excel's way to reach a name scoped to
 * Ark1 from elsewhere). HyperFormula's parser reads no sheet before a name, so the engine holds
 * each sheet's name a second time in the workbook scope under an alias of the sheet's identity
 * (`_xlws.<sheetId>.Rente`, a prefix no planner's name may take: definedNames.ts), and a formula is
 * given to the engine with the alias in its place. A sheet that does not exist reads #REF!; a
 * sheet without that name, #NAME? (the alias is not defined), as in Excel.
 *
 * @example withNameAliases('=Ark1!Rente*2', grid) // '=_xlws.s1.Rente*2'
 */
import { renameNameQualifiers } from '../formula/formulaNames.js';
import type { GridIdentities } from '../formula/storedFormula.js';

/** The engine's workbook-scope name for the name `name` of the sheet `sheetId`. */
export function sheetNameAlias(sheetId: string, name: string): string {
  return `_xlws.${sheetId}.${name}`;
}

/** Whether stored text has a `!` outside its reference tokens (`⟦sheetId!…⟧`): only then can it name a sheet's name. */
function mayQualifyName(stored: string): boolean {
  for (let at = stored.indexOf('!'); at >= 0; at = stored.indexOf('!', at + 1)) {
    if (stored.lastIndexOf('⟦', at) <= stored.lastIndexOf('⟧', at)) return true;
  }
  return false;
}

/** Stored text with every `Sheet!Name` as the engine's alias of that sheet's name (`#REF!` for a sheet that is gone). */
export function withNameAliases(stored: string, grid: Pick<GridIdentities, 'sheetIdByName'>): string {
  if (!mayQualifyName(stored)) return stored;
  return renameNameQualifiers(stored, (sheet) => (grid.sheetIdByName(sheet) === undefined ? null : ''), (sheet, name) => {
    const sheetId = grid.sheetIdByName(sheet);
    return sheetId === undefined ? '#REF!' : sheetNameAlias(sheetId, name);
  });
}
