/**
 * How wide a cell's text is, measured with a canvas in the grid's font (issue 17): a number is
 * fitted to its column (models/format/numberFit.ts) and only text that does not fit is clipped,
 * because every clipped cell is a piece of paint Chromium's layer assignment must place while
 * scrolling. A canvas measure reads no layout; each text's width is kept, so a cell scrolled back
 * into view measures nothing.
 */

/** The grid's cell font: styles.css's body font at gridTheme.ts's 13 px. */
const CELL_FONT = "13px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
/**
 * A cell's text starts this far inside its column: AG Grid's 6 px padding (gridTheme.ts's
 * cellHorizontalPadding, 5 px plus a 1 px border on each side, as in firstScreen.css), and 1 px
 * spare so a canvas measure a little short of the DOM's never lets a digit be cut.
 */
const CELL_INSET = 13;
const MAX_KEPT = 20_000;

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in the grid's cell font, in CSS pixels. */
export function cellTextWidth(text: string): number {
  let width = widths.get(text);
  if (width !== undefined) return width;
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d');
    if (context) context.font = CELL_FONT;
  }
  // Without a canvas (never in a browser the grid supports) every text reads as fitting.
  width = context ? context.measureText(text).width : 0;
  if (widths.size >= MAX_KEPT) widths.clear();
  widths.set(text, width);
  return width;
}

/** The column width, in whole pixels, at which `text` shows in full (measured by `measure`). */
export function columnWidthToFit(text: string, measure: (text: string) => number = cellTextWidth): number {
  return Math.ceil(measure(text)) + CELL_INSET;
}

/** The width a cell's text may take in a column `columnWidth` wide. */
export function textRoom(columnWidth: number): number {
  return Math.max(0, columnWidth - CELL_INSET);
}
