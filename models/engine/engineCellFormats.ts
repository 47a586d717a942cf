/**
 * The cells' formats (a named format or an Excel format code, workbook/cellFormats.ts) for the
 * functions that answer from them: CELL("format"), CELL("color"), CELL("parentheses")
 * (cellFunction.ts). The binding builds each engine with a lookup reading the document as it is
 * in the config's context (formulaContext.ts), which the function plugins see as
 * `this.config.context`, as the hidden rows are (visibleCells.ts), so the formulas computed while
 * the engine is built read it too.
 */
import type * as Y from 'yjs';
import { cellFormatAt } from '../workbook/readCells.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import type { CellFormatLookup, FormulaContext } from './formulaContext.js';

const ALL_GENERAL: CellFormatLookup = () => undefined;

/** `doc`'s cell formats, read as the document is when asked (the engine's sheets carry the document's sheet names). */
export function documentCellFormats(doc: Y.Doc): CellFormatLookup {
  const grid = workbookGrid(doc);
  return (sheetName, row, col) => {
    const sheetId = grid.sheetIdByName(sheetName);
    return sheetId === undefined ? undefined : cellFormatAt(doc, sheetId, row, col);
  };
}

/** The lookup the engine was built with (its config's `context`); every cell General for an engine without one (a formula checked alone). */
export function cellFormatsOf(context: unknown): CellFormatLookup {
  const lookup = typeof context === 'object' && context !== null ? (context as Partial<FormulaContext>).cellFormats : undefined;
  return typeof lookup === 'function' ? lookup : ALL_GENERAL;
}
