import { describe, expect, it } from 'vitest';
import { formatTimeOfDay, timeEditText, typedTime } from '../../models/format/excelTime.js';
import { formatCellValue } from '../../models/format/displayFormat.js';
import { EXCEL_NUMBER_FORMATS, formatFromExcel } from '../../models/interchange/cellNumberFormats.js';

// Fractions of a day as Excel stores a typed time (=TIME(h;m;s) gives the same numbers).
describe('a typed time of day is the fraction of a day Excel stores', () => {
  it.each<[string, number, string]>([
    ['14:05', (14 * 60 + 5) / 1440, 'time'],
    ['7:30', 7.5 / 24, 'time'],
    ['07:30', 7.5 / 24, 'time'],
    ['0:00', 0, 'time'],
    ['12:00', 0.5, 'time'],
    ['23:59', (23 * 60 + 59) / 1440, 'time'],
    ['14:5', (14 * 60 + 5) / 1440, 'time'],
    ['14:05:30', (14 * 3600 + 5 * 60 + 30) / 86400, 'timeSeconds'],
    [' 9:15 ', (9 * 60 + 15) / 1440, 'time'],
  ])('%s is %f of a day (%s)', (text, fraction, format) => {
    const time = typedTime(text);
    expect(time?.fraction).toBeCloseTo(fraction, 15);
    expect(time?.format).toBe(format);
  });

  it('14:05 is 0,5868055… of a day and 14,0833… hours (=A1*24)', () => {
    expect(typedTime('14:05')!.fraction).toBeCloseTo(0.586805555555556, 14);
    expect(typedTime('14:05')!.fraction * 24).toBeCloseTo(14.0833333333333, 12);
  });

  it.each(['14:60', '14:05:60', '1405', '14:', ':05', '14:05:30:10', '14.05', '13:05 PM', '2:05 XM', '15-03-2024 14:05', 'kl. 14:05'])('%s stays text', (text) => {
    expect(typedTime(text)).toBeNull();
  });
});

describe('a time cell shows the time of day as Excel does', () => {
  it.each<[number, string, string]>([
    [(14 * 60 + 5) / 1440, '14:05', '14:05:00'],
    [7.5 / 24, '7:30', '7:30:00'],
    [0, '0:00', '0:00:00'],
    [(14 * 3600 + 5 * 60 + 30) / 86400, '14:05', '14:05:30'],
    // A date with a time of day shows only its time; the day's part is not shown.
    [45366.75, '18:00', '18:00:00'],
    // Rounded to the nearest second: 23:59:59.6 is the next day's 0:00:00.
    [(86400 - 0.4) / 86400, '0:00', '0:00:00'],
  ])('%f shows %s (h:mm) and %s (h:mm:ss) in both languages', (value, short, long) => {
    expect(formatCellValue(value, 'time', 'da-DK')).toBe(short);
    expect(formatCellValue(value, 'time', 'en-GB')).toBe(short);
    expect(formatCellValue(value, 'timeSeconds', 'da-DK')).toBe(long);
    expect(formatCellValue(value, 'timeSeconds', 'en-GB')).toBe(long);
  });

  it('a negative number shows as the number (Excel shows ####)', () => {
    expect(formatTimeOfDay(-0.5, false)).toBeNull();
    expect(formatCellValue(-0.5, 'time', 'da-DK')).toBe('-0,5');
  });

  it('text and errors in a time cell show as they are', () => {
    expect(formatCellValue('kl. 14', 'time', 'da-DK')).toBe('kl. 14');
    expect(formatCellValue({ error: '#DIV/0!', message: '' }, 'time', 'en-GB')).toBe('#DIV/0!');
  });
});

describe('the editor and formula bar show a time as Excel\'s formula bar does', () => {
  it.each<[number, string | null]>([
    [(14 * 60 + 5) / 1440, '14:05:00'],
    [7.5 / 24, '07:30:00'],
    [(14 * 3600 + 5 * 60 + 30) / 86400, '14:05:30'],
    [0, '00:00:00'],
    // Not a whole second, or not a time of day alone: the editor shows the number, so nothing is lost.
    [0.123456789, null],
    [45366.75, null],
    [-0.25, null],
  ])('%f edits as %s', (value, text) => {
    expect(timeEditText(value)).toBe(text);
  });

  it('the edit text reads back as the same number', () => {
    for (const text of ['14:05', '7:30', '14:05:30', '23:59:59', '0:01']) {
      const { fraction } = typedTime(text)!;
      expect(typedTime(timeEditText(fraction)!)!.fraction).toBe(fraction);
    }
  });
});

describe('Excel number formats with hours are times of day', () => {
  it.each<[string, string | undefined]>([
    ['h:mm', 'time'],
    ['hh:mm', 'hh:mm'],
    ['h:mm AM/PM', 'time12'],
    ['h:mm:ss', 'timeSeconds'],
    ['hh:mm:ss;@', 'hh:mm:ss;@'],
    ['h:mm:ss AM/PM', 'time12Seconds'],
    ['[$-409]h:mm:ss AM/PM;@', '[$-409]h:mm:ss AM/PM;@'],
    // Excel's built-in [h]:mm:ss is the duration; other codes stay the cell's code, shown as Excel shows them.
    ['[h]:mm:ss', 'duration'],
    ['[h]:mm', '[h]:mm'],
    ['[mm]:ss', '[mm]:ss'],
    ['mm:ss', 'mm:ss'],
    ['dd-mm-yyyy hh:mm', 'dd-mm-yyyy hh:mm'],
    ['dd-mm-yyyy', 'dd-mm-yyyy'],
  ])('%s is %s', (code, format) => {
    expect(formatFromExcel(code)).toBe(format);
  });

  it('the time formats are written as Excel\'s built-in h:mm and h:mm:ss and read back as themselves', () => {
    expect(EXCEL_NUMBER_FORMATS.time).toBe('h:mm');
    expect(EXCEL_NUMBER_FORMATS.timeSeconds).toBe('h:mm:ss');
    expect(formatFromExcel(EXCEL_NUMBER_FORMATS.time)).toBe('time');
    expect(formatFromExcel(EXCEL_NUMBER_FORMATS.timeSeconds)).toBe('timeSeconds');
  });
});
