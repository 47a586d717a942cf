/**
 * Excel's Wrap Text in the grid: a wrapped cell's text is broken into lines at its column's width
 * (and at its own line breaks), and its row grows to fit the most lines of its wrapped cells, as
 * Excel auto-fits a row whose height was never set by hand (Fremskriv sets no row heights: every
 * other row keeps ROW_HEIGHT). The lines are broken here, with the canvas measure of
 * cellTextWidth.ts, and painted as they are broken (the cell, the wheel preview and the row height
 * agree), so the browser wraps nothing itself and only wrapped cells pay for it.
 */
import { COLUMN_WIDTH, ROW_HEIGHT } from '../../../models/workbook/sheetLayout.js';
import { sheetWrappedCells } from '../../../models/workbook/wrapText.js';
import { cellFormatAt } from '../../../models/workbook/readCells.js';
import { cellLook } from '../../../models/format/cellLook.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import { cellTextWidth, textRoom } from './cellTextWidth.js';

/** A wrapped cell's line, in pixels (styles.css `.fx-wrap`: 13 px text). */
export const WRAP_LINE_HEIGHT = 17;
/** Above a wrapped cell's first line (styles.css `.fx-wrap`'s padding). */
export const WRAP_PADDING_TOP = 3;
/** Above and below a wrapped cell's lines together (the padding, room below and the row's border). */
const WRAP_PADDING = 7;

/** Breaks `line` (no line break in it) into pieces no wider than `room`: at spaces, or within a word longer than `room`. */
function breakLine(line: string, room: number, measure: (text: string) => number): string[] {
  if (measure(line) <= room) return [line];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(/(?<= )/)) {
    if (measure(current + word) <= room || current === '') {
      current += word;
    } else {
      out.push(current.trimEnd());
      current = word;
    }
    // A word wider than the column is broken within, as Excel does.
    while (measure(current.trimEnd()) > room && current.length > 1) {
      let cut = current.length - 1;
      while (cut > 1 && measure(current.slice(0, cut)) > room) cut--;
      out.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  out.push(current.trimEnd());
  return out;
}

/**
 * The lines a wrapped cell shows of `text` in `room` pixels.
 *
 * @example wrappedLines('Ledige\nmed dagpenge', 200) // ['Ledige', 'med dagpenge']
 */
export function wrappedLines(text: string, room: number, measure: (text: string) => number = cellTextWidth): string[] {
  return text.split('\n').flatMap((line) => breakLine(line, room, measure));
}

/** The height of a row whose tallest wrapped cell shows `lines` lines. */
export function wrappedRowHeight(lines: number): number {
  return Math.max(ROW_HEIGHT, lines * WRAP_LINE_HEIGHT + WRAP_PADDING);
}

/** The rows of one sheet taller than ROW_HEIGHT for their wrapped cells. */
export class RowHeights {
  private tall = new Map<number, number>();
  /** A column's width on screen (SheetGridView sets it to AG Grid's, else the workbook's). */
  columnWidth: (col: number) => number = () => COLUMN_WIDTH;

  constructor(
    private readonly session: WorkbookSession,
    private readonly sheetId: string,
  ) {}

  /** A row's height in pixels. */
  height(row: number): number {
    return this.tall.get(row) ?? ROW_HEIGHT;
  }

  /** The rows taller than ROW_HEIGHT → their heights. */
  tallRows(): ReadonlyMap<number, number> {
    return this.tall;
  }

  /** Measures again from the sheet's wrapped cells and their values; true when a row's height changed. */
  update(): boolean {
    const { session, sheetId } = this;
    const next = new Map<number, number>();
    const wrapped = sheetWrappedCells(session.doc, sheetId);
    if (wrapped.length > 0) {
      const engine = session.engines.engine(session.activeScenario.get());
      const locale = session.locale.get();
      for (const { row, col } of wrapped) {
        const value = engine.value(sheetId, row, col);
        if (typeof value !== 'string' || value === '') continue;
        const text = cellLook(value, cellFormatAt(session.doc, sheetId, row, col), locale).text;
        const height = wrappedRowHeight(wrappedLines(text, textRoom(this.columnWidth(col))).length);
        if (height > (next.get(row) ?? ROW_HEIGHT)) next.set(row, height);
      }
    }
    const changed = next.size !== this.tall.size || [...next].some(([row, height]) => this.tall.get(row) !== height);
    this.tall = next;
    return changed;
  }
}
