/**
 * Draws the grid's view on a canvas while a fast scroll is previewed (issue 17, scrollPreview.ts):
 * what each cell shows (GridPainter's paint: text, number alignment, errors, assumption and
 * selection colours, the selection's edges and active cell), the grid lines, the column letters,
 * the row numbers and the frozen part's borders, in the grid's own font and colours (read from
 * the page once). Colleagues' cursors, cut and fill outlines and the fill handle are left to the
 * grid, which shows them again when the scroll settles.
 */
import type { CellPaint } from './cellPaint.js';
import { GRID_COLOURS } from './gridTheme.js';
import { WRAP_LINE_HEIGHT, WRAP_PADDING_TOP } from './rowHeights.js';
import type { Box, PreviewCell, PreviewLayout, PreviewRegion } from './previewLayout.js';

export interface PreviewLook {
  font: string;
  /** The frozen rows' font: AG Grid's theme sets pinned rows in bold. */
  frozenRowFont: string;
  textColour: string;
  errorColour: string;
  headerFont: string;
  rowNumberFont: string;
  mutedColour: string;
  headerBackground: string;
  gridLine: string;
  headerLine: string;
  frozenLine: string;
  inputBackground: string;
  selectedBackground: string;
  selectedInputBackground: string;
  accent: string;
  /** Between a cell's edge and its text. */
  padding: number;
}

/** The look of the grid in `grid` (an element inside `.sheet-grid`), read from its styles. */
export function readPreviewLook(grid: HTMLElement): PreviewLook {
  const root = getComputedStyle(document.documentElement);
  const variable = (name: string, fallback: string): string => root.getPropertyValue(name).trim() || fallback;
  const styleOf = (selector: string): CSSStyleDeclaration | null => {
    const element = grid.querySelector<HTMLElement>(selector);
    return element ? getComputedStyle(element) : null;
  };
  const cellStyle = styleOf('.ag-row:not(.ag-row-pinned) .ag-cell:not(.fx-row-header)');
  const fontOf = (style: CSSStyleDeclaration | null, fallback: string): string =>
    style ? `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}` : fallback;
  const family = cellStyle?.fontFamily ?? 'system-ui, sans-serif';
  const font = fontOf(cellStyle, `13px ${family}`);
  return {
    font,
    frozenRowFont: fontOf(styleOf('.ag-row-pinned .ag-cell:not(.fx-row-header)'), font),
    textColour: cellStyle?.color ?? '#181d1f',
    errorColour: '#c92a2a',
    headerFont: fontOf(styleOf('.ag-header-cell'), `500 13px ${family}`),
    rowNumberFont: fontOf(styleOf('.ag-row:not(.ag-row-pinned) .fx-row-header'), `12px ${family}`),
    mutedColour: variable('--fx-muted', '#5f6b77'),
    headerBackground: GRID_COLOURS.headerBackground,
    gridLine: GRID_COLOURS.line,
    headerLine: GRID_COLOURS.headerLine,
    frozenLine: GRID_COLOURS.frozenLine,
    inputBackground: variable('--fx-input', '#fff6cc'),
    selectedBackground: variable('--fx-select', 'rgba(26, 110, 58, 0.1)'),
    selectedInputBackground: '#f3e7a8',
    accent: variable('--fx-green', '#1a6e3a'),
    padding: cellStyle ? parseFloat(cellStyle.paddingLeft) + parseFloat(cellStyle.borderLeftWidth) : 6,
  };
}

/** What a cell shows; null for the row numbers' column, which shows `row + 1`. */
export type CellPaintOf = (row: number, col: number, width: number) => CellPaint;

/** Where a cell's text is centred: the grid's text sits a pixel below the cell's middle (its 22 px line under a 1 px border). */
function textMiddle(box: Box): number {
  return box.y + box.height / 2 + 1;
}

function background(classes: readonly string[], look: PreviewLook): string | null {
  const input = classes.includes('fx-input');
  if (classes.includes('fx-active')) return input ? look.inputBackground : null;
  if (classes.includes('fx-sel')) return input ? look.selectedInputBackground : look.selectedBackground;
  return input ? look.inputBackground : null;
}

function drawCellText(ctx: CanvasRenderingContext2D, cell: PreviewCell, paint: CellPaint, look: PreviewLook): void {
  if (!paint.text) return;
  const { classes } = paint;
  const y = textMiddle(cell);
  let x = cell.x + look.padding;
  ctx.textAlign = 'left';
  // The cell's own alignment first (styles.css `fx-al-*`), else General's by type.
  const own = classes.includes('fx-al-left') ? 'left' : classes.includes('fx-al-center') ? 'center' : classes.includes('fx-al-right') ? 'right' : null;
  const align = own ?? (classes.includes('fx-err') ? 'center' : classes.includes('fx-num') ? 'right' : 'left');
  if (align === 'center') {
    ctx.textAlign = 'center';
    x = cell.x + cell.width / 2;
  } else if (align === 'right') {
    ctx.textAlign = 'right';
    x = cell.x + cell.width - look.padding;
  }
  ctx.fillStyle = classes.includes('fx-err') ? look.errorColour : (paint.colour ?? look.textColour);
  const wrapped = classes.includes('fx-wrap');
  if (!classes.includes('fx-clip') && !wrapped) return ctx.fillText(paint.text, x, y);
  ctx.save();
  ctx.beginPath();
  ctx.rect(cell.x, cell.y, cell.width, cell.height);
  ctx.clip();
  // A wrapped cell's lines, broken as the cell shows them (rowHeights.ts), from its top as styles.css's `.fx-wrap`.
  if (wrapped) paint.text.split('\n').forEach((line, i) => ctx.fillText(line, x, cell.y + WRAP_PADDING_TOP + (i + 0.5) * WRAP_LINE_HEIGHT + 1));
  else ctx.fillText(paint.text, x, y);
  ctx.restore();
}

function drawSelectionEdges(ctx: CanvasRenderingContext2D, cell: PreviewCell, classes: readonly string[], look: PreviewLook): void {
  ctx.fillStyle = look.accent;
  const { x, y, width, height } = cell;
  if (classes.includes('fx-et')) ctx.fillRect(x - 1, y - 1, width + 2, 2);
  if (classes.includes('fx-eb')) ctx.fillRect(x - 1, y + height - 1, width + 2, 2);
  if (classes.includes('fx-el')) ctx.fillRect(x - 1, y - 1, 2, height + 2);
  if (classes.includes('fx-er')) ctx.fillRect(x + width - 1, y - 1, 2, height + 2);
  if (classes.includes('fx-active')) {
    ctx.strokeStyle = look.accent;
    ctx.lineWidth = 1;
    ctx.strokeRect(x + 0.5, y + 0.5, width - 1, height - 2);
  }
}

function gridLines(ctx: CanvasRenderingContext2D, cells: readonly PreviewCell[], colour: string): void {
  ctx.beginPath();
  for (const { x, y, width, height } of cells) {
    ctx.moveTo(x + width - 0.5, y);
    ctx.lineTo(x + width - 0.5, y + height);
    ctx.moveTo(x, y + height - 0.5);
    ctx.lineTo(x + width, y + height - 0.5);
  }
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1;
  ctx.stroke();
}

function clipTo(ctx: CanvasRenderingContext2D, box: Box): void {
  ctx.beginPath();
  ctx.rect(box.x, box.y, box.width, box.height);
  ctx.clip();
}

function drawRegion(ctx: CanvasRenderingContext2D, { clip, cells, frozenRows }: PreviewRegion, paintOf: CellPaintOf, look: PreviewLook): void {
  ctx.save();
  clipTo(ctx, clip);
  ctx.fillStyle = '#fff';
  ctx.fillRect(clip.x, clip.y, clip.width, clip.height);
  const paints = cells.map((cell) => (cell.col === null ? null : paintOf(cell.row, cell.col, cell.width)));
  cells.forEach((cell, i) => {
    const paint = paints[i];
    const fill = paint ? background(paint.classes, look) : look.headerBackground;
    if (!fill) return;
    ctx.fillStyle = fill;
    ctx.fillRect(cell.x, cell.y, cell.width, cell.height);
  });
  gridLines(ctx, cells, look.gridLine);
  ctx.textBaseline = 'middle';
  ctx.font = look.rowNumberFont;
  ctx.fillStyle = look.mutedColour;
  ctx.textAlign = 'center';
  cells.forEach((cell, i) => {
    if (!paints[i]) ctx.fillText(String(cell.row + 1), cell.x + cell.width / 2, textMiddle(cell));
  });
  ctx.font = frozenRows ? look.frozenRowFont : look.font;
  cells.forEach((cell, i) => {
    const paint = paints[i];
    if (paint) drawCellText(ctx, cell, paint, look);
  });
  cells.forEach((cell, i) => {
    const paint = paints[i];
    if (paint && paint.classes.includes('fx-sel')) drawSelectionEdges(ctx, cell, paint.classes, look);
  });
  ctx.restore();
}

function drawHeaders(ctx: CanvasRenderingContext2D, layout: PreviewLayout, label: (col: number) => string, look: PreviewLook): void {
  for (const { clip, cells } of layout.headers) {
    ctx.save();
    clipTo(ctx, clip);
    ctx.fillStyle = look.headerBackground;
    ctx.fillRect(clip.x, clip.y, clip.width, clip.height);
    ctx.beginPath();
    for (const { x, y, width, height } of cells) {
      ctx.moveTo(x + width - 0.5, y);
      ctx.lineTo(x + width - 0.5, y + height);
    }
    ctx.moveTo(clip.x, clip.y + clip.height - 0.5);
    ctx.lineTo(clip.x + clip.width, clip.y + clip.height - 0.5);
    ctx.strokeStyle = look.headerLine;
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.font = look.headerFont;
    ctx.fillStyle = look.mutedColour;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const cell of cells) if (cell.col !== null) ctx.fillText(label(cell.col), cell.x + cell.width / 2, textMiddle(cell));
    ctx.restore();
  }
}

/** Draws the whole view; `ctx` is scaled to CSS pixels. */
export function drawPreview(ctx: CanvasRenderingContext2D, size: { width: number; height: number }, layout: PreviewLayout, paintOf: CellPaintOf, label: (col: number) => string, look: PreviewLook): void {
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size.width, size.height);
  for (const region of layout.regions) drawRegion(ctx, region, paintOf, look);
  drawHeaders(ctx, layout, label, look);
  ctx.fillStyle = look.frozenLine;
  if (layout.frozenRight > 0) ctx.fillRect(layout.frozenRight - 2, 0, 2, size.height);
  if (layout.frozenBottom > 0) ctx.fillRect(0, layout.frozenBottom - 2, size.width, 2);
}
