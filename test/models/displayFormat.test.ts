import { describe, expect, it } from 'vitest';
import { formatCellValue } from '../../models/format/displayFormat.js';
import type { CellValue } from '../../models/engine/cellValue.js';
import type { CellFormat, WorkbookLocale } from '../../models/workbook/workbookSchema.js';

describe('formatCellValue', () => {
  it.each<[CellValue, CellFormat | undefined, WorkbookLocale, string]>([
    [1234.5, undefined, 'da-DK', '1.234,5'],
    [1234.5, undefined, 'en-GB', '1,234.5'],
    [0.12, 'percent', 'da-DK', '12,0 %'],
    [0.12, 'percent', 'en-GB', '12.0%'],
    [-0.0195, 'percent', 'da-DK', '-2,0 %'],
    [357.6, 'integer', 'da-DK', '358'],
    [9540.2, 'integer', 'da-DK', '9.540'],
    [6.3, 'number', 'da-DK', '6,30'],
    [1234567.891, 'number', 'en-GB', '1,234,567.89'],
    [0.1 + 0.2, undefined, 'da-DK', '0,3'],
    [-0, undefined, 'da-DK', '0'],
    [2022, 'text', 'da-DK', '2.022'],
    [1.5e20, undefined, 'en-GB', '1.5E+20'],
    [1.23456789e-12, undefined, 'da-DK', '1,23457E-12'],
  ])('shows %s with format %s in %s as %s', (value, format, locale, expected) => {
    expect(formatCellValue(value, format, locale)).toBe(expected);
  });

  it('shows an empty cell as nothing', () => {
    expect(formatCellValue(null, 'percent', 'da-DK')).toBe('');
  });

  it('shows text as it is, whatever the format', () => {
    expect(formatCellValue('2023-12', 'percent', 'da-DK')).toBe('2023-12');
  });

  it('shows an error as its code', () => {
    expect(formatCellValue({ error: '#DIV/0!', message: 'Division by zero.' }, 'number', 'en-GB')).toBe('#DIV/0!');
  });

  // Microsoft's da-DK page of FEJLTYPE (ERROR.TYPE) lists Danish Excel's error values:
  // https://support.microsoft.com/da-DK/Excel/functions/error-type-function
  it('shows an error in Danish as Danish Excel does; one without a confirmed Danish name keeps its code', () => {
    const shown = (error: string): string => formatCellValue({ error, message: '' }, undefined, 'da-DK');
    expect(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'].map(shown)).toEqual(['#NUL!', '#DIVISION/0!', '#VÆRDI!', '#REFERENCE!', '#NAVN?', '#NUM!', '#I/T']);
    expect(shown('#SPILL!')).toBe('#SPILL!');
  });

  it('shows booleans in the workspace language', () => {
    expect(formatCellValue(true, undefined, 'da-DK')).toBe('SAND');
    expect(formatCellValue(false, undefined, 'en-GB')).toBe('FALSE');
  });
});
