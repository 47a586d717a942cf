/**
 * SUMIF's and AVERAGEIF's sum range as Excel takes it: from its top-left cell, the size and shape
 * of the criteria range (https://support.microsoft.com/office/sumif-function-169b8c99-c05c-4483-a712-1697a653039b,
 * https://support.microsoft.com/office/averageif-function-faec8e2e-0dec-4308-af69-f5576d8ac642):
 * `=SUMIF(A1:A9,"x",B1)` sums B1:B9. HyperFormula needs both of one size (#VALUE!), and a function
 * reading past the cells its formula names would not be recomputed when those cells change; so
 * the engine is given the sum range Excel reads, as a reference it tracks (engineFormula.ts).
 * Only a sum range and criteria range written as cell references are resized; a whole column or
 * row, or a range computed by a function, is left as written (a larger one is cut when computed,
 * conditionalAggregates.ts).
 */
import type { A1Reference, FormulaSegment, ReferenceEndpoint } from '../formula/a1References.js';
import { MAX_COLUMNS, MAX_ROWS } from '../workbook/cellAddress.js';
import type { FormulaItem } from './formulaTree.js';

const SUM_RANGE_FUNCTIONS = new Set(['SUMIF', 'AVERAGEIF']);

interface Box {
  row: number;
  col: number;
  height: number;
  width: number;
}

/** A reference to cells (not a whole column or row) as its top-left cell and size. */
function box(ref: A1Reference): Box | null {
  const { start } = ref;
  const end: ReferenceEndpoint = ref.end ?? start;
  if (!start.row || !start.col || !end.row || !end.col) return null;
  return {
    row: Math.min(start.row.index, end.row.index),
    col: Math.min(start.col.index, end.col.index),
    height: Math.abs(end.row.index - start.row.index) + 1,
    width: Math.abs(end.col.index - start.col.index) + 1,
  };
}

/** The reference segment an argument is when it is one reference alone (parentheses allowed). */
function soleReference(arg: readonly FormulaItem[] | undefined): number | null {
  if (arg?.length !== 1) return null;
  const [item] = arg;
  if (item!.kind === 'ref') return item!.segment;
  return item!.kind === 'group' ? soleReference(item!.items) : null;
}

/**
 * For a SUMIF/AVERAGEIF call whose sum range differs in size from its criteria range: the
 * segment holding the sum range and the reference Excel reads instead; else null.
 *
 * @example // SUMIF(A1:A9,"x",$B$1) → { segment: <$B$1's>, ref: $B$1:$B$9 }
 */
export function resizedSumRange(call: Extract<FormulaItem, { kind: 'call' }>, segments: readonly FormulaSegment[]): { segment: number; ref: A1Reference } | null {
  if (!SUM_RANGE_FUNCTIONS.has(call.name) || call.args.length !== 3) return null;
  const criteriaAt = soleReference(call.args[0]);
  const sumAt = soleReference(call.args[2]);
  if (criteriaAt === null || sumAt === null) return null;
  const criteriaSegment = segments[criteriaAt];
  const sumSegment = segments[sumAt];
  if (criteriaSegment?.kind !== 'ref' || sumSegment?.kind !== 'ref') return null;
  const criteria = box(criteriaSegment.ref);
  const sum = box(sumSegment.ref);
  if (!criteria || !sum || (criteria.height === sum.height && criteria.width === sum.width)) return null;
  const lastRow = sum.row + criteria.height - 1;
  const lastCol = sum.col + criteria.width - 1;
  // Past the sheet's last row or column Excel's own reference would fail too: left to the engine.
  if (lastRow >= MAX_ROWS || lastCol >= MAX_COLUMNS) return null;
  const { start } = sumSegment.ref;
  const rowAbsolute = start.row!.absolute;
  const colAbsolute = start.col!.absolute;
  return {
    segment: sumAt,
    ref: {
      sheet: sumSegment.ref.sheet,
      start: { row: { index: sum.row, absolute: rowAbsolute }, col: { index: sum.col, absolute: colAbsolute } },
      end: { row: { index: lastRow, absolute: rowAbsolute }, col: { index: lastCol, absolute: colAbsolute } },
    },
  };
}

/**
 * The cells whose formula the engine holds with a resized sum range. The engine moves a range's
 * ends when rows or columns come and go, but a resized sum range must keep the criteria range's
 * size (an insertion inside A1:A9 does not reach B1:B9 when the sum range is B20): these
 * formulas are set again from the document after every such change (WorkbookEngine).
 */
export class ResizedSumRanges {
  private readonly cells = new Map<string, { sheetId: string; key: string }>();

  /** Records whether the formula in `key` (`rowId:colId`) was given a resized sum range. */
  note(sheetId: string, key: string, resized: boolean): void {
    const id = `${sheetId} ${key}`;
    if (resized) this.cells.set(id, { sheetId, key });
    else this.cells.delete(id);
  }

  /** The cells to set again after rows or columns changed. */
  list(): Array<{ sheetId: string; key: string }> {
    return [...this.cells.values()];
  }
}
