/**
 * Excel 365's implicit intersection operator `@` in the formula bar and the cell editor: a
 * formula Fremskriv holds with `SINGLE(…)` (a legacy formula from .xlsx, an older workspace) reads
 * as Excel 365 shows it, and `@` typed is read as SINGLE
 * (https://support.microsoft.com/office/implicit-intersection-operator-ce3be07b-0101-4450-a24e-c1c999be2b34).
 */
import { describe, expect, it } from 'vitest';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale.js';
import { withIntersectionOperator, withoutIntersectionOperator } from '../../models/formula/intersectionOperator.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';
import { engineValueAt } from './support/engineValueAt.js';

describe('SINGLE(…) is shown as Excel 365 shows it, with @', () => {
  it.each([
    ['=SINGLE(A1:A3)*2', '=@A1:A3*2'],
    ['=SINGLE(Data!B2:B9)*2', '=@Data!B2:B9*2'],
    ["=SINGLE('Mit ark'!$B$2:$B$9)", "=@'Mit ark'!$B$2:$B$9"],
    ['=SINGLE(Udgifter)+1', '=@Udgifter+1'],
    ['=SINGLE(OFFSET(A1,0,0,3,1))', '=@OFFSET(A1,0,0,3,1)'],
    ['=SINGLE(A1#)', '=@A1#'],
    ['=SINGLE({1;2;3})*2', '=@{1;2;3}*2'],
    ['=SINGLE(A1:A3+1)', '=@(A1:A3+1)'],
    ['=MATCH(SINGLE(A1:A9),B1:B9,0)', '=MATCH(@A1:A9,B1:B9,0)'],
    ['=SINGLE(INDEX(SINGLE(A1:A3),1))', '=@INDEX(@A1:A3,1)'],
    ['="SINGLE(A1:A3)"&SINGLE(B1:B3)', '="SINGLE(A1:A3)"&@B1:B3'],
    ['=SUM(A1:A3)', '=SUM(A1:A3)'],
    ['=MYSINGLE(A1)', '=MYSINGLE(A1)'],
  ])('%s shows %s, and typed so reads back the same', (held, shown) => {
    expect(withIntersectionOperator(held)).toBe(shown);
    expect(withoutIntersectionOperator(shown)).toBe(held);
  });

  it.each([
    ['=SINGLE(A1:A3)*1.5', 'da-DK', '=@A1:A3*1,5'],
    ['=IF(SINGLE(A1:A3)>0,1,0)', 'da-DK', '=HVIS(@A1:A3>0;1;0)'],
    ['=IF(SINGLE(A1:A3)>0,1,0)', 'en-GB', '=IF(@A1:A3>0,1,0)'],
  ] as const)('%s reads %s in %s, and typed so is held the same', (held, locale, shown) => {
    expect(toDisplayFormula(held, locale)).toBe(shown);
    expect(fromDisplayFormula(shown, locale)).toBe(held);
  });

  it.each([
    ['an @ in a string stays text', '="navn@kommune.dk"'],
    ['an @ in a quoted sheet name stays in the name', "='Ark @'!A1"],
    ['an @ before nothing is left for the engine to refuse', '=1+@'],
  ])('%s', (_, formula) => {
    expect(withoutIntersectionOperator(formula)).toBe(formula);
  });
});

describe('a formula typed with @ computes as Excel 365 computes it', () => {
  const open = openWorkbooks();

  it('=@A1:A3*2 typed in row 2 is the row\'s value doubled and does not spill', () => {
    const typed = fromDisplayFormula('=@A1:A3*2', 'da-DK');
    const doc = open.document(workbookFile({ Ark: { A1: 1, A2: 2, A3: 3, B2: typed } }));
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect([at('B2'), at('B3')]).toEqual([4, null]);
    expect(cellInputAt(doc, sheetId(doc, 'Ark'), 1, 1)).toBe('=SINGLE(A1:A3)*2');
  });
});
