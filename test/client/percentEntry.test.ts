import { describe, expect, it } from 'vitest';
import { isPercentText, numberEditText, typedEntry } from '../../client/src/grid/percentEntry.js';

describe('typing into a percent cell follows Excel', () => {
  it.each([
    ['5,5', 0.055],
    ['8', 0.08],
    ['0,1', 0.1],
    ['0,055', 0.055],
    ['5,5 %', 0.055],
    ['5,5%', 0.055],
    ['100', 1],
    ['1', 0.01],
    ['-2,5', -0.025],
    ['-0,5', -0.5],
    ['0', 0],
    ['5,1', 0.051],
  ])('typing %s into a percent cell stores %s', (text, stored) => {
    expect(typedEntry(text, 'da-DK', 'percent')).toEqual({ input: stored });
  });

  it('an English workspace reads the decimal point', () => {
    expect(typedEntry('5.5', 'en-GB', 'percent')).toEqual({ input: 0.055 });
    expect(typedEntry('0.1', 'en-GB', 'percent')).toEqual({ input: 0.1 });
  });

  it('a number with a percent sign makes any cell a percent cell', () => {
    expect(typedEntry('12,5 %', 'da-DK', undefined)).toEqual({ input: 0.125, format: 'percent' });
    expect(typedEntry('12,5 %', 'da-DK', 'number')).toEqual({ input: 0.125, format: 'percent' });
  });

  it('a plain number in a cell that is not a percent cell is read as written', () => {
    expect(typedEntry('5,5', 'da-DK', 'number')).toEqual({ input: 5.5 });
    expect(typedEntry('5,5', 'da-DK', undefined)).toEqual({ input: 5.5 });
  });

  it('formulas, text and clearing are left alone in a percent cell', () => {
    expect(typedEntry('=B5*2', 'da-DK', 'percent')).toEqual({ input: '=B5*2' });
    expect(typedEntry('høj', 'da-DK', 'percent')).toEqual({ input: 'høj' });
    expect(typedEntry('', 'da-DK', 'percent')).toEqual({ input: null });
  });

  it('only a number followed by a percent sign is percent text', () => {
    expect(isPercentText('12,5 %', 'da-DK')).toBe(true);
    expect(isPercentText('vækst %', 'da-DK')).toBe(false);
    expect(isPercentText('=5%', 'da-DK')).toBe(false);
    expect(isPercentText('12,5', 'da-DK')).toBe(false);
  });
});

describe('typing a date follows Excel', () => {
  it('a whole date stores its serial and makes the cell a date cell', () => {
    expect(typedEntry('15-03-2024', 'da-DK', undefined)).toEqual({ input: 45366, format: 'date' });
    expect(typedEntry('15/03/2024', 'en-GB', 'number')).toEqual({ input: 45366, format: 'date' });
    expect(typedEntry('15.3.2024', 'da-DK', 'date')).toEqual({ input: 45366 });
  });

  it('a month label, a formula and a date typed into a text cell are left as they are', () => {
    expect(typedEntry('2023-12', 'da-DK', undefined)).toEqual({ input: '2023-12' });
    expect(typedEntry('15-03-2024', 'da-DK', 'text')).toEqual({ input: '15-03-2024' });
    expect(typedEntry("'15-03-2024", 'da-DK', undefined)).toEqual({ input: "'15-03-2024" });
  });

  it('a formula starting with DATE or TODAY makes a General cell a date cell, as in Excel', () => {
    expect(typedEntry('=DATO(2024;3;15)', 'da-DK', undefined)).toEqual({ input: '=DATE(2024,3,15)', format: 'date' });
    expect(typedEntry('=TODAY()', 'en-GB', undefined)).toEqual({ input: '=TODAY()', format: 'date' });
    expect(typedEntry('=DATE(2024,3,15)', 'en-GB', 'number')).toEqual({ input: '=DATE(2024,3,15)' });
    expect(typedEntry('=DATEDIF(A1,B1,"d")', 'en-GB', undefined)).toEqual({ input: '=DATEDIF(A1,B1,"d")' });
  });

  it('a date cell is edited as its date, which reads back as the same day', () => {
    expect(numberEditText(45366, 'da-DK', 'date')).toBe('15-03-2024');
    expect(numberEditText(45366, 'en-GB', 'date')).toBe('15/03/2024');
    expect(typedEntry(numberEditText(45366, 'da-DK', 'date'), 'da-DK', 'date')).toEqual({ input: 45366 });
    // A time of day is not dropped by editing: the editor shows the number.
    expect(numberEditText(45366.5, 'da-DK', 'date')).toBe('45366,5');
  });
});

describe('typing a time of day follows Excel', () => {
  const fourteenFive = (14 * 60 + 5) / 1440;

  it('a time stores its fraction of a day and makes the cell a time cell, with seconds when typed', () => {
    expect(typedEntry('14:05', 'da-DK', undefined)).toEqual({ input: typedEntry('14:05', 'en-GB', undefined).input, format: 'time' });
    expect(typedEntry('14:05', 'da-DK', undefined).input).toBeCloseTo(fourteenFive, 15);
    expect(typedEntry('7:30', 'da-DK', 'number')).toEqual({ input: 7.5 / 24, format: 'time' });
    expect(typedEntry('14:05:30', 'en-GB', undefined)).toEqual({ input: (14 * 3600 + 5 * 60 + 30) / 86400, format: 'timeSeconds' });
  });

  it('a time cell keeps its format, and a text cell keeps the time as text', () => {
    expect(typedEntry('14:05:30', 'da-DK', 'time')).toEqual({ input: (14 * 3600 + 5 * 60 + 30) / 86400 });
    expect(typedEntry('9:00', 'da-DK', 'timeSeconds')).toEqual({ input: 9 / 24 });
    expect(typedEntry('14:05', 'da-DK', 'text')).toEqual({ input: '14:05' });
    expect(typedEntry("'14:05", 'da-DK', undefined)).toEqual({ input: "'14:05" });
  });

  it('a time cell is edited as Excel\'s formula bar shows it, which reads back as the same time', () => {
    const input = typedEntry('14:05', 'da-DK', undefined).input as number;
    expect(numberEditText(input, 'da-DK', 'time')).toBe('14:05:00');
    expect(numberEditText(7.5 / 24, 'en-GB', 'timeSeconds')).toBe('07:30:00');
    expect(typedEntry(numberEditText(input, 'da-DK', 'time'), 'da-DK', 'time')).toEqual({ input });
    // A number that is no time of day edits as the number.
    expect(numberEditText(45366.75, 'da-DK', 'time')).toBe('45366,75');
  });
});

describe('typing a duration, a 12-hour time or a date with a time follows Excel', () => {
  it('a time past 23:59 stores its days and hours and makes the cell a duration cell ([h]:mm:ss)', () => {
    expect(typedEntry('25:00', 'da-DK', undefined)).toEqual({ input: 25 / 24, format: 'duration' });
    expect(typedEntry('36:15:10', 'en-GB', undefined)).toEqual({ input: (36 * 3600 + 15 * 60 + 10) / 86400, format: 'duration' });
    // A time-of-day cell would hide the day: the duration's format replaces it; a duration cell keeps its own.
    expect(typedEntry('25:00', 'da-DK', 'time')).toEqual({ input: 25 / 24, format: 'duration' });
    expect(typedEntry('25:00', 'da-DK', 'duration')).toEqual({ input: 25 / 24 });
    expect(numberEditText(25 / 24, 'da-DK', 'duration')).toBe('25:00:00');
  });

  it('a time with AM/PM stores the 24-hour fraction and makes the cell a 12-hour time cell', () => {
    expect(typedEntry('2:30 PM', 'da-DK', undefined)).toEqual({ input: 14.5 / 24, format: 'time12' });
    expect(typedEntry('2:30 pm', 'en-GB', undefined)).toEqual({ input: 14.5 / 24, format: 'time12' });
    expect(typedEntry('2:30:15 PM', 'en-GB', undefined)).toEqual({ input: (14.5 * 3600 + 15) / 86400, format: 'time12Seconds' });
    // A time cell keeps its format, as for a 24-hour time.
    expect(typedEntry('2:30 PM', 'da-DK', 'time')).toEqual({ input: 14.5 / 24 });
    // An hour without minutes (2 PM) is 14:00, in a Danish workbook as in an English one.
    expect(typedEntry('2 PM', 'da-DK', undefined)).toEqual({ input: 14 / 24, format: 'time12' });
    expect(typedEntry('11 am', 'en-GB', undefined)).toEqual({ input: 11 / 24, format: 'time12' });
    expect(typedEntry('12 AM', 'en-GB', 'time')).toEqual({ input: 0 });
    expect(typedEntry('2 PM', 'da-DK', 'text')).toEqual({ input: '2 PM' });
  });

  // Excel's formula bar shows a time in the regional long time form, whatever the cell's format:
  // HH:mm:ss with Danish and British settings (US settings would show 2:30:00 PM; Fremskriv's
  // English is en-GB). Typed back, it keeps the 12-hour cell's format.
  it('a 12-hour time cell is edited as 14:30:00 in both languages, as Excel\'s formula bar shows it, and reads back unchanged', () => {
    for (const locale of ['da-DK', 'en-GB'] as const) {
      expect(numberEditText(14.5 / 24, locale, 'time12')).toBe('14:30:00');
      expect(numberEditText((14.5 * 3600 + 15) / 86400, locale, 'time12Seconds')).toBe('14:30:15');
      expect(numberEditText(0, locale, 'time12')).toBe('00:00:00');
      expect(typedEntry(numberEditText(14.5 / 24, locale, 'time12'), locale, 'time12')).toEqual({ input: 14.5 / 24 });
    }
  });

  it('a date with a time of day stores serial and fraction and makes the cell a date-time cell', () => {
    const serial = 46361 + 14.5 / 24;
    expect(typedEntry('5-12-2026 14:30', 'da-DK', undefined)).toEqual({ input: serial, format: 'dateTime' });
    expect(typedEntry('5-12-2026 14:30', 'da-DK', 'date')).toEqual({ input: serial, format: 'dateTime' });
    expect(typedEntry('12/5/2026 2:30 PM', 'en-GB', undefined)).toEqual({ input: 46154 + 14.5 / 24, format: 'dateTime' });
    expect(typedEntry('5-12-2026 14:30', 'da-DK', 'text')).toEqual({ input: '5-12-2026 14:30' });
    // A date typed into a date-time cell keeps its format (it shows 00:00).
    expect(typedEntry('5-12-2026', 'da-DK', 'dateTime')).toEqual({ input: 46361 });
    expect(numberEditText(serial, 'da-DK', 'dateTime')).toBe('05-12-2026 14:30:00');
    expect(typedEntry(numberEditText(serial, 'da-DK', 'dateTime'), 'da-DK', 'dateTime')).toEqual({ input: serial });
  });
});
