import { describe, expect, it } from 'vitest';
import { parseMonthText, stepMonth } from '../../client/src/goals/monthText.js';

describe('a deadline month as a planner types it', () => {
  it.each([
    ['dec. 2023', '2023-12'],
    ['December 2023', '2023-12'],
    ['Dec 2023', '2023-12'],
    ['dec 23', '2023-12'],
    ['maj 2024', '2024-05'],
    ['May 2024', '2024-05'],
    ['okt. 2023', '2023-10'],
    ['Oct 2023', '2023-10'],
    ['Sept 2023', '2023-09'],
    ['marts 2024', '2024-03'],
    ['12-2023', '2023-12'],
    ['3/2024', '2024-03'],
    ['2023-12', '2023-12'],
    ['2024-1', '2024-01'],
    ['  ', ''],
  ])('"%s" reads as %s', (typed, month) => {
    expect(parseMonthText(typed)).toBe(month);
  });

  it.each(['13-2023', '2023-13', 'ma 2023', 'decembre', '2023', 'dec. 20233', 'Q4 2023'])('"%s" is not a month', (typed) => {
    expect(parseMonthText(typed)).toBeNull();
  });

  it.each([
    ['2023-12', 1, '2024-01'],
    ['2024-01', -1, '2023-12'],
    ['2023-06', 0, '2023-06'],
    ['2023-11', 14, '2025-01'],
  ])('%s stepped by %i is %s', (month, by, expected) => {
    expect(stepMonth(month, by)).toBe(expected);
  });
});
