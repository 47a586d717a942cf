/**
 * The fill handle, as in Excel: dragging the selection's corner down or right extends it and fills
 * the new cells from the selection. Two or more numbers in a column (row) continue as a linear
 * series (1, 2 → 3, 4; Excel's best-fit trend when the steps differ); anything else repeats the
 * selection's cells, formulas with their relative references moved, formats along. Pure.
 */
import type { CellPosition } from '../../../models/workbook/cellAddress.js';
import { copyCell, type CellChanges, type CellSource } from './fillRange.js';
import type { CellRange } from './selection.js';

/** The range a drag of the fill handle from `source` to `pointer` fills: down or right, never shrinking. */
export function fillTarget(source: CellRange, pointer: CellPosition): CellRange {
  const down = pointer.row - source.bottom;
  const right = pointer.col - source.right;
  if (down > 0 && down >= right) return { ...source, bottom: pointer.row };
  if (right > 0) return { ...source, right: pointer.col };
  return source;
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

/** One line of the fill (a column when filling down): source cells first, then the cells to fill. */
interface FillLine {
  source: CellPosition[];
  targets: CellPosition[];
}

function fillLines(source: CellRange, target: CellRange): FillLine[] {
  const down = target.bottom > source.bottom;
  if (!down && target.right <= source.right) return [];
  // Lines are columns when filling down and rows when filling right; `i` runs along a line.
  const [firstLine, lastLine] = down ? [source.left, source.right] : [source.top, source.bottom];
  const [from, to, end] = down ? [source.top, source.bottom, target.bottom] : [source.left, source.right, target.right];
  const at = (line: number, i: number): CellPosition => (down ? { row: i, col: line } : { row: line, col: i });
  const span = (a: number, b: number): number[] => Array.from({ length: Math.max(0, b - a + 1) }, (_, k) => a + k);
  return span(firstLine, lastLine).map((line) => ({
    source: span(from, to).map((i) => at(line, i)),
    targets: span(to + 1, end).map((i) => at(line, i)),
  }));
}

/** The edits that fill `target` (which starts with `source`) from `source`. */
export function autoFill(source: CellRange, target: CellRange, read: CellSource): CellChanges {
  const out: CellChanges = { cells: [], formats: [] };
  for (const line of fillLines(source, target)) {
    const inputs = line.source.map((p) => read.input(p.row, p.col));
    const numbers = inputs.every((input) => typeof input === 'number') ? (inputs as number[]) : null;
    line.targets.forEach((to, i) => {
      const from = line.source[i % line.source.length]!;
      copyCell(read, from, to, out);
      if (numbers && numbers.length >= 2) out.cells[out.cells.length - 1]!.input = linearTrend(numbers, numbers.length + i);
    });
  }
  return out;
}
