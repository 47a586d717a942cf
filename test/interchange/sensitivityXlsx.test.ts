/**
 * The sensitivity table's .xlsx says what the page says: a share's margin and swings in percentage
 * points (with its target's decimals), a count's in its own format.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SensitivityTable } from '../../models/analysis/sensitivityTable.js';
import { sensitivityXlsx } from '../../models/interchange/sensitivityXlsx.js';

const table: SensitivityTable = {
  scenario: 'Basis',
  step: 0.1,
  inputs: ['Forudsætninger!B5', 'Forudsætninger!B6'],
  tried: [
    { value: 1, low: 0.9, high: 1.1 },
    { value: 0, low: 0, high: 0.1 },
  ],
  rows: [
    { id: 'MM5', margin: -0.0051, swings: [0.07, null] },
    { id: 'LM2', margin: -8, swings: [12, 3] },
  ],
};

const labels = { sheet: 'Følsomhed', title: 'Følsomhed – Basis', goal: 'Mål', goalId: 'Id', margin: 'Margin', note: 'note', tried: 'Prøvede værdier', cell: 'Celle', points: 'procentpoint' };

async function exported(): Promise<ExcelJS.Worksheet> {
  const goals = new Map([
    ['MM5', { title: 'Virksomhederne', format: 'percent' as const, decimals: 2 }],
    ['LM2', { title: '18–24-årige', format: 'integer' as const }],
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await sensitivityXlsx(table, labels, goals, ['1,00 → 0,90 / 1,10', '0,00 → 0,00 / 0,10'], ['Konjunktur: faktor på afgang til job', undefined])) as unknown as ArrayBuffer);
  return workbook.getWorksheet('Følsomhed')!;
}

/** The row whose first cell, or for a goal its id in the second, is `first`. */
function rowOf(sheet: ExcelJS.Worksheet, first: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === first || row.getCell(2).value === first) found ??= row;
  });
  return found!;
}

describe('the sensitivity table as .xlsx', () => {
  it("heads each assumption with its label, its cell's address and the values tried below (the address where it has no label)", async () => {
    const sheet = await exported();
    const header = rowOf(sheet, 'Mål');
    expect([header.getCell(4).value, header.getCell(5).value]).toEqual(['Konjunktur: faktor på afgang til job', 'Forudsætninger!B6']);
    const cells = rowOf(sheet, 'Celle');
    expect([cells.getCell(4).value, cells.getCell(5).value]).toEqual(['Forudsætninger!B5', 'Forudsætninger!B6']);
    const tried = rowOf(sheet, 'Prøvede værdier');
    expect([tried.getCell(4).value, tried.getCell(5).value]).toEqual(['1,00 → 0,90 / 1,10', '0,00 → 0,00 / 0,10']);
  });

  it('names each goal by its title first, its id beside it', async () => {
    const sheet = await exported();
    const header = rowOf(sheet, 'Mål');
    expect([header.getCell(1).value, header.getCell(2).value]).toEqual(['Mål', 'Id']);
    expect([rowOf(sheet, 'MM5').getCell(1).value, rowOf(sheet, 'MM5').getCell(2).value]).toEqual(['Virksomhederne', 'MM5']);
    expect([rowOf(sheet, 'LM2').getCell(1).value, rowOf(sheet, 'LM2').getCell(2).value]).toEqual(['18–24-årige', 'LM2']);
  });

  it("a share's margin and swings are percentage points with the target's decimals, never a percent format", async () => {
    const mm5 = rowOf(await exported(), 'MM5');
    expect(mm5.getCell(3).value).toBe(-0.51);
    expect(mm5.getCell(4).value).toBe(7);
    expect(mm5.getCell(3).numFmt).toBe('0.00 "procentpoint"');
    expect(mm5.getCell(4).numFmt).toBe('0.00 "procentpoint"');
    expect(mm5.getCell(5).value).toBeNull();
  });

  it("a count's margin and swings keep their numbers and their own format", async () => {
    const lm2 = rowOf(await exported(), 'LM2');
    expect([lm2.getCell(3).value, lm2.getCell(4).value, lm2.getCell(5).value]).toEqual([-8, 12, 3]);
    expect(lm2.getCell(3).numFmt).toBe('#,##0');
  });
});
