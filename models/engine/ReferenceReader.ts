/**
 * Reads a formula that is one sheet-qualified reference (`=Fremskrivning!V12`,
 * `=Benchmark!B4:B100`) straight from the engine instead of parsing and evaluating it: goals are
 * mostly such references and are judged after every edit. Resolved addresses are cached until
 * the workbook's sheets, rows or columns change (`clear()`).
 */
import type { HyperFormula } from 'hyperformula';
import { splitFormula } from '../formula/a1References.js';
import type { CellValue } from './cellValue.js';
import { toCellValue } from './engineValue.js';

interface ResolvedRange {
  isRange: boolean;
  start: { sheet: number; row: number; col: number };
  end: { sheet: number; row: number; col: number };
}

export class ReferenceReader {
  private readonly cache = new Map<string, ResolvedRange | null>();

  /** `engineSheet` gives the engine's sheet id for a shown sheet name. */
  constructor(private readonly engineSheet: (name: string) => number | undefined) {}

  clear(): void {
    this.cache.clear();
  }

  /** The value(s), or undefined when the formula is not a single reference (calculate it instead). */
  read(hf: HyperFormula, formula: string): CellValue | CellValue[][] | undefined {
    const range = this.resolved(formula);
    if (range === null) return undefined;
    if (!range.isRange) return toCellValue(hf.getCellValue(range.start));
    return hf.getRangeValues(range).map((row) => row.map(toCellValue));
  }

  /**
   * The values in reading order (a range row by row, one cell as a list of one), or undefined
   * when the formula is not a single reference. Cell by cell, without the nested arrays and
   * address lists of `getRangeValues`: a goal's trajectory is read this way after most edits.
   */
  readList(hf: HyperFormula, formula: string): CellValue[] | undefined {
    const range = this.resolved(formula);
    if (range === null) return undefined;
    const { sheet, row: top, col: left } = range.start;
    const { row: bottom, col: right } = range.end;
    const out = new Array<CellValue>((bottom - top + 1) * (right - left + 1));
    let i = 0;
    for (let row = top; row <= bottom; row++) {
      for (let col = left; col <= right; col++) out[i++] = toCellValue(hf.getCellValue({ sheet, row, col }));
    }
    return out;
  }

  private resolved(formula: string): ResolvedRange | null {
    let range = this.cache.get(formula);
    if (range === undefined) {
      range = this.resolve(formula);
      this.cache.set(formula, range);
    }
    return range;
  }

  private resolve(formula: string): ResolvedRange | null {
    const segments = splitFormula(formula);
    const [equals, only] = segments;
    if (segments.length !== 2 || equals?.kind !== 'text' || equals.text !== '=' || only?.kind !== 'ref') return null;
    const { sheet, start, end } = only.ref;
    const last = end ?? start;
    if (sheet === undefined || !start.row || !start.col || !last.row || !last.col) return null;
    const hfSheet = this.engineSheet(sheet);
    if (hfSheet === undefined) return null;
    return {
      isRange: end !== undefined,
      start: { sheet: hfSheet, row: Math.min(start.row.index, last.row.index), col: Math.min(start.col.index, last.col.index) },
      end: { sheet: hfSheet, row: Math.max(start.row.index, last.row.index), col: Math.max(start.col.index, last.col.index) },
    };
  }
}
