/**
 * `=SEQUENCE(0)` is an empty array, Excel 365's #CALC! (Microsoft's Office.js error subtypes: an
 * empty array shows as #CALC!, https://learn.microsoft.com/javascript/api/excel/excel.calcerrorcellvaluesubtype;
 * HyperFormula issue 1647 lists `=SEQUENCE(0)` and `=SEQUENCE(1,0)` as #CALC! in Excel); a
 * negative count stays #VALUE!. LibreOffice 7.4 (installed here) has no SEQUENCE.
 */
import { describe, expect, it } from 'vitest';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { locate, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';
import { evaluate } from '../support/formulaTable';

const open = openWorkbooks();

describe('SEQUENCE of no rows or no columns', () => {
  it.each([
    ['=SEQUENCE(0)', '#CALC!', 'no rows: an empty array'],
    ['=SEQUENCE(1,0)', '#CALC!', 'no columns: an empty array'],
    ['=SEQUENCE(0.7)', '#CALC!', 'a count is truncated, to 0 here'],
    ['=SEQUENCE(Z1)', '#CALC!', 'a blank cell counts 0'],
    ['=SEQUENCE(,3)', '#CALC!', 'an empty place for rows counts 0'],
    ['=ERROR.TYPE(SEQUENCE(0))', 14, "ERROR.TYPE's number for #CALC!"],
    ['=IFERROR(SEQUENCE(0),"ingen")', 'ingen', 'IFERROR catches it as any error'],
    ['=SUM(SEQUENCE(0))', '#CALC!', 'the error passes on'],
    ['=SEQUENCE(-1)', '#VALUE!', 'a negative count is no empty array'],
    ['=SEQUENCE(0,-2)', '#VALUE!', 'a negative count wins over a zero one'],
    ['=SEQUENCE("x")', '#VALUE!', 'text is no count'],
  ])('%s is %s (%s)', (formula, expected, reason) => {
    expect(evaluate([], formula), reason).toBe(expected);
  });

  it('a size from a cell that becomes 0 empties the spill and shows #CALC! in its corner', () => {
    const doc = open.document(workbookFile({ Ark: { D1: 3, A1: '=SEQUENCE(D1)' } }, { locale: 'en-GB' }));
    const engine = open.engine(doc);
    const at = (address: string): unknown => {
      const { sheetId, row, col } = locate(doc, `Ark!${address}`);
      return engine.value(sheetId, row, col);
    };
    expect([at('A1'), at('A2'), at('A3')]).toEqual([1, 2, 3]);
    const { sheetId, row, col } = locate(doc, 'Ark!D1');
    doc.transact(() => applyOperation(doc, { type: 'setCells', sheetId, cells: [{ row, col, input: 0 }] }));
    expect(at('A1')).toMatchObject({ error: '#CALC!' });
    expect([at('A2'), at('A3')]).toEqual([null, null]);
  });
});
