import { describe, expect, it } from 'vitest';
import { stampFor, timeText, todayText } from '../../client/src/grid/dateStamp.js';

const stroke = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe("Ctrl+; and Ctrl+Shift+; type today's date and the time of day, as Excel does", () => {
  const now = new Date(2026, 2, 5, 9, 7, 42);

  it('the time of day is typed as hours and minutes with two digits each', () => {
    expect(timeText(now)).toBe('09:07');
    expect(timeText(new Date(2026, 0, 1, 23, 59))).toBe('23:59');
  });

  it.each([
    ['Ctrl+; types the date', stroke(';', { ctrlKey: true }), todayText(now, 'da-DK')],
    ['Cmd+; types the date on a Mac', stroke(';', { metaKey: true }), todayText(now, 'da-DK')],
    ['Ctrl+Shift+; (the key that types :) types the time', stroke(':', { ctrlKey: true }), '09:07'],
    ['a plain ; types nothing extra', stroke(';'), null],
    ['a plain : types nothing extra', stroke(':'), null],
    ['Ctrl+Alt+; (AltGr on some layouts) is left alone', stroke(';', { ctrlKey: true, altKey: true }), null],
  ])('%s', (_, key, expected) => {
    expect(stampFor(key, now, 'da-DK')).toBe(expected);
  });
});
