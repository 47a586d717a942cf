/**
 * An error typed in a formula means that error, as in Excel, whichever interface it is typed in.
 * `#CALC!`, `#NULL!` and `#GETTING_DATA` made the whole formula HyperFormula's #ERROR! (it cannot
 * parse them), so `=ER.FEJL(#CALC!)` or `=FEJLTYPE(#NUL!)` showed #ERROR! (models/engine/errorLiterals.ts).
 * ERROR.TYPE's numbers from Microsoft's page (https://support.microsoft.com/office/error-type-function-10958677-7c8d-44f7-ae77-b9a9ee6eefaa,
 * da-DK: FEJLTYPE); #SPILL! and #CALC! keep their English code in Danish (no Danish name on a Microsoft page).
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../models/engine/cellValue.js';
import { isParsableFormula } from '../../models/engine/formulaCheck.js';
import { formatCellValue } from '../../models/format/displayFormat.js';
import { fromDisplayFormula } from '../../models/formula/formulaLocale.js';
import { openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** The cell's value after the planner typed `typed` in `locale`'s interface, and the text it shows there. */
function typedIn(locale: 'da-DK' | 'en-GB', typed: string): { value: CellValue; shown: string } {
  const doc = open.document(workbookFile({ Ark: { A1: fromDisplayFormula(typed, locale) } }, { locale }));
  const value = open.value(doc, 'Ark!A1');
  return { value, shown: formatCellValue(value, undefined, locale) };
}

describe('an error typed in a formula', () => {
  it.each<['da-DK' | 'en-GB', string, string]>([
    ['da-DK', '=ER.FEJL(#CALC!)', 'SAND'],
    ['da-DK', '=FEJLTYPE(#CALC!)', '14'],
    ['da-DK', '=FEJLTYPE(#SPILL!)', '9'],
    ['da-DK', '=FEJLTYPE(#NUL!)', '1'],
    ['da-DK', '=FEJLTYPE(#HENTER_DATA)', '8'],
    ['da-DK', '=HVIS.FEJL(#calc!;"ingen")', 'ingen'],
    ['da-DK', '=#CALC!', '#CALC!'],
    ['da-DK', '=#SPILL!', '#SPILL!'],
    ['da-DK', '=#NUL!', '#NUL!'],
    ['da-DK', '=#HENTER_DATA', '#HENTER_DATA'],
    ['da-DK', '="#CALC!"', '#CALC!'],
    ['da-DK', '=HVIS(1>2;#CALC!;"nej")', 'nej'],
    ['en-GB', '=ISERROR(#CALC!)', 'TRUE'],
    ['en-GB', '=ERROR.TYPE(#NULL!)', '1'],
    ['en-GB', '=ISERR(#GETTING_DATA)', 'TRUE'],
    ['en-GB', '=IFERROR(#CALC!,"none")&"#CALC!"', 'none#CALC!'],
    ['en-GB', '=#NULL!', '#NULL!'],
  ])('in %s, %s shows %s', (locale, typed, shown) => {
    expect(typedIn(locale, typed).shown).toBe(shown);
  });

  it('is Excel’s error itself, with its code in every export, not HyperFormula’s #ERROR!', () => {
    for (const [typed, error] of [
      ['=#CALC!', '#CALC!'],
      ['=#NULL!+1', '#NULL!'],
      ['=SUM(#GETTING_DATA,1)', '#GETTING_DATA'],
    ] as const) {
      expect(typedIn('en-GB', typed).value).toMatchObject({ error });
    }
  });

  it('is read by the import’s check as a formula the engine computes', () => {
    expect(['=ISERROR(#CALC!)', '=#NULL!', '=IFERROR(#GETTING_DATA,1)'].map(isParsableFormula)).toEqual([true, true, true]);
  });
});
