/**
 * A planner's large sheet as a v1 workbook: 100 indicators × 120 months, each month the one
 * before grown by a shared assumption (Antagelser!B1), and one goal on the last month of the
 * first indicator. Used by the browser test of the large sheet and the browser benchmark.
 */
import type { WorkbookFile } from '../../models/format/workbookFile.js';
import { columnLabel } from '../../models/workbook/cellAddress.js';

/** The goal is met at 1 % growth a month (3.300 in the last month) and missed at 2 % (10.765). */
export const LARGE_SHEET = { indicators: 100, months: 120, goalId: 'G1', target: 5000 } as const;

export function largeSheetWorkbook(): WorkbookFile {
  const { indicators, months } = LARGE_SHEET;
  const cells: Record<string, string | number> = { A1: 'Indikator' };
  for (let m = 0; m < months; m++) cells[`${columnLabel(m + 2)}1`] = `${2020 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  for (let i = 0; i < indicators; i++) {
    const row = i + 2;
    cells[`A${row}`] = `Indikator ${i + 1}`;
    cells[`B${row}`] = 1000 + i;
    for (let m = 0; m < months; m++) {
      const before = m === 0 ? `$B${row}` : `${columnLabel(m + 1)}${row}`;
      cells[`${columnLabel(m + 2)}${row}`] = `=${before}*(1+Antagelser!$B$1)`;
    }
  }
  return {
    format: 'fremskriv.workbook',
    version: 1,
    title: 'Stort ark',
    locale: 'da-DK',
    sheets: [
      { name: 'Indikatorer', cells },
      { name: 'Antagelser', cells: { A1: 'Vækst pr. måned', B1: 0.01 }, formats: { B1: 'percent' } },
    ],
    goals: [
      {
        id: LARGE_SHEET.goalId,
        title: `Indikator 1 under ${LARGE_SHEET.target}`,
        value: `=Indikatorer!${columnLabel(months + 1)}2`,
        comparator: '<=',
        target: LARGE_SHEET.target,
      },
    ],
  };
}
