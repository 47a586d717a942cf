import { describe, expect, it } from 'vitest';
import { dateSerial, formatDateSerial, serialDate, typedDateSerial } from '../../models/format/excelDate.js';
import { formatCellValue } from '../../models/format/displayFormat.js';
import { formatFromExcel, EXCEL_NUMBER_FORMATS } from '../../models/interchange/cellNumberFormats.js';
import type { WorkbookLocale } from '../../models/workbook/workbookSchema.js';

// Serials as Excel's =DATE(y;m;d) gives them (1900 date system, its fictitious 29-02-1900 included).
describe('a calendar date is the serial Excel gives it', () => {
  it.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60],
    [1900, 3, 1, 61],
    [2023, 12, 31, 45291],
    [2024, 1, 1, 45292],
    [2024, 2, 29, 45351],
    [2024, 3, 15, 45366],
    [9999, 12, 31, 2958465],
  ])('%i-%i-%i is serial %i and back', (year, month, day, serial) => {
    expect(dateSerial(year, month, day)).toBe(serial);
    expect(serialDate(serial)).toEqual({ year, month, day });
  });

  it.each([
    [2023, 2, 29],
    [2024, 4, 31],
    [2024, 13, 1],
    [1899, 12, 31],
    [10000, 1, 1],
  ])('%i-%i-%i is no date Excel has', (year, month, day) => {
    expect(dateSerial(year, month, day)).toBeNull();
  });

  it('a serial with a time of day is the day it falls on; 0 is Excel\'s 1900-01-00; outside Excel\'s dates there is none', () => {
    expect(serialDate(45366.75)).toEqual({ year: 2024, month: 3, day: 15 });
    expect(serialDate(0)).toEqual({ year: 1900, month: 1, day: 0 });
    expect(serialDate(-5)).toBeNull();
    expect(serialDate(2958466)).toBeNull();
    expect(serialDate(Number.NaN)).toBeNull();
  });
});

describe('a typed date is read as Excel reads it', () => {
  it.each<[string, WorkbookLocale, number | null]>([
    ['15-03-2024', 'da-DK', 45366],
    ['15-3-2024', 'da-DK', 45366],
    ['15/3/2024', 'da-DK', 45366],
    ['15.3.2024', 'da-DK', 45366],
    ['15-3-24', 'da-DK', 45366],
    ['1-1-29', 'da-DK', dateSerial(2029, 1, 1)],
    ['1-1-30', 'da-DK', dateSerial(1930, 1, 1)],
    ['2024-03-15', 'da-DK', 45366],
    [' 2024-3-15 ', 'da-DK', 45366],
    ['15-mar-2024', 'da-DK', 45366],
    ['15. marts 2024', 'da-DK', 45366],
    ['1. maj 2024', 'da-DK', dateSerial(2024, 5, 1)],
    ['15/03/2024', 'en-GB', 45366],
    ['15-03-2024', 'en-GB', 45366],
    ['2024-03-15', 'en-GB', 45366],
    ['15 March 2024', 'en-GB', 45366],
    ['1-May-24', 'en-GB', dateSerial(2024, 5, 1)],
    // Not dates: the plan's month labels, a day without a year, impossible days, other text.
    ['2023-12', 'da-DK', null],
    ['15-03', 'da-DK', null],
    ['31-02-2024', 'da-DK', null],
    ['15.3.2024', 'en-GB', null],
    ['15-maj-2024', 'en-GB', null],
    ['15-03-2024 10:30', 'da-DK', null],
    ['1.234', 'da-DK', null],
    ['Uge 12', 'da-DK', null],
  ])('%s in %s is serial %s', (text, locale, serial) => {
    expect(typedDateSerial(text, locale)).toBe(serial);
  });
});

describe('a date cell shows the date', () => {
  it.each<[number, WorkbookLocale, string]>([
    [45366, 'da-DK', '15-03-2024'],
    [45366, 'en-GB', '15/03/2024'],
    [45366.5, 'da-DK', '15-03-2024'],
    [1, 'da-DK', '01-01-1900'],
    [60, 'en-GB', '29/02/1900'],
  ])('serial %s in %s shows as %s', (serial, locale, shown) => {
    expect(formatDateSerial(serial, locale)).toBe(shown);
    expect(formatCellValue(serial, 'date', locale)).toBe(shown);
  });

  it('a number outside Excel\'s dates shows as the number', () => {
    expect(formatCellValue(-3.5, 'date', 'da-DK')).toBe('-3,5');
    expect(formatCellValue(1e9, 'date', 'en-GB')).toBe('1,000,000,000');
  });

  it('text and errors in a date cell show as they are', () => {
    expect(formatCellValue('2023-12', 'date', 'da-DK')).toBe('2023-12');
  });
});

describe("Excel number formats: Fremskriv's own codes are its named formats, others stay the cell's code", () => {
  it.each<[string, string | undefined]>([
    ['mm-dd-yy', 'date'],
    // Excel's "/" is the reader's date separator: shown as the named date in both languages; LibreOffice writes a date so.
    ['dd/mm/yyyy', 'date'],
    ['DD/MM/YYYY', 'date'],
    ['dd-mm-yyyy', 'dd-mm-yyyy'],
    ['d. mmmm yyyy', 'd. mmmm yyyy'],
    ['[$-406]d. mmm yyyy;@', '[$-406]d. mmm yyyy;@'],
    ['yyyy-mm-dd hh:mm', 'yyyy-mm-dd hh:mm'],
    ['mmm-yy', 'mmm-yy'],
    ['0.0%', 'percent'],
    ['#,##0', 'integer'],
    ['General', undefined],
  ])('%s is %s', (code, format) => {
    expect(formatFromExcel(code)).toBe(format);
  });

  it.each<[string, string | undefined]>([
    ['#,##0;[Red]\\-#,##0', '#,##0;[Red]\\-#,##0'],
    ['#,##0.0\\ %', '#,##0.0\\ %'],
    ['0.0%;[Red]\\-0.0%;"–"', '0.0%;[Red]\\-0.0%;"–"'],
    ['[>=1000]#,##0" kr.";0.00', '[>=1000]#,##0" kr.";0.00'],
    ['[<0]"under nul";0.0', '[<0]"under nul";0.0'],
  ])("a Danish planner's own format %s is kept as %s (shown as Excel shows it, conditions included)", (code, format) => {
    expect(formatFromExcel(code)).toBe(format);
  });

  it.each<[string, string | undefined]>([
    [`0.0%"${'x'.repeat(300)}"`, 'percent'],
    [`dd-mm-yyyy"${'x'.repeat(300)}"`, 'date'],
    [`[>=1000]#,##0"${'x'.repeat(300)}";0.00`, undefined],
  ])('a code longer than Excel allows is read as the named format it is like: %s is %s', (code, format) => {
    expect(formatFromExcel(code)).toBe(format);
  });

  it('the date format is written as Excel\'s regional short date and read back as a date', () => {
    expect(EXCEL_NUMBER_FORMATS.date).toBe('mm-dd-yy');
    expect(formatFromExcel(EXCEL_NUMBER_FORMATS.date)).toBe('date');
  });
});
