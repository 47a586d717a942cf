/**
 * The workbooks the engine benchmarks compute, in two forms: the v1 file our model imports into a
 * Yjs document, and the plain arrays raw HyperFormula is built from (the same content, text
 * marked with a leading apostrophe exactly as models/engine/engineContent.ts does).
 */
import { parseCellAddress, columnLabel } from '../models/workbook/cellAddress.js';
import type { WorkbookFile } from '../models/format/workbookFile.js';

export type RawSheets = Record<string, Array<Array<string | number | boolean | null>>>;

export const LARGE_INDICATORS = 100;
export const LARGE_MONTHS = 120;
/** Fremskrivning's first indicator row (0-based) and first month column (E). */
export const LARGE_FIRST_ROW = 1;
export const LARGE_FIRST_MONTH_COL = 4;

/**
 * 100 indicators × 120 months. Each row has a helper cell (C) that reads the one global
 * assumption (Forudsætninger!B1) and its own rate (B); every month reads the month before and its
 * row's helper. The dependency graph stays linear: thousands of formulas on one absolute cell
 * would be quadratic in HyperFormula.
 */
export function largeWorkbookFile(): WorkbookFile {
  const assumptions: Record<string, string | number> = { A1: 'Konjunkturfaktor (global forudsætning)', B1: 1 };
  const projection: Record<string, string | number> = { A1: 'Indikator', B1: 'Rate', C1: 'Hjælpecelle', D1: 'Start' };
  for (let m = 0; m < LARGE_MONTHS; m++) {
    const year = 2025 + Math.floor(m / 12);
    projection[`${columnLabel(LARGE_FIRST_MONTH_COL + m)}1`] = `${year}-${String((m % 12) + 1).padStart(2, '0')}`;
  }
  for (let i = 0; i < LARGE_INDICATORS; i++) {
    const r = LARGE_FIRST_ROW + i + 1; // A1 row number
    projection[`A${r}`] = `Indikator ${i + 1}`;
    projection[`B${r}`] = 0.001 * ((i % 7) + 1);
    projection[`C${r}`] = `=$B${r}*Forudsætninger!$B$1`;
    projection[`D${r}`] = 1000 + 10 * i;
    for (let m = 0; m < LARGE_MONTHS; m++) {
      const previous = columnLabel(LARGE_FIRST_MONTH_COL + m - 1);
      projection[`${columnLabel(LARGE_FIRST_MONTH_COL + m)}${r}`] = `=${previous}${r}*(1+$C${r})`;
    }
  }
  const last = columnLabel(LARGE_FIRST_MONTH_COL + LARGE_MONTHS - 1);
  const goals = [2, 51, 101].map((r, i) => ({
    id: `G${i + 1}`,
    title: `Indikator ${r - 1} under loftet`,
    value: `=Fremskrivning!${last}${r}`,
    comparator: '<=' as const,
    target: 5000,
    deadline: '2034-12',
    series: `Fremskrivning!E${r}:${last}${r}`,
    periods: `Fremskrivning!E1:${last}1`,
  }));
  return {
    format: 'fremskriv.workbook',
    version: 1,
    title: 'Benchmark: 100 indikatorer × 120 måneder',
    locale: 'da-DK',
    sheets: [
      { name: 'Forudsætninger', cells: assumptions },
      { name: 'Fremskrivning', cells: projection },
    ],
    goals,
  };
}

/** The file's sheets as raw HyperFormula input, with `overrides` (sheet-qualified A1) in place. */
export function rawSheets(file: WorkbookFile, overrides: Record<string, string | number | boolean> = {}): RawSheets {
  const out: RawSheets = {};
  for (const sheet of file.sheets) {
    const rows: Array<Array<string | number | boolean | null>> = [];
    const put = (address: string, value: string | number | boolean): void => {
      const at = parseCellAddress(address);
      if (!at) throw new Error(`bad address ${address}`);
      (rows[at.row] ??= [])[at.col] = typeof value === 'string' && !value.startsWith('=') && !value.startsWith("'") ? `'${value}` : value;
    };
    for (const [address, value] of Object.entries(sheet.cells)) put(address, value);
    for (const [reference, value] of Object.entries(overrides)) {
      const bang = reference.lastIndexOf('!');
      if (reference.slice(0, bang) === sheet.name) put(reference.slice(bang + 1), value);
    }
    out[sheet.name] = Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null));
  }
  return out;
}

/** How many cells of the file hold a formula. */
export function formulaCellCount(file: WorkbookFile): number {
  let count = 0;
  for (const sheet of file.sheets) for (const value of Object.values(sheet.cells)) if (typeof value === 'string' && value.startsWith('=')) count++;
  return count;
}
