/** The grid's look: compact rows and visible grid lines, as planners know them from Excel. */
import { themeQuartz } from 'ag-grid-community';
import { ROW_HEIGHT } from '../../../models/workbook/sheetLayout.js';

/** The grid's lines and header colours, shared with the wheel-scroll preview's canvas (previewCanvas.ts). */
export const GRID_COLOURS = {
  line: '#e2e5e9',
  headerLine: '#d0d4da',
  headerBackground: '#f3f4f6',
  frozenLine: '#9aa3ad',
} as const;

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  spacing: 3,
  rowHeight: ROW_HEIGHT,
  headerHeight: ROW_HEIGHT,
  cellHorizontalPadding: 6,
  wrapperBorderRadius: 0,
  borderRadius: 0,
  columnBorder: { color: GRID_COLOURS.line },
  rowBorder: { color: GRID_COLOURS.line },
  headerColumnBorder: { color: GRID_COLOURS.headerLine },
  headerBackgroundColor: GRID_COLOURS.headerBackground,
  headerFontWeight: 500,
  accentColor: '#1a6e3a',
  rowHoverColor: 'transparent',
  pinnedColumnBorder: { color: GRID_COLOURS.frozenLine, width: 2 },
  pinnedRowBorder: { color: GRID_COLOURS.frozenLine, width: 2 },
});
