/**
 * A name read after a sheet, `Ark1!Rente`. Excel reads it as Ark1's own name, and where Ark1 has
 * none as the workbook's (Microsoft KB Q107197: "=Sheet3!Sales" on a sheet without a Sales of its
 * own is the workbook's Sales; KB Q107077 uses it to reach the workbook's name on a sheet that
 * has one of its own). HyperFormula's parser reads no sheet before a name, so the engine holds
 * each sheet's name a second time in the workbook scope under an alias of the sheet's identity
 * (`_xlws.<sheetId>.Rente`), and each workbook name under an alias no sheet's name can shadow
 * (`_xlws..Rente`; both prefixes no planner's name may take: definedNames.ts), and a formula is
 * given to the engine with the alias in its place. A sheet that does not exist reads #REF!; a
 * name neither the sheet nor the workbook has, #NAME? (the alias is not defined), as in Excel.
 *
 * @example withNameAliases('=Ark1!Rente*2', grid) // '=_xlws.s1.Rente*2' (Ark1 has a Rente), else '=_xlws..Rente*2'
 */
import type * as Y from 'yjs';
import { renameNameQualifiers, rewriteUnqualifiedNames } from '../formula/formulaNames.js';
import type { GridIdentities } from '../formula/storedFormula.js';
import { nameKey, namesMap, scopedNameKey, storedNameAt } from '../workbook/definedNames.js';

/** The grid a formula is read on, with the document whose names it reads. */
export interface NamedGrid extends GridIdentities {
  readonly doc: Y.Doc;
}

/** The engine's workbook-scope name for the name `name` of the sheet `sheetId`. */
export function sheetNameAlias(sheetId: string, name: string): string {
  return `_xlws.${sheetId}.${name}`;
}

/** The engine's name for the workbook's name `name` that no sheet's name of the same spelling shadows. */
export function workbookNameAlias(name: string): string {
  return `_xlws..${name}`;
}

/** Whether stored text has a `!` outside its reference tokens (`⟦sheetId!…⟧`): only then can it name a sheet's name. */
function mayQualifyName(stored: string): boolean {
  for (let at = stored.indexOf('!'); at >= 0; at = stored.indexOf('!', at + 1)) {
    if (stored.lastIndexOf('⟦', at) <= stored.lastIndexOf('⟧', at)) return true;
  }
  return false;
}

/** Stored text with every `Sheet!Name` as the engine's alias of the name it reads (`#REF!` for a sheet that is gone). */
export function withNameAliases(stored: string, grid: Pick<NamedGrid, 'sheetIdByName' | 'doc'>): string {
  if (!mayQualifyName(stored)) return stored;
  const names = namesMap(grid.doc);
  return renameNameQualifiers(stored, (sheet) => (grid.sheetIdByName(sheet) === undefined ? null : ''), (sheet, name) => {
    const sheetId = grid.sheetIdByName(sheet);
    if (sheetId === undefined) return '#REF!';
    return storedNameAt(names, scopedNameKey(name, sheetId)) ? sheetNameAlias(sheetId, name) : workbookNameAlias(name);
  });
}

/**
 * A sheet's name's stored formula with each name the sheet has of its own read as that sheet's
 * (its alias): Excel reads a sheet's name's formula on its sheet (Ark1's `Dobbelt` = `=Rente*2`
 * doubles Ark1's Rente; LibreOffice computes it so too), while the engine computes the alias in
 * the workbook's scope.
 */
export function withOwnSheetNames(stored: string, sheetId: string, doc: Y.Doc): string {
  const names = namesMap(doc);
  return rewriteUnqualifiedNames(stored, (word) => (storedNameAt(names, scopedNameKey(word, sheetId)) ? sheetNameAlias(sheetId, word) : word));
}

/**
 * Whether a stored formula reads one of `names` (keys) after a sheet (`Ark1!Rente`): which name
 * that is changes when the sheet's own name of that spelling comes or goes, so the formula is
 * given to the engine again (formulasToReset.ts).
 */
export function qualifiesAnyName(stored: string, names: ReadonlySet<string>): boolean {
  if (names.size === 0 || !mayQualifyName(stored)) return false;
  let found = false;
  renameNameQualifiers(stored, () => '', (_sheet, name) => {
    if (names.has(nameKey(name))) found = true;
    return name;
  });
  return found;
}
