/**
 * The binding's side of hidden rows (visibleCells.ts): each engine sheet's hidden rows, read from
 * the document when a function first asks and forgotten when rows are hidden, shown, inserted or
 * deleted; and the formulas to set again when rows are hidden or shown, which the engine cannot
 * see change (no cell did): those calling SUBTOTAL or AGGREGATE.
 */
import { hiddenPositions } from '../workbook/hiddenLines.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { formulasWhere, type SheetCell } from './formulasToReset.js';
import type { HyperFormula } from 'hyperformula';
import { followHiddenRows, type HiddenRowLookup } from './visibleCells.js';

/** A stored formula that may pass over hidden rows (canonical English names). */
const READS_HIDDEN_ROWS = /\b(?:SUBTOTAL|AGGREGATE)\s*\(/i;

export class EngineHiddenRows {
  private readonly bySheet = new Map<number, ReadonlySet<number>>();

  /** `documentIds`: the document sheet of each engine sheet (EngineSheets.documentIds, kept current). */
  constructor(
    private readonly grid: WorkbookGrid,
    private readonly documentIds: ReadonlyMap<number, string>,
  ) {}

  readonly lookup: HiddenRowLookup = (sheet, row) => {
    let rows = this.bySheet.get(sheet);
    if (rows === undefined) {
      const sheetId = this.documentIds.get(sheet);
      rows = new Set(sheetId === undefined ? [] : hiddenPositions(this.grid.doc, sheetId, 'rows'));
      this.bySheet.set(sheet, rows);
    }
    return rows.has(row);
  };

  /** The document's rows changed (hidden, shown, inserted, deleted). */
  forget(): void {
    this.bySheet.clear();
  }

  /** A new engine: its function plugins ask this lookup (visibleCells.ts). */
  follow(hf: HyperFormula): void {
    this.forget();
    followHiddenRows(hf, this.lookup);
  }

  /**
   * The formulas on `sheetIds` whose value may change when rows are hidden or shown; with
   * `ifAnyHidden` (an engine just built, which computed them before it had the lookup) none when
   * no sheet hides a row.
   */
  formulasReading(sheetIds: Iterable<string>, ifAnyHidden = false): SheetCell[] {
    const ids = [...sheetIds];
    if (ifAnyHidden && !ids.some((sheetId) => hiddenPositions(this.grid.doc, sheetId, 'rows').length > 0)) return [];
    return formulasWhere(this.grid, ids, (formula) => READS_HIDDEN_ROWS.test(formula));
  }
}
