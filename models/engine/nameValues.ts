/**
 * What each defined name computes to, as Excel's Name Manager shows it in its Value column: a
 * constant's value, a formula's result (`=AVERAGE(Data!$B$2:$B$4)` → 200), an array's values
 * (`=Data!$B$2:$B$4*2` → {200;400;600}). Read through the engine's alias of each name
 * (qualifiedNames.ts), so a sheet's name computes as it does on its sheet.
 */
import type * as Y from 'yjs';
import { scopedNameKey, storedNames } from '../workbook/definedNames.js';
import type { CellValue } from './cellValue.js';
import { sheetNameAlias, workbookNameAlias } from './qualifiedNames.js';

/** A name's value, by the key it is stored under (definedNames.ts' scopedNameKey). */
export interface NameValue {
  key: string;
  value: CellValue | CellValue[][];
}

/** The engine a name is computed in (WorkbookEngine.calculate). */
export interface NameCalculator {
  calculate(formula: string): CellValue | CellValue[][];
}

/** Every sound name of the document with its value in `engine`. */
export function definedNameValues(doc: Y.Doc, engine: NameCalculator): NameValue[] {
  return storedNames(doc).map(({ name, sheet }) => ({
    key: scopedNameKey(name, sheet),
    value: engine.calculate(`=${sheet === undefined ? workbookNameAlias(name) : sheetNameAlias(sheet, name)}`),
  }));
}
