/**
 * The import dialog's glimpse of a file's cells reads as the grid will: numbers in the interface
 * language's style and the cell's format (12,5 %, not 0,125), formulas in its function names and separators (a Danish planner read
 * `=AVERAGE(C2:C4)` for what the formula bar then shows as `=MIDDEL(C2:C4)`).
 */
import { describe, expect, it } from 'vitest';
import { previewCellText } from '../../client/src/importExport/ImportPreview.js';

describe("the import preview's cells", () => {
  it.each([
    ['a formula in Danish', '=AVERAGE(C2:C4)', 'da', '=MIDDEL(C2:C4)'],
    ['a formula with a decimal argument in Danish', '=ROUND(B2*0.5,1)', 'da', '=AFRUND(B2*0,5;1)'],
    ['a formula in English stays as written', '=AVERAGE(C2:C4)', 'en', '=AVERAGE(C2:C4)'],
    ['a number in Danish', 1234567.5, 'da', '1.234.567,5'],
    ['a number in English', 1234567.5, 'en', '1,234,567.5'],
    ['text kept as text', "'=not a formula", 'da', '=not a formula'],
    ['plain text', 'I alt', 'da', 'I alt'],
  ] as const)('%s', (_, value, language, shown) => {
    expect(previewCellText(value, language)).toBe(shown);
  });

  it.each([
    ['a share in a percent cell', 0.079, 'percent', 'da', '7,9 %'],
    ['a month in a date cell', 44927, 'date', 'da', '01-01-2023'],
    ['a month in a date cell in English', 44927, 'date', 'en', '01/01/2023'],
    ['a count in an integer cell', 1234.4, 'integer', 'da', '1.234'],
    ['a General cell (null) as the number', 0.079, null, 'da', '0,079'],
  ] as const)('%s reads as the grid shows it after the import', (_, value, format, language, shown) => {
    expect(previewCellText(value, language, format)).toBe(shown);
  });
});
