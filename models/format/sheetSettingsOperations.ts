/**
 * A v1 file sheet's bounds, column widths, frozen panes, wrapped cells, alignment, merged areas, hidden rows and columns and visibility → the operations that set
 * them on a new sheet (and the size that sheet is added with: its cells and merged areas fit). Hiding comes after every sheet is added (the importer puts these after the
 * adds), so the file's visible sheets are there when one is hidden.
 */
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, type WorkbookOperation } from '../operations/workbookOperation.js';
import { parseCellAddress } from '../workbook/cellAddress.js';
import { parseMergedArea } from '../workbook/mergedCells.js';
import { positionRuns } from '../workbook/hiddenLines.js';
import type { WorkbookFileSheet } from './workbookFile.js';

/** The rows and columns a sheet is added with: the default, or more where its cells or merged areas reach further. */
export function fileSheetSize(sheet: Pick<WorkbookFileSheet, 'cells' | 'merges'>): { rows: number; cols: number } {
  let rows = NEW_SHEET_ROWS;
  let cols = NEW_SHEET_COLUMNS;
  // Not Math.max(...positions): spreading 400,000 arguments overflows the stack (issue 15).
  for (const key of Object.keys(sheet.cells)) {
    const at = parseCellAddress(key);
    if (at) [rows, cols] = [Math.max(rows, at.row + 1), Math.max(cols, at.col + 1)];
  }
  for (const range of sheet.merges ?? []) {
    const area = parseMergedArea(range);
    if (area) [rows, cols] = [Math.max(rows, area.row + area.rows), Math.max(cols, area.col + area.cols)];
  }
  return { rows, cols };
}

type SettingsFields = 'validations' | 'columnWidths' | 'frozenPanes' | 'wrapText' | 'alignment' | 'merges' | 'hiddenRows' | 'hiddenColumns' | 'visibility';

export function sheetSettingsOperations(sheetId: string, sheet: Pick<WorkbookFileSheet, SettingsFields>): WorkbookOperation[] {
  // Cell by cell from the far end: the first operation grows the sheet to its last line at once.
  // In file order each grew it by one and read the whole axis again (nineteenth hostile pass: an
  // .xlsx giving all 16,384 columns a width took minutes to import on a one-column sheet).
  const positioned: Array<{ row: number; col: number; op: WorkbookOperation }> = [];
  for (const [key, bounds] of Object.entries(sheet.validations ?? {})) {
    const at = parseCellAddress(key);
    if (at) positioned.push({ ...at, op: { type: 'setAssumptionBounds', sheetId, ...at, bounds } });
  }
  for (const [letters, width] of Object.entries(sheet.columnWidths ?? {})) {
    const at = parseCellAddress(`${letters}1`);
    if (at) positioned.push({ ...at, op: { type: 'setColumnWidth', sheetId, col: at.col, width } });
  }
  for (const address of sheet.wrapText ?? []) {
    const at = parseCellAddress(address);
    if (at) positioned.push({ ...at, op: { type: 'setWrapText', sheetId, ...at, wrap: true } });
  }
  for (const [address, alignment] of Object.entries(sheet.alignment ?? {})) {
    const at = parseCellAddress(address);
    if (at) positioned.push({ ...at, op: { type: 'setAlignment', sheetId, ...at, alignment } });
  }
  const ops: WorkbookOperation[] = positioned.sort((a, b) => b.row - a.row || b.col - a.col).map(({ op }) => op);
  for (const range of sheet.merges ?? []) {
    const area = parseMergedArea(range);
    if (area) ops.push({ type: 'mergeCells', sheetId, ...area });
  }
  for (const run of positionRuns((sheet.hiddenRows ?? []).map((row) => row - 1))) ops.push({ type: 'hideRows', sheetId, ...run });
  const hiddenCols = (sheet.hiddenColumns ?? []).flatMap((letters) => parseCellAddress(`${letters}1`)?.col ?? []);
  for (const run of positionRuns(hiddenCols)) ops.push({ type: 'hideColumns', sheetId, ...run });
  if (sheet.frozenPanes) ops.push({ type: 'setFrozenPanes', sheetId, panes: sheet.frozenPanes });
  if (sheet.visibility && sheet.visibility !== 'visible') ops.push({ type: 'setSheetVisibility', sheetId, visibility: sheet.visibility });
  return ops;
}
