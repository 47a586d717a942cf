/**
 * A sheet's merged areas into the .xlsx (`<mergeCells>`). exceljs's `mergeCells` makes a cell of
 * every cell an area covers: an area over the whole sheet (`C3:XFD40000`, which a v1 file or a
 * live edit may hold) was 655 million cells, the export ran out of its worker's memory after two
 * minutes and answered 503, every time, for everyone in the workspace (eleventh hostile pass).
 *
 * The writer lists an area from the cells marked as merged into its top-left cell, growing the
 * range to each: so marking the bottom-right corner, and the cells the sheet already holds inside
 * the area (as `mergeCells` would: their content gives way to the top-left cell's), writes the
 * same `<mergeCell ref>` at the cost of the cells written, not of the area.
 */
import type ExcelJS from 'exceljs';
import type { MergedArea } from '../workbook/mergedCells.js';

/** Merges `area` (0-based, as the document holds it) on `sheet`; call it once the cells are written. */
export function writeMergedArea(sheet: ExcelJS.Worksheet, area: MergedArea): void {
  const top = area.row + 1;
  const left = area.col + 1;
  const bottom = area.row + area.rows;
  const right = area.col + area.cols;
  const master = sheet.getCell(top, left);
  for (let r = top; r <= Math.min(bottom, sheet.rowCount); r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    for (let c = left; c <= Math.min(right, row.cellCount); c++) {
      if (r === top && c === left) continue;
      row.findCell(c)?.merge(master);
    }
  }
  sheet.getCell(bottom, right).merge(master);
}
