import { describe, expect, it } from 'vitest';
import { formatCellValue } from '../../models/format/displayFormat.js';
import { dateTimeEditText, formatDateTime, typedDateTime } from '../../models/format/excelDateTime.js';
import { durationEditText, typedTime } from '../../models/format/excelTime.js';
import { EXCEL_NUMBER_FORMATS, formatFromExcel } from '../../models/interchange/cellNumberFormats.js';

// The numbers are Excel's (=TIME(…), =DATE(…)+TIME(…) give the same); the formats the ones Excel
// gives a cell typed so: [h]:mm:ss (46), h:mm AM/PM (18), h:mm:ss AM/PM (19), its date and time (22).
describe('a typed time past 23:59 is a duration, as in Excel', () => {
  it.each<[string, number, string]>([
    ['25:00', 25 / 24, '25:00:00'],
    ['24:00', 1, '24:00:00'],
    ['36:15:10', (36 * 3600 + 15 * 60 + 10) / 86400, '36:15:10'],
    ['100:30', 100.5 / 24, '100:30:00'],
  ])('%s stores %f with the [h]:mm:ss format and shows %s', (text, fraction, shown) => {
    const time = typedTime(text)!;
    expect(time.fraction).toBeCloseTo(fraction, 14);
    expect(time.format).toBe('duration');
    expect(formatCellValue(time.fraction, 'duration', 'da-DK')).toBe(shown);
    expect(formatCellValue(time.fraction, 'duration', 'en-GB')).toBe(shown);
  });

  it('25:00 is 1,0416666… (one day and an hour), so =A1*24 is 25', () => {
    expect(typedTime('25:00')!.fraction).toBeCloseTo(1.04166666666667, 14);
    expect(typedTime('25:00')!.fraction * 24).toBeCloseTo(25, 12);
  });

  it('a duration below a day shows its hours, and a negative one the number (Excel: ####)', () => {
    expect(formatCellValue(0.25, 'duration', 'da-DK')).toBe('6:00:00');
    expect(formatCellValue(-0.25, 'duration', 'da-DK')).toBe('-0,25');
  });

  it('a duration is edited as Excel\'s formula bar shows it and reads back as the same number', () => {
    for (const text of ['25:00', '36:15:10', '9999:59:59']) {
      const { fraction } = typedTime(text)!;
      expect(typedTime(durationEditText(fraction)!)!.fraction).toBe(fraction);
    }
    expect(durationEditText(25 / 24)).toBe('25:00:00');
    expect(durationEditText(0.25)).toBe('06:00:00');
  });
});

describe('a typed time with AM/PM is a time of day on the 12-hour clock, as in Excel', () => {
  it.each<[string, number, string, string]>([
    ['2:30 PM', 14.5 / 24, 'time12', '2:30 PM'],
    ['2:30 pm', 14.5 / 24, 'time12', '2:30 PM'],
    ['2:30PM', 14.5 / 24, 'time12', '2:30 PM'],
    ['2:30 p', 14.5 / 24, 'time12', '2:30 PM'],
    ['9:15 AM', 9.25 / 24, 'time12', '9:15 AM'],
    ['12:00 AM', 0, 'time12', '12:00 AM'],
    ['12:00 PM', 0.5, 'time12', '12:00 PM'],
    ['2:30:15 PM', (14 * 3600 + 30 * 60 + 15) / 86400, 'time12Seconds', '2:30:15 PM'],
  ])('%s stores %f (%s) and shows %s in both languages', (text, fraction, format, shown) => {
    const time = typedTime(text)!;
    expect(time.fraction).toBeCloseTo(fraction, 15);
    expect(time.format).toBe(format);
    expect(formatCellValue(time.fraction, time.format, 'da-DK')).toBe(shown);
    expect(formatCellValue(time.fraction, time.format, 'en-GB')).toBe(shown);
  });

  it('2:30 PM is 0,6041666…', () => {
    expect(typedTime('2:30 PM')!.fraction).toBeCloseTo(0.604166666666667, 14);
  });

  // LibreOffice 7.4 reads these (CSV, en-US) as 0,583333…, 0,458333… and 0, and keeps 2 p and 13 PM as text.
  it.each<[string, number, string]>([
    ['2 PM', 14 / 24, '2:00 PM'],
    ['2PM', 14 / 24, '2:00 PM'],
    ['2 pm', 14 / 24, '2:00 PM'],
    ['11 am', 11 / 24, '11:00 AM'],
    ['12 AM', 0, '12:00 AM'],
    ['12 PM', 0.5, '12:00 PM'],
  ])('an hour without minutes, %s, stores %f and shows %s on the 12-hour clock in both languages', (text, fraction, shown) => {
    const time = typedTime(text)!;
    expect(time.fraction).toBeCloseTo(fraction, 15);
    expect(time.format).toBe('time12');
    expect(formatCellValue(time.fraction, time.format, 'da-DK')).toBe(shown);
    expect(formatCellValue(time.fraction, time.format, 'en-GB')).toBe(shown);
  });

  it.each(['2 p', '2', '13 PM', '2 PM 5', '2 P.M.', '2 pmx', 'kl. 2 PM'])('%s stays text', (text) => {
    expect(typedTime(text)).toBeNull();
  });
});

describe('a typed date with a time of day is a date and time, as in Excel', () => {
  it.each<[string, 'da-DK' | 'en-GB', number, string]>([
    ['5-12-2026 14:30', 'da-DK', 46361 + 14.5 / 24, '05-12-2026 14:30'],
    ['05-12-2026 14:30:00', 'da-DK', 46361 + 14.5 / 24, '05-12-2026 14:30'],
    ['5. december 2026 9:05', 'da-DK', 46361 + (9 * 60 + 5) / 1440, '05-12-2026 09:05'],
    ['2026-12-05 14:30', 'da-DK', 46361 + 14.5 / 24, '05-12-2026 14:30'],
    // English reads the day first (en-GB): 12/5/2026 is 12 May 2026.
    ['12/5/2026 2:30 PM', 'en-GB', 46154 + 14.5 / 24, '12/05/2026 14:30'],
    ['12/5/2026 14:30', 'en-GB', 46154 + 14.5 / 24, '12/05/2026 14:30'],
  ])('%s (%s) stores %f and shows %s', (text, locale, serial, shown) => {
    const stored = typedDateTime(text, locale)!;
    expect(stored).toBeCloseTo(serial, 9);
    expect(formatCellValue(stored, 'dateTime', locale)).toBe(shown);
  });

  it.each<[string, 'da-DK' | 'en-GB']>([
    ['5-12-2026 25:00', 'da-DK'],
    ['31-02-2026 14:30', 'da-DK'],
    ['5-12-2026', 'da-DK'],
    ['2026-12 14:30', 'da-DK'],
    ['kl. 14:30', 'da-DK'],
  ])('%s (%s) is no date and time', (text, locale) => {
    expect(typedDateTime(text, locale)).toBeNull();
  });

  it('a date and time is edited with seconds, as Excel\'s formula bar shows it, and reads back as the same number', () => {
    const stored = typedDateTime('5-12-2026 14:30', 'da-DK')!;
    expect(dateTimeEditText(stored, 'da-DK')).toBe('05-12-2026 14:30:00');
    expect(typedDateTime(dateTimeEditText(stored, 'da-DK')!, 'da-DK')).toBe(stored);
    expect(dateTimeEditText(stored, 'en-GB')).toBe('05/12/2026 14:30:00');
  });

  it('a number out of Excel\'s dates shows as a number', () => {
    expect(formatDateTime(-1, 'da-DK')).toBeNull();
    expect(formatCellValue(-1.5, 'dateTime', 'da-DK')).toBe('-1,5');
  });
});

describe('the new time formats are written as Excel\'s built-in codes and read back as themselves', () => {
  it.each<['dateTime' | 'time12' | 'time12Seconds' | 'duration', string]>([
    ['dateTime', 'm/d/yy "h":mm'],
    ['time12', 'h:mm AM/PM'],
    ['time12Seconds', 'h:mm:ss AM/PM'],
    ['duration', '[h]:mm:ss'],
  ])('%s is %s', (format, code) => {
    expect(EXCEL_NUMBER_FORMATS[format]).toBe(code);
    expect(formatFromExcel(code)).toBe(format);
  });
});
