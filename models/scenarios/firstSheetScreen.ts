/**
 * What a page shows first of a workspace, as text (issue 17): the first sheet's top-left cells
 * exactly as the grid shows them (models/format/cellLook.ts: the same formats and locale; the
 * grid's column widths and frozen panes, models/workbook/sheetLayout.ts) and the first
 * scenario's goals with their badges. The server sends it with GET …/values?screen=<locale>, and
 * the page's entry paints it before any of the app's code has loaded
 * (client/src/session/preScreen.ts). Pure.
 */
import type * as Y from 'yjs';
import type { WorkbookEngine } from '../engine/WorkbookEngine.js';
import { cellLook, cellLookClasses, type CellLookClass } from '../format/cellLook.js';
import type { GoalResult } from '../goals/goalEvaluation.js';
import type { GoalDefinition } from '../goals/goalModel.js';
import { goalStatus, type GoalStatus } from '../goals/goalStatus.js';
import { sheetColumnWidths } from '../workbook/columnWidths.js';
import { sheetFrozenPanes, suggestedPanes } from '../workbook/frozenPanes.js';
import { cellFormatAt, sheetCells } from '../workbook/readCells.js';
import { columnWidth, ROW_HEADER_WIDTH } from '../workbook/sheetLayout.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import type { CellFormat } from '../workbook/workbookSchema.js';
import { visibleSheets } from '../workbook/sheetVisibility.js';
import { scenarioInputPositions, workbookTitle, type WorkbookLocale } from '../workbook/workbookReader.js';

/** Enough for a large screen: 60 rows of 24 px, columns until 3,000 px (or 40). */
export const SCREEN_ROWS = 60;
export const SCREEN_WIDTH = 3000;
export const SCREEN_COLS = 40;

export interface ScreenCell {
  text: string;
  classes: CellLookClass[];
  /** A number's value and format: the page fits it to its column as the grid does (numberFit.ts). */
  number?: number;
  format?: CellFormat;
}

export interface FirstSheetScreen {
  title: string;
  /** The sheets' names in tab order; the first is shown. */
  sheets: string[];
  /** The scenario's name, for the goal panel's heading ("" for a workbook without scenarios). */
  scenarioName: string;
  frozen: { rows: number; cols: number };
  rowHeaderWidth: number;
  /** The shown columns' widths, from A. */
  columnWidths: number[];
  /** The shown rows (at most the sheet's), each with one cell per shown column. */
  rows: ScreenCell[][];
  goals: Array<{ id: string; title: string; status: GoalStatus }>;
}

export function firstSheetScreen(
  doc: Y.Doc,
  engine: WorkbookEngine,
  scenario: { id: string; name: string },
  goals: readonly GoalDefinition[],
  results: readonly GoalResult[],
  locale: WorkbookLocale,
): FirstSheetScreen {
  const grid = workbookGrid(doc);
  // The page opens on the first visible sheet, and shows only visible tabs (sheetVisibility.ts).
  const sheets = visibleSheets(grid);
  const sheetId = sheets[0]?.id;
  const screen: FirstSheetScreen = {
    title: workbookTitle(doc),
    sheets: sheets.map((sheet) => sheet.name),
    scenarioName: scenario.name,
    frozen: { rows: 0, cols: 0 },
    rowHeaderWidth: ROW_HEADER_WIDTH,
    columnWidths: [],
    rows: [],
    goals: goals.map((goal, i) => ({ id: goal.id, title: goal.title, status: goalStatus(results[i], goal) })),
  };
  if (sheetId === undefined) return screen;
  // As the grid: the stored panes or the cells' suggestion, and a label column by the suggestion.
  screen.frozen = sheetFrozenPanes(doc, sheetId);
  const labelColumn = suggestedPanes(sheetCells(doc, sheetId)).cols > 0;
  const widths = new Map(sheetColumnWidths(doc, sheetId).map(({ col, width }) => [col, width]));
  const colCount = Math.min(grid.colIds(sheetId).length, SCREEN_COLS);
  for (let col = 0, right = ROW_HEADER_WIDTH; col < colCount && right < SCREEN_WIDTH; col++) {
    const width = columnWidth(col, labelColumn, widths);
    screen.columnWidths.push(width);
    right += width;
  }
  const inputs = scenarioInputPositions(doc, scenario.id);
  const rowCount = Math.min(grid.rowIds(sheetId).length, SCREEN_ROWS);
  for (let row = 0; row < rowCount; row++) {
    const cells: ScreenCell[] = [];
    for (let col = 0; col < screen.columnWidths.length; col++) {
      const value = engine.value(sheetId, row, col);
      const format = cellFormatAt(doc, sheetId, row, col);
      const look = cellLook(value, format, locale);
      const classes = cellLookClasses(doc, sheetId, row, col, value, look, inputs.has(`${sheetId}:${row}:${col}`));
      const cell: ScreenCell = { text: look.text, classes };
      if (typeof value === 'number') cell.number = value;
      if (typeof value === 'number' && format !== undefined) cell.format = format;
      cells.push(cell);
    }
    screen.rows.push(cells);
  }
  return screen;
}
