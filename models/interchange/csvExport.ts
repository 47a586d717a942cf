/**
 * One sheet's values as CSV, with the separator and decimal mark the planner chose (da-DK: `;`
 * and `,`). Text a spreadsheet would run as a formula is neutralised as OWASP recommends against
 * CSV injection (a leading `'`, and quoted); numbers, negative ones included, are written as
 * numbers. UTF-8 with a byte order mark and CRLF line ends, as Excel expects.
 *
 * @example exportSheetCsv(doc, sheetId, { separator: ';', decimal: ',' }) // "\uFEFFMåned;Antal\r\n2023-01;1,5\r\n"
 */
import type * as Y from 'yjs';
import { locateAssumption } from '../analysis/assumptions.js';
import { isCellError, type CellValue } from '../engine/cellValue.js';
import { workbookLocale } from '../workbook/workbookReader.js';
import { sheetCells, sheetFormats } from '../workbook/readCells.js';
import { formatDateSerial } from '../format/excelDate.js';
import { formatCellValue } from '../format/displayFormat.js';
import { shownAsGeneral } from '../format/generalNumber.js';
import { formatDateTime } from '../format/excelDateTime.js';
import { isTimeFormat } from '../format/excelTime.js';
import type { CellFormat } from '../workbook/workbookSchema.js';
import { valueSource } from './scenarioValues.js';
import { spilledCells } from './spilledCells.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import type { CsvDecimal } from './csvText.js';

export const CSV_SEPARATORS = [';', ','] as const;
export const CSV_DECIMAL_MARKS = [',', '.'] as const;

/** The separators an export offers (an import also reads tab-separated files: csvText.CsvSeparator). */
export type CsvExportSeparator = (typeof CSV_SEPARATORS)[number];

export interface CsvExportOptions {
  separator: CsvExportSeparator;
  decimal: CsvDecimal;
  /** The values under this scenario (by name) instead of the workbook's own. */
  scenario?: string;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_TRIGGERS = /^[=+\-@\t\r]/;
/** A negative number written as text ("-12", "-3,5") is not a formula and stays as it is. */
const PLAIN_NUMBER = /^-\d+([.,]\d+)?$/;

/** A text value made safe to open in a spreadsheet: `=1+1` → `'=1+1`. */
export function neutraliseCsvText(text: string): string {
  return FORMULA_TRIGGERS.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * A number as CSV text with at most 15 significant digits, as Excel keeps and shows them: the
 * binary tail of a computed 0,072 (0,07200000000000001) is not written (issue 12).
 *
 * @example csvNumberText(0.07200000000000001, ',') // '0,072'
 */
export function csvNumberText(value: number, decimal: string): string {
  const rounded = Number(value.toPrecision(15));
  const text = String(Object.is(rounded, -0) ? 0 : rounded).replace('e', 'E');
  return decimal === ',' ? text.replace('.', ',') : text;
}

/** A date or time cell's number as it shows (Excel's CSV does the same); null for other cells. */
function shownDateOrTime(value: number, format: CellFormat | undefined, options: CsvExportOptions): string | null {
  // A date in the form the chosen decimal mark's language reads back: 15-03-2024 with ',', 15/03/2024 with '.'.
  if (format === 'date') return Number.isInteger(value) ? formatDateSerial(value, options.decimal === ',' ? 'da-DK' : 'en-GB') : null;
  if (format === 'dateTime') return formatDateTime(value, options.decimal === ',' ? 'da-DK' : 'en-GB');
  // A time as the cell shows it, 14:05, 14:05:30, 2:30 PM or 25:00:00, in either language.
  if (isTimeFormat(format)) return shownAsGeneral(value, format) ? null : formatCellValue(value, format, 'da-DK');
  return null;
}

function field(value: CellValue, options: CsvExportOptions, booleans: [string, string], format: CellFormat | undefined): string {
  if (value === null) return '';
  if (typeof value === 'number') return shownDateOrTime(value, format, options) ?? csvNumberText(value, options.decimal);
  if (typeof value === 'boolean') return booleans[value ? 0 : 1];
  const text = isCellError(value) ? value.error : value;
  const safe = neutraliseCsvText(text);
  // Quoting also text holding the other usual separators keeps it one cell for any reader.
  const quote = safe !== text || /[;,\t"\r\n]/.test(safe) || safe !== safe.trim();
  return quote ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The sheet's computed values as CSV text (rows up to the last non-empty cell of each). */
export function exportSheetCsv(doc: Y.Doc, sheetId: string, options: CsvExportOptions): string {
  if (options.separator === options.decimal) throw new Error('the separator and the decimal mark must differ');
  const source = valueSource(doc, options.scenario);
  try {
    const booleans: [string, string] = workbookLocale(doc) === 'da-DK' ? ['SAND', 'FALSK'] : ['TRUE', 'FALSE'];
    const rows = new Map<number, number>();
    let lastRow = -1;
    const note = (row: number, col: number): void => {
      rows.set(row, Math.max(rows.get(row) ?? -1, col));
      lastRow = Math.max(lastRow, row);
    };
    const cells = sheetCells(doc, sheetId);
    for (const { row, col } of cells) note(row, col);
    // A spilled result (=SORT(…) filling the cells below) shows in cells without input.
    const grid = workbookGrid(doc);
    const size = { rows: grid.rowIds(sheetId).length, cols: grid.colIds(sheetId).length };
    for (const { row, col } of spilledCells(cells, (r, c) => source.engine.value(sheetId, r, c), size)) note(row, col);
    const shownFormats = new Map(sheetFormats(doc, sheetId).flatMap(({ row, col, format }) => (format === 'date' || format === 'dateTime' || isTimeFormat(format) ? [[`${row}:${col}`, format] as const] : [])));
    for (const address of Object.keys(source.scenario?.inputs ?? {})) {
      const cell = locateAssumption(doc, address);
      if (cell?.sheetId === sheetId) note(cell.row, cell.col);
    }
    const lines: string[] = [];
    for (let row = 0; row <= lastRow; row++) {
      const fields: string[] = [];
      for (let col = 0; col <= (rows.get(row) ?? -1); col++) {
        fields.push(field(source.engine.value(sheetId, row, col), options, booleans, shownFormats.get(`${row}:${col}`)));
      }
      while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
      lines.push(fields.join(options.separator));
    }
    return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
  } finally {
    source.release();
  }
}
