/**
 * What an actuals sheet holds after an import, from what it holds now and the new figures.
 *
 * - `merge` (the default): a month in the file is added, or its figures updated, in the rows the
 *   file has; months and rows the file does not have are kept as they are. Next month's file,
 *   holding only that month, adds it beside the months already there (the planner walkthrough
 *   found the older months removed).
 * - `replace`: the sheet becomes exactly the file's table (what every import did before the
 *   nineteenth session), for a sheet that should start over, e.g. with another measure.
 *
 * Months are laid out from column B in time order when every label is a Jobindsats period of one
 * kind (`2023-01`, `2023-K2`, `2022-K4 MAT`, `2023-H1`, `2023`: zero-padded, so their text sorts
 * as time does), else the sheet's months in their order and then the file's new ones. A row keeps
 * its place in the sheet; a new row goes below the last one. So a newer month lands in the next
 * column and every formula reading the sheet by position keeps reading the same figures.
 *
 * @example sheetAfterImport(figuresOfCells(cells), pivot, 'merge').periods // ['2022-07', …, '2023-01']
 */
import { formatCellAddress } from '../workbook/cellAddress.js';
import { parseTypedInput } from '../workbook/cellInputText.js';
import { WORKBOOK_LOCALES, type CellInput, type WorkbookLocale } from '../workbook/workbookSchema.js';
import type { ActualsPivot } from './actualsPivot.js';

export const ACTUALS_MODES = ['merge', 'replace'] as const;
export type ActualsMode = (typeof ACTUALS_MODES)[number];

/** The sheet's layout as an import writes it: A1 the dimension, row 1 months, column A rows. */
export interface SheetFigures {
  /** A1, the rows' dimension; undefined on an empty sheet. */
  dimension: string | undefined;
  periods: string[];
  /** Row labels, top to bottom, each with its row index (0-based; row 0 holds the months). */
  rows: Array<{ label: string; row: number }>;
  /** `row label \u0000 month label` → the figure (or whatever the cell holds). */
  figures: Map<string, CellInput>;
}

/** Text that would read as a number, a formula or a boolean stays text (Excel's apostrophe). */
function actualsLabel(text: string): CellInput {
  const readsAsOther = WORKBOOK_LOCALES.some((locale: WorkbookLocale) => parseTypedInput(text, locale) !== text);
  return readsAsOther ? `'${text}` : text;
}

/** A figure's place in SheetFigures.figures: its row label and month label. */
export const figureKey = (row: string, period: string): string => `${row}\u0000${period}`;

/** A label as the import wrote it: Excel's apostrophe marks text that would read as a number. */
function labelText(input: CellInput): string {
  const text = String(input);
  return text.startsWith("'") ? text.slice(1) : text;
}

/** The figures of a sheet's stored cells (a live sheet's or a v1 file's). */
export function figuresOfCells(cells: ReadonlyArray<{ row: number; col: number; stored: CellInput }>): SheetFigures {
  const periodAt = new Map<number, string>();
  const rowAt = new Map<number, string>();
  let dimension: string | undefined;
  for (const cell of cells) {
    if (cell.row === 0 && cell.col === 0) dimension = labelText(cell.stored);
    if (cell.row === 0 && cell.col > 0) periodAt.set(cell.col, labelText(cell.stored));
    if (cell.col === 0 && cell.row > 0) rowAt.set(cell.row, labelText(cell.stored));
  }
  const figures = new Map<string, CellInput>();
  for (const cell of cells) {
    const row = rowAt.get(cell.row);
    const period = periodAt.get(cell.col);
    if (row !== undefined && period !== undefined) figures.set(figureKey(row, period), cell.stored);
  }
  const byPosition = (m: Map<number, string>): Array<[number, string]> => [...m.entries()].sort((a, b) => a[0] - b[0]);
  return {
    dimension,
    periods: byPosition(periodAt).map(([, label]) => label),
    rows: byPosition(rowAt).map(([row, label]) => ({ label, row })),
    figures,
  };
}

const PERIOD_KINDS = [/^\d{4}-(0[1-9]|1[0-2])$/, /^\d{4}-K[1-4]$/, /^\d{4}-K[1-4] MAT$/, /^\d{4}-H[12]$/, /^\d{4}$/];

/**
 * The months in time order when all are Jobindsats periods of one kind; otherwise `known` in its
 * order followed by the others not among them.
 */
export function periodsInOrder(known: readonly string[], incoming: readonly string[]): string[] {
  const all = [...new Set([...known, ...incoming])];
  const kind = PERIOD_KINDS.find((pattern) => all.every((label) => pattern.test(label)));
  return kind ? all.sort() : all;
}

/** What the sheet holds after the import: its months and rows in order and every figure. */
export function sheetAfterImport(before: SheetFigures, pivot: ActualsPivot, mode: ActualsMode): SheetFigures {
  const figures = new Map<string, CellInput>();
  pivot.rowLabels.forEach((row, r) => {
    pivot.periods.forEach((period, p) => {
      const value = pivot.values[r]![p];
      if (value !== null && value !== undefined) figures.set(figureKey(row, period), value);
    });
  });
  if (mode === 'replace' || before.dimension === undefined) {
    return { dimension: pivot.dimension, periods: [...pivot.periods], rows: pivot.rowLabels.map((label, i) => ({ label, row: i + 1 })), figures };
  }
  const incomingRows = new Set(pivot.rowLabels);
  const incomingPeriods = new Set(pivot.periods);
  // Kept: every figure outside the file's rows × months.
  for (const [key, value] of before.figures) {
    const [row, period] = key.split('\u0000') as [string, string];
    if (!(incomingRows.has(row) && incomingPeriods.has(period))) figures.set(key, value);
  }
  const rows = [...before.rows];
  const known = new Set(rows.map((r) => r.label));
  let next = Math.max(0, ...rows.map((r) => r.row)) + 1;
  for (const label of pivot.rowLabels) if (!known.has(label)) rows.push({ label, row: next++ });
  return { dimension: pivot.dimension, periods: periodsInOrder(before.periods, pivot.periods), rows, figures };
}

/** The sheet's cells for a layout: A1, the months from B1, the row labels in column A and the figures. */
export function cellsOfFigures(sheet: SheetFigures): Record<string, CellInput> {
  const cells: Record<string, CellInput> = { A1: actualsLabel(sheet.dimension ?? '') };
  sheet.periods.forEach((period, p) => {
    cells[formatCellAddress({ row: 0, col: p + 1 })] = actualsLabel(period);
  });
  for (const { label, row } of sheet.rows) {
    cells[formatCellAddress({ row, col: 0 })] = actualsLabel(label);
    sheet.periods.forEach((period, p) => {
      const figure = sheet.figures.get(figureKey(label, period));
      if (figure !== undefined) cells[formatCellAddress({ row, col: p + 1 })] = figure;
    });
  }
  return cells;
}

/**
 * Why the figures cannot be merged into the sheet, or null: a sheet whose rows are another
 * dimension, or whose data link names another measure or other filters, would mix two tables in
 * one (a planner who means to start the sheet over replaces it).
 */
export function mergeRefusal(sheetName: string, before: SheetFigures, pivot: ActualsPivot, filters: Readonly<Record<string, string>>, link: { measure: string; filters: Readonly<Record<string, string>> } | null): string | null {
  const replace = 'send mode "replace" to start the sheet over, or choose another sheet';
  if (before.dimension !== undefined && before.figures.size > 0 && before.dimension !== pivot.dimension) {
    return `the sheet "${sheetName}" has its rows by ${before.dimension}, these figures by ${pivot.dimension}: ${replace}`;
  }
  if (link === null) return null;
  const same = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
  if (link.measure !== pivot.measure || !same(link.filters, filters)) {
    return `the sheet "${sheetName}" holds ${link.measure} for another choice than these figures (${pivot.measure}): ${replace}`;
  }
  return null;
}

/**
 * The labels of the rows that hold a figure, top to bottom: a note or heading in column A with no
 * figure beside it (the template's note under Roskilde) is not a row of figures to count.
 */
export function figureRows(sheet: SheetFigures): string[] {
  return sheet.rows.filter(({ label }) => sheet.periods.some((period) => sheet.figures.has(figureKey(label, period)))).map((r) => r.label);
}
