/**
 * One worksheet as exceljs read it → Fremskriv cell inputs and formats. exceljs' row models are
 * checked with zod before use (they describe an uploaded file); values come from exceljs' cells,
 * which also translate shared formulas to each cell.
 */
import type ExcelJS from 'exceljs';
import { z } from 'zod';
import { isFormula } from '../formula/a1References.js';
import { shiftFormula } from '../formula/shiftFormula.js';
import { evaluatesAsArray, spillsAlikeWithoutArrayFormula } from '../engine/arrayFormulas.js';
import { fileLegacyIntersection } from '../engine/engineFormula.js';
import { usesAnyName } from '../formula/formulaNames.js';
import { formatCellAddress, parseCellAddress } from '../workbook/cellAddress.js';
import type { CellFormat, CellInput } from '../workbook/workbookSchema.js';
import { formatFromExcel } from './cellNumberFormats.js';
import { showsCalendarDay } from '../format/formatCodeText.js';
import { fromExcelFormula } from './excelFormulas.js';
import { repointSheets, type SheetRenames } from './importedSheetNames.js';
import type { DefinedNames } from './xlsxDefinedNames.js';
import { expandSheetRanges } from './xlsxSheetRanges.js';
import { structuredReferences, type ExcelTable } from './xlsxTables.js';
import type { HorizontalAlignment } from '../workbook/cellAlignment.js';
import { importedAlignment } from './xlsxAlignment.js';
import { InterchangeError, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, tooLarge, type ContentCharacters } from './interchangeLimits.js';

const rowModels = z.array(
  z
    .object({
      cells: z.array(
        z
          .object({
            address: z.string().max(12),
            // Excel refuses a number format over 255 characters; one in a file shows as General.
            style: z
              .object({
                numFmt: z.string().max(255).optional().catch(undefined),
                alignment: z.object({ wrapText: z.boolean().optional().catch(undefined), horizontal: z.string().max(40).optional().catch(undefined) }).loose().optional().catch(undefined),
              })
              .loose()
              .optional(),
          })
          .loose(),
      ),
    })
    .loose()
    .nullable(),
);

/** The part of exceljs' formula value it does not type: an array formula (`<f t="array" ref="B1:B3">`). */
const arrayFormula = z.object({ shareType: z.literal('array'), ref: z.string().max(40).optional() }).loose();

/**
 * Cells of array formulas' ranges a sheet may still clear, all ranges together: a range is walked
 * cell by cell, and a hostile `ref` may claim the whole sheet.
 */
const MAX_ARRAY_RANGE_CELLS = 1_000_000;

export interface SheetCells {
  cells: Record<string, CellInput>;
  formats: Record<string, CellFormat>;
  /** Cells with Excel's Wrap Text on (`alignment.wrapText`), by A1 address. */
  wrapText: string[];
  /** Cells' horizontal alignment (`alignment.horizontal`, xlsxAlignment.ts), by A1 address; General cells are not listed. */
  alignment: Record<string, HorizontalAlignment>;
  /** Cells whose alignment Fremskriv does not keep (Fill, Justify, …), shown with the nearest one. */
  approximatedAlignment: string[];
  /** Cells holding an error value (`#N/A` typed as a value), imported as text. */
  errors: number;
  truncated: number;
  /** Date cells moved from the 1904 date system to the 1900 one. */
  movedDates: number;
  /** The ranges (`B1:B3`) of array formulas over more than one cell, by their top-left cell. */
  arrayRanges: string[];
}

/**
 * Days between the 1904 date system's day 0 (1 January 1904) and the 1900 system's serial of the
 * same day, which Fremskriv (as HyperFormula and Excel by default) counts in.
 */
export const DATE_1904_OFFSET = 1462;

const MAX_TEXT = 32_767;
/** What fromExcelFormula drops from a formula's text (function prefixes, `ANCHORARRAY(` of `A1#`). */
const DROPPED_ON_IMPORT = /_xl[a-z]+\.|ANCHORARRAY\(/gi;
const ERROR_LITERALS = new Set(['#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#REF!']);
const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, as HyperFormula counts too. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function rowModelsOf(sheet: ExcelJS.Worksheet): z.infer<typeof rowModels> {
  const model: unknown = sheet.model;
  const rows = typeof model === 'object' && model !== null && 'rows' in model ? model.rows : [];
  const parsed = rowModels.safeParse(rows);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new InterchangeError(`sheet "${sheet.name}" could not be read: ${issue.path.join('.')}: ${issue.message}`);
}

/** What a text cell becomes: text that would read as a formula or loses its apostrophe is marked. */
function textInput(text: string, quoted: boolean): string {
  if (quoted) return `'${text}`;
  return isFormula(text) || text.startsWith("'") ? `'${text}` : text;
}

interface ReadContext {
  /** Cells whose formula the file marks as a dynamic array (xlsxDynamicArrays.ts). */
  dynamic: ReadonlySet<string>;
  renames: SheetRenames;
  names: DefinedNames | undefined;
  characters: ContentCharacters | undefined;
  /** The workbook's Excel tables, whose structured references become cells (xlsxTables.ts). */
  tables: readonly ExcelTable[];
}

/**
 * A cell's formula as Excel reads it: a shared formula's cell moves the first cell's text by its
 * offset, a reference pushed off the sheet written `#REF!` (`shiftFormula`, as Excel and the fill
 * handle do). exceljs's own move threw for a column past XFD (the import failed with its sentence
 * `16385 is out of bounds`), wrote a row past 1,048,576 as a reference (`A2:XFD1048577`), moved
 * what only looks like a reference (`"LM2"` in quotes became `"LM3"`, `'K1 2023'!B2` became
 * `'K2 2023'!B3`) and left whole rows (`SUM(1:1)`) where they were.
 */
function cellFormula(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value as { sharedFormula?: unknown } | null;
  if (typeof value?.sharedFormula !== 'string') return cell.formula;
  const master = cell.worksheet.getCell(value.sharedFormula);
  const text = (master.value as { formula?: unknown } | null)?.formula;
  const from = parseCellAddress(master.address);
  const to = parseCellAddress(cell.address);
  if (typeof text !== 'string' || !from || !to) return undefined;
  return shiftFormula(`=${text}`, to.row - from.row, to.col - from.col).slice(1);
}

function valueInput(cell: ExcelJS.Cell, quoted: boolean, counts: SheetCells, { dynamic, renames, names, characters, tables }: ReadContext): CellInput | null {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return textInput(value, quoted);
  // exceljs is told to keep serial numbers (excelRawNumbers.ts); a Date is still read as one.
  if (value instanceof Date) {
    return (value.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  }
  if ('richText' in value) return textInput(value.richText.map((run) => run.text).join(''), quoted);
  if ('hyperlink' in value) return textInput(String(value.text ?? ''), quoted);
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = cellFormula(cell);
    if (!formula) return null;
    // Before the formula is read: a shared formula gives its text to every cell that uses it.
    characters?.add(formula.replace(DROPPED_ON_IMPORT, '').length);
    const here = parseCellAddress(cell.address) ?? { row: 0, col: 0 };
    const tabled = structuredReferences(fromExcelFormula(formula), tables, here);
    // A name written into the formula may stand for a 3-D reference (`Uger` = 'Uge 1:Uge 3'!$A$1), so names first.
    const named = names ? names.substitute(tabled, cell.worksheet.name, here) : tabled;
    const canonical = repointSheets(expandSheetRanges(named, cell.worksheet.workbook.worksheets.map((sheet) => sheet.name)), renames);
    // LibreOffice writes TRUE and FALSE as the formulas TRUE() and FALSE().
    if (/^=(TRUE|FALSE)\(\)$/i.test(canonical)) return canonical.toUpperCase() === '=TRUE()';
    const array = arrayFormula.safeParse(value);
    // Excel 365's dynamic array (`cm`): the formula as typed there, which Fremskriv computes alike
    // (a range where one value is expected spills); its block held only cached results.
    if (dynamic.has(cell.address)) {
      if (array.success && array.data.ref?.includes(':')) counts.arrayRanges.push(array.data.ref);
      return canonical;
    }
    // A plain formula in a file is a legacy one to every Excel (a dynamic array is stored as an
    // array formula, `t="array"` with `cm`): a range where one value is expected is intersected,
    // which Excel 365 shows as `=@A1:A9` and Fremskriv keeps as SINGLE (a typed `=A1:A9*2` spills).
    if (!array.success) return fileLegacyIntersection(canonical, names?.severalValues(cell.worksheet.name));
    // An array formula (Ctrl+Shift+Enter, or a dynamic array's spill) computes its arguments as
    // arrays: ARRAYFORMULA does that in the engine, and the export writes it back as one.
    if (array.data.ref?.includes(':')) counts.arrayRanges.push(array.data.ref);
    // A function whose result spills anyway (`=SORT(…)`, `=SEQUENCE(…)`, as the export writes a
    // spilling formula) stays as the planner wrote it when it computes the same without.
    if (spillsAlikeWithoutArrayFormula(canonical)) return canonical;
    // A formula the export wrote as an array formula only for a name computing an array
    // (xlsxExport.ts): the engine computes such a name as an array wherever it is used.
    if (!array.data.ref?.includes(':') && names && !evaluatesAsArray(canonical) && usesAnyName(canonical, names.arrayNames)) return canonical;
    return /^=ARRAYFORMULA\(/i.test(canonical) ? canonical : `=ARRAYFORMULA(${canonical.slice(1)})`;
  }
  if ('error' in value) {
    counts.errors++;
    if (value.error === '#N/A') return '=NA()';
    // The engine reads these error literals as the errors they are, so ISERROR and IFERROR see
    // the cell as Excel does; an error it does not know (#NULL!, #SPILL!) stays text.
    return ERROR_LITERALS.has(value.error) ? `=${value.error}` : `'${value.error}`;
  }
  return null;
}

/**
 * Reads a worksheet; `quoted` lists the A1 addresses whose text had a leading apostrophe. In a
 * workbook in the 1904 date system (`date1904`) a number under a date format is that many days
 * after 1 January 1904, so it is moved to the 1900 system's serial of the same day (formulas are
 * recomputed, and DATE() gives 1900 serials, so they need nothing).
 */
export function readSheetCells(
  sheet: ExcelJS.Worksheet,
  quoted: ReadonlySet<string>,
  renames: SheetRenames,
  date1904 = false,
  names?: DefinedNames,
  characters?: ContentCharacters,
  dynamic: ReadonlySet<string> = new Set(),
  tables: readonly ExcelTable[] = [],
): SheetCells {
  const context: ReadContext = { dynamic, renames, names, characters, tables };
  const out: SheetCells = { cells: {}, formats: {}, wrapText: [], alignment: {}, approximatedAlignment: [], errors: 0, truncated: 0, movedDates: 0, arrayRanges: [] };
  for (const row of rowModelsOf(sheet)) {
    for (const model of row?.cells ?? []) {
      const position = parseCellAddress(model.address);
      const inside = position !== null && position.row < MAX_IMPORT_ROWS && position.col < MAX_IMPORT_COLUMNS;
      const cell = sheet.getCell(model.address);
      let input = valueInput(cell, quoted.has(model.address), out, context);
      if (input !== null && !inside) {
        throw tooLarge(`sheet "${sheet.name}" has content in cell ${model.address}; Fremskriv holds ${MAX_IMPORT_ROWS} rows and ${MAX_IMPORT_COLUMNS} columns`);
      }
      if (!position || !inside) continue;
      const address = formatCellAddress(position);
      if (typeof input === 'string' && input.length > MAX_TEXT) {
        input = input.slice(0, MAX_TEXT);
        out.truncated++;
      }
      // A shared string is stored once in the file and once per cell in the workspace.
      if (typeof input === 'string' && !isFormula(input)) characters?.add(input.length);
      // A date value shows as a date even under a number format we do not read as one.
      const format = formatFromExcel(model.style?.numFmt) ?? (cell.value instanceof Date ? 'date' : undefined);
      if (date1904 && showsCalendarDay(format) && typeof input === 'number') {
        input += DATE_1904_OFFSET;
        out.movedDates++;
      }
      if (input !== null && input !== '') out.cells[address] = input;
      if (format) out.formats[address] = format;
      if (model.style?.alignment?.wrapText === true) out.wrapText.push(address);
      const aligned = importedAlignment(model.style?.alignment?.horizontal);
      if (aligned.alignment) out.alignment[address] = aligned.alignment;
      if (aligned.approximated) out.approximatedAlignment.push(address);
    }
  }
  clearArrayResults(out);
  return out;
}

/**
 * The cells an array formula fills beyond its top-left one hold only its cached results (Excel
 * writes them as values); kept, they would stand in the formula's way (#SPILL!). They are cleared.
 */
function clearArrayResults(out: SheetCells): void {
  let budget = MAX_ARRAY_RANGE_CELLS;
  for (const ref of out.arrayRanges) {
    const [from, to] = ref.split(':').map((corner) => parseCellAddress(corner.replace(/\$/g, '')));
    if (!from || !to) continue;
    const rows = Math.min(to.row, MAX_IMPORT_ROWS - 1) - from.row + 1;
    const cols = Math.min(to.col, MAX_IMPORT_COLUMNS - 1) - from.col + 1;
    if (rows <= 0 || cols <= 0 || (budget -= rows * cols) < 0) continue;
    for (let row = from.row; row < from.row + rows; row++) {
      for (let col = from.col; col < from.col + cols; col++) {
        if (row !== from.row || col !== from.col) delete out.cells[formatCellAddress({ row, col })];
      }
    }
  }
}
