import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { WorkbookOperationError } from '../../models/operations/workbookOperation.js';
import { assumptionBoundsAt } from '../../models/workbook/assumptionBounds.js';
import { exported, inputAt, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();
const planner = { session: 'anna' };

function undoManagerOf(doc: Y.Doc): Y.UndoManager {
  const manager = new Y.UndoManager([doc.getMap('meta'), doc.getArray('sheetOrder'), doc.getMap('sheets'), doc.getArray('goals'), doc.getArray('scenarios')], {
    trackedOrigins: new Set([planner]),
    captureTimeout: 0,
  });
  return manager;
}

describe('restoring a version is an operation', () => {
  it('the restorer undoes a restore with their own undo, and the edits since the version come back', () => {
    const doc = open.document(workbookFile({ Forudsætninger: { B5: 1, C16: 0.08 } }));
    const sheet = sheetId(doc, 'Forudsætninger');
    applyOperation(doc, { type: 'setAssumptionBounds', sheetId: sheet, row: 15, col: 2, bounds: { min: 0, max: 1 } });
    const version = Y.encodeStateAsUpdate(doc);
    const saved = exported(doc);

    applyOperation(doc, { type: 'setCells', sheetId: sheet, cells: [{ row: 4, col: 1, input: 1.3 }] });
    applyOperation(doc, { type: 'addSheet', sheetId: 'ny', name: 'Ny' });
    applyOperation(doc, { type: 'setAssumptionBounds', sheetId: sheet, row: 15, col: 2, bounds: null });
    const edited = exported(doc);

    const undo = undoManagerOf(doc);
    try {
      applyOperation(doc, { type: 'restoreVersion', state: version }, planner);
      expect(exported(doc)).toBe(saved);
      expect(assumptionBoundsAt(doc, 'Forudsætninger!C16')).toEqual({ min: 0, max: 1 });

      undo.undo();
      expect(exported(doc)).toBe(edited);
      expect(inputAt(doc, 'Forudsætninger!B5')).toBe(1.3);
      expect(assumptionBoundsAt(doc, 'Forudsætninger!C16')).toBeNull();

      undo.redo();
      expect(exported(doc)).toBe(saved);
    } finally {
      undo.destroy();
    }
  });

  it('bytes that are not a workbook are refused and change nothing', () => {
    const doc = open.document(workbookFile({ Data: { A1: 1 } }));
    const before = exported(doc);
    expect(() => applyOperation(doc, { type: 'restoreVersion', state: new Uint8Array([1, 2, 3]) })).toThrow(WorkbookOperationError);
    expect(() => applyOperation(doc, { type: 'restoreVersion', state: Y.encodeStateAsUpdate(new Y.Doc()) })).toThrow(WorkbookOperationError);
    expect(exported(doc)).toBe(before);
  });
});
