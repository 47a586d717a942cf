import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { WorkbookOperationError } from '../../models/operations/workbookOperation.js';
import { assumptionBounds, assumptionBoundsAt, outsideBounds, readBounds, sheetBounds } from '../../models/workbook/assumptionBounds.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';

function workbook(): { doc: Y.Doc; sheetId: string } {
  const doc = new Y.Doc();
  applyOperation(doc, { type: 'addSheet', sheetId: 's1', name: 'Forudsætninger' });
  return { doc, sheetId: 's1' };
}

describe('assumption bounds', () => {
  it.each([
    [0.05, { min: 0, max: 1 }, false],
    [-0.01, { min: 0, max: 1 }, true],
    [1.01, { min: 0, max: 1 }, true],
    [1, { min: 0, max: 1 }, false],
    [0, { min: 0 }, false],
    [-5, { min: 0 }, true],
    [1e9, { max: 100 }, true],
    ['høj', { min: 0, max: 1 }, true],
    [true, { min: 0, max: 1 }, true],
    ['=B5*2', { min: 0, max: 1 }, false],
    [null, { min: 0, max: 1 }, false],
  ] as const)('%s against %j is outside: %s', (value, bounds, outside) => {
    expect(outsideBounds(value, bounds)).toBe(outside);
  });

  it('bounds set on C16 are read back by position and by address', () => {
    const { doc, sheetId } = workbook();
    applyOperation(doc, { type: 'setAssumptionBounds', sheetId, row: 15, col: 2, bounds: { min: 0, max: 1 } });
    expect(assumptionBounds(doc, sheetId, 15, 2)).toEqual({ min: 0, max: 1 });
    expect(assumptionBoundsAt(doc, 'Forudsætninger!C16')).toEqual({ min: 0, max: 1 });
    expect(assumptionBounds(doc, sheetId, 15, 3)).toBeNull();
    expect(sheetBounds(doc, sheetId)).toEqual([{ row: 15, col: 2, bounds: { min: 0, max: 1 } }]);
  });

  it('bounds follow their cell when a row is inserted above and go with a deleted row', () => {
    const { doc, sheetId } = workbook();
    applyOperation(doc, { type: 'setAssumptionBounds', sheetId, row: 15, col: 2, bounds: { max: 2 } });
    applyOperation(doc, { type: 'insertRows', sheetId, index: 0, count: 1 });
    expect(assumptionBoundsAt(doc, 'Forudsætninger!C17')).toEqual({ max: 2 });
    applyOperation(doc, { type: 'deleteRows', sheetId, index: 16, count: 1 });
    expect(sheetBounds(doc, sheetId)).toEqual([]);
  });

  it('a minimum above the maximum is refused and changes nothing', () => {
    const { doc, sheetId } = workbook();
    expect(() => applyOperation(doc, { type: 'setAssumptionBounds', sheetId, row: 0, col: 0, bounds: { min: 2, max: 1 } })).toThrow(WorkbookOperationError);
    expect(() => applyOperation(doc, { type: 'setAssumptionBounds', sheetId, row: 0, col: 0, bounds: {} })).toThrow(WorkbookOperationError);
    expect(sheetBounds(doc, sheetId)).toEqual([]);
  });

  it('null removes the bounds', () => {
    const { doc, sheetId } = workbook();
    applyOperation(doc, { type: 'setAssumptionBounds', sheetId, row: 1, col: 1, bounds: { min: 1 } });
    applyOperation(doc, { type: 'setAssumptionBounds', sheetId, row: 1, col: 1, bounds: null });
    expect(assumptionBounds(doc, sheetId, 1, 1)).toBeNull();
  });

  it('a hostile peer\'s stored value reads as no bounds, never a throw', () => {
    const { doc, sheetId } = workbook();
    const grid = workbookGrid(doc);
    const validations = grid.sheet(sheetId)!.get('validations') as Y.Map<unknown>;
    validations.set(`${grid.ensureRowId(sheetId, 0)}:${grid.ensureColId(sheetId, 0)}`, { min: 'a lot' });
    expect(assumptionBounds(doc, sheetId, 0, 0)).toBeNull();
    expect(readBounds(42)).toBeNull();
    expect(sheetBounds(doc, sheetId)).toEqual([]);
  });

  it('a sheet made before bounds existed (no validations map) reads as unbounded and gets one on first use', () => {
    const { doc, sheetId } = workbook();
    workbookGrid(doc).sheet(sheetId)!.delete('validations');
    expect(assumptionBounds(doc, sheetId, 0, 0)).toBeNull();
    applyOperation(doc, { type: 'setAssumptionBounds', sheetId, row: 0, col: 0, bounds: { min: 0 } });
    expect(assumptionBounds(doc, sheetId, 0, 0)).toEqual({ min: 0 });
  });
});
