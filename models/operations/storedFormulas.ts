/** Visits every stored formula of the workbook (cells, goals and defined names), allowing it to be rewritten. */
import * as Y from 'yjs';
import { isFormula } from '../formula/a1References.js';
import { recordMaps } from '../workbook/uniqueRecords.js';
import { isStoredDefinedName, namesMap } from '../workbook/definedNames.js';
import { goalsArray, readSheetParts, sheetsMap } from '../workbook/workbookSchema.js';

const GOAL_FORMULA_FIELDS = ['value', 'target', 'series', 'periods'] as const;

/**
 * Calls `visit(text, hostSheetId)` for each stored formula; when it returns a different string,
 * the formula is replaced. Goals' and names' formulas name every sheet: their host is '' (a sheet's
 * name: the sheet it is scoped to, which is where its formula reads that sheet's names).
 */
export function rewriteStoredFormulas(doc: Y.Doc, visit: (stored: string, hostSheetId: string) => string): void {
  for (const [sheetId, sheet] of sheetsMap(doc).entries()) {
    const cells = readSheetParts(sheet)?.cells;
    if (!cells) continue;
    for (const [key, value] of cells.entries()) {
      if (typeof value !== 'string' || !isFormula(value)) continue;
      const next = visit(value, sheetId);
      if (next !== value) cells.set(key, next);
    }
  }
  for (const goal of recordMaps(goalsArray(doc))) {
    for (const field of GOAL_FORMULA_FIELDS) {
      const value = goal.get(field);
      if (typeof value !== 'string') continue;
      const next = visit(value, '');
      if (next !== value) goal.set(field, next);
    }
  }
  const names = namesMap(doc);
  for (const [key, value] of names.entries()) {
    if (!isStoredDefinedName(value)) continue;
    const next = visit(value.formula, value.sheet ?? '');
    if (next !== value.formula) names.set(key, { ...value, formula: next });
  }
}
