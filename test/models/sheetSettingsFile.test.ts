import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { importWorkbookFile } from '../../models/format/importWorkbookFile.js';
import { parseWorkbookFile, WorkbookFileError } from '../../models/format/workbookFile.js';
import { assumptionBoundsAt } from '../../models/workbook/assumptionBounds.js';
import { sheetColumnWidths } from '../../models/workbook/columnWidths.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';

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
