/**
 * A sheet's visibility in an .xlsx (`state="hidden"` / `"veryHidden"` on its `<sheet>` in
 * workbook.xml, which exceljs reads and writes as `worksheet.state`) ↔ the workbook's
 * (models/workbook/sheetVisibility.ts). Planners hide lookup tables and parameters; the import
 * keeps them hidden and the export writes them back, so a round trip through Fremskriv leaves the
 * workbook as Excel showed it.
 */
import type ExcelJS from 'exceljs';
import type { SheetVisibility } from '../workbook/sheetVisibility.js';

/**
 * The visibility of each imported sheet. When none of them is visible (the file's only visible
 * sheets were Fremskriv's report sheets, which the import skips) the first is shown, as a workbook
 * keeps one visible sheet.
 */
export function importedVisibilities(sources: readonly Pick<ExcelJS.Worksheet, 'state'>[]): SheetVisibility[] {
  const visibilities = sources.map(({ state }): SheetVisibility => (state === 'hidden' || state === 'veryHidden' ? state : 'visible'));
  if (visibilities.length > 0 && !visibilities.includes('visible')) visibilities[0] = 'visible';
  return visibilities;
}

/**
 * Opens the exported workbook on its first visible sheet: without a workbook view Excel makes the
 * first sheet the active one even when it is hidden, and shows it.
 */
export function showFirstVisibleSheet(workbook: ExcelJS.Workbook, sheets: ReadonlyArray<{ visibility: SheetVisibility }>): void {
  const first = sheets.findIndex((s) => s.visibility === 'visible');
  if (first <= 0) return;
  workbook.views = [{ x: 0, y: 0, width: 12000, height: 24000, firstSheet: first, activeTab: first, visibility: 'visible' }];
}
