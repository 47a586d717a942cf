/**
 * The values an assumption may take where its "Tilladte værdier" say nothing: the tornado tried
 * "Styrket indsats: omfang" (0 = ingen, 1 = fuld) at -0,10, and "Hvad skal der til?" asked for
 * "mindst -0,29" of it (the planner walk-through).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { allowedValues, impliedBounds } from '../../models/analysis/allowedValues.js';
import { locateAssumption } from '../../models/analysis/assumptions.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { workbookFile } from '../support/workbookFixtures.js';

const docs: Y.Doc[] = [];
afterEach(() => docs.splice(0).forEach((d) => d.destroy()));

describe('the values an assumption may take', () => {
  it.each([
    ['a share in a percent cell stays within 0–100 %', 0.079, 'percent', { min: 0, max: 1 }],
    ['a share at 0 % too', 0, 'percent', { min: 0, max: 1 }],
    ['a percent above 100 % (a growth index) is not capped', 1.2, 'percent', { min: 0 }],
    ['a count stays at or above 0', 420, 'integer', { min: 0 }],
    ['a factor or scope at 0 does not go below it', 0, 'number', { min: 0 }],
    ['a General cell alike', 1, undefined, { min: 0 }],
    ['a negative value (a change) implies nothing', -0.0246, 'percent', {}],
  ] as const)('%s', (_, current, format, expected) => {
    expect(impliedBounds(current, format)).toEqual(expected);
  });

  it('a declared end wins, and the other end is implied by the cell', () => {
    const doc = documentFromFile(workbookFile({ Forudsætninger: { B1: 0.5, B2: 3 } }));
    docs.push(doc);
    const sheetId = workbookGrid(doc).sheetIdByName('Forudsætninger')!;
    applyOperation(doc, { type: 'setFormat', sheetId, row: 0, col: 1, format: 'percent' });
    applyOperation(doc, { type: 'setAssumptionBounds', sheetId, row: 0, col: 1, bounds: { min: 0.2 } });
    applyOperation(doc, { type: 'setAssumptionBounds', sheetId, row: 1, col: 1, bounds: { max: -1 } });
    expect(allowedValues(doc, locateAssumption(doc, 'Forudsætninger!B1')!, 0.5)).toEqual({ min: 0.2, max: 1 });
    // A declared maximum below 0 leaves no room for the implied minimum: it is dropped.
    expect(allowedValues(doc, locateAssumption(doc, 'Forudsætninger!B2')!, 3)).toEqual({ max: -1 });
  });
});
