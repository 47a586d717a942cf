/**
 * Next month's actual figures merged into the sheet (models/actuals/actualsMerge.ts): months and
 * rows in the file are added or updated, those not in it are kept; `replace` stays reachable.
 */
import { describe, expect, it } from 'vitest';
import { actualsChanges } from '../../models/actuals/actualsChanges.js';
import { mergeRefusal, periodsInOrder } from '../../models/actuals/actualsMerge.js';
import { actualsOperations } from '../../models/actuals/actualsOperations.js';
import type { ActualsPivot } from '../../models/actuals/actualsPivot.js';
import { fileSheetFigures, withActualsSheet } from '../../models/actuals/actualsSheet.js';
import { actualsWarnings } from '../../models/actuals/actualsWarnings.js';
import type { DataLink } from '../../models/actuals/dataLink.js';
import { applyOperations } from '../../models/operations/applyOperation.js';
import { beskaeftigelsesplanTemplate } from '../../models/templates/templates.js';
import { inputAt, openWorkbooks } from '../support/workbookFixtures.js';

const link: DataLink = { measure: 'Antal personer', filters: {}, source: 'file', periods: [], updatedAt: '2026-12-05T08:00:00Z' };

function pivot(periods: string[], rowLabels: string[], values: Array<Array<number | null>>, dimension = 'Område'): ActualsPivot {
  return { dimension, measure: 'Antal personer', periods, rowLabels, values };
}

const january = pivot(['2023-01'], ['Roskilde'], [[412]]);

describe('merging actual figures into the sheet', () => {
  const open = openWorkbooks();

  it('a file with only next month adds it beside the months the sheet holds, and the preview says so', () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    expect(actualsChanges(doc, 'Jobindsats', january)).toEqual({
      created: false,
      addedPeriods: ['2023-01'],
      updatedPeriods: [],
      removedPeriods: [],
      addedRows: [],
      updatedRows: [],
      removedRows: [],
      changedFigures: 1,
    });
    applyOperations(doc, actualsOperations(doc, january, 'Jobindsats', link).ops, 'test');
    // July–December 2022 stay where they were; January lands in the next column.
    expect(['B1', 'G1', 'H1', 'B2', 'G2', 'H2'].map((a) => inputAt(doc, `Jobindsats!${a}`))).toEqual(['2022-07', '2022-12', '2023-01', 445, 420, 412]);
    // The sheet's note below the figures is not a row of figures to remove.
    expect(String(inputAt(doc, 'Jobindsats!A4'))).toMatch(/^Note: Faktiske tal fra Jobindsats/);
  });

  it('a file revising a month and adding the next names the month updated and the month added', () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    const revised = pivot(['2022-12', '2023-01'], ['Roskilde'], [[421, 412]]);
    expect(actualsChanges(doc, 'Jobindsats', revised)).toMatchObject({ addedPeriods: ['2023-01'], updatedPeriods: ['2022-12'], removedPeriods: [], changedFigures: 2 });
  });

  it('replace makes the sheet the file\'s table: the months not in the file are removed', () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    expect(actualsChanges(doc, 'Jobindsats', january, 'replace')).toMatchObject({ addedPeriods: ['2023-01'], removedPeriods: ['2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12'] });
    applyOperations(doc, actualsOperations(doc, january, 'Jobindsats', link, 'replace').ops, 'test');
    expect(['B1', 'C1', 'B2', 'C2'].map((a) => inputAt(doc, `Jobindsats!${a}`))).toEqual(['2023-01', undefined, 412, undefined]);
  });

  it('a new row goes below the last row; rows the file lacks keep their figures', () => {
    const file = withActualsSheet(beskaeftigelsesplanTemplate(), pivot(['2023-01'], ['Lejre', 'Roskilde'], [[90], [412]]));
    const sheet = fileSheetFigures(file.sheets.find((s) => s.name === 'Jobindsats')!);
    expect(sheet.rows).toEqual([
      { label: 'Roskilde', row: 1 },
      { label: expect.stringMatching(/^Note:/), row: 3 },
      { label: 'Lejre', row: 4 },
    ]);
    expect(sheet.periods.at(-1)).toBe('2023-01');
  });

  it('an older month from the file goes before the sheet\'s months, so the months stay in time order', () => {
    expect(periodsInOrder(['2022-07', '2022-08'], ['2022-06', '2022-09'])).toEqual(['2022-06', '2022-07', '2022-08', '2022-09']);
    expect(periodsInOrder(['2022-K4 MAT'], ['2022-K3 MAT'])).toEqual(['2022-K3 MAT', '2022-K4 MAT']);
    // Labels of mixed or unknown kinds keep the sheet's order, the new ones after.
    expect(periodsInOrder(['Uge 2', 'Uge 1'], ['Uge 3'])).toEqual(['Uge 2', 'Uge 1', 'Uge 3']);
  });

  it('merging figures by another dimension, or another measure than the sheet\'s link, is refused saying how to replace', () => {
    const template = beskaeftigelsesplanTemplate();
    const sheet = fileSheetFigures(template.sheets.find((s) => s.name === 'Jobindsats')!);
    expect(mergeRefusal('Jobindsats', sheet, pivot(['2023-01'], ['Fleksjob'], [[5]], 'Ydelsesgrupper'), {}, null)).toMatch(/rows by Område, these figures by Ydelsesgrupper: send mode "replace"/);
    expect(mergeRefusal('Jobindsats', sheet, january, {}, null)).toBeNull();
    expect(mergeRefusal('Jobindsats', sheet, { ...january, measure: 'Antal fuldtidspersoner' }, {}, link)).toMatch(/holds Antal personer for another choice/);
    expect(mergeRefusal('Jobindsats', sheet, january, { Køn: 'Kvinder' }, link)).toMatch(/another choice/);
  });

  it('a file with only next month is checked for a jump against the sheet\'s last month', () => {
    const doc = open.document(beskaeftigelsesplanTemplate());
    expect(actualsWarnings(doc, 'Jobindsats', pivot(['2023-01'], ['Roskilde'], [[9540]]))).toEqual([
      { kind: 'jump', row: 'Roskilde', period: '2023-01', figure: 9540, previousPeriod: '2022-12', previousFigure: 420, months: 1 },
    ]);
    expect(actualsWarnings(doc, 'Jobindsats', january)).toEqual([]);
  });
});
