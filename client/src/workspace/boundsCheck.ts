/**
 * Refuses a typed, pasted or filled value outside a cell's allowed bounds (Excel's data
 * validation "Stop" alert), telling the planner the bounds in the cell's own format.
 */
import type { CellEdit } from '../../../models/operations/workbookOperation.js';
import { assumptionBounds, outsideBounds, type AssumptionBounds } from '../../../models/workbook/assumptionBounds.js';
import { formatCellValue } from '../../../models/format/displayFormat.js';
import { cellFormatAt } from '../../../models/workbook/readCells.js';
import type { CellFormat, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import type { WorkbookSession } from './WorkbookSession.js';

/** The translation key and values that say the bounds (`mellem 0,0 % og 100,0 %`). */
export function boundsNotice(bounds: AssumptionBounds, format: CellFormat | undefined, locale: WorkbookLocale): { key: string; values: Record<string, string> } {
  const shown = (n: number): string => formatCellValue(n, format, locale);
  if (bounds.min !== undefined && bounds.max !== undefined) return { key: 'safeEdits.bounds.between', values: { min: shown(bounds.min), max: shown(bounds.max) } };
  if (bounds.min !== undefined) return { key: 'safeEdits.bounds.atLeast', values: { min: shown(bounds.min) } };
  return { key: 'safeEdits.bounds.atMost', values: { max: shown(bounds.max ?? 0) } };
}

/** True when every edit keeps within its cell's bounds; otherwise tells the first refusal. */
export function editsWithinBounds(session: WorkbookSession, sheetId: string, cells: readonly CellEdit[]): boolean {
  for (const { row, col, input } of cells) {
    const bounds = assumptionBounds(session.doc, sheetId, row, col);
    if (!bounds || !outsideBounds(input, bounds)) continue;
    const notice = boundsNotice(bounds, cellFormatAt(session.doc, sheetId, row, col), session.locale.get());
    session.tell(notice.key, notice.values);
    return false;
  }
  return true;
}
