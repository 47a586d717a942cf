import { describe, expect, it } from 'vitest';
import { insertReference, qualifiedAddress, referenceSlot, type PickedReference } from '../../client/src/grid/referencePicking.js';

/** The slot for a caret at the end of `text` (no text selected). */
const slotAtEnd = (text: string, locale: 'da-DK' | 'en-GB' = 'da-DK') => referenceSlot(text, text.length, text.length, null, locale);

describe('where a picked reference may go', () => {
  it.each<[string, boolean]>([
    ['=', true],
    ['=A1+', true],
    ['=A1 * ', true],
    ['=SUM(', true],
    ['=HVIS(A1>0;', true],
    ['=2^', true],
    ['="a"&', true],
    ['=A1', false],
    ['=SUM(A1)', false],
    ['A1+', false],
    ['', false],
    ['=HVIS(A1="x(', false],
    ['=2,', false],
  ])('caret at the end of %j: %s', (text, expected) => {
    expect(slotAtEnd(text) !== null).toBe(expected);
  });

  it('in English a comma after a number is an argument separator', () => {
    expect(slotAtEnd('=MAX(2,', 'en-GB')).toEqual({ start: 7, end: 7 });
  });

  it('a caret before the closing parenthesis takes a reference; one before a word does not', () => {
    expect(referenceSlot('=SUM()', 5, 5, null, 'da-DK')).toEqual({ start: 5, end: 5 });
    expect(referenceSlot('=SUM(B2)', 5, 5, null, 'da-DK')).toBeNull();
  });

  it('selected text after an operator is replaced by the pick', () => {
    expect(referenceSlot('=A1+B2', 4, 6, null, 'da-DK')).toEqual({ start: 4, end: 6 });
  });

  it('the reference picked last is replaced while the caret stays after it', () => {
    const last: PickedReference = { start: 5, end: 7, text: 'B2' };
    expect(referenceSlot('=SUM(B2', 7, 7, last, 'da-DK')).toEqual({ start: 5, end: 7 });
    // Typed on after the pick: a new reference needs an operator first.
    expect(referenceSlot('=SUM(B2;', 8, 8, last, 'da-DK')).toEqual({ start: 8, end: 8 });
    expect(referenceSlot('=SUM(B23', 8, 8, last, 'da-DK')).toBeNull();
  });
});

describe('inserting the picked address', () => {
  it('a click inserts the address at the caret and remembers its span', () => {
    expect(insertReference('=SUM()', { start: 5, end: 5 }, 'B2')).toEqual({ text: '=SUM(B2)', picked: { start: 5, end: 7, text: 'B2' } });
  });

  it('a drag replaces the picked cell by the range', () => {
    const first = insertReference('=', { start: 1, end: 1 }, 'A1');
    const slot = referenceSlot(first.text, first.picked.end, first.picked.end, first.picked, 'da-DK')!;
    expect(insertReference(first.text, slot, 'A1:B3')).toEqual({ text: '=A1:B3', picked: { start: 1, end: 6, text: 'A1:B3' } });
  });
});

describe('a reference picked on another sheet', () => {
  it.each<[string, string | null, string]>([
    ['B5', null, 'B5'],
    ['B5', 'Forudsætninger', 'Forudsætninger!B5'],
    ['B5:B7', 'Forudsætninger', 'Forudsætninger!B5:B7'],
    ['B5', 'Mit ark', "'Mit ark'!B5"],
    ['A1', "Kim's ark", "'Kim''s ark'!A1"],
    ['C3', 'Ark1', "'Ark1'!C3"],
  ])('%s on sheet %j is written %s', (address, sheet, expected) => {
    expect(qualifiedAddress(address, sheet)).toBe(expected);
  });

  it('goes into the formula as any picked reference, in a Danish argument list too', () => {
    const slot = referenceSlot('=SUM(A1;', 8, 8, null, 'da-DK')!;
    expect(insertReference('=SUM(A1;', slot, qualifiedAddress('B2:B5', 'Budget')).text).toBe('=SUM(A1;Budget!B2:B5');
  });
});
