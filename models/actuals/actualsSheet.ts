/**
 * A pivot written as a sheet of a v1 workbook file: `A1` the rows' dimension, row 1 from `B1` the
 * period labels, column A the row labels, the measure's figures as numbers; a missing figure is
 * an empty cell. The sheet is created, or merged with what it holds (`mode`, actualsMerge.ts) in
 * place (keeping its position) so that formulas reading it by name follow the new figures.
 *
 * @example withActualsSheet(file, pivot, 'Jobindsats') // next month added beside the months there
 */
import { parseWorkbookFile, type WorkbookFile, type WorkbookFileSheet } from '../format/workbookFile.js';
import { parseCellAddress } from '../workbook/cellAddress.js';
import { sameSheetName } from '../workbook/sheetNames.js';
import type { CellInput } from '../workbook/workbookSchema.js';
import type { ActualsPivot } from './actualsPivot.js';
import { cellsOfFigures, figuresOfCells, sheetAfterImport, type ActualsMode, type SheetFigures } from './actualsMerge.js';

export const DEFAULT_ACTUALS_SHEET = 'Jobindsats';

const EMPTY: SheetFigures = { dimension: undefined, periods: [], rows: [], figures: new Map() };

/** The cells of a new sheet holding just the pivot. */
export function actualsSheetCells(pivot: ActualsPivot): Record<string, CellInput> {
  return cellsOfFigures(sheetAfterImport(EMPTY, pivot, 'replace'));
}

/** What a v1 file's sheet holds, by row and month label. */
export function fileSheetFigures(sheet: WorkbookFileSheet): SheetFigures {
  const cells = Object.entries(sheet.cells).flatMap(([address, stored]) => {
    const at = parseCellAddress(address);
    return at && stored !== null ? [{ row: at.row, col: at.col, stored }] : [];
  });
  return figuresOfCells(cells);
}

/** The file with the sheet `name` created, or merged with (default) or replaced by the pivot; checked as a v1 file. */
export function withActualsSheet(file: WorkbookFile, pivot: ActualsPivot, name: string = DEFAULT_ACTUALS_SHEET, mode: ActualsMode = 'merge'): WorkbookFile {
  const at = file.sheets.findIndex((s) => sameSheetName(s.name, name));
  if (at < 0) return parseWorkbookFile({ ...file, sheets: [...file.sheets, { name, cells: actualsSheetCells(pivot) }] });
  const sheets = file.sheets.map((s, i) => (i === at ? { ...s, cells: cellsOfFigures(sheetAfterImport(fileSheetFigures(s), pivot, mode)) } : s));
  return parseWorkbookFile({ ...file, sheets });
}
