/** A v1 file sheet's bounds and column widths → the operations that set them on a new sheet. */
import type { WorkbookOperation } from '../operations/workbookOperation.js';
import { parseCellAddress } from '../workbook/cellAddress.js';
import type { WorkbookFileSheet } from './workbookFile.js';

export function sheetSettingsOperations(sheetId: string, sheet: Pick<WorkbookFileSheet, 'validations' | 'columnWidths'>): WorkbookOperation[] {
  const ops: WorkbookOperation[] = [];
  for (const [key, bounds] of Object.entries(sheet.validations ?? {})) {
    const at = parseCellAddress(key);
    if (at) ops.push({ type: 'setAssumptionBounds', sheetId, ...at, bounds });
  }
  for (const [letters, width] of Object.entries(sheet.columnWidths ?? {})) {
    const at = parseCellAddress(`${letters}1`);
    if (at) ops.push({ type: 'setColumnWidth', sheetId, col: at.col, width });
  }
  return ops;
}
