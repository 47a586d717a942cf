/** The grid's look: compact rows and visible grid lines, as planners know them from Excel. */
import { themeQuartz } from 'ag-grid-community';
import { ROW_HEIGHT } from '../../../models/workbook/sheetLayout.js';

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  spacing: 3,
  rowHeight: ROW_HEIGHT,
  headerHeight: ROW_HEIGHT,
  cellHorizontalPadding: 6,
  wrapperBorderRadius: 0,
  borderRadius: 0,
  columnBorder: { color: '#e2e5e9' },
  rowBorder: { color: '#e2e5e9' },
  headerColumnBorder: { color: '#d0d4da' },
  headerBackgroundColor: '#f3f4f6',
  headerFontWeight: 500,
  accentColor: '#1a6e3a',
  rowHoverColor: 'transparent',
  pinnedColumnBorder: { color: '#9aa3ad', width: 2 },
  pinnedRowBorder: { color: '#9aa3ad', width: 2 },
});
