/**
 * TRUE and FALSE inside an array constant, as Excel takes them (the twenty-seventh session's
 * hunt): `=SUM({1,"a",TRUE})` and `=INDEX({1,FALSE},2)` were #CALC! (HyperFormula reads a bare
 * TRUE as a name, which an array constant may not hold; models/engine/arrayLogicals.ts). SUM,
 * COUNT and AVERAGE pass over the logicals and text of an array, as over a range's
 * (https://support.microsoft.com/office/sum-function-043e1c7d-7726-4e80-8f32-07b23e057f89:
 * "If an argument is an array or reference, only numbers in that array or reference are counted");
 * LibreOffice 7.4 counts TRUE as 1 there, so these are Excel's answers, not its.
 */
import { describe, expect, it } from 'vitest';
import { isParsableFormula } from '../../models/engine/formulaCheck.js';
import { formatCellValue } from '../../models/format/displayFormat.js';
import { fromDisplayFormula } from '../../models/formula/formulaLocale.js';
import { openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

function shownIn(locale: 'da-DK' | 'en-GB', typed: string): string {
  const doc = open.document(workbookFile({ Ark: { A1: fromDisplayFormula(typed, locale) } }, { locale }));
  return formatCellValue(open.value(doc, 'Ark!A1'), undefined, locale);
}

describe('a logical in an array constant', () => {
  it.each<['da-DK' | 'en-GB', string, string]>([
    ['en-GB', '=SUM({1,"a",TRUE})', '1'],
    ['en-GB', '=COUNT({1,"a",TRUE})', '1'],
    ['en-GB', '=COUNTA({1,"a",TRUE})', '3'],
    ['en-GB', '=AVERAGE({1,"a",TRUE,3})', '2'],
    ['en-GB', '=INDEX({1,"a",TRUE},3)', 'TRUE'],
    ['en-GB', '=MATCH(FALSE,{1,TRUE,FALSE},0)', '3'],
    ['en-GB', '=AND({TRUE,FALSE})', 'FALSE'],
    ['en-GB', '=SUM({TRUE,FALSE,true}*1)', '2'],
    ['en-GB', '=INDEX(IF({TRUE,FALSE},"y","n"),2)', 'n'],
    ['en-GB', '="{TRUE}"&TRUE', '{TRUE}TRUE'],
    ['da-DK', '=INDEKS({1;SAND;FALSK};2)', 'SAND'],
    ['da-DK', '=ELLER({FALSK,SAND})', 'SAND'],
  ])('in %s, %s shows %s', (locale, typed, shown) => {
    expect(shownIn(locale, typed)).toBe(shown);
  });

  it('is read by the import’s check as a formula the engine computes', () => {
    expect(['=SUM({1,TRUE})', '={TRUE;FALSE}'].map(isParsableFormula)).toEqual([true, true]);
  });
});
