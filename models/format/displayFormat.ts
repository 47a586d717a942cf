/**
 * How a computed cell value reads in the grid, in the workspace's locale:
 * `formatCellValue(1234.5, undefined, 'da-DK')` → `1.234,5`; `formatCellValue(0.12, 'percent', 'da-DK')`
 * → `12,0 %`; with an Excel code as Excel shows it (`0%` → `12%`, formatCodeText.ts); an error reads as its code (`#DIV/0!`). Pure and cached, so the grid can call it for
 * every visible cell on every frame.
 */
import { isCellError, type CellValue } from '../engine/cellValue.js';
import type { CellFormat, WorkbookLocale } from '../workbook/workbookSchema.js';
import { DANISH_ERROR_NAMES } from '../workbook/errorValueNames.js';
import { formatDateSerial } from './excelDate.js';
import { formatDateTime } from './excelDateTime.js';
import { formatCodeText } from './formatCodeText.js';
import { generalNumber, localeNumber, timeText } from './generalNumber.js';
import { isNamedCellFormat } from '../workbook/cellFormats.js';

/**
 * A number with exactly `decimals` decimals, as a percentage or plain: `fixedDecimalText(-0.0246,
 * 2, true, 'da-DK')` → `-2,46 %`. For a goal's target that needs more decimals than its cell's
 * format shows (client/src/goals/goalDisplay.ts).
 */
export function fixedDecimalText(value: number, decimals: number, percent: boolean, locale: WorkbookLocale): string {
  const options: Intl.NumberFormatOptions = { style: percent ? 'percent' : 'decimal', minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return localeNumber(Object.is(value, -0) ? 0 : value, locale, `fixed${percent ? '%' : ''}${decimals}`, options);
}

function formattedNumber(value: number, format: CellFormat | undefined, locale: WorkbookLocale): string {
  // An Excel format code (workbook/formatCode.ts).
  if (format !== undefined && !isNamedCellFormat(format)) return formatCodeText(value, format, locale) ?? generalNumber(value, locale);
  switch (format) {
    case 'percent':
      return localeNumber(value, locale, 'percent', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    case 'integer':
      return localeNumber(value, locale, 'integer', { maximumFractionDigits: 0 });
    case 'number':
      return localeNumber(value, locale, 'number', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
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
