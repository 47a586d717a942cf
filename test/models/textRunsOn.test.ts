/**
 * A text runs on into its right-hand neighbour when that cell is empty, as in Excel; a neighbour
 * holding anything (a number, a formula, even one that shows nothing) stops it. The grid asks this
 * for every text cell it paints (cellLookClasses' `fx-spill`), through cellHasInput, which does not
 * decode the neighbour's formula.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { cellLook, cellLookClasses } from '../../models/format/cellLook.js';
import { documentFromFile } from '../../models/templates/templates.js';
import { cellHasInput, cellInputAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { cellKey } from '../../models/workbook/workbookSchema.js';

const doc = documentFromFile({
  format: 'fremskriv.workbook',
  version: 1,
  title: 'Run-on',
  locale: 'da-DK',
  sheets: [{ name: 'Ark', cells: { A1: 'Ledige 18-24 år', A2: 'Ydelsesmodtagere', B2: '=""', A3: 'Flexjob', B3: 12, A4: 'Kontanthjælp' } }],
  goals: [],
  scenarios: [],
});
const grid = workbookGrid(doc);
const sheetId = grid.sheetIdByName('Ark')!;
const runsOn = (row: number): boolean => {
  const value = cellInputAt(doc, sheetId, row, 0)!;
  return cellLookClasses(doc, sheetId, row, 0, value, cellLook(value, undefined, 'da-DK'), false).includes('fx-spill');
};

describe('a text running on into the next cell', () => {
  it('runs on into an empty neighbour, and stops at a formula (even one showing "") or a number', () => {
    expect(runsOn(0)).toBe(true);
    expect(runsOn(1)).toBe(false);
    expect(runsOn(2)).toBe(false);
    expect(cellHasInput(doc, sheetId, 1, 1)).toBe(true);
    expect(cellHasInput(doc, sheetId, 0, 1)).toBe(false);
  });

  it('runs on over a value no cell can hold (a hostile peer’s map), which reads as an empty cell', () => {
    const rowId = grid.rowIds(sheetId)[3]!;
    const colId = grid.colIds(sheetId)[1]!;
    grid.sheetParts(sheetId)!.cells.set(cellKey(rowId, colId), new Y.Map());
    expect(cellHasInput(doc, sheetId, 3, 1)).toBe(false);
    expect(runsOn(3)).toBe(true);
  });

  it('answers outside the sheet as empty, not with an error', () => {
    expect(cellHasInput(doc, sheetId, 5000, 1)).toBe(false);
    expect(cellHasInput(doc, 'no-such-sheet', 0, 0)).toBe(false);
  });
});
