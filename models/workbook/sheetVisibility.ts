/**
 * Whether a sheet's tab is shown, as Excel has it (a sheet's `visibility`: "visible", "hidden" or
 * "veryHidden"). Planners' workbooks hide helper sheets (lookup tables, parameters): hidden is
 * not deleted, so formulas, goals, scenarios and every export still read the sheet; only its tab
 * is not shown. A very hidden sheet is not offered by "Unhide sheet…" either (in Excel only VBA
 * shows it again). A document written before the field has none: every sheet is visible.
 *
 * A workbook keeps at least one visible sheet (Excel refuses to hide the last one; so do the
 * operation check and the server's update check). Should a document hold none anyway (an older
 * client's update), the first sheet is shown, so a workbook never has no tab at all.
 *
 * @example visibleSheets(workbookGrid(doc)) // the tabs to draw, in order
 */
import type { SheetInfo, WorkbookGrid } from './WorkbookGrid.js';
import type { SheetMap } from './workbookSchema.js';

export const SHEET_VISIBILITIES = ['visible', 'hidden', 'veryHidden'] as const;
export type SheetVisibility = (typeof SHEET_VISIBILITIES)[number];

export function isSheetVisibility(value: unknown): value is SheetVisibility {
  return typeof value === 'string' && (SHEET_VISIBILITIES as readonly string[]).includes(value);
}

/** The visibility stored with a sheet: absent, or anything the schema does not know, is visible. */
export function storedVisibility(sheet: SheetMap | undefined): SheetVisibility {
  const value = sheet?.get('visibility');
  return isSheetVisibility(value) ? value : 'visible';
}

/**
 * Whether a sheet is stored visible, without the first-sheet fallback: the server's update check
 * asks this before and after a peer's update, so that an update hiding the last one is refused.
 */
export function storesVisibleSheet(grid: WorkbookGrid): boolean {
  return grid.listSheets().some((info) => storedVisibility(grid.sheet(info.id)) === 'visible');
}

/** Each shown sheet's visibility in tab order, with the first sheet visible when none is stored so. */
export function sheetVisibilities(grid: WorkbookGrid): Array<SheetInfo & { visibility: SheetVisibility }> {
  const sheets = grid.listSheets().map((info) => ({ ...info, visibility: storedVisibility(grid.sheet(info.id)) }));
  if (sheets.length > 0 && !sheets.some((s) => s.visibility === 'visible')) sheets[0]!.visibility = 'visible';
  return sheets;
}

/** The sheets whose tabs are shown, in tab order (never empty while the workbook has a sheet). */
export function visibleSheets(grid: WorkbookGrid): SheetInfo[] {
  return sheetVisibilities(grid)
    .filter((s) => s.visibility === 'visible')
    .map(({ id, name }) => ({ id, name }));
}

/** The sheet's visibility as shown (see sheetVisibilities); visible for a sheet the workbook does not show. */
export function sheetVisibility(grid: WorkbookGrid, sheetId: string): SheetVisibility {
  return sheetVisibilities(grid).find((s) => s.id === sheetId)?.visibility ?? 'visible';
}
