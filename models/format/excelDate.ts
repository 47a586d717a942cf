/**
 * Dates as Excel keeps them: a serial number of days, 1 = 1900-01-01, with Excel's fictitious
 * 1900-02-29 (serial 60) kept so that every later serial matches Excel's (Microsoft: "Excel
 * incorrectly assumes that the year 1900 is a leap year"). A typed date stores its serial with the
 * `date` format, as Excel does; the cell shows dd-mm-yyyy in Danish and dd/mm/yyyy in English
 * (Excel's short date, numFmtId 14, in those regions).
 *
 * @example typedDateSerial('15-03-2024', 'da-DK') // 45366
 * @example formatDateSerial(45366, 'en-GB') // '15/03/2024'
 */
import type { WorkbookLocale } from '../workbook/workbookSchema.js';

const DAY_MS = 86_400_000;
/** Serial 0 is 1899-12-30 for every date from 1900-03-01 on (the leap-year bug's offset). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** Excel's largest date, 9999-12-31. */
export const LAST_DATE_SERIAL = 2_958_465;

/** The serial of the first day of a month from 1 January 1900 on (Excel's calendar). */
function firstOfMonthSerial(year: number, month: number): number {
  const serial = Math.round((Date.UTC(year, month - 1, 1) - EPOCH_MS) / DAY_MS);
  // Before 1900-03-01 Excel counts from 1900-01-01 = 1 (no fictitious 29 February yet).
  return serial < 61 ? serial - 1 : serial;
}

/** Days in a month of Excel's calendar: February 1900 has 29, the fictitious 29th included. */
export function daysInMonth(year: number, month: number): number {
  if (year === 1900 && month === 2) return 29;
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The serial of a day of a month counted from its first day, in Excel's calendar: the day may
 * run past the month's end or be 0 (the last day of the month before), as DATE lets it.
 * The month is 1–12; the year 1900 or later (earlier days give serials below 0).
 *
 * @example monthDaySerial(1900, 3, 0) // 60, Excel's fictitious 29-02-1900
 */
export function monthDaySerial(year: number, month: number, day: number): number {
  return firstOfMonthSerial(year, month) + day - 1;
}

/** The serial number of a calendar date, or null when there is no such day (31-02-2024) or Excel has none. */
export function dateSerial(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || !Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return monthDaySerial(year, month, day);
}

/**
 * A serial's calendar date in Excel's calendar (the integer part; the fraction is the time of
 * day), or null out of Excel's range. Serial 0 is Excel's 1900-01-00 (`TEXT(0;"yyyy-mm-dd")`,
 * a date cell holding 0), serial 60 the fictitious 1900-02-29.
 */
export function serialDate(serial: number): { year: number; month: number; day: number } | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 0 || whole > LAST_DATE_SERIAL) return null;
  if (whole === 0) return { year: 1900, month: 1, day: 0 };
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const date = new Date(EPOCH_MS + (whole < 60 ? whole + 1 : whole) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * A serial's weekday as Excel counts it, 0 = Sunday … 6 = Saturday: by the serial alone, so the
 * days before 1900-03-01 carry the leap-year bug's shift (serial 1 is a Sunday in Excel, though
 * 1 January 1900 was a Monday), as WEEKDAY gives them.
 */
export function serialWeekday(serial: number): number {
  return (((Math.floor(serial) - 1) % 7) + 7) % 7;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A serial as the planner reads a date: 15-03-2024 (Danish), 15/03/2024 (English); null out of range. */
export function formatDateSerial(serial: number, locale: WorkbookLocale): string | null {
  const date = serialDate(serial);
  if (!date) return null;
  const separator = locale === 'da-DK' ? '-' : '/';
  return `${two(date.day)}${separator}${two(date.month)}${separator}${date.year}`;
}

/** Month names Excel reads in each language (full names and their first three letters). */
const MONTH_NAMES: Record<WorkbookLocale, readonly string[]> = {
  'da-DK': ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  'en-GB': ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};

function monthNumber(name: string, locale: WorkbookLocale): number | null {
  const lower = name.toLowerCase();
  const at = MONTH_NAMES[locale].findIndex((full) => full === lower || (lower.length === 3 && full.startsWith(lower)));
  return at < 0 ? null : at + 1;
}

/** Excel's two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

/** ISO 2024-03-15 (or 2024/3/15) in every locale. */
const ISO = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
/** Day first, as both languages write it: 15-03-2024, 15/3/24; Danish also 15.3.2024. */
const DAY_FIRST: Record<WorkbookLocale, RegExp> = {
  'da-DK': /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/,
  'en-GB': /^(\d{1,2})([-/])(\d{1,2})\2(\d{4}|\d{2})$/,
};
/** Day, month name, year: 15-mar-2024, 15 marts 2024, 15. marts 2024. */
const NAMED_MONTH = /^(\d{1,2})\.?([-\s/])\s*(\p{L}+)\.?\2\s*(\d{4}|\d{2})$/u;

/**
 * The serial of a date typed as Excel reads one in the locale, or null when the text is no date.
 * Only whole dates (day, month and year) are read: a month and year alone (`2023-12`, the plan's
 * month labels) and a day and month without a year stay text, on purpose (see models/FORMAT.md);
 * a date with a time of day is read by excelDateTime.ts.
 */
export function typedDateSerial(text: string, locale: WorkbookLocale): number | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return dateSerial(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const dayFirst = DAY_FIRST[locale].exec(trimmed);
  if (dayFirst) return dateSerial(fullYear(dayFirst[4]!), Number(dayFirst[3]), Number(dayFirst[1]));
  const named = NAMED_MONTH.exec(trimmed);
  if (named) {
    const month = monthNumber(named[3]!, locale);
    return month === null ? null : dateSerial(fullYear(named[4]!), month, Number(named[1]));
  }
  return null;
}
