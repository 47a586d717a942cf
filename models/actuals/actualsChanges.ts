/**
 * What an import of actual figures will change in its sheet, for the preview a planner sees before
 * applying it: which months and which rows (indicators, municipalities, benefit groups) are new,
 * which already there get different figures, which disappear, and how many figures change.
 * Figures are matched by row label and month label, not by position, so a file that starts a
 * month later shows as "one month added, one removed", not as every figure changed.
 *
 * @example actualsChanges(doc, 'Jobindsats', pivot) // { addedPeriods: ['2023-07'], … }
 */
import type * as Y from 'yjs';
import type { CellInput } from '../workbook/workbookSchema.js';
import { storedCells } from '../workbook/readCells.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import type { ActualsPivot } from './actualsPivot.js';

export interface ActualsChanges {
  /** The sheet does not exist yet. */
  created: boolean;
  addedPeriods: string[];
  /** Months already in the sheet whose figures (in any row) are different. */
  updatedPeriods: string[];
  /** Months in the sheet that the new figures no longer have (their cells are cleared). */
  removedPeriods: string[];
  addedRows: string[];
  updatedRows: string[];
  removedRows: string[];
  /** Figures written, changed or cleared (a figure added in a new month counts). */
  changedFigures: number;
}

/** The sheet's current layout as the pivot writes it: A1 the dimension, row 1 months, column A rows. */
export interface SheetFigures {
  periods: string[];
  rows: string[];
  /** `row label \u0000 month label` → the figure (or whatever the cell holds). */
  figures: Map<string, CellInput>;
}

/** A label as the pivot wrote it: Excel's apostrophe marks text that would read as a number. */
function labelText(input: CellInput | undefined): string | undefined {
  if (input === undefined) return undefined;
  const text = String(input);
  return text.startsWith("'") ? text.slice(1) : text;
}

/** A figure's place in SheetFigures.figures: its row label and month label. */
export const figureKey = (row: string, period: string): string => `${row}\u0000${period}`;

function sheetFigures(doc: Y.Doc, sheetId: string): SheetFigures {
  const grid = workbookGrid(doc);
  const cells = storedCells(grid, sheetId);
  const periodAt = new Map<number, string>();
  const rowAt = new Map<number, string>();
  for (const cell of cells) {
    if (cell.row === 0 && cell.col > 0) periodAt.set(cell.col, labelText(cell.stored)!);
    if (cell.col === 0 && cell.row > 0) rowAt.set(cell.row, labelText(cell.stored)!);
  }
  const figures = new Map<string, CellInput>();
  for (const cell of cells) {
    const row = rowAt.get(cell.row);
    const period = periodAt.get(cell.col);
    if (row !== undefined && period !== undefined) figures.set(figureKey(row, period), cell.stored);
  }
  const ordered = (m: Map<number, string>): string[] => [...m.entries()].sort((a, b) => a[0] - b[0]).map(([, label]) => label);
  return { periods: ordered(periodAt), rows: ordered(rowAt), figures };
}

function notIn(values: readonly string[], known: ReadonlySet<string>): string[] {
  return values.filter((v) => !known.has(v));
}

/** What the sheet named `sheetName` holds now, by row and month label (nothing where there is no such sheet). */
export function actualsSheetFigures(doc: Y.Doc, sheetName: string): SheetFigures {
  const sheetId = workbookGrid(doc).sheetIdByName(sheetName);
  return sheetId === undefined ? { periods: [], rows: [], figures: new Map() } : sheetFigures(doc, sheetId);
}

/** The changes that writing `pivot` into the sheet named `sheetName` would make. */
export function actualsChanges(doc: Y.Doc, sheetName: string, pivot: ActualsPivot): ActualsChanges {
  const sheetId = workbookGrid(doc).sheetIdByName(sheetName);
  const before = actualsSheetFigures(doc, sheetName);
  const oldPeriods = new Set(before.periods);
  const oldRows = new Set(before.rows);
  const newPeriods = new Set(pivot.periods);
  const newRows = new Set(pivot.rowLabels);
  const updatedPeriods = new Set<string>();
  const updatedRows = new Set<string>();
  let changedFigures = 0;
  const after = new Map<string, number>();
  pivot.rowLabels.forEach((row, r) => {
    pivot.periods.forEach((period, p) => {
      const value = pivot.values[r]![p];
      if (value !== null && value !== undefined) after.set(figureKey(row, period), value);
    });
  });
  const changed = (row: string, period: string): void => {
    changedFigures++;
    if (oldPeriods.has(period) && newPeriods.has(period) && oldRows.has(row)) updatedPeriods.add(period);
    if (oldRows.has(row) && newRows.has(row) && oldPeriods.has(period)) updatedRows.add(row);
  };
  for (const [k, value] of after) {
    if (before.figures.get(k) !== value) changed(...(k.split('\u0000') as [string, string]));
  }
  for (const k of before.figures.keys()) {
    if (!after.has(k)) changed(...(k.split('\u0000') as [string, string]));
  }
  return {
    created: sheetId === undefined,
    addedPeriods: notIn(pivot.periods, oldPeriods),
    updatedPeriods: pivot.periods.filter((p) => updatedPeriods.has(p)),
    removedPeriods: notIn(before.periods, newPeriods),
    addedRows: notIn(pivot.rowLabels, oldRows),
    updatedRows: pivot.rowLabels.filter((r) => updatedRows.has(r)),
    removedRows: notIn(before.rows, newRows),
    changedFigures,
  };
}
