/**
 * What an import of actual figures will change in its sheet, for the preview a planner sees before
 * applying it: which months and which rows (indicators, municipalities, benefit groups) are new,
 * which already there get different figures, which disappear (only when the sheet is replaced:
 * a merge keeps what the file does not have), and how many figures change.
 * Figures are matched by row label and month label, not by position.
 *
 * @example actualsChanges(doc, 'Jobindsats', pivot, 'merge') // { addedPeriods: ['2023-07'], removedPeriods: [], … }
 */
import type * as Y from 'yjs';
import { storedCells } from '../workbook/readCells.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import type { ActualsPivot } from './actualsPivot.js';
import { figuresOfCells, sheetAfterImport, type ActualsMode, type SheetFigures } from './actualsMerge.js';

export interface ActualsChanges {
  /** The sheet does not exist yet. */
  created: boolean;
  addedPeriods: string[];
  /** Months already in the sheet whose figures (in any row) are different. */
  updatedPeriods: string[];
  /** Months in the sheet that the sheet no longer has after the import (a replace; their cells are cleared). */
  removedPeriods: string[];
  addedRows: string[];
  updatedRows: string[];
  removedRows: string[];
  /** Figures written, changed or cleared (a figure added in a new month counts). */
  changedFigures: number;
}

function notIn(values: readonly string[], known: ReadonlySet<string>): string[] {
  return values.filter((v) => !known.has(v));
}

/** What the sheet named `sheetName` holds now, by row and month label (nothing where there is no such sheet). */
export function actualsSheetFigures(doc: Y.Doc, sheetName: string): SheetFigures {
  const grid = workbookGrid(doc);
  const sheetId = grid.sheetIdByName(sheetName);
  return figuresOfCells(sheetId === undefined ? [] : storedCells(grid, sheetId));
}

/** The changes that writing `pivot` into the sheet named `sheetName` would make. */
export function actualsChanges(doc: Y.Doc, sheetName: string, pivot: ActualsPivot, mode: ActualsMode = 'merge'): ActualsChanges {
  const before = actualsSheetFigures(doc, sheetName);
  const after = sheetAfterImport(before, pivot, mode);
  const oldPeriods = new Set(before.periods);
  const oldRows = new Set(before.rows.map((r) => r.label));
  const newPeriods = new Set(after.periods);
  const newRows = new Set(after.rows.map((r) => r.label));
  const updatedPeriods = new Set<string>();
  const updatedRows = new Set<string>();
  let changedFigures = 0;
  const changed = (key: string): void => {
    const [row, period] = key.split('\u0000') as [string, string];
    changedFigures++;
    if (oldPeriods.has(period) && newPeriods.has(period) && oldRows.has(row)) updatedPeriods.add(period);
    if (oldRows.has(row) && newRows.has(row) && oldPeriods.has(period)) updatedRows.add(row);
  };
  for (const [key, value] of after.figures) if (before.figures.get(key) !== value) changed(key);
  for (const key of before.figures.keys()) if (!after.figures.has(key)) changed(key);
  const afterRows = after.rows.map((r) => r.label);
  return {
    created: workbookGrid(doc).sheetIdByName(sheetName) === undefined,
    addedPeriods: notIn(after.periods, oldPeriods),
    updatedPeriods: after.periods.filter((p) => updatedPeriods.has(p)),
    removedPeriods: notIn(before.periods, newPeriods),
    addedRows: notIn(afterRows, oldRows),
    updatedRows: afterRows.filter((r) => updatedRows.has(r)),
    removedRows: notIn(before.rows.map((r) => r.label), newRows),
    changedFigures,
  };
}
