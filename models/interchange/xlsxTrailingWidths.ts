/**
 * Column widths that run to the sheet's last column. Excel writes one `<col>` from a column to
 * the sheet's end when whole columns were formatted or sized (`<col min="8" max="16384"
 * width="9.140625" style="1"/>`), so a file from Excel often sizes all 16,384 columns. Each
 * width grows a Fremskriv sheet to its column: 16,384 columns, each with its identity in the
 * document (about 200 kB a sheet, a tenth of a workspace's 2 MiB), for columns nobody uses. The
 * run of equal widths reaching the last column is therefore kept only as far as the sheet uses
 * its columns (cells, formats, bounds, Wrap Text, merged areas, hidden columns, frozen panes), or
 * a new sheet's columns when it uses fewer; a width set on a column of its own is kept wherever
 * it stands.
 */
import type { WorkbookFileSheet } from '../format/workbookFile.js';
import { columnIndex, columnLabel, MAX_COLUMNS, parseCellAddress } from '../workbook/cellAddress.js';
import { parseMergedArea } from '../workbook/mergedCells.js';
import { NEW_SHEET_COLUMNS } from '../operations/workbookOperation.js';

/** The last column (0-based) anything on the sheet stands in, -1 for an empty sheet. */
function lastUsedColumn(sheet: Omit<WorkbookFileSheet, 'columnWidths'>): number {
  let last = -1;
  const addresses = [...Object.keys(sheet.cells), ...Object.keys(sheet.formats ?? {}), ...Object.keys(sheet.validations ?? {}), ...(sheet.wrapText ?? [])];
  for (const address of addresses) last = Math.max(last, parseCellAddress(address)?.col ?? -1);
  for (const range of sheet.merges ?? []) {
    const area = parseMergedArea(range);
    if (area) last = Math.max(last, area.col + area.cols - 1);
  }
  for (const letters of sheet.hiddenColumns ?? []) last = Math.max(last, columnIndex(letters));
  return Math.max(last, (sheet.frozenPanes?.cols ?? 0) - 1);
}

/** `widths` (column letters → pixels) without the part of a run to the sheet's end that lies past the columns in use. */
export function widthsWithinUse(widths: Record<string, number>, sheet: Omit<WorkbookFileSheet, 'columnWidths'>): Record<string, number> {
  const lastLabel = columnLabel(MAX_COLUMNS - 1);
  const runWidth = widths[lastLabel];
  if (runWidth === undefined) return widths;
  let runStart = MAX_COLUMNS - 1;
  while (runStart > 0 && widths[columnLabel(runStart - 1)] === runWidth) runStart--;
  const keepThrough = Math.max(runStart - 1, lastUsedColumn(sheet), NEW_SHEET_COLUMNS - 1);
  return Object.fromEntries(Object.entries(widths).filter(([letters]) => columnIndex(letters) <= keepThrough));
}
