/**
 * Answers the seventeenth session left unconfirmed, now checked against LibreOffice 7.4 and what
 * Microsoft documents of Excel: PRODUCT of blanks and VALUE of a blank are 0
 * (models/engine/blankInputs.ts), CEILING(x;0) is 0 (excelRounding.ts), and "3 1/2" is the
 * number 3.5 wherever text becomes a number (fractionText.ts).
 */
import { describe, expect, it } from 'vitest';
import { openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** A1 blank, A2 blank, A3 the text "x", A4 the number 4. */
const CELLS = { A3: 'x', A4: 4 } as const;

function valueOf(formula: string): unknown {
  const doc = open.document(workbookFile({ Ark1: { ...CELLS, B1: formula } }, { locale: 'en-GB' }));
  const value = open.value(doc, 'Ark1!B1');
  return typeof value === 'object' && value !== null && 'error' in value ? value.error : value;
}

describe('functions given only blanks, and text fractions, as Excel computes them', () => {
  it.each<[string, number | string, string]>([
    ['=PRODUCT(A1)', 0, 'a blank cell alone'],
    ['=PRODUCT(A1:A3)', 0, 'blanks and text: no number to multiply'],
    ['=PRODUCT(A1:A4)', 4, 'blanks are skipped beside a number'],
    ['=PRODUCT(A1,1)', 1, 'a product that is 1 stays 1'],
    ['=PRODUCT(A1,1/0)', '#DIV/0!', 'an error is the result'],
    ['=VALUE(A1)', 0, 'VALUE of a blank cell'],
    ['=VALUE(A3)', '#VALUE!', 'VALUE of text that is no number'],
    ['=CEILING(2.5,0)', 0, 'CEILING to a multiple of 0'],
    ['=FLOOR(2.5,0)', '#DIV/0!', 'FLOOR to a multiple of 0 stays #DIV/0!'],
    ['=CEILING(2.5,1)', 3, 'Microsoft\'s CEILING example'],
    ['=VALUE("3 1/2")', 3.5, 'a whole number and a fraction'],
    ['=VALUE("-3 1/4")', -3.25, 'a negative one'],
    ['="3 1/2"+1', 4.5, 'text in arithmetic reads the same'],
    ['=VALUE("15/03/2024")', 45366, 'a date stays a date'],
  ])('%s is %s (%s)', (formula, expected, why) => {
    expect(valueOf(formula), why).toEqual(expected);
  });
});
