/**
 * Times of day as Excel keeps them: a fraction of a day (14:05 is 0.5868055…, 12:00 is 0.5), with
 * a time format. A typed `14:05` or `7:30` stores its fraction with the `time` format (Excel's
 * built-in `h:mm`, number format 20) and shows `14:05`, `7:30`; a typed `14:05:30` the
 * `timeSeconds` format (`h:mm:ss`, number format 21). Danish and English Excel both write and read
 * times with `:`.
 *
 * @example typedTime('14:05') // { fraction: 0.5868055555555556, seconds: false }
 * @example formatTimeOfDay(0.5868055555555556, false) // '14:05'
 */

const DAY_SECONDS = 86_400;

/** A typed time of day: its fraction of a day, and whether it was typed with seconds. */
export interface TypedTime {
  fraction: number;
  seconds: boolean;
}

/** Hours, minutes and optional seconds: 14:05, 7:30, 14:5, 14:05:30. */
const TIME = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?$/;

/**
 * The time of day a text typed into a cell is, as Excel reads one, or null when it is no time.
 * Hours 0–23, minutes and seconds 0–59. (Excel also reads 24:00 and more as a duration with the
 * `[h]:mm:ss` format, and `2:05 PM`; those stay text here.)
 */
export function typedTime(text: string): TypedTime | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] === undefined ? 0 : Number(match[3]);
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return { fraction: (hours * 3600 + minutes * 60 + seconds) / DAY_SECONDS, seconds: match[3] !== undefined };
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
 * A number as Excel's `h:mm` (`seconds` false) or `h:mm:ss` shows it: the time of day, hours
 * without a leading zero (`7:30`, `14:05:30`); a whole day's part is not shown (1.5 shows 12:00).
 * Null for a number that is no time (below 0 or out of Excel's dates; Excel shows ####).
 */
export function formatTimeOfDay(value: number, seconds: boolean): string | null {
  const total = secondsOfDay(value);
  if (total === null) return null;
  const clock = `${Math.floor(total / 3600)}:${two(Math.floor(total / 60) % 60)}`;
  return seconds ? `${clock}:${two(total % 60)}` : clock;
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
  // Only a time to the whole second reads back as the same number.
  if (Math.abs(value * DAY_SECONDS - Math.round(value * DAY_SECONDS)) > 1e-6) return null;
  return `${two(Math.floor(total / 3600))}:${two(Math.floor(total / 60) % 60)}:${two(total % 60)}`;
}
