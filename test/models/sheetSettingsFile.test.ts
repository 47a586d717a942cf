import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { importWorkbookFile } from '../../models/format/importWorkbookFile.js';
import { parseWorkbookFile, WorkbookFileError } from '../../models/format/workbookFile.js';
import { assumptionBoundsAt } from '../../models/workbook/assumptionBounds.js';
import { sheetColumnWidths } from '../../models/workbook/columnWidths.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { sheetFrozenPanes, storedFrozenPanes } from '../../models/workbook/frozenPanes.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { WorkbookOperationError } from '../../models/operations/workbookOperation.js';

const file = {
  format: 'fremskriv.workbook',
  version: 1,
  title: 'Plan',
  locale: 'da-DK',
  sheets: [{ name: 'Forudsætninger', cells: { C16: 0.08 }, formats: { C16: 'percent' }, validations: { C16: { min: 0, max: 1 } }, columnWidths: { A: 160, C: 90 } }],
};

describe('bounds and column widths in the v1 file', () => {
  it('a file with validations and columnWidths imports and exports them unchanged', () => {
    const doc = new Y.Doc();
    importWorkbookFile(doc, parseWorkbookFile(file));
    expect(assumptionBoundsAt(doc, 'Forudsætninger!C16')).toEqual({ min: 0, max: 1 });
    const sheetId = workbookGrid(doc).listSheets()[0]!.id;
    expect(sheetColumnWidths(doc, sheetId)).toEqual([
      { col: 0, width: 160 },
      { col: 2, width: 90 },
    ]);
    expect(exportWorkbookFile(doc).sheets[0]).toEqual(file.sheets[0]);
    doc.destroy();
  });

  it.each([
    [{ validations: { C16: { min: 2, max: 1 } } }, 'sheets[0].validations["C16"]: the minimum is above the maximum'],
    [{ validations: { C16: {} } }, 'bounds need a minimum or a maximum'],
    [{ validations: { nope: { min: 1 } } }, 'not an A1 cell address'],
    [{ columnWidths: { A: 5 } }, 'sheets[0].columnWidths["A"]'],
    [{ columnWidths: { A1: 50 } }, 'not a column'],
  ])('a sheet with %j is refused, saying where', (extra, message) => {
    const bad = { ...file, sheets: [{ name: 'Ark', cells: {}, ...extra }] };
    expect(() => parseWorkbookFile(bad)).toThrow(WorkbookFileError);
    expect(() => parseWorkbookFile(bad)).toThrow(message);
  });
});

describe('frozen panes in the workbook', () => {
  const withPanes = { ...file, sheets: [{ ...file.sheets[0]!, frozenPanes: { rows: 2, cols: 1 } }] };

  it('a file with frozenPanes imports and exports them unchanged; without, the sheet shows its suggestion', () => {
    const doc = new Y.Doc();
    importWorkbookFile(doc, parseWorkbookFile(withPanes));
    const sheetId = workbookGrid(doc).listSheets()[0]!.id;
    expect(sheetFrozenPanes(doc, sheetId)).toEqual({ rows: 2, cols: 1 });
    expect(exportWorkbookFile(doc).sheets[0]).toEqual(withPanes.sheets[0]);
    applyOperation(doc, { type: 'setFrozenPanes', sheetId, panes: null });
    expect(storedFrozenPanes(doc, sheetId)).toBeUndefined();
    expect(exportWorkbookFile(doc).sheets[0]?.frozenPanes).toBeUndefined();
    doc.destroy();
  });

  it('panes beyond a screen are refused with a message, and nothing changes', () => {
    const doc = new Y.Doc();
    importWorkbookFile(doc, parseWorkbookFile(withPanes));
    const sheetId = workbookGrid(doc).listSheets()[0]!.id;
    expect(() => applyOperation(doc, { type: 'setFrozenPanes', sheetId, panes: { rows: 51, cols: 0 } })).toThrow(/at most 50 frozen rows/);
    expect(() => applyOperation(doc, { type: 'setFrozenPanes', sheetId, panes: { rows: 1.5, cols: 0 } })).toThrow(WorkbookOperationError);
    expect(sheetFrozenPanes(doc, sheetId)).toEqual({ rows: 2, cols: 1 });
    expect(() => parseWorkbookFile({ ...file, sheets: [{ name: 'Ark', cells: {}, frozenPanes: { rows: 1, cols: 21 } }] })).toThrow('sheets[0].frozenPanes.cols');
    doc.destroy();
  });

  it.each([
    [{ A1: 'Måned', B1: 'Jan', C1: 'Feb', D1: 'Mar', A2: 'Ledige', A3: 'I job', A4: 'Andel', B2: 1 }, { rows: 1, cols: 1 }],
    [{ A1: 'Måned', B1: 'Jan', C1: 'Feb', D1: 'Mar' }, { rows: 1, cols: 0 }],
    [{ A1: 'Ledige', A2: 'I job', A3: 'Andel' }, { rows: 0, cols: 0 }],
    [{ A1: 'x', B1: '=A1', C1: 3, D1: 4 }, { rows: 0, cols: 0 }],
  ])('a sheet holding %j suggests %j', (cells, panes) => {
    const doc = new Y.Doc();
    importWorkbookFile(doc, parseWorkbookFile({ ...file, sheets: [{ name: 'Ark', cells }] }));
    expect(sheetFrozenPanes(doc, workbookGrid(doc).listSheets()[0]!.id)).toEqual(panes);
    doc.destroy();
  });
});
