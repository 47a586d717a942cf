/**
 * A pivot written as a sheet of a v1 workbook file: `A1` the rows' dimension, row 1 from `B1` the
 * period labels in the data's order, column A the row labels, the measure's figures as numbers; a
 * missing figure is an empty cell. The sheet is created, or replaced in place (keeping its
 * position) so that formulas reading it by name follow the new figures.
 *
 * @example withActualsSheet(file, pivot, 'Jobindsats')
 */
import { parseWorkbookFile, type WorkbookFile, type WorkbookFileSheet } from '../format/workbookFile.js';
import { formatCellAddress } from '../workbook/cellAddress.js';
import { sameSheetName } from '../workbook/sheetNames.js';
import { parseTypedInput } from '../workbook/cellInputText.js';
import { WORKBOOK_LOCALES, type CellInput, type WorkbookLocale } from '../workbook/workbookSchema.js';
import type { ActualsPivot } from './actualsPivot.js';

export const DEFAULT_ACTUALS_SHEET = 'Jobindsats';

/** Text that would read as a number, a formula or a boolean stays text (Excel's apostrophe). */
function label(text: string): CellInput {
  const readsAsOther = WORKBOOK_LOCALES.some((locale: WorkbookLocale) => parseTypedInput(text, locale) !== text);
  return readsAsOther ? `'${text}` : text;
}

export function actualsSheetCells(pivot: ActualsPivot): Record<string, CellInput> {
  const cells: Record<string, CellInput> = { A1: label(pivot.dimension) };
  pivot.periods.forEach((period, col) => {
    cells[formatCellAddress({ row: 0, col: col + 1 })] = label(period);
  });
  pivot.rowLabels.forEach((rowLabel, row) => {
    cells[formatCellAddress({ row: row + 1, col: 0 })] = label(rowLabel);
    pivot.values[row]!.forEach((value, col) => {
      if (value !== null) cells[formatCellAddress({ row: row + 1, col: col + 1 })] = value;
    });
  });
  return cells;
}

/** The file with the sheet `name` created or replaced by the pivot; checked as a v1 file. */
export function withActualsSheet(file: WorkbookFile, pivot: ActualsPivot, name: string = DEFAULT_ACTUALS_SHEET): WorkbookFile {
  const sheet: WorkbookFileSheet = { name, cells: actualsSheetCells(pivot) };
  const at = file.sheets.findIndex((s) => sameSheetName(s.name, name));
  const sheets = at < 0 ? [...file.sheets, sheet] : file.sheets.map((s, i) => (i === at ? { ...sheet, name: s.name } : s));
  return parseWorkbookFile({ ...file, sheets });
}
