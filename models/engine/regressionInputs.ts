/**
 * How LINEST, LOGEST, TREND and GROWTH read their known and new x's (Microsoft's LINEST and TREND
 * pages): known_x's the shape of known_y's is one x variable; beside a column of y's each column
 * of known_x's is a variable, beside a row of y's each row (multiple regression); omitted, the
 * one variable {1,2,3,…}. New x's for several variables are points with a value per variable: the
 * rows of new_x's beside a column of y's (the result a column), its columns beside a row. Every
 * cell must be a number (an empty or text cell is #VALUE!); x's of another size are #REF!.
 */
import { CellError, ErrorType, SimpleRangeValue } from 'hyperformula';
import { plainCell } from './functionPlugins.js';

/** The x variables (each as long as the y's) and how they lie in known_x's. */
export interface KnownVariables {
  variables: number[][];
  /** `shape`: one variable of known_y's shape; `columns`/`rows`: one variable per column/row. */
  layout: 'shape' | 'columns' | 'rows';
}

/** Every cell as a number, row by row, or the error: LINEST's inputs may hold nothing else. */
export function allNumbers(range: SimpleRangeValue): number[] | CellError {
  const numbers: number[] = [];
  for (const cell of range.valuesFromTopLeftCorner()) {
    const value = plainCell(cell);
    if (value instanceof CellError) return value;
    if (typeof value !== 'number') return new CellError(ErrorType.VALUE, 'Every known and new value must be a number.');
    numbers.push(value);
  }
  return numbers;
}

/** The layout known_x's of this size has beside known_y's of that size, or undefined when it fits none. */
export function layoutOf(ys: { width: number; height: number }, xs: { width: number; height: number }): KnownVariables['layout'] | undefined {
  if (xs.width === ys.width && xs.height === ys.height) return 'shape';
  if (ys.width === 1 && xs.height === ys.height) return 'columns';
  if (ys.height === 1 && xs.width === ys.width) return 'rows';
  return undefined;
}

/** A range's numbers split into its columns or its rows. */
function lines(numbers: readonly number[], width: number, height: number, layout: 'columns' | 'rows'): number[][] {
  if (layout === 'rows') return Array.from({ length: height }, (_, r) => numbers.slice(r * width, (r + 1) * width));
  return Array.from({ length: width }, (_, c) => Array.from({ length: height }, (_, r) => numbers[r * width + c]!));
}

/** known_x's as x variables paired with known_y's; {1,2,3,…} when omitted. */
export function knownVariablesFor(knownYs: SimpleRangeValue, knownXs: SimpleRangeValue | undefined): KnownVariables | CellError {
  const width = knownYs.width();
  const height = knownYs.height();
  if (knownXs === undefined) {
    if (width > 1 && height > 1) return new CellError(ErrorType.VALUE, 'Omitted known_x\'s need a row or column of known_y\'s.');
    return { variables: [Array.from({ length: width * height }, (_, i) => i + 1)], layout: 'shape' };
  }
  const layout = layoutOf({ width, height }, { width: knownXs.width(), height: knownXs.height() });
  if (layout === undefined) return new CellError(ErrorType.REF, 'known_x\'s must have the dimensions of known_y\'s, or a row or column per variable.');
  const numbers = allNumbers(knownXs);
  if (numbers instanceof CellError) return numbers;
  if (layout === 'shape') return { variables: [numbers], layout };
  return { variables: lines(numbers, knownXs.width(), knownXs.height(), layout), layout };
}

/** New points (a value per variable each) from new_x's, and the width of the result they fill row by row. */
export function newPointsFor(known: KnownVariables, newXs: SimpleRangeValue): { points: number[][]; width: number } | CellError {
  const numbers = allNumbers(newXs);
  if (numbers instanceof CellError) return numbers;
  const width = newXs.width();
  const height = newXs.height();
  if (known.layout === 'shape') return { points: numbers.map((x) => [x]), width };
  const count = known.variables.length;
  if ((known.layout === 'columns' ? width : height) !== count) return new CellError(ErrorType.REF, 'new_x\'s need a value for each x variable.');
  const perVariable = lines(numbers, width, height, known.layout);
  const points = perVariable[0]!.map((_, p) => perVariable.map((line) => line[p]!));
  return { points, width: known.layout === 'columns' ? 1 : points.length };
}

/** The known points themselves (TREND and GROWTH with new_x's omitted: the result has known_y's shape). */
export function knownPoints(known: KnownVariables, yWidth: number): { points: number[][]; width: number } {
  return { points: known.variables[0]!.map((_, p) => known.variables.map((line) => line[p]!)), width: yWidth };
}
