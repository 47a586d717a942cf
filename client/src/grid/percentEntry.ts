/**
 * What typed or pasted text stores, Excel's way. A date (`15-03-2024`) stores its serial number
 * and makes the cell a date cell (excelDate.ts), a date with a time of day (`5-12-2026 14:30`) the
 * serial and fraction and makes it a date-time cell (excelDateTime.ts), a time (`14:05`,
 * `14:05:30`, `2:30 PM`, `25:00`) its fraction of a day and makes the cell a time cell of the
 * typed kind (excelTime.ts), unless the cell is formatted as text.
 *
 * Typing a number into a percent-formatted cell, Excel's way (its default "automatic percent
 * entry"): a typed number of 1 or more is read as that many percent, one below 1 as the fraction
 * it is (Microsoft: "typing 10 or 0.1 both result in 10.00%"). So `5,5` is 5,5 % and `0,1` is
 * 10 %. A number typed with its own `%` is read as written in any cell and makes the cell a
 * percent cell, as Excel does. Issue 12, problem 1: `5,5` in a percent cell used to give 550 %.
 *
 * @example typedEntry('5,5', 'da-DK', 'percent') // { input: 0.055 }
 * @example typedEntry('12,5 %', 'da-DK', undefined) // { input: 0.125, format: 'percent' }
 * @example typedEntry('15-03-2024', 'da-DK', undefined) // { input: 45366, format: 'date' }
 * @example typedEntry('14:05', 'da-DK', undefined) // { input: 0.5868055555555556, format: 'time' }
 * @example typedEntry('25:00', 'da-DK', undefined) // { input: 1.0416666666666667, format: 'duration' }
 */
import { formatDateSerial, typedDateSerial } from '../../../models/format/excelDate.js';
import { dateTimeEditText, typedDateTime } from '../../../models/format/excelDateTime.js';
import { durationEditText, isTimeFormat, timeEditText, typedTime, type TimeFormat } from '../../../models/format/excelTime.js';
import { editableNumber, parseTypedInput } from '../../../models/workbook/cellInputText.js';
import type { CellFormat, CellInput, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { namedFormatLike } from '../../../models/format/formatCodeText.js';

/** What a typed or pasted text stores, and the format it gives the cell (when it changes it). */
export interface TypedEntry {
  input: CellInput | null;
  format?: 'percent' | 'date' | 'dateTime' | TimeFormat;
}

/** Whether the text is a number written with a percent sign (`12,5 %`), not a formula or text. */
export function isPercentText(text: string, locale: WorkbookLocale): boolean {
  return /%\s*$/.test(text) && typeof parseTypedInput(text, locale) === 'number';
}

/** Division by 100 without the binary tail (5.1 / 100 is 0.051, not 0.050999999999999997). */
function percentOf(value: number): number {
  return Number((value / 100).toPrecision(15));
}

/** A formula (canonical, English names) whose outermost function gives a date. */
const DATE_FORMULA = /^=\s*(DATE|TODAY)\s*\(/i;

/** The text a planner typed (or pasted) into a cell of `format` → what the cell stores. */
export function typedEntry(text: string, locale: WorkbookLocale, cellFormat: CellFormat | undefined): TypedEntry {
  const input = parseTypedInput(text, locale);
  // An Excel code reads as the format it is like (`0%` as percent); a date or time code keeps any date or time typed.
  const format = namedFormatLike(cellFormat);
  const dateCode = format === 'date' && cellFormat !== 'date';
  // Formulas and apostrophe text never read as a date (the patterns start with a digit).
  if (typeof input === 'string' && format !== 'text') {
    const serial = typedDateSerial(input, locale);
    if (serial !== null) return format === 'date' || format === 'dateTime' ? { input: serial } : { input: serial, format: 'date' };
    const dateTime = typedDateTime(input, locale);
    if (dateTime !== null) return format === 'dateTime' || dateCode ? { input: dateTime } : { input: dateTime, format: 'dateTime' };
    // A time of day keeps a time cell's format (14:05:30 in an h:mm cell shows 14:05, as in
    // Excel); a duration (25:00) keeps only a duration cell's, as a time of day would hide its days.
    const time = typedTime(input);
    if (time !== null) {
      const keeps = dateCode || (time.format === 'duration' ? format === 'duration' : isTimeFormat(format));
      return keeps ? { input: time.fraction } : { input: time.fraction, format: time.format };
    }
  }
  // Excel formats a cell as a date when a formula typed into a General cell starts with DATE or TODAY.
  if (typeof input === 'string' && format === undefined && DATE_FORMULA.test(input)) return { input, format: 'date' };
  if (typeof input !== 'number') return { input };
  if (isPercentText(text, locale)) return format === 'percent' ? { input } : { input, format: 'percent' };
  if (format === 'percent' && Math.abs(input) >= 1) return { input: percentOf(input) };
  return { input };
}

/**
 * A number as an editor starts from it: in a percent cell as a percentage (`5,8 %`), in a date
 * cell as the date (`15-03-2024`; a serial with a time of day as the number, so nothing is lost),
 * in a date-time cell as date and time (`05-12-2026 14:30:00`), in a time cell as the time with
 * seconds (`14:05:00`, a duration `25:00:00`, as Excel's formula bar shows it), as in Excel, each
 * reading back as the same number.
 */
export function numberEditText(value: number, locale: WorkbookLocale, cellFormat: CellFormat | undefined): string {
  const format = namedFormatLike(cellFormat);
  if (format === 'duration') return durationEditText(value) ?? editableNumber(value, locale);
  if (isTimeFormat(format)) return timeEditText(value) ?? editableNumber(value, locale);
  if (format === 'dateTime') return dateTimeEditText(value, locale) ?? editableNumber(value, locale);
  if (format === 'date' && Number.isInteger(value)) return formatDateSerial(value, locale) ?? editableNumber(value, locale);
  if (format === 'percent') return `${editableNumber(Number((value * 100).toPrecision(12)), locale)} %`;
  return editableNumber(value, locale);
}
