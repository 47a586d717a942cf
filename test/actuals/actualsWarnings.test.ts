/**
 * The preview's warnings on imported actual figures (models/actuals/actualsWarnings.ts): a row that
 * is a total, and a figure more than 3 times (or under a third of) the previous month's actual.
 */
import { describe, expect, it } from 'vitest';
import type { ActualsPivot } from '../../models/actuals/actualsPivot.js';
import { actualsWarnings, isTotalLabel } from '../../models/actuals/actualsWarnings.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

function pivot(periods: string[], rowLabels: string[], values: Array<Array<number | null>>): ActualsPivot {
  return { dimension: 'Område', measure: 'Antal personer', periods, rowLabels, values };
}

describe('warnings on imported actual figures', () => {
  const open = openWorkbooks();

  it.each([
    ['Ydelsesgrupper i alt', true],
    ['I alt', true],
    ['Hele landet', true],
    ['Total', true],
    ['Region Sjælland', true],
    ['RAR Sjælland', true],
    ['Landsdel Østjylland', true],
    ['Roskilde', false],
    ['Kontanthjælp mv.', false],
    ['Allerød', false],
    ['Regionale tilbud', false],
  ])('"%s" is a total: %s', (label, total) => {
    expect(isTotalLabel(label)).toBe(total);
  });

  it('the PTVA02 total over all benefits against LM2\'s young people in the template: one jump, named with the months and figures', () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    // The template's Jobindsats sheet holds Roskilde's 445, 438, 436, 430, 424, 420 for Jul.–Dec. 2022.
    const months = ['2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12', '2023-01', '2023-02'];
    const all = pivot(months, ['Roskilde', 'Hele landet'], [
      [9540, 9500, 9480, 9470, 9460, 9450, 9440, 9430],
      [590_000, 589_000, 588_000, 587_000, 586_000, 585_000, 584_000, 583_000],
    ]);
    expect(actualsWarnings(doc, 'Jobindsats', all)).toEqual([
      // Every month through 2023-01 is against a month the sheet holds; 2023-02 against the import's January.
      { kind: 'jump', row: 'Roskilde', period: '2022-08', figure: 9500, previousPeriod: '2022-07', previousFigure: 445, months: 6 },
      { kind: 'totalRow', row: 'Hele landet' },
    ]);
  });

  it('a month that fell to under a third jumps too; ordinary months, empty months and zeros do not', () => {
    const doc = open.document(workbookFile({ Ark1: { A1: 1 } }));
    const figures = pivot(['2023-05', '2023-06', '2023-07', '2023-08', '2023-09'], ['Roskilde', 'Lejre'], [
      [420, 139, null, 130, 0],
      [100, 299, 300, 0, 50],
    ]);
    expect(actualsWarnings(doc, 'Jobindsats', figures)).toEqual([{ kind: 'jump', row: 'Roskilde', period: '2023-06', figure: 139, previousPeriod: '2023-05', previousFigure: 420, months: 1 }]);
  });
});
