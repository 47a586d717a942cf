/**
 * A number as Excel's General format shows it, and what else fitting a number to its column needs
 * (numberFit.ts), without the format code renderer (issue 17): the entry's pre-screen fits the
 * server's texts with these, so numfmt (formatCodeText.ts) loads with the workspace page's chunks,
 * not the entry's. `generalNumber(1234.5, 'da-DK')` → `1.234,5`;
 * `scientificText(123456789012, 5, 'da-DK')` → `1,23457E+11`.
 */
import type { CellFormat, WorkbookLocale } from '../workbook/workbookSchema.js';
import { isNamedCellFormat } from '../workbook/cellFormats.js';
import { serialDate } from './excelDate.js';
import { formatDateTime } from './excelDateTime.js';
import { formatDuration, formatTime12, formatTimeOfDay, isTimeFormat, type TimeFormat } from './excelTime.js';

/** General format shows at most this many significant digits, as Excel's General does (about). */
const GENERAL_DIGITS = 10;

/**
 * What a date or time code shows for a number outside Excel's dates (below 0, after 9999-12-31):
 * Excel fills the cell with `#` (numberFit.ts fills it to the column's width).
 */
export const OUTSIDE_DATES = '########';

/** Whether a code shows numbers the General way (`General`, or `@`, text, where a number keeps General's look). */
export function codeShownAsGeneral(code: string): boolean {
  return /^(general|@)$/i.test(code);
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number through Intl in `locale`, its formatter kept by `key`. Intl separates a number and its
 * percent sign with a no-break space (and some ICU versions use U+2212 for minus); planners copy
 * these strings into Excel and tests compare them, so the text is plain ASCII, the same everywhere.
 */
export function localeNumber(value: number, locale: WorkbookLocale, key: string, options: Intl.NumberFormatOptions): string {
  const cacheKey = `${locale}|${key}`;
  let found = formatters.get(cacheKey);
  if (!found) {
    found = new Intl.NumberFormat(locale, options);
    formatters.set(cacheKey, found);
  }
  return found
    .format(value)
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u2212/g, '-');
}

/**
 * A number in scientific notation as Excel's General shows it: at most `fractionDigits` decimals
 * in the mantissa, trailing zeros dropped, a signed exponent of at least two digits.
 * `scientificText(123456789012, 5, 'da-DK')` → `1,23457E+11`; `scientificText(0.00001, 5, 'en-GB')` → `1E-05`.
 */
export function scientificText(value: number, fractionDigits: number, locale: WorkbookLocale): string {
  const text = localeNumber(value, locale, `sci${fractionDigits}`, { notation: 'scientific', maximumFractionDigits: fractionDigits });
  return text.replace(/E(-?)(\d+)$/, (_, minus: string, digits: string) => `E${minus || '+'}${digits.padStart(2, '0')}`);
}

/** A number in General with at most `fractionDigits` decimals (rounded, trailing zeros dropped). */
export function generalDecimalText(value: number, fractionDigits: number, locale: WorkbookLocale): string {
  return localeNumber(value, locale, `general${fractionDigits}`, { maximumFractionDigits: fractionDigits });
}

/** Whether General shows this number in scientific notation however wide its column. */
export function generalIsScientific(value: number): boolean {
  const magnitude = Math.abs(value);
  return value !== 0 && (magnitude >= 1e15 || magnitude < 1e-9);
}

/** A number as General shows it with room to spare. */
export function generalNumber(value: number, locale: WorkbookLocale): string {
  if (value === 0) return '0';
  if (generalIsScientific(value)) return scientificText(value, 5, locale);
  const integerDigits = Math.max(1, Math.floor(Math.log10(Math.abs(value))) + 1);
  const fractionDigits = Math.min(GENERAL_DIGITS, Math.max(0, GENERAL_DIGITS - integerDigits));
  return generalDecimalText(value, fractionDigits, locale);
}

/** A number as a time format shows it (14:05, 2:30 PM, 25:00:00); null where Excel shows no time (####). */
export function timeText(value: number, format: TimeFormat): string | null {
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
