/**
 * The text FIXED and DOLLAR give: a number rounded to `decimals` places (negative: to tens,
 * hundreds, … left of the point) and written with the workbook locale's separators, as Excel
 * writes it with the computer's ("Afrunder et tal … formaterer tallet i decimalformat med komma og
 * punktummer": Danish Excel's FAST(1234,567;1) is "1.234,6", English Excel's FIXED(1234.567,1)
 * "1,234.6"). DOLLAR adds the locale's currency the way Windows writes it, which Excel takes from
 * the computer ("the currency symbol that is applied depends on your local language settings"):
 * "kr. 1.234,57" and "kr. -1.200" in da-DK (Microsoft's Danish KR page shows "kr. 1.234,57";
 * Windows' da-DK currency patterns "$ n" and "$ -n"; LibreOffice 7.4 set to da-DK agrees),
 * "£1,234.57" and "-£1,200" in en-GB. Excel's US example "($1,200)" is en-US's own pattern.
 */
import type { WorkbookLocale } from '../workbook/workbookSchema.js';
import { EXCEL_DIGITS, roundDecimal } from './excelDecimal.js';
import { NUMBER_SEPARATORS } from './localeNumberText.js';

/** The most decimals FIXED and DOLLAR write ("decimals can be as large as 127", Microsoft's FIXED page). */
export const MAX_DECIMALS = 127;

/**
 * The digits of `x` (already rounded) as decimal text with exactly `decimals` places (none when
 * negative), from its 15 significant digits: FIXED(1/3,20) is "0.33333333333333300000" in Excel,
 * not the double's binary tail. `x` is finite and not negative.
 */
function plainDigits(x: number, decimals: number): { whole: string; fraction: string } {
  const places = Math.max(0, decimals);
  if (x === 0) return { whole: '0', fraction: '0'.repeat(places) };
  const [mantissa, exponentText] = x.toExponential(EXCEL_DIGITS - 1).split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const pointAt = Number(exponentText) + 1; // digits before the decimal point
  const whole = pointAt <= 0 ? '0' : digits.slice(0, pointAt).padEnd(pointAt, '0');
  const fraction = pointAt >= 0 ? digits.slice(pointAt) : '0'.repeat(-pointAt) + digits;
  return { whole, fraction: fraction.slice(0, places).padEnd(places, '0') };
}

/** Groups of three digits from the right, joined by `separator`. */
function grouped(whole: string, separator: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * `x` rounded to `decimals` (truncated toward zero, as ROUND does) and written in `locale`,
 * with group separators unless `noGroups`; the sign only where the rounded value is not 0.
 *
 * @example fixedText(1234.567, 1, false, 'da-DK') // { sign: '', digits: '1.234,6' }
 * @example fixedText(-1234.567, -1, true, 'en-GB') // { sign: '-', digits: '1230' }
 */
export function fixedText(x: number, decimals: number, noGroups: boolean, locale: WorkbookLocale): { sign: '' | '-'; digits: string } {
  const places = Math.trunc(decimals);
  const rounded = roundDecimal(x, places, 'half');
  const { decimal, group } = NUMBER_SEPARATORS[locale];
  const { whole, fraction } = plainDigits(Math.abs(rounded), places);
  const digits = (noGroups ? whole : grouped(whole, group)) + (fraction === '' ? '' : decimal + fraction);
  return { sign: rounded < 0 ? '-' : '', digits };
}

/** FIXED's text: `-` then the digits. */
export function fixedNumberText(x: number, decimals: number, noGroups: boolean, locale: WorkbookLocale): string {
  const { sign, digits } = fixedText(x, decimals, noGroups, locale);
  return sign + digits;
}

/** DOLLAR's text: the digits with the locale's currency, as Windows places it (see the file comment). */
export function currencyNumberText(x: number, decimals: number, locale: WorkbookLocale): string {
  const { sign, digits } = fixedText(x, decimals, false, locale);
  return locale === 'da-DK' ? `kr. ${sign}${digits}` : `${sign}£${digits}`;
}
