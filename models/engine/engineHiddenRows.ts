/**
 * The binding's side of hidden rows (visibleCells.ts): each engine sheet's hidden rows, read from
 * the document when a function first asks and forgotten when rows are hidden, shown, inserted or
 * deleted; and the formulas to set again when rows are hidden or shown, which the engine cannot
 * see change (no cell did): those calling SUBTOTAL or AGGREGATE. The engine is built with the
 * lookup in its context (formulaContext.ts), so that a build computes each of them once.
 */
import { hiddenPositions } from '../workbook/hiddenLines.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { formulasWhere, type SheetCell } from './formulasToReset.js';
import type { HiddenRowLookup } from './formulaContext.js';

/** A stored formula that may pass over hidden rows (canonical English names). */
const READS_HIDDEN_ROWS = /\b(?:SUBTOTAL|AGGREGATE)\s*\(/i;

export class EngineHiddenRows {
  private readonly bySheet = new Map<number, ReadonlySet<number>>();

  /** `documentIds`: the document sheet of each engine sheet (EngineSheets.documentIds, kept current, and known before a build). */
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

  /** The document's rows changed (hidden, shown, inserted, deleted), or a new engine is built. */
  forget(): void {
    this.bySheet.clear();
  }

  /** The lookup is forgotten; the formulas on `sheetIds` that read it, to set again. */
  reread(sheetIds: Iterable<string>): SheetCell[] {
    this.forget();
    return this.formulasReading(sheetIds);
  }

  /** The formulas on `sheetIds` whose value may change when rows are hidden or shown. */
  formulasReading(sheetIds: Iterable<string>): SheetCell[] {
    return formulasWhere(this.grid, [...sheetIds], (formula) => READS_HIDDEN_ROWS.test(formula));
  }
}
