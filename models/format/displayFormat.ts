/**
 * How a computed cell value reads in the grid, in the workspace's locale:
 * `formatCellValue(1234.5, undefined, 'da-DK')` → `1.234,5`; `formatCellValue(0.12, 'percent', 'da-DK')`
 * → `12,0 %`; with an Excel code as Excel shows it (`0%` → `12%`, formatCodeText.ts); an error reads as its code (`#DIV/0!`). Pure and cached, so the grid can call it for
 * every visible cell on every frame.
 */
import { isCellError, type CellValue } from '../engine/cellValue.js';
import type { CellFormat, WorkbookLocale } from '../workbook/workbookSchema.js';
import { DANISH_ERROR_NAMES } from '../workbook/errorValueNames.js';
import { formatDateSerial, serialDate } from './excelDate.js';
import { formatDateTime } from './excelDateTime.js';
import { formatDuration, formatTime12, formatTimeOfDay, isTimeFormat } from './excelTime.js';
import { codeShownAsGeneral, formatCodeText } from './formatCodeText.js';
import { isNamedCellFormat } from '../workbook/cellFormats.js';

/** General format shows at most this many significant digits, as Excel's General does (about). */
const GENERAL_DIGITS = 10;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: WorkbookLocale, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${locale}|${key}`;
  let found = formatters.get(cacheKey);
  if (!found) {
    found = new Intl.NumberFormat(locale, options);
    formatters.set(cacheKey, found);
  }
  return found;
}

/**
 * Intl separates a number and its percent sign with a no-break space (and some ICU versions use
 * U+2212 for minus); planners copy these strings into Excel and tests compare them, so plain
 * ASCII reads the same everywhere.
 */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
}

/**
 * A number in scientific notation as Excel's General shows it: at most `fractionDigits` decimals
 * in the mantissa, trailing zeros dropped, a signed exponent of at least two digits.
 * `scientificText(123456789012, 5, 'da-DK')` → `1,23457E+11`; `scientificText(0.00001, 5, 'en-GB')` → `1E-05`.
 */
export function scientificText(value: number, fractionDigits: number, locale: WorkbookLocale): string {
  const text = plain(formatter(locale, `sci${fractionDigits}`, { notation: 'scientific', maximumFractionDigits: fractionDigits }).format(value));
  return text.replace(/E(-?)(\d+)$/, (_, minus: string, digits: string) => `E${minus || '+'}${digits.padStart(2, '0')}`);
}

/** A number in General with at most `fractionDigits` decimals (rounded, trailing zeros dropped). */
export function generalDecimalText(value: number, fractionDigits: number, locale: WorkbookLocale): string {
  return plain(formatter(locale, `general${fractionDigits}`, { maximumFractionDigits: fractionDigits }).format(value));
}

/**
 * A number with exactly `decimals` decimals, as a percentage or plain: `fixedDecimalText(-0.0246,
 * 2, true, 'da-DK')` → `-2,46 %`. For a goal's target that needs more decimals than its cell's
 * format shows (client/src/goals/goalDisplay.ts).
 */
export function fixedDecimalText(value: number, decimals: number, percent: boolean, locale: WorkbookLocale): string {
  const options: Intl.NumberFormatOptions = { style: percent ? 'percent' : 'decimal', minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return plain(formatter(locale, `fixed${percent ? '%' : ''}${decimals}`, options).format(Object.is(value, -0) ? 0 : value));
}

/** Whether General shows this number in scientific notation however wide its column. */
export function generalIsScientific(value: number): boolean {
  const magnitude = Math.abs(value);
  return value !== 0 && (magnitude >= 1e15 || magnitude < 1e-9);
}

function generalNumber(value: number, locale: WorkbookLocale): string {
  if (value === 0) return '0';
  if (generalIsScientific(value)) return scientificText(value, 5, locale);
  const integerDigits = Math.max(1, Math.floor(Math.log10(Math.abs(value))) + 1);
  const fractionDigits = Math.min(GENERAL_DIGITS, Math.max(0, GENERAL_DIGITS - integerDigits));
  return generalDecimalText(value, fractionDigits, locale);
}

/**
 * Whether a number in this format is shown the General way: no format, text, a date or time
 * outside Excel's dates, or an Excel code that is General or `@`.
 */
export function shownAsGeneral(value: number, format: CellFormat | undefined): boolean {
  if (format !== undefined && !isNamedCellFormat(format)) return codeShownAsGeneral(format);
  if (isTimeFormat(format)) return timeText(value, format) === null;
  if (format === 'dateTime') return formatDateTime(value, 'da-DK') === null;
  return format === undefined || format === 'text' || (format === 'date' && serialDate(value) === null);
}

/** A number as a time format shows it (14:05, 2:30 PM, 25:00:00); null where Excel shows no time (####). */
function timeText(value: number, format: 'time' | 'timeSeconds' | 'time12' | 'time12Seconds' | 'duration'): string | null {
  switch (format) {
    case 'time':
    case 'timeSeconds':
      return formatTimeOfDay(value, format === 'timeSeconds');
    case 'time12':
    case 'time12Seconds':
      return formatTime12(value, format === 'time12Seconds');
    case 'duration':
      return formatDuration(value);
  }
}

function formattedNumber(value: number, format: CellFormat | undefined, locale: WorkbookLocale): string {
  // An Excel format code (workbook/formatCode.ts).
  if (format !== undefined && !isNamedCellFormat(format)) return formatCodeText(value, format, locale) ?? generalNumber(value, locale);
  switch (format) {
    case 'percent':
      return plain(formatter(locale, 'percent', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value));
    case 'integer':
      return plain(formatter(locale, 'integer', { maximumFractionDigits: 0 }).format(value));
    case 'number':
      return plain(formatter(locale, 'number', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value));
    case 'date':
      // A number outside Excel's dates shows as a number (Excel shows ####).
      return formatDateSerial(value, locale) ?? generalNumber(value, locale);
    case 'dateTime':
      return formatDateTime(value, locale) ?? generalNumber(value, locale);
    case 'time':
    case 'timeSeconds':
    case 'time12':
    case 'time12Seconds':
    case 'duration':
      // The time as in Excel (14:05, 14:05:30, 2:30 PM, 25:00:00); a negative number shows as a number (Excel: ####).
      return timeText(value, format) ?? generalNumber(value, locale);
    case 'text':
    case undefined:
      return generalNumber(value, locale);
  }
}

const BOOLEAN_WORDS: Record<WorkbookLocale, [string, string]> = {
  'da-DK': ['SAND', 'FALSK'],
  'en-GB': ['TRUE', 'FALSE'],
};

/** An error value's code as a planner reading `locale` sees it (`#DIV/0!` reads `#DIVISION/0!` in Danish; workbook/errorValueNames.ts). */
export function errorValueText(error: string, locale: WorkbookLocale): string {
  return locale === 'da-DK' ? (DANISH_ERROR_NAMES.get(error) ?? error) : error;
}

/** The text a cell shows for its computed value. Empty cells show nothing. */
export function formatCellValue(value: CellValue, format: CellFormat | undefined, locale: WorkbookLocale): string {
  if (value === null) return '';
  if (isCellError(value)) return errorValueText(value.error, locale);
  if (typeof value === 'boolean') return BOOLEAN_WORDS[locale][value ? 0 : 1];
  if (typeof value === 'string') return format === undefined || isNamedCellFormat(format) ? value : (formatCodeText(value, format, locale) ?? value);
  // -0 from a rounding formula reads as 0, not "-0".
  return formattedNumber(Object.is(value, -0) ? 0 : value, format, locale);
}

/** Whether a value is shown right-aligned, as numbers are in Excel. */
export function isRightAligned(value: CellValue): boolean {
  return typeof value === 'number';
}
