import { describe, expect, it } from 'vitest';
import { actualsChanges } from '../../models/actuals/actualsChanges.js';
import { actualsOperations } from '../../models/actuals/actualsOperations.js';
import type { ActualsPivot } from '../../models/actuals/actualsPivot.js';
import { withActualsSheet } from '../../models/actuals/actualsSheet.js';
import type { DataLink } from '../../models/actuals/dataLink.js';
import { applyOperations } from '../../models/operations/applyOperation.js';
import { openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const link: DataLink = { measure: 'Antal personer', filters: {}, source: 'file', periods: [], updatedAt: '2026-12-03T08:00:00Z' };

function pivot(periods: string[], rowLabels: string[], values: Array<Array<number | null>>): ActualsPivot {
  return { dimension: 'Område', measure: 'Antal personer', periods, rowLabels, values };
}

const july = pivot(['2023-05', '2023-06', '2023-07'], ['Roskilde', 'Hele landet'], [
  [440, 430, 420],
  [9000, 8900, null],
]);

describe('what an import of actual figures will change (the preview)', () => {
  const open = openWorkbooks();

  it('a sheet that does not exist yet: everything is new', () => {
    const doc = open.document(workbookFile({ Ark1: { A1: 1 } }));
    expect(actualsChanges(doc, 'Jobindsats', july)).toEqual({
      created: true,
      addedPeriods: ['2023-05', '2023-06', '2023-07'],
      updatedPeriods: [],
      removedPeriods: [],
      addedRows: ['Roskilde', 'Hele landet'],
      updatedRows: [],
      removedRows: [],
      changedFigures: 5,
    });
  });

  it('next month\'s file replacing the sheet adds a month, names the revised month and row, and drops the month no longer in it', () => {
    const doc = open.document(withActualsSheet(workbookFile({ Ark1: { A1: 1 } }), july));
    // June revised for Roskilde, July now has a national figure, August new, May no longer sent.
    const august = pivot(['2023-06', '2023-07', '2023-08'], ['Roskilde', 'Hele landet', 'Lejre'], [
      [431, 420, 415],
      [8900, 8800, 8700],
      [null, null, 300],
    ]);
    expect(actualsChanges(doc, 'jobindsats', august, 'replace')).toEqual({
      created: false,
      addedPeriods: ['2023-08'],
      updatedPeriods: ['2023-06', '2023-07'],
      removedPeriods: ['2023-05'],
      addedRows: ['Lejre'],
      updatedRows: ['Roskilde', 'Hele landet'],
      removedRows: [],
      // 431 and 8800 changed; 415, 8700 and 300 added; 440 and 9000 cleared with May.
      changedFigures: 7,
    });
  });

  it('after the import is applied, the same figures again change nothing', () => {
    const doc = open.document(workbookFile({ Ark1: { A1: 1 } }));
    applyOperations(doc, actualsOperations(doc, july, 'Jobindsats', link).ops, 'test');
    expect(actualsChanges(doc, 'Jobindsats', july)).toMatchObject({ created: false, addedPeriods: [], updatedPeriods: [], removedPeriods: [], addedRows: [], updatedRows: [], changedFigures: 0 });
  });

  it('month labels the sheet keeps as text with an apostrophe are matched as the months they are', () => {
    // "2023" alone would read as a number, so the pivot writes it as '2023 (Excel's text apostrophe).
    const yearly = pivot(['2022', '2023'], ['Roskilde'], [[5000, 4900]]);
    const doc = open.document(withActualsSheet(workbookFile({ Ark1: { A1: 1 } }), yearly));
    const next = pivot(['2022', '2023', '2024'], ['Roskilde'], [[5000, 4900, 4800]]);
    expect(actualsChanges(doc, 'Jobindsats', next)).toMatchObject({ addedPeriods: ['2024'], updatedPeriods: [], removedPeriods: [], changedFigures: 1 });
  });
});
