/**
 * Excel widens a column of the standard width when a typed date or time, given its format by the
 * entry, would not fit and show ####: `5-12-2026 14:30` typed into a default column shows
 * `05-12-2026 14:30` in full. A column whose width was set (dragged, imported) keeps it, as in
 * Excel. The widening goes with the entry, one undo step.
 */
import { formatCellValue } from '../../../models/format/displayFormat.js';
import { isDateOrTimeFormat } from '../../../models/format/excelDateTime.js';
import type { WorkbookOperation } from '../../../models/operations/workbookOperation.js';
import { MAX_COLUMN_WIDTH, sheetColumnWidths } from '../../../models/workbook/columnWidths.js';
import { COLUMN_WIDTH } from '../../../models/workbook/sheetLayout.js';
import type * as Y from 'yjs';
import type { CellFormat, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { cellTextWidth, columnWidthToFit } from './cellTextWidth.js';

/** The entry whose format may call for a wider column: its number and the format it gave the cell. */
export interface FormattedEntry {
  value: number;
  format: CellFormat;
}

/**
 * The `setColumnWidth` that makes room for a typed date or time in column `col`, or null where it
 * fits, the column's width was set, or the entry is no date or time. Column A is left as it is:
 * it may be a sheet's label column, wider than the standard.
 */
export function widenedForEntry(doc: Y.Doc, sheetId: string, col: number, entry: FormattedEntry, locale: WorkbookLocale, measure: (text: string) => number = cellTextWidth): WorkbookOperation | null {
  if (col === 0 || !isDateOrTimeFormat(entry.format)) return null;
  if (sheetColumnWidths(doc, sheetId).some((set) => set.col === col)) return null;
  const width = columnWidthToFit(formatCellValue(entry.value, entry.format, locale), measure);
  return width > COLUMN_WIDTH ? { type: 'setColumnWidth', sheetId, col, width: Math.min(width, MAX_COLUMN_WIDTH) } : null;
}
