/**
 * What the engine's functions may know of the workbook beyond its cells: its locale, which
 * decides how TEXT reads format codes (Danish Excel's "0,0%" and "åååå" in a da-DK workbook), and
 * which rows are hidden (SUBTOTAL 101–111 and AGGREGATE pass over them, visibleCells.ts), and
 * the cells' number formats (CELL("format"), engineCellFormats.ts).
 * Carried by HyperFormula's config `context`, the documented place for a function plugin's data:
 * there from the engine's build on, so that the formulas computed during the build see them too.
 */
import type { WorkbookLocale } from '../workbook/workbookSchema.js';
import type { CellFormat } from '../workbook/cellFormats.js';

/** Whether row `row` of engine sheet `sheet` is hidden. */
export type HiddenRowLookup = (sheet: number, row: number) => boolean;

/** The format of the cell at (row, col) of the sheet named `sheetName`, or undefined for General. */
export type CellFormatLookup = (sheetName: string, row: number, col: number) => CellFormat | undefined;

export interface FormulaContext {
  locale: WorkbookLocale;
  /** Whether a row of an engine sheet is hidden (the binding's, engineHiddenRows.ts); none hidden without. */
  hiddenRows?: HiddenRowLookup;
  /** The format of a cell, by sheet name (engineCellFormats.ts); every cell General without. */
  cellFormats?: CellFormatLookup;
}

/** English unless the engine was built for a Danish workbook (tests and tools build plain engines). */
export function engineLocale(context: unknown): WorkbookLocale {
  return typeof context === 'object' && context !== null && (context as Partial<FormulaContext>).locale === 'da-DK' ? 'da-DK' : 'en-GB';
}
