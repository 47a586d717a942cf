/**
 * Times as Excel keeps them: a fraction of a day (14:05 is 0.5868055…, 12:00 is 0.5), with a time
 * format. What a typed time stores and the format Excel gives it:
 * - `14:05`, `7:30`: the fraction with `time` (Excel's built-in `h:mm`, number format 20), shown
 *   `14:05`, `7:30`; `14:05:30` with `timeSeconds` (`h:mm:ss`, 21);
 * - `2:30 PM`, `2:30 pm`, `9:15 a`: the 24-hour fraction (2:30 PM is 0.6041666…) with `time12`
 *   (`h:mm AM/PM`, 18), shown `2:30 PM`; with seconds `time12Seconds` (`h:mm:ss AM/PM`, 19);
 *   an hour alone with AM or PM (`2 PM`, `2pm`, `11 am`, `12 AM`) as that hour with `time12`,
 *   shown `2:00 PM` (Excel gives a typed entry only its built-in formats, and 18 is its
 *   12-hour one; LibreOffice 7.4 reads these alike, and leaves `2 p` and `13 PM` text);
 * - `25:00`, `36:15:10` (24 hours or more): a duration, 1.0416666… (one day and an hour), with
 *   `duration` (`[h]:mm:ss`, 46), shown `25:00:00`, `36:15:10`.
 * Danish and English Excel both write and read times with `:`.
 *
 * @example typedTime('14:05') // { fraction: 0.5868055555555556, format: 'time' }
 * @example typedTime('25:00') // { fraction: 1.0416666666666667, format: 'duration' }
 * @example formatTimeOfDay(0.5868055555555556, false) // '14:05'
 */

const DAY_SECONDS = 86_400;

/** The formats a typed time gives a cell. */
export type TimeFormat = 'time' | 'timeSeconds' | 'time12' | 'time12Seconds' | 'duration';

/** Every format showing a time of day or a duration (not a date with a time: `dateTime`). */
const TIME_FORMATS: ReadonlySet<string> = new Set<TimeFormat>(['time', 'timeSeconds', 'time12', 'time12Seconds', 'duration']);

/** Whether a cell format shows a number as a time of day or a duration. */
export function isTimeFormat(format: string | undefined): format is TimeFormat {
  return format !== undefined && TIME_FORMATS.has(format);
}

/** A typed time: its fraction of a day (more than 1 for a duration) and the format Excel gives it. */
export interface TypedTime {
  fraction: number;
  format: TimeFormat;
}

/** Hours, minutes, optional seconds and an optional AM/PM: 14:05, 7:30, 14:05:30, 2:30 PM, 2:30pm, 9:15 a, 36:15:10. */
const TIME = /^(\d{1,4}):(\d{1,2})(?::(\d{1,2}))?(?:\s*([ap])m?)?$/i;

/** An hour alone with AM or PM written out (2 PM, 2pm, 11 am): `2 p` stays text, as in LibreOffice. */
const HOUR_WITH_MERIDIEM = /^(\d{1,2})\s*([ap])m$/i;

/**
 * The time a text typed into a cell is, as Excel reads one, or null when it is no time.
 * Minutes and seconds 0–59; hours 0–23 for a time of day, 24 to 9999 for a duration
 * (`25:00`), 0–12 before AM/PM (12 AM is midnight, 12 PM noon), where the minutes may be left
 * out (`2 PM` is 14:00).
 */
export function typedTime(text: string): TypedTime | null {
  const hourAlone = HOUR_WITH_MERIDIEM.exec(text.trim());
  const match = TIME.exec(hourAlone ? `${hourAlone[1]}:00 ${hourAlone[2]}` : text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] === undefined ? 0 : Number(match[3]);
  const withSeconds = match[3] !== undefined;
  if (minutes > 59 || seconds > 59) return null;
  const meridiem = match[4]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  }
  const fraction = (hours * 3600 + minutes * 60 + seconds) / DAY_SECONDS;
  if (meridiem !== undefined) return { fraction, format: withSeconds ? 'time12Seconds' : 'time12' };
  if (hours > 23) return { fraction, format: 'duration' };
  return { fraction, format: withSeconds ? 'timeSeconds' : 'time' };
}

/**
 * A time of day typed without a date or a duration (`14:05`, `2:30 PM`; `25:00` is null): the
 * time part of a typed date and time (excelDateTime.ts).
 */
export function typedTimeOfDay(text: string): TypedTime | null {
  const time = typedTime(text);
  return time === null || time.format === 'duration' ? null : time;
}

/**
 * A number's time of day in whole seconds, as Excel shows it: the fraction of the day rounded to
 * the nearest second (23:59:59.6 shows as 0:00:00, the next day's start); null for a number
 * Excel shows no time for (below 0, or past its last date, 9999-12-31).
 */
function secondsOfDay(value: number): number | null {
  if (!Number.isFinite(value) || value < 0 || value >= 2_958_466) return null;
  return Math.round((value - Math.floor(value)) * DAY_SECONDS) % DAY_SECONDS;
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * `hours:mm` or `hours:mm:ss` of `total` seconds, the hours written as given (a time of day's,
 * a 12-hour clock's, a duration's all, or two digits for the formula bar).
 */
export function clockText(hours: number | string, total: number, withSeconds: boolean): string {
  const clock = `${hours}:${two(Math.floor(total / 60) % 60)}`;
  return withSeconds ? `${clock}:${two(total % 60)}` : clock;
}

/** Hours with a leading zero, as the formula bar writes them (`07`). */
export const twoDigitHours = (total: number): string => two(Math.floor(total / 3600));

/**
 * A number as Excel's `h:mm` (`seconds` false) or `h:mm:ss` shows it: the time of day, hours
 * without a leading zero (`7:30`, `14:05:30`); a whole day's part is not shown (1.5 shows 12:00).
 * Null for a number that is no time (below 0 or out of Excel's dates; Excel shows ####).
 */
export function formatTimeOfDay(value: number, seconds: boolean): string | null {
  const total = secondsOfDay(value);
  return total === null ? null : clockText(Math.floor(total / 3600), total, seconds);
}

/**
 * A number as Excel's `h:mm AM/PM` (`seconds` false) or `h:mm:ss AM/PM` shows it, in Danish and
 * English alike (the format's AM/PM is written as it is): 0.6041666… is `2:30 PM`, 0 `12:00 AM`,
 * 0.5 `12:00 PM`. Null as for formatTimeOfDay.
 */
export function formatTime12(value: number, seconds: boolean): string | null {
  const total = secondsOfDay(value);
  if (total === null) return null;
  const hours = Math.floor(total / 3600);
  return `${clockText(hours % 12 === 0 ? 12 : hours % 12, total, seconds)} ${hours < 12 ? 'AM' : 'PM'}`;
}

/**
 * A number as Excel's `[h]:mm:ss` shows it: all its hours, days included, to the nearest second
 * (1.0416666… is `25:00:00`, 1.5 `36:00:00`, 0.25 `6:00:00`). Null below 0 (Excel shows ####)
 * or past its last date.
 */
export function formatDuration(value: number): string | null {
  if (!Number.isFinite(value) || value < 0 || value >= 2_958_466) return null;
  const total = Math.round(value * DAY_SECONDS);
  return clockText(Math.floor(total / 3600), total, true);
}

/**
 * A date or time moved to its nearest whole second, as typing that time stores it (the day plus
 * the second's fraction): a fill handle's 9:00 + 1/24 is then exactly the typed 10:00, so
 * `=A2=TIME(10;0;0)` is true; null for a number that is not within a millisecond of a second.
 */
export function onWholeSecond(value: number): number | null {
  const total = Math.round(value * DAY_SECONDS);
  if (Math.abs(value * DAY_SECONDS - total) > 1e-3) return null;
  const seconds = ((total % DAY_SECONDS) + DAY_SECONDS) % DAY_SECONDS;
  return (total - seconds) / DAY_SECONDS + seconds / DAY_SECONDS;
}

/** Whether a number is a whole number of seconds (only such a time reads back from its text as the same number). */
function wholeSeconds(value: number): boolean {
  return Math.abs(value * DAY_SECONDS - Math.round(value * DAY_SECONDS)) <= 1e-6;
}

/**
 * A time of day as the formula bar and the editor show it in Excel (Danish and English regions):
 * hours, minutes and seconds with leading zeros, `14:05:00`, `07:30:00`; null for a number that
 * is no time of day (1 or more, below 0), which the editor shows as the number.
 */
export function timeEditText(value: number): string | null {
  if (!(value >= 0 && value < 1)) return null;
  const total = secondsOfDay(value)!;
  // A value that rounds up to 24:00:00 would read back as no time; show the number instead.
  if (total === 0 && value > 0.5) return null;
  if (!wholeSeconds(value)) return null;
  return clockText(twoDigitHours(total), total, true);
}

/**
 * A duration as Excel's formula bar shows it, `25:00:00`, which reads back as the same number;
 * a time of day below 24 hours as timeEditText does. Null for a number that does not read back
 * (below 0, not to the second).
 */
export function durationEditText(value: number): string | null {
  if (value < 1) return timeEditText(value);
  if (!wholeSeconds(value)) return null;
  return formatDuration(value);
}
