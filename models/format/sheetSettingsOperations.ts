/**
 * A v1 file sheet's bounds, column widths, frozen panes, wrapped cells and visibility → the operations that set
 * them on a new sheet. Hiding comes after every sheet is added (the importer puts these after the
 * adds), so the file's visible sheets are there when one is hidden.
 */
import type { WorkbookOperation } from '../operations/workbookOperation.js';
import { parseCellAddress } from '../workbook/cellAddress.js';
import type { WorkbookFileSheet } from './workbookFile.js';

export function sheetSettingsOperations(sheetId: string, sheet: Pick<WorkbookFileSheet, 'validations' | 'columnWidths' | 'frozenPanes' | 'wrapText' | 'visibility'>): WorkbookOperation[] {
  const ops: WorkbookOperation[] = [];
  for (const [key, bounds] of Object.entries(sheet.validations ?? {})) {
    const at = parseCellAddress(key);
    if (at) ops.push({ type: 'setAssumptionBounds', sheetId, ...at, bounds });
  }
  for (const [letters, width] of Object.entries(sheet.columnWidths ?? {})) {
    const at = parseCellAddress(`${letters}1`);
    if (at) ops.push({ type: 'setColumnWidth', sheetId, col: at.col, width });
  }
  for (const address of sheet.wrapText ?? []) {
    const at = parseCellAddress(address);
    if (at) ops.push({ type: 'setWrapText', sheetId, ...at, wrap: true });
  }
  if (sheet.frozenPanes) ops.push({ type: 'setFrozenPanes', sheetId, panes: sheet.frozenPanes });
  if (sheet.visibility && sheet.visibility !== 'visible') ops.push({ type: 'setSheetVisibility', sheetId, visibility: sheet.visibility });
  return ops;
}
