import { describe, expect, it } from 'vitest';
import { isPercentText, typedEntry } from '../../client/src/grid/percentEntry.js';

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
