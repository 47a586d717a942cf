import { describe, expect, it } from 'vitest';
import { shiftFormula } from '../../models/formula/shiftFormula.js';
import { EXCEL_ROWS, MAX_COLUMNS, MAX_ROWS, columnLabel } from '../../models/workbook/cellAddress.js';

describe('filling a formula moves its relative references, as in Excel', () => {
  it.each([
    ['=A1*$B$1', 1, 0, '=A2*$B$1'],
    ['=A1*$B$1', 0, 1, '=B1*$B$1'],
    ['=$A1+A$1', 2, 3, '=$A3+D$1'],
    ['=$A$1', 5, 5, '=$A$1'],
    ['=SUM(A1:B2)', 1, 1, '=SUM(B2:C3)'],
    ['=SUM($A$1:A1)', 3, 0, '=SUM($A$1:A4)'],
    ['=SUM(A:A)', 10, 1, '=SUM(B:B)'],
    ['=SUM($A:B)', 0, 1, '=SUM($A:C)'],
    ['=SUM(1:2)', 1, 5, '=SUM(2:3)'],
    ['=Data!A1+Data!$B$2', 1, 1, '=Data!B2+Data!$B$2'],
    ["='Mit ark'!C3*2", -1, -1, "='Mit ark'!B2*2"],
    ['=J7+$B7*(1-J7)-$C7*J7', 0, 1, '=K7+$B7*(1-K7)-$C7*K7'],
    ['=IF(A1>0,"A1",B1)', 1, 0, '=IF(A2>0,"A1",B2)'],
    ['=LOG10(A1)', 1, 0, '=LOG10(A2)'],
  ])('%s filled by %i rows and %i columns is %s', (formula, rows, cols, shifted) => {
    expect(shiftFormula(formula, rows, cols)).toBe(shifted);
  });

  it.each([
    ['=A1', -1, 0, '=#REF!'],
    ['=A1', 0, -1, '=#REF!'],
    ['=B2+A1', -1, 0, '=B1+#REF!'],
    ['=SUM(A1:A3)', -1, 0, '=SUM(#REF!)'],
    ['=Data!A1*2', 0, -1, '=#REF!*2'],
    [`=A${EXCEL_ROWS}`, 1, 0, '=#REF!'],
    [`=${columnLabel(MAX_COLUMNS - 1)}1`, 0, 1, '=#REF!'],
    ['=$A1', -1, 0, '=#REF!'],
  ])('a reference pushed off the sheet becomes #REF!: %s by (%i, %i) is %s', (formula, rows, cols, shifted) => {
    expect(shiftFormula(formula, rows, cols)).toBe(shifted);
  });

  it('a reference filled past the grid\'s last row names Excel\'s next row, as Excel writes it', () => {
    expect(shiftFormula(`=A${MAX_ROWS}`, 1, 0)).toBe(`=A${MAX_ROWS + 1}`);
  });

  it('an absolute part keeps a reference on the sheet where the relative part would leave it', () => {
    expect(shiftFormula('=A$1', -1, 0)).toBe('=A$1');
    expect(shiftFormula('=$A1', 0, -1)).toBe('=$A1');
  });

  it('leaves numbers, text and a zero offset alone', () => {
    expect(shiftFormula('A1', 1, 1)).toBe('A1');
    expect(shiftFormula('=A1+B2', 0, 0)).toBe('=A1+B2');
  });

  it('filling down and back up again gives the formula it started from', () => {
    const formula = '=SUM($A1:B$2)*Data!C3+1.5E3';
    expect(shiftFormula(shiftFormula(formula, 7, 2), -7, -2)).toBe(formula);
  });
});
