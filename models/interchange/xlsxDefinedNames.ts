/**
 * Excel's defined names (Formulas › Name Manager) on import and export. A planner names an
 * assumption cell (`Rate` → `Data!$B$2`) and writes `=Rate*A5`.
 *
 * A name that Fremskriv's names can hold (workbook/definedNames.ts: Excel's name rules, absolute
 * references naming an imported sheet, or any formula without references) is imported as a name,
 * the workbook's or, with `localSheetId`, that sheet's (which wins over a workbook name on that
 * sheet, as in Excel), and the formulas keep using it. Others are written into each formula that
 * uses them where they stand for a cell, a range or a number (`=Data!$B$2*A5`, which computes the
 * same): one with a relative reference, or one of a sheet that is not imported. What is left (a
 * formula with relative references, another workbook, a range beyond a Fremskriv sheet) is
 * reported (`kind: name`) and shows #NAME?. Excel's built-in names (`_xlnm.Print_Area`,
 * `_xlnm._FilterDatabase`, `_xlnm.Print_Titles`: scoped to their sheet) are print and filter
 * settings, not values, and Excel's Name Manager lists no `_xlnm.` name as the planner's own:
 * skipped, as are future-function stubs (`_xlfn.`), and they stop no import.
 *
 * @example new DefinedNames([{ name: 'Rate', sheet: 'Data', text: 'Data!$B$2' }]).substitute('=Rate*2', 'Data') // '=Data!$B$2*2'
 */
import type ExcelJS from 'exceljs';
import { nameComputesArray } from '../engine/arrayFormulas.js';
import { namesGivingSeveral } from '../engine/arrayNames.js';
import type { ArrayName } from '../engine/engineFormula.js';
import { formatReference, splitFormula, type A1Reference, type ReferenceEndpoint } from '../formula/a1References.js';
import { rewriteFormulaText } from '../formula/formulaText.js';
import { checkDefinedName } from '../operations/nameEdits.js';
import { WorkbookOperationError } from '../operations/workbookOperation.js';
import { definedNameProblem, MAX_DEFINED_NAMES, type DefinedName as WorkbookName } from '../workbook/definedNames.js';
import { fromExcelFormula, toExcelFormula } from './excelFormulas.js';
import { renameKey, repointSheets, type SheetRenames } from './importedSheetNames.js';
import { MAX_IMPORT_COLUMNS } from './interchangeLimits.js';
import { EXCEL_ROWS, type CellPosition } from '../workbook/cellAddress.js';

export interface DefinedName {
  name: string;
  /** The sheet a sheet-scoped name belongs to (its name as in the file); absent for a workbook name. */
  sheet?: string;
  /** The name's formula as the file stores it (`Data!$B$2`, `0.05`). */
  text: string;
}

/** Within the rows Excel has (an old file's `$A$2:$A$65536` is read to the data, engine/rangeBound.ts) and Fremskriv's columns. */
function insideFremskrivSheet(ref: A1Reference): boolean {
  const fits = (end: A1Reference['start'] | undefined): boolean =>
    end === undefined || ((end.row?.index ?? 0) < EXCEL_ROWS && (end.col?.index ?? 0) < MAX_IMPORT_COLUMNS);
  return fits(ref.start) && fits(ref.end);
}

/** What a name's formula can be written in as: a sheet's reference or a number; else null. */
function replacement(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_NAME_TEXT) return null;
  if (/^-?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(trimmed)) return trimmed;
  const segments = splitFormula(fromExcelFormula(trimmed));
  const [head, ref, ...rest] = segments;
  if (head?.kind !== 'text' || head.text !== '=' || ref?.kind !== 'ref' || rest.length > 0) return null;
  if (ref.ref.sheet === undefined || /[[\]]/.test(ref.ref.sheet) || !insideFremskrivSheet(ref.ref)) return null;
  return formatReference(ref.ref);
}

/** Excel's sheet, whose edges a relative name's reference wraps around (Excel's specifications and limits): EXCEL_ROWS rows. */
const EXCEL_COLUMNS = 16_384;

function movedEndpoint(endpoint: ReferenceEndpoint, at: CellPosition): ReferenceEndpoint {
  const move = (axis: ReferenceEndpoint['row'], by: number, size: number): ReferenceEndpoint['row'] =>
    axis && (axis.absolute ? axis : { ...axis, index: (axis.index + by) % size });
  const row = move(endpoint.row, at.row, EXCEL_ROWS);
  const col = move(endpoint.col, at.col, EXCEL_COLUMNS);
  return { ...(col ? { col } : {}), ...(row ? { row } : {}) };
}

/**
 * A name's reference as read in the cell `at`. The file stores a relative reference as seen from
 * A1 (`Data!$A2` is the row below the cell using it; a name defined from B2 as the cell to the
 * left is stored `Data!XFD1`), so its relative parts move by the cell's row and column, past the
 * sheet's edge round to its start, as Excel and LibreOffice read it.
 */
function referenceAt(text: string, at: CellPosition): string {
  const [, segment] = splitFormula(`=${text}`);
  if (segment?.kind !== 'ref') return text;
  const { ref } = segment;
  return formatReference({ ...ref, start: movedEndpoint(ref.start, at), ...(ref.end ? { end: movedEndpoint(ref.end, at) } : {}) });
}

/** Excel's longest formula; a longer name text is no name Excel wrote. */
const MAX_NAME_TEXT = 8_192;

const key = (name: string, sheet: string | undefined): string => `${(sheet ?? '').toUpperCase()}\u0000${name.toUpperCase()}`;

/**
 * The name's formula as a Fremskriv name holds it (canonical, sheets re-pointed to their imported
 * names), or null when it cannot hold it. `sheets` are the file's sheet names that are imported.
 */
function nameFormula(name: string, text: string, renames: SheetRenames, sheets: ReadonlySet<string>): string | null {
  if (definedNameProblem(name) !== null || text.length > MAX_NAME_TEXT) return null;
  const excel = fromExcelFormula(text);
  // A name whose cells were deleted in Excel (`Data!#REF!`) is #REF!, as Excel computes it.
  if (/#REF!/i.test(excel.replace(/"(?:[^"]|"")*"/g, '""'))) return '=#REF!';
  const segments = splitFormula(excel);
  const outside = (segment: (typeof segments)[number]): boolean =>
    segment.kind === 'ref'
      ? segment.ref.sheet === undefined || !sheets.has(renameKey(segment.ref.sheet)) || !insideFremskrivSheet(segment.ref)
      : // A `!` or `$` outside a reference Fremskriv reads: a reference beyond its sheets (`Data!$A$1:$XFD$1048576`).
        /[!$]/.test(segment.text.replace(/"(?:[^"]|"")*"/g, '""'));
  if (segments.some(outside)) return null;
  const formula = repointSheets(excel, renames);
  try {
    checkDefinedName(name, formula, () => 'imported');
    return formula;
  } catch (error) {
    if (error instanceof WorkbookOperationError) return null;
    throw error;
  }
}

export class DefinedNames {
  private readonly written = new Map<string, string>();
  private readonly unusable = new Set<string>();
  /** The names imported as names, canonical, a sheet's with the sheet's imported name (the workbook's own formulas keep using them). */
  readonly defined: WorkbookName[] = [];
  /** `Name → what it stood for`, for each name written into at least one formula (as the formula spells it). */
  readonly used = new Set<string>();
  private arrays: Set<string> | undefined;

  /** `renames`: the file's sheets imported under another name; `sheets`: the file's sheet names imported. */
  constructor(names: readonly DefinedName[], private readonly renames: SheetRenames = new Map(), sheets: readonly string[] = []) {
    const imported = new Set(sheets.map(renameKey));
    const taken = new Set<string>();
    for (const { name, sheet, text } of names) {
      // Excel's built-in names and future-function stubs (`_xlfn.LET`) are no planner's names.
      if (/^_xl(nm|fn|ws|udf)\./i.test(name)) continue;
      const scope = sheet === undefined ? undefined : imported.has(renameKey(sheet)) ? (renames.get(renameKey(sheet)) ?? sheet) : null;
      const scoped = `${scope?.toUpperCase() ?? ''}\u0000${name.toUpperCase()}`;
      const formula = scope !== null && this.defined.length < MAX_DEFINED_NAMES && !taken.has(scoped) ? nameFormula(name, text, renames, imported) : null;
      if (formula !== null && scope !== null) {
        this.defined.push(scope === undefined ? { name, formula } : { name, formula, sheet: scope });
        taken.add(scoped);
        continue;
      }
      const value = replacement(text);
      if (value === null) this.unusable.add(name);
      else this.written.set(key(name, sheet), value);
    }
  }

  /** The keys (upper case) of the imported names whose formula computes an array (`=Data!$B$2:$B$4*2`). */
  get arrayNames(): ReadonlySet<string> {
    this.arrays ??= new Set(this.defined.filter((n) => nameComputesArray(n.formula)).map((n) => n.name.toUpperCase()));
    return this.arrays;
  }

  /**
   * Which imported names, read in a formula on the file's sheet `sheet` (its own name first), may
   * give several values (arrayNames.ts): a legacy formula intersects such a name (`=@Udgifter*2`).
   */
  severalValues(sheet: string): ArrayName | undefined {
    if (this.defined.length === 0) return undefined;
    const several = namesGivingSeveral((word, scope) => {
      const upper = word.toUpperCase();
      const named = this.defined.find((n) => n.name.toUpperCase() === upper && n.sheet !== undefined && n.sheet.toUpperCase() === scope?.toUpperCase()) ?? this.defined.find((n) => n.name.toUpperCase() === upper && n.sheet === undefined);
      return named && { id: `${named.sheet ?? ''}!${upper}`, formula: named.formula, scope: named.sheet ?? scope };
    });
    const scope = this.renames.get(renameKey(sheet)) ?? sheet;
    return (word) => several(word, scope);
  }

  /** Names that are not written into formulas (used or not), as the file spells them. */
  get notImported(): string[] {
    return [...this.unusable];
  }

  /** A canonical formula in the cell `at` of `sheet` with every name it can resolve written in. */
  substitute(formula: string, sheet: string, at: CellPosition = { row: 0, col: 0 }): string {
    if (this.written.size === 0) return formula;
    return splitFormula(formula)
      .map((segment) => {
        if (segment.kind === 'ref') return formatReference(segment.ref);
        return rewriteFormulaText(segment.text, {
          word: (word, beforeParen) => {
            if (beforeParen || !/^[\p{L}_\\]/u.test(word)) return word;
            const value = this.written.get(key(word, sheet)) ?? this.written.get(key(word, undefined));
            if (value === undefined) return word;
            this.used.add(`${word} → ${value}`);
            return referenceAt(value, at);
          },
        });
      })
      .join('');
  }
}

/**
 * Writes the workbook's names into Excel's workbook.xml (`<definedName name="Vækst">Antagelser!$B$1</definedName>`),
 * a sheet's with `localSheetId`, the sheet's position among the written sheets (`sheetIndex`).
 * exceljs keeps its names as cell ranges and drops a constant or a formula (`0.02`,
 * `SUM(Data!$B$2:$B$13)/12`); its writer renders each model entry's "ranges" as the element's text,
 * so the workbook's names are given as that model: one entry per name, its formula in Excel's form.
 */
export function writeDefinedNames(workbook: ExcelJS.Workbook, names: readonly WorkbookName[], sheetIndex: (sheet: string) => number | undefined): void {
  if (names.length === 0) return;
  const model = names.flatMap(({ name, formula, sheet }) => {
    const local = sheet === undefined ? undefined : sheetIndex(sheet);
    if (sheet !== undefined && local === undefined) return [];
    return [{ name, ranges: [toExcelFormula(formula)], ...(local === undefined ? {} : { localSheetId: local }) }];
  });
  Object.defineProperty(workbook.definedNames, 'model', { get: () => model, configurable: true });
}
