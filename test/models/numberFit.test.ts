import { describe, expect, it } from 'vitest';
import { formatCellValue } from '../../models/format/displayFormat.js';
import { fitNumberText, hashFill } from '../../models/format/numberFit.js';
import type { CellFormat, WorkbookLocale } from '../../models/workbook/workbookSchema.js';

/** Every character 7 px wide, as the grid's tabular digits nearly are. */
const measure = (text: string): number => text.length * 7;
const chars = (n: number): number => n * 7;
/** The number's text fitted to `room` characters, from its text with room to spare, as the grid fits it. */
const fit = (value: number, format: CellFormat | undefined, locale: WorkbookLocale, room: number): string =>
  fitNumberText(value, format, locale, chars(room), measure, formatCellValue(value, format, locale));

describe('fitNumberText: a number in a column too narrow for it, as Excel shows it', () => {
  it.each<[number, CellFormat | undefined, WorkbookLocale, number, string]>([
    // General: as many decimals as fit, rounded, not cut.
    [1021.1201234, undefined, 'da-DK', 12, '1.021,120123'],
    [1021.1201234, undefined, 'da-DK', 8, '1.021,12'],
    [1021.1201234, undefined, 'da-DK', 7, '1.021,1'],
    [1021.1201234, undefined, 'da-DK', 6, '1.021'],
    [1021.1201234, undefined, 'en-GB', 7, '1,021.1'],
    [2 / 3, undefined, 'da-DK', 6, '0,6667'],
    [2 / 3, undefined, 'da-DK', 1, '1'],
    [-2 / 3, undefined, 'da-DK', 4, '-0,7'],
    [9.99999, undefined, 'da-DK', 3, '10'],
    // The integer part does not fit: scientific notation, as many mantissa decimals as fit.
    [123456789012, undefined, 'da-DK', 11, '1,23457E+11'],
    [123456789012, undefined, 'da-DK', 8, '1,23E+11'],
    [123456789012, undefined, 'en-GB', 5, '1E+11'],
    [1.5e20, undefined, 'da-DK', 5, '2E+20'],
    // A small number keeps a significant digit: decimals while one shows, then scientific.
    [0.000123456, undefined, 'da-DK', 8, '0,000123'],
    [0.000123456, undefined, 'da-DK', 5, '1E-04'],
    // Where nothing else fits, a number rounds to 0 (Microsoft KB 45646: 0.3 → 0).
    [0.3, undefined, 'da-DK', 1, '0'],
    [-0.3, undefined, 'da-DK', 1, '0'],
    // Not even that fits: # across the cell.
    [1021.1201234, undefined, 'da-DK', 4, '####'],
    [-123456789012, undefined, 'da-DK', 5, '#####'],
    // A number with a format of its own is never rounded further: # across the cell.
    [0.12, 'percent', 'da-DK', 5, '#####'],
    [9540.2, 'integer', 'da-DK', 4, '####'],
    [6.3, 'number', 'da-DK', 3, '###'],
    // The text format shows a number as General does.
    [2 / 3, 'text', 'da-DK', 4, '0,67'],
  ])('shows %s (format %s, %s) in %s characters as %s', (value, format, locale, room, expected) => {
    expect(fit(value, format, locale, room)).toBe(expected);
  });

  it('shows a number that fits as it is, in its format', () => {
    expect(fit(1234.5, undefined, 'da-DK', 7)).toBe('1.234,5');
    expect(fit(0.12, 'percent', 'da-DK', 6)).toBe('12,0 %');
    expect(fit(6.3, 'number', 'en-GB', 4)).toBe('6.30');
  });

  it('never gives a text wider than its room, unless the room is narrower than one #', () => {
    const values = [1021.1201234, -2 / 3, 123456789012, 0.000123456, -1.5e-12, 42, 1e300, -9.87654321e14];
    for (const value of values) {
      for (let room = 1; room <= 14; room++) {
        for (const format of [undefined, 'percent', 'number'] as const) {
          expect(measure(fit(value, format, 'da-DK', room))).toBeLessThanOrEqual(chars(room));
        }
      }
    }
  });

  it('fills with at least one #', () => {
    expect(hashFill(3, measure)).toBe('#');
    expect(hashFill(chars(3) + 6, measure)).toBe('###');
  });
});
