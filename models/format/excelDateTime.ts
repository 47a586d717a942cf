/**
 * A date with a time of day, as Excel keeps it: the date's serial plus the time's fraction of a
 * day (5 December 2026 14:30 is 46361.6041666…), with the `dateTime` format, Excel's built-in
 * date and time (number format 22), which each region shows in its own form: `05-12-2026 14:30`
 * in Danish, `05/12/2026 14:30` in English (24-hour clock, also for a date typed with PM).
 *
 * @example typedDateTime('5-12-2026 14:30', 'da-DK') // 46361.604166666664
 * @example typedDateTime('12/5/2026 2:30 PM', 'en-GB') // 46154.604166666664 (12 May 2026)
 * @example formatDateTime(46361.604166666664, 'da-DK') // '05-12-2026 14:30'
 */
import type { WorkbookLocale } from '../workbook/workbookSchema.js';
import { formatDateSerial, typedDateSerial } from './excelDate.js';
import { clockText, isTimeFormat, onWholeSecond, twoDigitHours, typedTimeOfDay } from './excelTime.js';

const DAY_SECONDS = 86_400;

/** Whether a cell format shows a date, a time of day, both, or a duration. */
export function isDateOrTimeFormat(format: string | undefined): boolean {
  return format === 'date' || format === 'dateTime' || isTimeFormat(format);
}

/** A date, spaces, then a time of day (which may end in AM/PM): the time is the last part. */
const DATE_AND_TIME = /^(.*\S)\s+(\d{1,2}:\d{1,2}(?::\d{1,2})?(?:\s*[ap]m?)?)$/i;

/**
 * The serial of a date and time of day typed as Excel reads one in the locale (the date as
 * typedDateSerial reads it, then a space and a time of day as typedTime does, 24-hour or with
 * AM/PM), or null when the text is no date with a time.
 */
export function typedDateTime(text: string, locale: WorkbookLocale): number | null {
  const match = DATE_AND_TIME.exec(text.trim());
  if (!match) return null;
  const date = typedDateSerial(match[1]!, locale);
  const time = typedTimeOfDay(match[2]!);
  return date === null || time === null ? null : date + time.fraction;
}

/** A serial's date and its time to the nearest second (23:59:59.6 is the next day's 00:00:00). */
function dateAndSeconds(value: number): { day: number; seconds: number } | null {
  if (!Number.isFinite(value) || value < 0) return null;
  const total = Math.round(value * DAY_SECONDS);
  return { day: Math.floor(total / DAY_SECONDS), seconds: total % DAY_SECONDS };
}

/** A number as a date-time cell shows it: `05-12-2026 14:30` (Danish), `05/12/2026 14:30` (English); null out of Excel's dates. */
export function formatDateTime(value: number, locale: WorkbookLocale): string | null {
  const parts = dateAndSeconds(value);
  const date = parts && formatDateSerial(parts.day, locale);
  return parts && date ? `${date} ${clockText(twoDigitHours(parts.seconds), parts.seconds, false)}` : null;
}

/**
 * A date and time as the formula bar shows it in Excel, with seconds (`05-12-2026 14:30:00`),
 * which reads back as the same number; null for a number that would not (out of Excel's dates,
 * or not to the whole second), which the editor shows as the number.
 */
export function dateTimeEditText(value: number, locale: WorkbookLocale): string | null {
  const parts = dateAndSeconds(value);
  // onWholeSecond's millisecond tolerance: a serial of tens of thousands of days carries binary error in its seconds.
  if (!parts || onWholeSecond(value) === null) return null;
  const date = formatDateSerial(parts.day, locale);
  return date ? `${date} ${clockText(twoDigitHours(parts.seconds), parts.seconds, true)}` : null;
}
