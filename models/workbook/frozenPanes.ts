/**
 * Which rows and columns stay in view while scrolling, kept in the workbook (a sheet's
 * `frozenPanes` map: `rows`, `cols`) so colleagues share them, as in Google Sheets, and the
 * exported .xlsx keeps them (issue 12). A sheet with none stored shows the panes its content
 * suggests (a header row of labels, a label column); that suggestion is what "no stored panes"
 * means everywhere, .xlsx included.
 *
 * @example sheetFrozenPanes(doc, sheetId) // { rows: 1, cols: 1 }
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { sheetCells } from './readCells.js';
import { readSettingsMap } from './sheetSettings.js';
import { workbookGrid } from './WorkbookGrid.js';
import type { CellInput } from './workbookSchema.js';

export interface FrozenPanes {
  rows: number;
  cols: number;
}

/** More frozen rows or columns than fit a screen leave nothing to scroll. */
export const MAX_FROZEN_ROWS = 50;
export const MAX_FROZEN_COLS = 20;

export const frozenPanesSchema = z
  .object({
    rows: z.number().int().min(0).max(MAX_FROZEN_ROWS, `at most ${MAX_FROZEN_ROWS} frozen rows`),
    cols: z.number().int().min(0).max(MAX_FROZEN_COLS, `at most ${MAX_FROZEN_COLS} frozen columns`),
  })
  .strict();

/** Whether a stored count is one the schema accepts (the server's update check uses it too). */
export function isFrozenCount(value: unknown, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

/**
 * Suggests panes from a sheet's cells: freeze the first row when it labels three or more columns
 * after the first, and the first column when it labels three or more rows.
 */
export function suggestedPanes(cells: Iterable<{ row: number; col: number; input: CellInput }>): FrozenPanes {
  let headerLabels = 0;
  let rowLabels = 0;
  let otherColumns = false;
  for (const { row, col, input } of cells) {
    const label = typeof input === 'string' && !input.startsWith('=');
    if (row === 0 && col > 0 && label) headerLabels++;
    if (col === 0 && label) rowLabels++;
    if (col > 0) otherColumns = true;
  }
  return { rows: headerLabels >= 3 ? 1 : 0, cols: rowLabels >= 3 && otherColumns ? 1 : 0 };
}

/** The panes stored with the sheet, or undefined (none, or not a shape the schema allows). */
export function storedFrozenPanes(doc: Y.Doc, sheetId: string): FrozenPanes | undefined {
  const sheet = workbookGrid(doc).sheet(sheetId);
  const map = sheet && readSettingsMap(sheet, 'frozenPanes');
  if (!map) return undefined;
  const rows = map.get('rows');
  const cols = map.get('cols');
  if (!isFrozenCount(rows, MAX_FROZEN_ROWS) || !isFrozenCount(cols, MAX_FROZEN_COLS)) return undefined;
  return { rows: rows as number, cols: cols as number };
}

/** The panes the sheet shows: the stored ones, else the suggestion from its cells. */
export function sheetFrozenPanes(doc: Y.Doc, sheetId: string): FrozenPanes {
  return storedFrozenPanes(doc, sheetId) ?? suggestedPanes(sheetCells(doc, sheetId));
}

export function samePanes(a: FrozenPanes, b: FrozenPanes): boolean {
  return a.rows === b.rows && a.cols === b.cols;
}
