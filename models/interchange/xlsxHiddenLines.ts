/**
 * Hidden rows and columns ⇄ .xlsx (`<row hidden="1">`, `<col hidden="1">`, ExcelJS's `hidden` on a
 * row and a column): what a planner hid in Excel stays hidden here and back (hiddenLines.ts).
 * Rows past the grid's 40,000 and columns past XFD are not read.
 */
import type ExcelJS from 'exceljs';
import type * as Y from 'yjs';
import { columnLabel, MAX_COLUMNS, MAX_ROWS } from '../workbook/cellAddress.js';
import { sheetHiddenLines } from '../workbook/hiddenLines.js';

const DEFAULT_ROW_POINTS = 15;

/** Hides the sheet's hidden rows and columns in the worksheet. */
export function writeHiddenLines(worksheet: ExcelJS.Worksheet, doc: Y.Doc, sheetId: string): void {
  const { rows, cols } = sheetHiddenLines(doc, sheetId);
  for (const row of rows) {
    const line = worksheet.getRow(row + 1);
    line.hidden = true;
    // ExcelJS leaves out a row with no cells and no height: an empty hidden row gets Excel's default height (15 points).
    if (!line.height) line.height = DEFAULT_ROW_POINTS;
  }
  for (const col of cols) worksheet.getColumn(col + 1).hidden = true;
}

/** The worksheet's hidden rows (numbers, 1 the first) and columns (letters), in v1 file form. */
export function readHiddenLines(worksheet: ExcelJS.Worksheet): { hiddenRows: number[]; hiddenColumns: string[] } {
  const hiddenRows: number[] = [];
  for (let number = 1; number <= Math.min(worksheet.rowCount, MAX_ROWS); number++) {
    if (worksheet.findRow(number)?.hidden === true) hiddenRows.push(number);
  }
  const hiddenColumns: string[] = [];
  (worksheet.columns ?? []).slice(0, MAX_COLUMNS).forEach((column, i) => {
    if (column.hidden === true) hiddenColumns.push(columnLabel(i));
  });
  return { hiddenRows, hiddenColumns };
}
