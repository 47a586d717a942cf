/**
 * The cells' formats (a named format or an Excel format code, workbook/cellFormats.ts) for the
 * functions that answer from them: CELL("format"), CELL("color"), CELL("parentheses")
 * (cellFunction.ts). The binding gives each engine it builds a lookup reading the document as it
 * is, kept by the engine's context object (formulaContext.ts, HyperFormula's config `context`,
 * which the function plugins see as `this.config.context`), so the formulas computed while the
 * engine is built read it too.
 */
import type * as Y from 'yjs';
import { cellFormatAt } from '../workbook/readCells.js';
import type { CellFormat } from '../workbook/cellFormats.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';

/** The format of the cell at (row, col) of the sheet named `sheetName`, or undefined for General. */
export type CellFormatLookup = (sheetName: string, row: number, col: number) => CellFormat | undefined;

const lookups = new WeakMap<object, CellFormatLookup>();

/** The engine's context, its functions given `doc`'s cell formats (the engine's sheets carry the document's sheet names). */
export function withCellFormats<Context extends object>(context: Context, doc: Y.Doc): Context {
  const grid = workbookGrid(doc);
  lookups.set(context, (sheetName, row, col) => {
    const sheetId = grid.sheetIdByName(sheetName);
    return sheetId === undefined ? undefined : cellFormatAt(doc, sheetId, row, col);
  });
  return context;
}

/** The lookup given with an engine's context; every cell General for an engine without one (a formula checked alone). */
export function cellFormatsOf(context: unknown): CellFormatLookup {
  return (typeof context === 'object' && context !== null && lookups.get(context)) || (() => undefined);
}
