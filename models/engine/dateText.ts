/**
 * Text read as a date or time wherever Excel turns text into a number (`VALUE`, `"15-03-2024"+1`,
 * a criterion). HyperFormula's reader splits the text at `/ . -` and spaces and reads an empty
 * part as the year 0, that is 2000: `VALUE("-1.5")` in a da-DK workbook (where "-1.5" is no
 * number) was 5 January 2000, and `COUNTIF(A:A;"<=-1.5")` counted the cells up to that date.
 * Excel reads no date from text with an empty part, so such text stays text here.
 */
import { HyperFormula, type ConfigParams } from 'hyperformula';

/** A separator at either end, or two in a row (the text is already trimmed, its spaces single). */
const EMPTY_DATE_PART = /^[/.-]|[/.-]$|[ /.-][/.-]|[/.-] /;

const parseDateTime: ConfigParams['parseDateTime'] = HyperFormula.defaultConfig.parseDateTime;

/** HyperFormula's date and time reading, without dates made of empty parts. */
export const parseDateText: ConfigParams['parseDateTime'] = (text, dateFormat, timeFormat) => {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return EMPTY_DATE_PART.test(trimmed) ? undefined : parseDateTime(text, dateFormat, timeFormat);
};
