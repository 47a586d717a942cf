/**
 * Names for imported sheets: made acceptable to Fremskriv (Excel allows a few characters and
 * lengths that Fremskriv's formulas do not), unique among the names already taken, and every
 * formula, goal and scenario reference re-pointed when a name had to change.
 */
import { formatReference, splitFormula } from '../formula/a1References.js';
import { MAX_SHEET_NAME_LENGTH, sameSheetName, sheetNameProblem } from '../workbook/sheetNames.js';

/** `wanted` made valid and unique against `taken` (which it is then added to). */
export function acceptableSheetName(wanted: string, taken: string[]): string {
  let base = wanted
    .replace(/[[\]:*?/\\⟦⟧!]/g, '_')
    .replace(/[\u0000-\u001f]/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, MAX_SHEET_NAME_LENGTH)
    .trim();
  if (!base || sheetNameProblem(base)) base = 'Ark';
  let name = base;
  for (let n = 2; taken.some((t) => sameSheetName(t, name)); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
  }
  taken.push(name);
  return name;
}

/** Old name (upper case) → new name, for the names that changed. */
export type SheetRenames = Map<string, string>;

export function renameKey(name: string): string {
  return name.toLocaleUpperCase('en');
}

/** A formula (or a bare reference such as `Ark1!A1:B2`) with renamed sheets re-pointed. */
export function repointSheets(formula: string, renames: SheetRenames): string {
  if (renames.size === 0) return formula;
  return splitFormula(formula)
    .map((segment) => {
      if (segment.kind === 'text') return segment.text;
      const renamed = segment.ref.sheet === undefined ? undefined : renames.get(renameKey(segment.ref.sheet));
      return formatReference(renamed === undefined ? segment.ref : { ...segment.ref, sheet: renamed });
    })
    .join('');
}
