/** Excel's date serials as calendar days (1900 date system; serial 0 is 30 December 1899 here). */
export const DAY_MS = 86_400_000;
export const SERIAL_ZERO = Date.UTC(1899, 11, 30);

export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** The calendar day of a whole-day serial (callers drop the time of day as their function does). */
export function calendarDay(wholeDaySerial: number): CalendarDay {
  const date = new Date(SERIAL_ZERO + wholeDaySerial * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
