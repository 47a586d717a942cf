/**
 * The fill handle, as in Excel: dragging the selection's corner down, up, right or left extends it
 * and fills the new cells from the selection. Two or more numbers in a column (row) continue as a
 * linear series (1, 2 → 3, 4 downwards, → 0, -1 upwards; Excel's best-fit trend when the steps
 * differ). Text ending in a number counts on from one cell already (Uge 1 → Uge 2, as Excel), and
 * a month label `2023-11` → `2023-12` → `2024-01` (where Excel's text rule would give `2023-13`: a
 * planner's trajectories run on such labels). Month and weekday names and quarters continue as
 * word series (jan → feb, dec 2023 → jan 2024, K4 → K1: see wordSeries.ts). One time cell counts
 * on by an hour (09:00 → 10:00 → 11:00) and one date or date-time cell by a day, as Excel does;
 * two or more follow their step like other numbers (09:00, 09:30 → 10:00). Anything else
 * repeats the selection's cells, formulas with their relative references moved, formats along.
 * Pure.
 */
import type { CellPosition } from '../../../models/workbook/cellAddress.js';
import { copyCell, type CellChanges, type CellSource } from './fillRange.js';
import type { CellRange } from './selection.js';
import type { CellFormat, CellInput } from '../../../models/workbook/workbookReader.js';
import { isDateOrTimeFormat } from '../../../models/format/excelDateTime.js';
import { isTimeFormat, onWholeSecond } from '../../../models/format/excelTime.js';
import { wordSeriesOf, type SeriesLanguage } from './wordSeries.js';

/**
 * The range a drag of the fill handle from `source` to `pointer` fills: the selection stretched
 * toward the side the pointer has gone furthest past (down, up, right or left), never shrunk.
 */
export function fillTarget(source: CellRange, pointer: CellPosition): CellRange {
  const past = [
    { by: pointer.row - source.bottom, range: { ...source, bottom: pointer.row } },
    { by: source.top - pointer.row, range: { ...source, top: pointer.row } },
    { by: pointer.col - source.right, range: { ...source, right: pointer.col } },
    { by: source.left - pointer.col, range: { ...source, left: pointer.col } },
  ];
  const furthest = past.reduce((best, side) => (side.by > best.by ? side : best));
  return furthest.by > 0 ? furthest.range : source;
}

/** Least-squares line through (0, values[0]), (1, values[1]), …, read at `x`; float noise rounded away. */
export function linearTrend(values: readonly number[], x: number): number {
  const n = values.length;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((y, i) => {
    num += (i - meanX) * (y - meanY);
    den += (i - meanX) ** 2;
  });
  const value = meanY + (num / den) * (x - meanX);
  return Number(value.toPrecision(15));
}

/** A line's source as a series: its values along the line, how a value reads in a cell, and the step of a lone value. */
interface Series {
  values: number[];
  cell(value: number): CellInput;
  /** What one cell adds when the series has a single value (1; an hour for a time, a day for a date). */
  step?: number;
}

/** What one time or date cell counts on by per cell, as Excel's fill handle: an hour, a day; null for other cells. */
function loneStep(format: CellFormat | undefined): number | null {
  if (isTimeFormat(format)) return 1 / 24;
  return isDateOrTimeFormat(format) ? 1 : null;
}

const MONTH_LABEL = /^(\d{4})-(0[1-9]|1[0-2])$/;
const TRAILING_NUMBER = /^(.*?)(\d+)$/;

/** The source cells as a series, or null when they repeat as a pattern instead. */
function seriesOf(inputs: ReadonlyArray<CellInput | undefined>, formats: ReadonlyArray<CellFormat | undefined>, language: SeriesLanguage): Series | null {
  if (inputs.every((input) => typeof input === 'number')) {
    const values = inputs as number[];
    // Times and dates typed to the second continue on whole seconds, each as if typed.
    const clock = formats.every(isDateOrTimeFormat) && values.every((value) => onWholeSecond(value) !== null);
    const cell = clock ? (v: number): number => onWholeSecond(v) ?? v : (v: number): number => v;
    if (values.length >= 2) return { values, cell };
    const step = loneStep(formats[0]);
    if (step !== null) return { values, cell, step };
    return null;
  }
  const texts = inputs.every((input): input is string => typeof input === 'string' && !input.startsWith('=')) ? inputs : null;
  if (!texts) return null;
  const months = texts.map((text) => MONTH_LABEL.exec(text));
  if (months.every((m) => m !== null)) {
    return {
      values: months.map((m) => Number(m![1]) * 12 + Number(m![2]) - 1),
      cell: (v) => `${Math.floor(v / 12)}-${String((v % 12) + 1).padStart(2, '0')}`,
    };
  }
  const words = wordSeriesOf(texts, language);
  if (words) return words === 'pattern' ? null : words;
  const numbered = texts.map((text) => TRAILING_NUMBER.exec(text));
  const prefix = numbered[0]?.[1];
  if (prefix === undefined || !numbered.every((m) => m !== null && m[1] === prefix)) return null;
  const width = numbered[0]![2]!.length;
  return {
    values: numbered.map((m) => Number(m![2])),
    // Leading zeros kept (Item01 → Item02); a count below zero reads as its absolute value, as Excel.
    cell: (v) => `${prefix}${String(Math.abs(Math.round(v))).padStart(width, '0')}`,
  };
}

/** The series' value at `x` (0 is the first source cell): one value counts by its step, more follow their trend. */
function seriesValue(series: Series, x: number): number {
  return series.values.length === 1 ? series.values[0]! + x * (series.step ?? 1) : linearTrend(series.values, x);
}

/** One line of the fill (a column when filling up or down): source cells, then the cells to fill by their distance. */
interface FillLine {
  source: CellPosition[];
  /** Each cell to fill and its place along the line counted from the first source cell (negative before it). */
  targets: Array<{ at: CellPosition; x: number }>;
}

function fillLines(source: CellRange, target: CellRange): FillLine[] {
  const vertical = target.top < source.top || target.bottom > source.bottom;
  if (!vertical && target.left >= source.left && target.right <= source.right) return [];
  // Lines are columns when filling up or down and rows when filling sideways; `i` runs along a line.
  const [firstLine, lastLine] = vertical ? [source.left, source.right] : [source.top, source.bottom];
  const [from, to] = vertical ? [source.top, source.bottom] : [source.left, source.right];
  const [start, end] = vertical ? [target.top, target.bottom] : [target.left, target.right];
  const at = (line: number, i: number): CellPosition => (vertical ? { row: i, col: line } : { row: line, col: i });
  const span = (a: number, b: number): number[] => Array.from({ length: Math.max(0, b - a + 1) }, (_, k) => a + k);
  // Nearest the selection first, so that the cells fill outward from it.
  const outside = [...span(to + 1, end), ...span(start, from - 1).reverse()];
  return span(firstLine, lastLine).map((line) => ({
    source: span(from, to).map((i) => at(line, i)),
    targets: outside.map((i) => ({ at: at(line, i), x: i - from })),
  }));
}

/**
 * The edits that fill `target` (which starts with `source`) from `source`; month and weekday names
 * that are both Danish and English continue in `language`, the workbook's.
 */
export function autoFill(source: CellRange, target: CellRange, read: CellSource, language: SeriesLanguage = 'da'): CellChanges {
  const out: CellChanges = { cells: [], formats: [] };
  for (const line of fillLines(source, target)) {
    const series = seriesOf(
      line.source.map((p) => read.input(p.row, p.col)),
      line.source.map((p) => read.format(p.row, p.col)),
      language,
    );
    const n = line.source.length;
    for (const { at: to, x } of line.targets) {
      // The selection repeats as a pattern in both directions: above it, its last cell comes first.
      const from = line.source[((x % n) + n) % n]!;
      copyCell(read, from, to, out);
      if (series) out.cells[out.cells.length - 1]!.input = series.cell(seriesValue(series, x));
    }
  }
  return out;
}
