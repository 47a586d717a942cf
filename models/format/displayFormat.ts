/**
 * How a computed cell value reads in the grid, in the workspace's locale:
 * `formatCellValue(1234.5, undefined, 'da-DK')` → `1.234,5`; `formatCellValue(0.12, 'percent', 'da-DK')`
 * → `12,0 %`; an error reads as its code (`#DIV/0!`). Pure and cached, so the grid can call it for
 * every visible cell on every frame.
 */
import { isCellError, type CellValue } from '../engine/cellValue.js';
import type { CellFormat, WorkbookLocale } from '../workbook/workbookSchema.js';
import { formatDateSerial } from './excelDate.js';

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

function generalNumber(value: number, locale: WorkbookLocale): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15 || magnitude < 1e-9) {
    return plain(formatter(locale, 'sci', { notation: 'scientific', maximumSignificantDigits: 6 }).format(value));
  }
  const integerDigits = Math.max(1, Math.floor(Math.log10(magnitude)) + 1);
  const fractionDigits = Math.min(GENERAL_DIGITS, Math.max(0, GENERAL_DIGITS - integerDigits));
  return plain(formatter(locale, `general${fractionDigits}`, { maximumFractionDigits: fractionDigits }).format(value));
}

function formattedNumber(value: number, format: CellFormat | undefined, locale: WorkbookLocale): string {
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
    case 'text':
    case undefined:
      return generalNumber(value, locale);
  }
}

const BOOLEAN_WORDS: Record<WorkbookLocale, [string, string]> = {
  'da-DK': ['SAND', 'FALSK'],
  'en-GB': ['TRUE', 'FALSE'],
};

/** The text a cell shows for its computed value. Empty cells show nothing. */
export function formatCellValue(value: CellValue, format: CellFormat | undefined, locale: WorkbookLocale): string {
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return BOOLEAN_WORDS[locale][value ? 0 : 1];
  if (typeof value === 'string') return value;
  // -0 from a rounding formula reads as 0, not "-0".
  return formattedNumber(Object.is(value, -0) ? 0 : value, format, locale);
}

/** Whether a value is shown right-aligned, as numbers are in Excel. */
export function isRightAligned(value: CellValue): boolean {
  return typeof value === 'number';
}
