/**
 * Text read as a date or time wherever Excel turns text into a number (`VALUE`, `DATEVALUE`,
 * `"15-03-2024"+1`, a criterion).
 *
 * HyperFormula's reader splits the text at `/ . -` and spaces and reads an empty part as the
 * year 0, that is 2000: `VALUE("-1.5")` in a da-DK workbook (where "-1.5" is no number) was
 * 5 January 2000, and `COUNTIF(A:A;"<=-1.5")` counted the cells up to that date. Excel reads no
 * date from text with an empty part, so such text stays text here.
 *
 * It reads no month names either, where Excel reads them in the computer's language: Microsoft's
 * DATEVALUE page gives `=DATEVALUE("22-MAY-2011")` and "30-Jan-2008" as date text, and Windows'
 * date reading (Access's Danish DateValue page: "30. december 1991" beside 30-12-1991) the
 * locale's month names, long or short. So a British workbook reads "22-May-2011",
 * "22 May 2011", "22 May 11"; a Danish one "31-jan-2023", "31. jan. 2023", "31. januar 2023",
 * "31 maj 2023" (Danish names only: whether Danish Excel also reads English ones is not
 * documented). Day, month, year in that order; a month and a four-digit year without a day
 * ("March 2024", "marts 2024", "jan-2023", as Excel reads a month typed into a cell) is its first
 * day. A month name without a year (Excel's "5-JUL", this year) stays text, as a value that
 * changes with the calendar; so does a month with a two-digit number ("Mar 24" is 24 March of
 * this year to Excel, not March 2024).
 */
import { HyperFormula, type ConfigParams } from 'hyperformula';
import { engineLocale } from './formulaContext.js';
import type { WorkbookLocale } from '../workbook/workbookSchema.js';

/** A separator at either end, or two in a row (the text is already trimmed, its spaces single). */
const EMPTY_DATE_PART = /^[/.-]|[/.-]$|[ /.-][/.-]|[/.-] /;

/** Each locale's month names, long then Windows' short form, January first. */
const MONTHS: Readonly<Record<WorkbookLocale, ReadonlyArray<readonly [string, string]>>> = {
  'da-DK': [
    ['januar', 'jan'], ['februar', 'feb'], ['marts', 'mar'], ['april', 'apr'], ['maj', 'maj'], ['juni', 'jun'],
    ['juli', 'jul'], ['august', 'aug'], ['september', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec'],
  ],
  'en-GB': [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may', 'may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
};

/** Day, month name (a Danish day followed by its point, a short name by one too), year. */
const NAMED_MONTH_DATE = /^(\d{1,2})(?:\.? |\.|-)(\p{L}+)(?:\. ?| |-)(\d{4}|\d{2})$/u;
/** Month name (a short one may take its point) and a four-digit year: the month's first day. */
const NAMED_MONTH_YEAR = /^(\p{L}+)(?:\.? |-)(\d{4})$/u;

/** A date written with the locale's month name, or undefined. */
export function monthNameDate(text: string, locale: WorkbookLocale): { year: number; month: number; day: number } | undefined {
  const single = text.replace(/\s+/g, ' ').trim().toLowerCase();
  const monthYear = NAMED_MONTH_YEAR.exec(single);
  const match = monthYear ? [monthYear[0], '1', monthYear[1], monthYear[2]] : NAMED_MONTH_DATE.exec(single);
  if (!match) return undefined;
  const [, day, name, year] = match;
  const month = MONTHS[locale].findIndex(([long, short]) => name === long || name === short);
  return month < 0 ? undefined : { year: Number(year), month: month + 1, day: Number(day) };
}

const parseDateTime: ConfigParams['parseDateTime'] = HyperFormula.defaultConfig.parseDateTime;

/** HyperFormula's date and time reading, without dates made of empty parts, with the workbook locale's month names. */
export const parseDateText: ConfigParams['parseDateTime'] = function (this: { config?: { context?: unknown } } | undefined, text, dateFormat, timeFormat) {
  const named = monthNameDate(text, engineLocale(this?.config?.context));
  if (named) return named;
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return EMPTY_DATE_PART.test(trimmed) ? undefined : parseDateTime(text, dateFormat, timeFormat);
};
