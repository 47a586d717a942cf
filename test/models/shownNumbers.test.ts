/**
 * Numbers as the planner reads them (models/format/goalNumbers.ts).
 *
 * A required value at the decimals its cell shows, rounded toward the side where the goal holds
 * (models/format/goalNumbers.ts): "mindst 0,90" for LM1a's 0,9023 read as if 0,90 were enough,
 * while the tornado showed 0,90 missing the goal (the planner walk-through).
 */
import { describe, expect, it } from 'vitest';
import { roundShown, shownDifference } from '../../models/format/goalNumbers.js';

describe('a value rounded to the decimals its format shows, up or down', () => {
  it.each([
    ['a number cell, up', 0.9023, 'number', 'up', 0.91],
    ['a number cell, down', 0.9087, 'number', 'down', 0.9],
    ['a percent cell rounds at one decimal of the percent', 0.05312, 'percent', 'up', 0.054],
    ['a percent cell, down', 0.07949, 'percent', 'down', 0.079],
    ['an integer cell', 349.2, 'integer', 'down', 349],
    ['General below 1.000 as two decimals', 1.0312, undefined, 'up', 1.04],
    ['General from 1.000 as a whole number', 1234.2, undefined, 'up', 1235],
    ['a negative value up is toward 0', -0.0246, 'percent', 'up', -0.024],
    ['within a hair of a shown step: that step (the solver\'s tolerance)', 0.9000000001, 'number', 'up', 0.9],
    ['a date is left as it is', 44927.5, 'date', 'up', 44927.5],
  ] as const)('%s', (_, value, format, direction, expected) => {
    expect(roundShown(value, format, direction)).toBe(expected);
  });
});

describe('the difference of two numbers as they are shown', () => {
  it.each([
    ["LM1a under Lavkonjunktur against Basis: 6,40 % − 7,57 % (the exact -1,1649 read -1,16)", 0.0640449, 0.0756942, 'percent', 2, -1.17],
    ['MM5: 4,05 % − -1,95 % is 6,00, not 5,99', 0.0404501, -0.0194998, 'percent', 2, 6],
    ['a count in an integer cell', 404.4, 357.6, 'integer', undefined, 46],
    ['a percent at the format\'s one decimal', 0.1374, 0.1581, 'percent', undefined, -2.1],
  ] as const)('%s', (_, value, base, format, decimals, points) => {
    const difference = shownDifference(value, base, format, decimals);
    expect(format === 'percent' ? difference * 100 : difference).toBeCloseTo(points, 9);
  });
});
