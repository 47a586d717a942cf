/**
 * A CSV file → one sheet, as an ImportedWorkbook. The typical file is a column of months and
 * columns of actual figures: numbers are read with the file's decimal mark (percentages become
 * fractions formatted as percent), whole dates become date cells and times of day time cells, months and other text stay
 * text, and nothing in a CSV ever becomes a formula (`=…` is kept as text). Parsed with papaparse.
 *
 * @example importCsv(bytes, { fileName: 'ledighed.csv' }) // one sheet "ledighed"
 */
import Papa from 'papaparse';
import { isFormula } from '../formula/a1References.js';
import { formatCellAddress } from '../workbook/cellAddress.js';
import { parseLocaleNumber } from '../workbook/cellInputText.js';
import type { CellFormat, CellInput, WorkbookLocale } from '../workbook/workbookSchema.js';
import { typedDateSerial } from '../format/excelDate.js';
import { typedDateTime } from '../format/excelDateTime.js';
import { typedTime } from '../format/excelTime.js';
import { checkCsvWidth, decodeCsv, guessDecimal, guessSeparator, separatorLine, type CsvDecimal, type CsvSeparator } from './csvText.js';
import { acceptableSheetName } from './importedSheetNames.js';
import type { ImportedWorkbook } from './importedWorkbook.js';
import { importWarning, type ImportWarning } from './importWarnings.js';
import { checkContentCells, InterchangeError, MAX_IMPORT_CELLS, type ContentCellBound, MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS, tooLarge } from './interchangeLimits.js';

export interface CsvImportOptions {
  fileName?: string;
  /** The new sheet's name; default the file name without extension. */
  sheetName?: string;
  separator?: CsvSeparator;
  decimal?: CsvDecimal;
  locale?: WorkbookLocale;
  /** Refuse (413) a file with more cells than fit where it goes, as soon as they are counted. */
  contentCells?: ContentCellBound;
}

export interface CsvReading {
  separator: CsvSeparator;
  decimal: CsvDecimal;
  encoding: string;
}

const MAX_TEXT = 32_767;
const NEUTRALISED = /^'[=+\-@\t\r]/;
/** `="…"`: a formula that is only a text in quotes (quotes inside doubled). */
const KEPT_TEXT = /^="((?:[^"]|"")*)"$/;

function baseName(fileName: string | undefined): string {
  return (fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]+$/, '');
}

/** One field → a cell input and perhaps a format; null for an empty field. */
export function csvFieldInput(raw: string, decimal: CsvDecimal): { input: CellInput; format?: CellFormat } | null {
  if (raw.trim() === '') return null;
  // ="00123": the form systems write for Excel to keep leading zeros (a municipality or account
  // code), which Excel shows as the text 00123; no other formula is ever computed from a CSV.
  const kept = KEPT_TEXT.exec(raw.trim());
  if (kept) return { input: textField(kept[1]!.replace(/""/g, '"')) };
  const locale = decimal === ',' ? 'da-DK' : 'en-GB';
  const number = parseLocaleNumber(raw.trim(), locale);
  if (number !== null) return raw.trim().endsWith('%') ? { input: number, format: 'percent' } : { input: number };
  // A whole date (15-03-2024) is a date cell, as Excel opens the file; a month label stays text.
  const date = typedDateSerial(raw, locale);
  if (date !== null) return { input: date, format: 'date' };
  const dateTime = typedDateTime(raw, locale);
  if (dateTime !== null) return { input: dateTime, format: 'dateTime' };
  // A time (14:05, 14:05:30, 2:30 PM, 25:00) is a time cell, as Excel opens the file.
  const time = typedTime(raw);
  if (time !== null) return { input: time.fraction, format: time.format };
  const word = raw.trim().toUpperCase();
  if (word === 'TRUE' || word === 'SAND') return { input: true };
  if (word === 'FALSE' || word === 'FALSK') return { input: false };
  return { input: textField(raw) };
}

/** A field kept as text, cut to Excel's 32,767 characters. */
function textField(raw: string): string {
  const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
  // A field our CSV export neutralised ('=…) reads back as the text it was; other text that would
  // be a formula, or starts with an apostrophe, is marked as text.
  if (NEUTRALISED.test(text)) return text;
  return isFormula(text) || text.startsWith("'") ? `'${text}` : text;
}

export function importCsv(bytes: Uint8Array, options: CsvImportOptions = {}): ImportedWorkbook & { csv: CsvReading } {
  if (bytes.length > MAX_IMPORT_FILE_BYTES) throw tooLarge(`the file is larger than ${MAX_IMPORT_FILE_BYTES / (1024 * 1024)} MiB`);
  const decoded = decodeCsv(bytes);
  const { encoding } = decoded;
  if (decoded.text.includes('\u0000')) throw new InterchangeError('the CSV file is not text (it holds NUL characters)', 'unsupported-type');
  const hint = separatorLine(decoded.text);
  const text = hint ? hint.rest : decoded.text;
  const separator = options.separator ?? hint?.separator ?? guessSeparator(text);
  checkCsvWidth(text, separator);
  const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: false, preview: MAX_IMPORT_ROWS + 1 });
  const rows = parsed.data;
  while (rows.length > 0 && rows[rows.length - 1]!.every((f) => f.trim() === '')) rows.pop();
  if (rows.length > MAX_IMPORT_ROWS) throw tooLarge(`the CSV file has more than ${MAX_IMPORT_ROWS} rows`);
  if (rows.length === 0) throw new InterchangeError('the CSV file is empty');
  const decimal = options.decimal ?? guessDecimal(rows.slice(0, 200).flat(), separator);

  const cells: Record<string, CellInput> = {};
  const formats: Record<string, CellFormat> = {};
  let count = 0;
  rows.forEach((fields, row) => {
    fields.forEach((raw, col) => {
      const read = csvFieldInput(raw, decimal);
      if (!read) return;
      if (++count > MAX_IMPORT_CELLS) throw tooLarge(`the CSV file has more than ${MAX_IMPORT_CELLS} cells`);
      checkContentCells(count, options.contentCells, 'the CSV file');
      const address = formatCellAddress({ row, col });
      cells[address] = read.input;
      if (read.format) formats[address] = read.format;
    });
  });
  const warnings: ImportWarning[] = [];
  if (encoding === 'windows-1252') warnings.push(importWarning('csvWindows1252', {}));
  const quoteErrors = parsed.errors.filter((e) => e.type === 'Quotes').length;
  if (quoteErrors > 0) warnings.push(importWarning('csvUnbalancedQuotes', { count: quoteErrors }));
  const name = acceptableSheetName(options.sheetName ?? (baseName(options.fileName) || 'CSV'), []);
  return {
    title: baseName(options.fileName) || name,
    locale: options.locale ?? 'da-DK',
    sheets: [Object.keys(formats).length > 0 ? { name, cells, formats } : { name, cells }],
    goals: [],
    scenarios: [],
    fromFremskriv: false,
    unsupported: { found: [], count: 0 },
    warnings,
    csv: { separator, decimal, encoding },
  };
}
