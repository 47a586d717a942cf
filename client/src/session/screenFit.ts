/**
 * The pre-screen's part of the server's first sheet (session/preScreen.ts): what the window can
 * show. Dependency-free: part of the entry's chunk.
 */
import type { FirstSheetScreen } from '../../../models/scenarios/firstSheetScreen.js';
import { ROW_HEIGHT } from '../../../models/workbook/sheetLayout.js';

/**
 * The screen cut to what the window can show: the server sends enough for a large screen (60
 * rows, 3,000 px), and the browser's style and layout of cells no one sees (forced when the
 * pre-screen takes the focus) held the page's thread, and with it the sync and AG Grid, as long
 * as without a pre-screen they came 0,5 s sooner (README, issue 17).
 */
export function fitted(screen: FirstSheetScreen, width: number, height: number): FirstSheetScreen {
  let cols = 0;
  for (let right = screen.rowHeaderWidth; cols < screen.columnWidths.length && right < width; cols++) right += screen.columnWidths[cols]!;
  const rows = Math.min(screen.rows.length, Math.max(0, Math.ceil(height / ROW_HEIGHT)));
  return { ...screen, columnWidths: screen.columnWidths.slice(0, cols), rows: screen.rows.slice(0, rows).map((row) => row.slice(0, cols)) };
}

