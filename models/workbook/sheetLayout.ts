/**
 * The sizes a sheet is laid out at on screen, shared by AG Grid's columns and theme
 * (client/src/grid/gridColumns.ts, gridTheme.ts), the static first screen (FirstScreen.tsx) and
 * the server's pre-screen answer (models/scenarios/firstSheetScreen.ts), so that nothing moves
 * when one takes over from another. Pure.
 */

/** Every row's and the column header's height, in pixels. */
export const ROW_HEIGHT = 24;
/** The row numbers' column. */
export const ROW_HEADER_WIDTH = 52;
/** Excel-like default widths; a label column gets room for its labels. */
export const COLUMN_WIDTH = 96;
export const LABEL_COLUMN_WIDTH = 280;

/** A column's width: the workbook's (`widths`, by position), else the default. */
export function columnWidth(col: number, labelColumn: boolean, widths: ReadonlyMap<number, number>): number {
  return widths.get(col) ?? (col === 0 && labelColumn ? LABEL_COLUMN_WIDTH : COLUMN_WIDTH);
}
