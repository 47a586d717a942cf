/**
 * A number's text fitted to its column's width, as Excel shows it (issue 17). In General format
 * a number that does not fit is rounded to as many decimals as fit (Microsoft KB 45646: "rounded
 * off to the nearest decimal place or whole number that the column width will allow"), then shown
 * in scientific notation with as many mantissa decimals as fit (`1,23457E+11`, `1,2E+11`, `1E+11`),
 * and as `#` across the cell when not even that fits. A number in an explicit format (percent,
 * integer, number, date, an Excel code) that does not fit shows `#` across the cell, as does a
 * date code's number outside Excel's dates. The formula bar and the
 * stored value keep every digit: only the cell's text is fitted. Pure: the caller measures text
 * (the grid with a canvas in its font), so the rule is the same in the grid, its first screen and
 * the entry's pre-screen.
 *
 * `fitNumberText(1021.1201234, undefined, 'da-DK', 48, (t) => t.length * 7)` → `1.021,1` (7 characters).
 */
import type { CellFormat, WorkbookLocale } from '../workbook/workbookSchema.js';
import { generalDecimalText, generalIsScientific, OUTSIDE_DATES, scientificText, shownAsGeneral } from './generalNumber.js';

/** The width of a text in the cell's font, in the same unit as the width it must fit. */
export type MeasureText = (text: string) => number;

/** The most decimals General's scientific notation shows (Excel: `1,23457E+11`). */
const SCIENTIFIC_DECIMALS = 5;

/** `#` repeated across `width`, as Excel fills a cell whose number does not fit (at least one). */
export function hashFill(width: number, measure: MeasureText): string {
  return '#'.repeat(Math.max(1, Math.floor(width / Math.max(1, measure('#')))));
}

function decimalsShown(text: string, locale: WorkbookLocale): number {
  const separator = locale === 'da-DK' ? ',' : '.';
  const at = text.indexOf(separator);
  return at < 0 ? 0 : text.length - at - 1;
}

/** Whether a rounded decimal text still shows one of the number's significant digits. */
function showsDigit(text: string): boolean {
  return /[1-9]/.test(text);
}

function fitGeneral(value: number, full: string, locale: WorkbookLocale, width: number, measure: MeasureText): string {
  const fits = (text: string): boolean => measure(text) <= width;
  let roundedToZero: string | null = null;
  if (!generalIsScientific(value)) {
    for (let decimals = decimalsShown(full, locale) - 1; decimals >= 0; decimals--) {
      const text = generalDecimalText(value, decimals, locale);
      if (!showsDigit(text)) {
        // 0,0003 in a narrow column reads better as 3E-04 than as 0; Excel's KB shows 0,3 → 0
        // where nothing else fits.
        roundedToZero = text.replace(/^-/, '');
        break;
      }
      if (fits(text)) return text;
    }
  }
  for (let decimals = SCIENTIFIC_DECIMALS; decimals >= 0; decimals--) {
    const text = scientificText(value, decimals, locale);
    if (fits(text)) return text;
  }
  if (roundedToZero !== null && fits(roundedToZero)) return roundedToZero;
  return hashFill(width, measure);
}

/**
 * The text a number shows in a cell whose text may be `width` wide (the column's width less its
 * padding), measured by `measure`; `full`: its text with room to spare (displayFormat.ts's
 * formatCellValue, or the server's text on the pre-screen). The fitting renders no format code, so
 * the entry's chunk carries no code renderer.
 */
export function fitNumberText(value: number, format: CellFormat | undefined, locale: WorkbookLocale, width: number, measure: MeasureText, full: string): string {
  // A date code's number outside Excel's dates fills the cell with #, however wide (formatCodeText.ts).
  if (full === OUTSIDE_DATES) return hashFill(width, measure);
  if (measure(full) <= width) return full;
  return shownAsGeneral(value, format) ? fitGeneral(Object.is(value, -0) ? 0 : value, full, locale, width, measure) : hashFill(width, measure);
}
