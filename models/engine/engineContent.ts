/** What the engine is given for a stored cell input. */
import type { RawCellContent } from 'hyperformula';
import { decodeFormula } from '../formula/storedFormula.js';
import { isFormula } from '../formula/a1References.js';
import { formulaFitsEngine } from '../formula/formulaDepth.js';
import { withLowerCaseExponents } from '../formula/numberExponents.js';
import { withShortSignRuns } from '../formula/signRuns.js';
import { isCellInput } from '../workbook/workbookSchema.js';
import { arrayNames } from './arrayNames.js';
import { engineFormula } from './engineFormula.js';
import { lambdaNames } from './lambdaNames.js';
import { withNameAliases, type NamedGrid } from './qualifiedNames.js';
import type { OffsetFormulas } from './offsetAreas.js';
import { RangeTooLargeError, type RangeBound } from './rangeBound.js';
import { hasStoredIntersection, withCutReferences, withReferenceOperators } from './referenceOperators.js';
import type { ResizedSumRanges } from './sumRangeSize.js';
import type { SpilledRangeFormulas } from './spilledRangeReferences.js';

/** Where a cell's formula goes: its key (`rowId:colId`), the range bound, and the records of resized sum ranges and OFFSET formulas. */
export interface EngineCellPlace {
  range: RangeBound;
  key: string;
  resized?: ResizedSumRanges;
  offsets?: OffsetFormulas;
  /** The formulas using the spilled range operator `A1#`, which name the block it spilled (spilledRangeReferences.ts). */
  spilled?: SpilledRangeFormulas;
}

/**
 * Numbers and booleans go as they are, formulas decoded to A1 (exponents as the engine reads
 * them, numberExponents.ts). Text is marked as text with
 * Excel's leading apostrophe, so that "12%" or "1/2" typed as text stays text (the engine would
 * otherwise parse it as a number or a date). With `bound`, the formula's oversized ranges are cut to
 * the workbook's data (rangeBound.ts) and the cell (`key`) remembered as cut. The formula is read
 * as Excel reads it where the engine would not (engineFormula.ts: implicit intersection, SUMIF's
 * sum range, OFFSET), a resized sum range remembered in `bound.resized`, a formula using OFFSET in
 * `bound.offsets` (which also gives the areas its OFFSETs name).
 */
export function engineContent(stored: unknown, hostSheetId: string, grid: NamedGrid, bound?: EngineCellPlace): RawCellContent {
  if (bound?.spilled && !isFormula(stored)) bound.spilled.forget(hostSheetId, bound.key);
  // What no cell can hold (a hostile peer's Y.Map or object) is an empty cell, as every reader reads it.
  if (!isCellInput(stored)) return null;
  if (typeof stored !== 'string') return stored;
  if (isFormula(stored)) return engineFormulaText(stored, hostSheetId, grid, bound);
  return stored.startsWith("'") ? stored : `'${stored}`;
}

/** What the engine is given for a stored formula (`=…`), as engineContent. */
export function engineFormulaText(stored: string, hostSheetId: string, grid: NamedGrid, bound?: EngineCellPlace): string {
  try {
    const aliased = withNameAliases(stored, grid);
    const cut = bound?.range.cutterFor(hostSheetId, bound.key);
    // An intersection is computed from the ranges as written, before they are cut to the data (referenceOperators.ts).
    const intersected = hasStoredIntersection(aliased) ? withCutReferences(withReferenceOperators(decodeFormula(aliased, hostSheetId, grid)), cut) : decodeFormula(aliased, hostSheetId, grid, cut);
    const read = withShortSignRuns(intersected);
    const decoded = bound?.spilled ? bound.spilled.rewrite(read, hostSheetId, bound.key) : read;
    // Past Excel's limits, which Excel refuses at entry: #NUM! for this cell, rather than a parser
    // past its stack and no values for any cell.
    if (!formulaFitsEngine(decoded)) return '=#NUM!';
    const offsetFormulas = bound?.offsets;
    const { text, resized, offsets } = engineFormula(decoded, offsetFormulas ? () => offsetFormulas.areasFor(hostSheetId, bound.key) : undefined, lambdaNames(grid.doc, hostSheetId), arrayNames(grid, hostSheetId));
    if (bound) {
      bound.resized?.note(hostSheetId, bound.key, resized);
      bound.offsets?.note(hostSheetId, bound.key, offsets);
    }
    return withLowerCaseExponents(text);
  } catch (error) {
    // Data spread over a whole sheet and a range over all of it: not computable (#NUM!), as
    // Excel answers what it cannot compute, rather than the memory of every engine.
    if (error instanceof RangeTooLargeError) return '=#NUM!';
    throw error;
  }
}
