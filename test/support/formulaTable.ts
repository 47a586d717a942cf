/**
 * Evaluating a table of formulas over one sheet of data in the engine as Fremskriv configures it
 * (all plugins registered), for the per-function table tests.
 */
import type { RawCellContent } from 'hyperformula';
import { isCellError } from '../../models/engine/cellValue';
import { buildEngine } from '../../models/engine/engineConfig';
import { toCellValue } from '../../models/engine/engineValue';

/** A result as a table states it: a value, an error by its Excel name, or a spilled block. */
export type TableValue = number | string | boolean | null | TableValue[][];

/** As the grid shows it (the binding's toCellValue: `#CALC!` and the other Excel errors HyperFormula lacks). */
function plain(value: unknown): number | string | boolean | null {
  const shown = toCellValue(value);
  return isCellError(shown) ? shown.error : shown;
}

/**
 * Each formula's value, the formula placed alone below `data` (two rows apart, so a spill has
 * room); a block `rows`×`columns` is read when given.
 */
export function evaluate(data: RawCellContent[][], formula: string, spill?: { rows: number; columns: number }): TableValue {
  const sheet: RawCellContent[][] = [...data.map((row) => [...row]), [], [formula]];
  const engine = buildEngine({ S: sheet });
  try {
    const top = data.length + 1;
    if (spill === undefined) return plain(engine.getCellValue({ sheet: 0, row: top, col: 0 }));
    return Array.from({ length: spill.rows }, (_, r) => Array.from({ length: spill.columns }, (_, c) => plain(engine.getCellValue({ sheet: 0, row: top + r, col: c }))));
  } finally {
    engine.destroy();
  }
}

/** Close enough for a documented result printed with 9–10 digits. */
export function expectClose(actual: TableValue, expected: TableValue, digits = 9): boolean {
  if (typeof actual === 'number' && typeof expected === 'number') return Math.abs(actual - expected) < 10 ** -digits * Math.max(1, Math.abs(expected));
  if (Array.isArray(actual) && Array.isArray(expected)) {
    return actual.length === expected.length && actual.every((row, r) => Array.isArray(row) && row.every((cell, c) => expectClose(cell, expected[r]![c]!, digits)));
  }
  return actual === expected;
}

/**
 * Whether `formula` spills exactly `expected` (close to `digits`): the block read one row and one
 * column larger, so a spill that runs on past Excel's is caught too.
 */
export function spillsExactly(data: RawCellContent[][], formula: string, expected: TableValue[][], digits = 9): boolean {
  const width = expected[0]!.length;
  const block = [...expected.map((row) => [...row, null]), Array.from({ length: width + 1 }, () => null)];
  return expectClose(evaluate(data, formula, { rows: expected.length + 1, columns: width + 1 }), block, digits);
}
