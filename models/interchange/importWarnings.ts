/**
 * What an import tells the planner about a file it read (the import dialog's "Bemærk", the REST
 * answer's `warnings`), as kinds with parameters: the dialog words each kind in the interface's
 * language (client/src/i18n, `importWarnings`), while `message` keeps the English sentence the
 * REST answer's `warnings` and the CLI have always carried (models/FORMAT.md, "Import warnings").
 *
 * Lists in the parameters (`sheets`, `names`, `cells`) are joined with ", " and end in ", …" when
 * cut, so every parameter is a string or a number a translation can put in a sentence.
 *
 * A part the file holds but Fremskriv could not read gives its `reason` in English and, where the
 * reason is of a known kind, that kind beside it (importReasons.ts), so the dialog words it too.
 *
 * @example importWarning('csvUnbalancedQuotes', { count: 2 }).message // '2 lines have unbalanced quotes'
 */
import type { ReasonParams } from './importReasons.js';

/** Each kind and its parameters. */
export interface ImportWarningParams {
  /** A sheet of the file that is a chart or macro sheet, left out. */
  notWorksheet: { sheet: string };
  /** More `<col>` definitions than `limit`: the sheet's column widths are not imported. */
  columnDefinitions: { sheet: string; limit: number };
  /** More data validation rules than `limit`: none of the sheet's is imported. */
  validationRules: { sheet: string; limit: number };
  /** `count` rules over more than `limit` cells (or an unreadable range) left out. */
  validationsSkipped: { sheet: string; count: number; limit: number };
  /** `count` cells whose data validation is no numeric bound (a list, a date, a text length, a formula): not kept; `cells` the first 20. */
  validationsNotKept: { sheet: string; count: number; cells: string };
  /** `count` cells point past the shared strings (`strings` of them; 0: the file has none). */
  missingString: { count: number; cells: string; strings: number };
  /** `count` cells hold text where the file says number, boolean or date. */
  textAsNumber: { count: number; cells: string };
  /** `count` cells share a formula whose first cell is missing: they keep their computed value. */
  orphanSharedFormula: { count: number; cells: string };
  /** The hidden Fremskriv part could not be read at all. */
  metadataDamaged: Record<string, never>;
  /** The hidden Fremskriv part does not hold what it should (`reason`, technical English, and its kind where known). */
  metadataInvalid: ReasonParams;
  /** Sheets whose names Fremskriv does not accept, renamed to `sheets`. */
  sheetsRenamed: { sheets: string };
  /** `count` cells hold an error typed as a value. */
  errorValues: { count: number };
  /** Defined names written into the formulas that use them. */
  namesWritten: { names: string };
  /** Defined names not imported (formulas using them show #NAME?). */
  namesNotImported: { names: string };
  /** `count` formulas read other workbooks: they show #REF!. */
  externalReferences: { count: number };
  /** `count` date cells moved from the 1904 date system. */
  dates1904: { count: number };
  /** `count` cells cut to 32,767 characters. */
  textsCut: { count: number };
  /** A CSV file read as Windows-1252. */
  csvWindows1252: Record<string, never>;
  /** `count` CSV lines with unbalanced quotes. */
  csvUnbalancedQuotes: { count: number };
  /** The workspace's own names kept where the file defines the same (`names`). */
  namesClash: { names: string };
  /** The file's goals and scenarios were not imported (sheets were added, not replaced). */
  goalsNotImported: Record<string, never>;
  /** The cell metadata part (Excel 365's dynamic-array marks) could not be read (`reason`, technical English, and its kind where known). */
  dynamicArrayMarksLost: ReasonParams;
  /** `count` cells aligned in a way Fremskriv does not keep (Fill, Justify, Distributed, Center Across Selection), shown left or centred; `cells` the first 20. */
  alignmentApproximated: { sheet: string; count: number; cells: string };
}

export type ImportWarningKind = keyof ImportWarningParams;

/** One note, in the REST answer's `warningDetails` (its `message` is the `warnings` entry). */
export type ImportWarning = {
  [K in ImportWarningKind]: { kind: K; params: ImportWarningParams[K]; message: string };
}[ImportWarningKind];

export const IMPORT_WARNING_KINDS = [
  'notWorksheet', 'columnDefinitions', 'validationRules', 'validationsSkipped', 'validationsNotKept', 'missingString', 'textAsNumber',
  'orphanSharedFormula', 'metadataDamaged', 'metadataInvalid', 'sheetsRenamed', 'errorValues', 'namesWritten',
  'namesNotImported', 'externalReferences', 'dates1904', 'textsCut', 'csvWindows1252', 'csvUnbalancedQuotes',
  'namesClash', 'goalsNotImported', 'dynamicArrayMarksLost', 'alignmentApproximated',
] as const satisfies readonly ImportWarningKind[];

const cellsPlural = (count: number, one: string, many: string): string => (count === 1 ? one : `${count} ${many}`);

/** The English sentence of each kind: the text `warnings` has carried since before the kinds. */
const ENGLISH: { [K in ImportWarningKind]: (p: ImportWarningParams[K]) => string } = {
  notWorksheet: (p) => `"${p.sheet}" is not a worksheet (a chart or macro sheet) and is left out`,
  columnDefinitions: (p) => `sheet "${p.sheet}" has more than ${p.limit} column definitions; its column widths are not imported`,
  validationRules: (p) => `sheet "${p.sheet}" has more than ${p.limit} data validation rules; they are not imported`,
  validationsSkipped: (p) => `sheet "${p.sheet}": ${p.count} data validation rule(s) over more than ${p.limit} cells or an unreadable range are not imported`,
  validationsNotKept: (p) => `sheet "${p.sheet}": the data validation of ${cellsPlural(p.count, '1 cell', 'cells')} is no numeric bound (a drop-down list, a date, a text length, a formula) and is not kept; the cells keep their values: ${p.cells}`,
  missingString: (p) => {
    const table = p.strings === 0 ? 'the file has no shared strings' : `the file has ${p.strings}`;
    return `${cellsPlural(p.count, '1 cell points at a shared string', 'cells point at shared strings')} the file does not hold (${table}), so ${p.count === 1 ? 'it is' : 'they are'} left empty: ${p.cells}`;
  },
  textAsNumber: (p) => `${cellsPlural(p.count, '1 cell holds', 'cells hold')} text where the file says number, boolean or date; ${p.count === 1 ? 'it is' : 'they are'} imported as that text: ${p.cells}`,
  orphanSharedFormula: (p) => `${cellsPlural(p.count, '1 cell shares', 'cells share')} a formula whose first cell is missing from the file, so ${p.count === 1 ? 'it keeps its' : 'they keep their'} last computed value instead: ${p.cells}`,
  metadataDamaged: () => 'the hidden Fremskriv part is damaged; goals and scenarios were not imported',
  metadataInvalid: (p) => `the hidden Fremskriv part is not valid (${p.reason}); goals and scenarios were not imported`,
  sheetsRenamed: (p) => `sheets renamed to names Fremskriv accepts: ${p.sheets}`,
  errorValues: (p) => `${p.count} cells hold an error value typed as a value; they are imported as that error (=#REF!, #N/A as =NA()), an error Fremskriv does not know (#NULL!) as text`,
  namesWritten: (p) => `defined names scoped to one sheet or with relative references were written into the formulas that use them: ${p.names}`,
  namesNotImported: (p) => `named ranges are not imported (formulas using them show #NAME?): ${p.names}`,
  externalReferences: (p) => `${p.count} formulas read other workbooks ([1]Ark!A1); Fremskriv has only this file, so they show #REF! (listed as formulas it cannot compute)`,
  dates1904: (p) => `the workbook counts dates from 1904 (Mac Excel); ${p.count} date ${p.count === 1 ? 'cell was' : 'cells were'} moved to the 1900 date system Fremskriv and Excel use, so they show the same dates`,
  textsCut: (p) => `${p.count} cells held more than 32,767 characters and were cut`,
  csvWindows1252: () => 'the file is not UTF-8; it was read as Windows-1252 (Western European)',
  csvUnbalancedQuotes: (p) => `${p.count} lines have unbalanced quotes`,
  namesClash: (p) => `the workspace already has names the file defines; its own are kept: ${p.names}`,
  goalsNotImported: () => 'the file\'s goals and scenarios were not imported (only when the import replaces the workspace)',
  dynamicArrayMarksLost: (p) => `the cell metadata part could not be read (${p.reason}); dynamic-array formulas are read as legacy array formulas`,
  alignmentApproximated: (p) => `sheet "${p.sheet}": ${cellsPlural(p.count, '1 cell is', 'cells are')} aligned in a way Fremskriv does not keep (Fill, Justify, Distributed, Center Across Selection) and ${p.count === 1 ? 'shows' : 'show'} left or centred instead: ${p.cells}`,
};

/** A note of `kind` with its English `message`. */
export function importWarning<K extends ImportWarningKind>(kind: K, params: ImportWarningParams[K]): ImportWarning {
  return { kind, params, message: ENGLISH[kind](params) } as ImportWarning;
}

/** At most `limit` items joined with ", ", and ", …" when some were left out. */
export function listed(items: readonly string[], limit: number, ellipsis = false): string {
  return `${items.slice(0, limit).join(', ')}${ellipsis && items.length > limit ? ', …' : ''}`;
}
