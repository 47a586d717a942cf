/**
 * The values the engine worker sends the page and the server's first view sends a browser
 * (identifiedValues.ts). A sheet reaching far (one text typed in XFD40000, the grid's corner) is
 * read cell by cell instead of copied whole: the copy was 655 million entries and ran out of
 * memory (fourteenth hostile pass). Both readings give the same values.
 */
import { describe, expect, it } from 'vitest';
import { IDENTIFIED_VALUE_STRIDE, identifiedValues } from '../../models/scenarios/identifiedValues.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { openWorkbooks, scenarioId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** `sheet!A1`-style addresses and values, from the flat identified values. */
function byAddress(doc: Parameters<typeof workbookGrid>[0], cells: ReturnType<typeof identifiedValues>['cells']): Array<[string, unknown]> {
  const grid = workbookGrid(doc);
  const out: Array<[string, unknown]> = [];
  for (let i = 0; i < cells.length; i += IDENTIFIED_VALUE_STRIDE) {
    const sheet = String(cells[i]);
    const row = grid.rowIndexes(sheet).get(String(cells[i + 1]))!;
    const col = grid.colIndexes(sheet).get(String(cells[i + 2]))!;
    out.push([`${grid.sheetName(sheet)}!${row}:${col}`, cells[i + 3]]);
  }
  return out;
}

describe('identified values', () => {
  it('a sheet with a text in its last cell (XFD40000) gives that text and its other cells, without copying the whole sheet', () => {
    const doc = open.document(workbookFile({ Ark1: { A1: 1, B1: '=A1*2', XFD40000: 'hjørnet' } }));
    const { cells, complete } = identifiedValues(doc, open.engine(doc));
    expect(complete).toBe(true);
    expect(byAddress(doc, cells)).toEqual([
      ['Ark1!0:0', 1],
      ['Ark1!0:1', 2],
      ['Ark1!39999:16383', 'hjørnet'],
    ]);
  });

  it('read cell by cell, a sheet gives the same values as copied whole: spills, errors, a cycle, a scenario input on an empty cell', () => {
    const file = workbookFile(
      {
        Tal: { A1: 3, A2: '=SEQUENCE(A1)', B2: '=TRANSPOSE(A2#)', C5: '=1/0', D1: '=D2', D2: '=D1', E1: '=Antagelser!A2*2' },
        Antagelser: { A1: 'Vækst', B1: 0.1, C1: '=B1*100' },
      },
      { scenarios: [{ name: 'Høj', inputs: { 'Antagelser!B1': 0.3, 'Antagelser!A2': 5 } }] },
    );
    const doc = open.document(file);
    for (const scenario of [undefined, scenarioId(doc, 'Høj')]) {
      const engine = open.engine(doc, scenario);
      const whole = identifiedValues(doc, engine);
      const cellByCell = identifiedValues(doc, engine, Infinity, 0);
      expect(byAddress(doc, cellByCell.cells)).toEqual(byAddress(doc, whole.cells));
    }
  });

  it('stops at maxCells either way', () => {
    const doc = open.document(workbookFile({ Ark1: { A1: 1, A2: 2, A3: 3, XFD40000: 'x' } }));
    const engine = open.engine(doc);
    expect(identifiedValues(doc, engine, 2)).toMatchObject({ complete: false, cells: { length: 2 * IDENTIFIED_VALUE_STRIDE } });
    expect(identifiedValues(doc, engine, 2, 0)).toMatchObject({ complete: false, cells: { length: 2 * IDENTIFIED_VALUE_STRIDE } });
  });
});
