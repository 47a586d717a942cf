/**
 * The values an assumption may take, for the goal seek's search and the sensitivity's tried
 * values: its "Tilladte værdier" (data validation) where declared; where an end is not declared,
 * what the cell implies. A share (a percent cell holding 0–100 %) stays within [0; 1], and any
 * other non-negative value (a count of people, a factor, a scope from 0) stays ≥ 0: the planner
 * walk-through found the tornado trying "Styrket indsats: omfang" at -0,10 and a share at 104 %,
 * and "Hvad skal der til?" asking for "mindst -0,29" of a scope that runs from 0 to 1.
 * A negative value (a change, a net effect) implies nothing.
 *
 * @example impliedBounds(0.079, 'percent') // { min: 0, max: 1 }
 * @example impliedBounds(0, 'number') // { min: 0 }
 */
import type * as Y from 'yjs';
import { assumptionBounds, type AssumptionBounds } from '../workbook/assumptionBounds.js';
import { cellFormatAt } from '../workbook/readCells.js';
import type { CellFormat } from '../workbook/workbookSchema.js';
import { namedFormatLike } from '../format/formatCodeText.js';
import type { Assumption } from './assumptions.js';

/** What a value in a cell of this format implies about the values it may take (see the module). */
export function impliedBounds(current: number, format: CellFormat | undefined): AssumptionBounds {
  if (current < 0) return {};
  if (namedFormatLike(format) === 'percent' && current <= 1) return { min: 0, max: 1 };
  return { min: 0 };
}

/**
 * The declared bounds, each missing end implied by the cell; an implied end that would leave no
 * room beside a declared one (a declared maximum below 0) is dropped.
 */
export function allowedValues(doc: Y.Doc, assumption: Assumption, current: number): AssumptionBounds {
  const declared = assumptionBounds(doc, assumption.sheetId, assumption.row, assumption.col) ?? {};
  const implied = impliedBounds(current, cellFormatAt(doc, assumption.sheetId, assumption.row, assumption.col));
  const min = declared.min ?? (declared.max === undefined || implied.min === undefined || implied.min <= declared.max ? implied.min : undefined);
  const max = declared.max ?? (declared.min === undefined || implied.max === undefined || implied.max >= declared.min ? implied.max : undefined);
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}
