/**
 * Typing a number into a percent-formatted cell, Excel's way (its default "automatic percent
 * entry"): a typed number of 1 or more is read as that many percent, one below 1 as the fraction
 * it is (Microsoft: "typing 10 or 0.1 both result in 10.00%"). So `5,5` is 5,5 % and `0,1` is
 * 10 %. A number typed with its own `%` is read as written in any cell and makes the cell a
 * percent cell, as Excel does. Issue 12, problem 1: `5,5` in a percent cell used to give 550 %.
 *
 * @example typedEntry('5,5', 'da-DK', 'percent') // { input: 0.055 }
 * @example typedEntry('12,5 %', 'da-DK', undefined) // { input: 0.125, format: 'percent' }
 */
import { editableNumber, parseTypedInput } from '../../../models/workbook/cellInputText.js';
import type { CellFormat, CellInput, WorkbookLocale } from '../../../models/workbook/workbookReader.js';

/** What a typed or pasted text stores, and the format it gives the cell (when it changes it). */
export interface TypedEntry {
  input: CellInput | null;
  format?: 'percent';
}

/** Whether the text is a number written with a percent sign (`12,5 %`), not a formula or text. */
export function isPercentText(text: string, locale: WorkbookLocale): boolean {
  return /%\s*$/.test(text) && typeof parseTypedInput(text, locale) === 'number';
}

/** Division by 100 without the binary tail (5.1 / 100 is 0.051, not 0.050999999999999997). */
function percentOf(value: number): number {
  return Number((value / 100).toPrecision(15));
}

/** The text a planner typed (or pasted) into a cell of `format` → what the cell stores. */
export function typedEntry(text: string, locale: WorkbookLocale, format: CellFormat | undefined): TypedEntry {
  const input = parseTypedInput(text, locale);
  if (typeof input !== 'number') return { input };
  if (isPercentText(text, locale)) return format === 'percent' ? { input } : { input, format: 'percent' };
  if (format === 'percent' && Math.abs(input) >= 1) return { input: percentOf(input) };
  return { input };
}

/**
 * A number as an editor starts from it: in a percent cell as a percentage (`5,8 %`), as in Excel,
 * which reads back as the same number.
 */
export function numberEditText(value: number, locale: WorkbookLocale, format: CellFormat | undefined): string {
  if (format === 'percent') return `${editableNumber(Number((value * 100).toPrecision(12)), locale)} %`;
  return editableNumber(value, locale);
}
