/**
 * One worksheet as exceljs read it → Fremskriv cell inputs and formats. exceljs' row models are
 * checked with zod before use (they describe an uploaded file); values come from exceljs' cells,
 * which also translate shared formulas to each cell.
 */
import type ExcelJS from 'exceljs';
import { z } from 'zod';
import { arrayFormulaCells } from '../engine/importedArrayFormulas.js';
import { isFormula } from '../formula/a1References.js';
import { formatCellAddress, parseCellAddress } from '../workbook/cellAddress.js';
import type { CellFormat, CellInput } from '../workbook/workbookSchema.js';
import { formatFromExcel } from './cellNumberFormats.js';
import { fromExcelFormula } from './excelFormulas.js';
import { repointSheets, type SheetRenames } from './importedSheetNames.js';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, tooLarge } from './interchangeLimits.js';

const rowModels = z.array(
  z
    .object({
      cells: z.array(
        z.object({ address: z.string().max(12), style: z.object({ numFmt: z.string().max(255).optional() }).loose().optional() }).loose(),
      ),
    })
    .loose()
    .nullable(),
);

/** exceljs' model of an array formula's top-left cell (its typings omit these fields). */
const arrayFormula = z.object({ shareType: z.literal('array'), ref: z.string().max(30) }).loose();

export interface SheetCells {
  cells: Record<string, CellInput>;
  formats: Record<string, CellFormat>;
  /** Cells holding an error value (`#N/A` typed as a value), imported as text. */
  errors: number;
  truncated: number;
}

const MAX_TEXT = 32_767;
const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, as HyperFormula counts too. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function rowModelsOf(sheet: ExcelJS.Worksheet): z.infer<typeof rowModels> {
  const model: unknown = sheet.model;
  const rows = typeof model === 'object' && model !== null && 'rows' in model ? model.rows : [];
  return rowModels.parse(rows);
}

/** What a text cell becomes: text that would read as a formula or loses its apostrophe is marked. */
function textInput(text: string, quoted: boolean): string {
  if (quoted) return `'${text}`;
  return isFormula(text) || text.startsWith("'") ? `'${text}` : text;
}

function valueInput(cell: ExcelJS.Cell, quoted: boolean, counts: SheetCells, renames: SheetRenames): CellInput | null {
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
    const formula = cell.formula;
    if (!formula) return null;
    const canonical = repointSheets(fromExcelFormula(formula), renames);
    // LibreOffice writes TRUE and FALSE as the formulas TRUE() and FALSE().
    if (/^=(TRUE|FALSE)\(\)$/i.test(canonical)) return canonical.toUpperCase() === '=TRUE()';
    return canonical;
  }
  if ('error' in value) {
    counts.errors++;
    return value.error === '#N/A' ? '=NA()' : `'${value.error}`;
  }
  return null;
}

/** Reads a worksheet; `quoted` lists the A1 addresses whose text had a leading apostrophe. */
export function readSheetCells(sheet: ExcelJS.Worksheet, quoted: ReadonlySet<string>, renames: SheetRenames): SheetCells {
  const out: SheetCells = { cells: {}, formats: {}, errors: 0, truncated: 0 };
  const blocks: Array<[string, string | null]> = [];
  for (const row of rowModelsOf(sheet)) {
    for (const model of row?.cells ?? []) {
      const position = parseCellAddress(model.address);
      const inside = position !== null && position.row < MAX_IMPORT_ROWS && position.col < MAX_IMPORT_COLUMNS;
      const cell = sheet.getCell(model.address);
      let input = valueInput(cell, quoted.has(model.address), out, renames);
      if (input !== null && !inside) {
        throw tooLarge(`sheet "${sheet.name}" has content in cell ${model.address}; Fremskriv holds ${MAX_IMPORT_ROWS} rows and ${MAX_IMPORT_COLUMNS} columns`);
      }
      if (!position || !inside) continue;
      const address = formatCellAddress(position);
      if (typeof input === 'string' && input.length > MAX_TEXT) {
        input = input.slice(0, MAX_TEXT);
        out.truncated++;
      }
      if (input !== null && input !== '') out.cells[address] = input;
      if (typeof input === 'string' && isFormula(input)) blocks.push(...arrayBlock(cell, position, input));
      // A date value shows as a date even under a number format we do not read as one.
      const format = formatFromExcel(model.style?.numFmt) ?? (cell.value instanceof Date ? 'date' : undefined);
      if (format) out.formats[address] = format;
    }
  }
  // After every cell: the block's other cells hold cached values the formulas replace.
  for (const [address, formula] of blocks) {
    if (formula === null) delete out.cells[address];
    else out.cells[address] = formula;
  }
  return out;
}

/**
 * The cells of an array formula over several cells (`<f t="array" ref="C1:C3">`, legacy or a
 * spill) with what each holds (engine/importedArrayFormulas.ts); none for any other formula.
 */
function arrayBlock(cell: ExcelJS.Cell, top: { row: number; col: number }, formula: string): Array<[string, string | null]> {
  const array = arrayFormula.safeParse(cell.value);
  const [, end] = (array.success ? array.data.ref : '').split(':');
  const corner = end === undefined ? null : parseCellAddress(end);
  if (corner === null || corner.row < top.row || corner.col < top.col) return [];
  const height = Math.min(corner.row, MAX_IMPORT_ROWS - 1) - top.row + 1;
  const width = Math.min(corner.col, MAX_IMPORT_COLUMNS - 1) - top.col + 1;
  return arrayFormulaCells(formula, height, width).flatMap((line, r) =>
    line.map((input, c): [string, string | null] => [formatCellAddress({ row: top.row + r, col: top.col + c }), input]),
  );
}
