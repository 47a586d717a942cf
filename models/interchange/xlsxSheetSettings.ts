/**
 * A sheet's assumption bounds and column widths ⇄ .xlsx: bounds as Excel's data validation
 * ("decimal", between / at least / at most, with a Stop alert), widths as column widths in
 * characters. Excel measures a column in widths of the digit 0 of its default font (Calibri 11:
 * 7 pixels, plus 5 pixels of padding), so pixels = characters × 7 + 5.
 */
import type ExcelJS from 'exceljs';
import type { AssumptionBounds } from '../workbook/assumptionBounds.js';
import { assumptionBoundsSchema, sheetBounds } from '../workbook/assumptionBounds.js';
import { columnLabel, formatCellAddress, parseCellAddress } from '../workbook/cellAddress.js';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH, sheetColumnWidths } from '../workbook/columnWidths.js';
import { MAX_VALIDATION_CELLS } from './xlsxValidationGuard.js';
import type * as Y from 'yjs';

/** exceljs keeps a worksheet's data validations here; its type declarations omit them. */
interface WorksheetValidations {
  dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void; model?: Record<string, ExcelJS.DataValidation | undefined> };
}

function validationsOf(worksheet: ExcelJS.Worksheet): WorksheetValidations['dataValidations'] {
  return (worksheet as unknown as WorksheetValidations).dataValidations;
}


export function pixelsToCharacters(pixels: number): number {
  return Math.round(((pixels - 5) / 7) * 100) / 100;
}

export function charactersToPixels(characters: number): number {
  return Math.round(characters * 7 + 5);
}

function validationOf(bounds: AssumptionBounds): ExcelJS.DataValidation {
  const common = { type: 'decimal' as const, allowBlank: true, showErrorMessage: true, errorStyle: 'stop' };
  if (bounds.min !== undefined && bounds.max !== undefined) return { ...common, operator: 'between', formulae: [bounds.min, bounds.max] };
  if (bounds.min !== undefined) return { ...common, operator: 'greaterThanOrEqual', formulae: [bounds.min] };
  return { ...common, operator: 'lessThanOrEqual', formulae: [bounds.max] };
}

/** Writes the sheet's bounds and column widths into the worksheet. */
export function writeSheetSettings(worksheet: ExcelJS.Worksheet, doc: Y.Doc, sheetId: string): void {
  for (const { row, col, bounds } of sheetBounds(doc, sheetId)) {
    validationsOf(worksheet).add(formatCellAddress({ row, col }), validationOf(bounds));
  }
  for (const { col, width } of sheetColumnWidths(doc, sheetId)) worksheet.getColumn(col + 1).width = pixelsToCharacters(width);
}

function number(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** An Excel validation rule → bounds, or null for a rule that is no numeric bound. */
export function boundsOfValidation(rule: ExcelJS.DataValidation): AssumptionBounds | null {
  if (rule.type !== 'decimal' && rule.type !== 'whole') return null;
  const [first, second] = (rule.formulae ?? []).map(number);
  let bounds: AssumptionBounds;
  switch (rule.operator ?? 'between') {
    case 'between':
      bounds = { ...(first !== undefined ? { min: first } : {}), ...(second !== undefined ? { max: second } : {}) };
      break;
    case 'greaterThanOrEqual':
      bounds = first !== undefined ? { min: first } : {};
      break;
    case 'lessThanOrEqual':
      bounds = first !== undefined ? { max: first } : {};
      break;
    default:
      return null;
  }
  const parsed = assumptionBoundsSchema.safeParse(bounds);
  return parsed.success ? parsed.data : null;
}

/** The cells an address or range key of exceljs's validation model covers (`C16`, `B2:B5`, `range:B2:B5`). */
function cellsOf(key: string): string[] {
  const [from, to] = key.replace(/^range:/, '').split(':');
  const start = from ? parseCellAddress(from) : null;
  const end = to ? parseCellAddress(to) : start;
  if (!start || !end) return [];
  const rows = end.row - start.row + 1;
  const cols = end.col - start.col + 1;
  if (rows <= 0 || cols <= 0 || rows * cols > MAX_VALIDATION_CELLS) return [];
  const out: string[] = [];
  for (let row = start.row; row <= end.row; row++) for (let col = start.col; col <= end.col; col++) out.push(formatCellAddress({ row, col }));
  return out;
}

/**
 * The worksheet's numeric data validations as bounds, and its set column widths, in v1 file form;
 * `notKept`: the cells or ranges of the other rules (a drop-down list, a date, a text length, a
 * formula), which Fremskriv has no place for.
 */
export function readSheetSettings(worksheet: ExcelJS.Worksheet): { validations: Record<string, AssumptionBounds>; columnWidths: Record<string, number>; notKept: string[] } {
  const validations: Record<string, AssumptionBounds> = {};
  const notKept: string[] = [];
  const model = validationsOf(worksheet).model ?? {};
  for (const [key, rule] of Object.entries(model)) {
    const bounds = rule && boundsOfValidation(rule);
    if (bounds) for (const address of cellsOf(key)) validations[address] = bounds;
    // exceljs reads a rule without a type (only an input message, `type="none"`) as 'any', which its types leave out.
    else if (rule && (rule.type as string) !== 'any') notKept.push(key.replace(/^range:/, ''));
  }
  const columnWidths: Record<string, number> = {};
  (worksheet.columns ?? []).forEach((column, i) => {
    if (column.width === undefined || !Number.isFinite(column.width)) return;
    const pixels = charactersToPixels(column.width);
    if (pixels >= MIN_COLUMN_WIDTH && pixels <= MAX_COLUMN_WIDTH) columnWidths[columnLabel(i)] = pixels;
  });
  return { validations, columnWidths, notKept };
}
