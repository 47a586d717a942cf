/**
 * IF, IFS and NOT read a condition as Excel does: text other than "TRUE"/"FALSE" is #VALUE!, the
 * empty text "" too, and a blank cell is FALSE. HyperFormula read "" as FALSE, so a condition
 * cell holding a formula's "" silently took the FALSE branch (models/engine/excelConditions.ts;
 * LibreOffice 7.4 gives #VALUE! for each of these as well).
 */
import { describe, expect, it } from 'vitest';
import { openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** A1 a formula's empty text, A2 blank, A3 the text "x", A4 the text "true", A5 a date. */
const CELLS = { A1: '=""', A3: 'x', A4: 'true', A5: '=DATE(2024,3,15)' } as const;

function valueOf(formula: string): unknown {
  const doc = open.document(workbookFile({ Ark1: { ...CELLS, B1: formula } }));
  const value = open.value(doc, 'Ark1!B1');
  return typeof value === 'object' && value !== null && 'error' in value ? value.error : value;
}

describe('a condition as Excel reads it', () => {
  it.each<[string, string | number | boolean, string]>([
    ['=IF("",1,2)', '#VALUE!', 'empty text typed into the call'],
    ['=IF(A1,1,2)', '#VALUE!', 'a cell holding a formula\'s ""'],
    ['=IF(A2,1,2)', 2, 'a blank cell is FALSE'],
    ['=IF(A3,1,2)', '#VALUE!', 'other text'],
    ['=IF(A4,1,2)', 1, 'the text "true" in any case'],
    ['=IF(A5,1,2)', 1, 'a date is a number other than 0'],
    ['=IF(0,1)', false, 'no FALSE branch: FALSE'],
    ['=IF(1/0,1,2)', '#DIV/0!', 'an error in the condition'],
    ['=IF(A1="",1,2)', 1, 'comparing with "" is the way to test for empty text'],
    ['=IFS(A1,1,TRUE,2)', '#VALUE!', 'IFS reads each condition so'],
    ['=IFS(A2,1,TRUE,2)', 2, 'IFS: a blank is FALSE'],
    ['=NOT(A1)', '#VALUE!', 'NOT of ""'],
    ['=NOT(A2)', true, 'NOT of a blank'],
    ['=SUM(IF(A3:A4="x",1,0))', 1, 'a range condition inside SUM still computes per cell'],
  ])('%s is %s (%s)', (formula, expected, why) => {
    expect(valueOf(formula), why).toEqual(expected);
  });
});
