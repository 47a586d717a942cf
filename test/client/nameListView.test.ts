/**
 * Navnestyring's Filter and sorting (Excel's Name Manager): which names show and in what order,
 * on a plan's names with a sheet's own name and one whose cells were deleted (#REF!; Danish Navnestyring writes its reference =#REFERENCE!, as Danish Excel).
 */
import { describe, expect, it } from 'vitest';
import { BY_NAME, orderAfterClick, shownNameRows } from '../../client/src/names/nameListView.js';
import { nameManagerRows } from '../../client/src/names/nameManagerModel.js';
import { definedNameValues } from '../../models/engine/nameValues.js';
import { applyOperations } from '../../models/operations/applyOperation.js';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

function planNames(): ReturnType<typeof nameManagerRows> {
  const doc = open.document(
    workbookFile(
      { Data: { B1: 0.02, B2: 100, B3: 200, B4: 300 }, Gammel: { A1: 5 } },
      {
        names: [
          { name: 'Mål10', formula: '=Data!$B$4' },
          { name: 'mål2', formula: '=Data!$B$3' },
          { name: 'Vækst', formula: '=Data!$B$1' },
          { name: 'Tidligere', formula: '=Gammel!$A$1' },
        ],
      },
    ),
  );
  applyOperations(doc, [
    { type: 'defineName', name: 'Rente', formula: '=0.05', sheetId: sheetId(doc, 'Data') },
    { type: 'deleteSheet', sheetId: sheetId(doc, 'Gammel') },
  ]);
  const engine = open.engine(doc);
  const computed = new Map(definedNameValues(doc, engine).map((v) => [v.key, v.value]));
  return nameManagerRows(doc, 'da-DK', (id, row, col) => engine.value(id, row, col), computed);
}

const names = (rows: ReturnType<typeof nameManagerRows>): string[] => rows.map((r) => `${r.sheet ? `${r.sheet.name}!` : ''}${r.name}`);

describe("Navnestyring's filter", () => {
  it('a name whose sheet was deleted is a name with errors (#REF!, Danish #REFERENCE!); the others are without', () => {
    const rows = planNames();
    expect(rows.find((r) => r.name === 'Tidligere')).toMatchObject({ refersTo: '=#REFERENCE!', value: '#REFERENCE!', error: true });
    expect(names(shownNameRows(rows, 'errors', BY_NAME, 'da', 'Projektmappe'))).toEqual(['Tidligere']);
    expect(names(shownNameRows(rows, 'noErrors', BY_NAME, 'da', 'Projektmappe'))).toEqual(['mål2', 'Mål10', 'Data!Rente', 'Vækst']);
  });

  it("shows the workbook's names or the sheets' names", () => {
    const rows = planNames();
    expect(names(shownNameRows(rows, 'sheet', BY_NAME, 'da', 'Projektmappe'))).toEqual(['Data!Rente']);
    expect(names(shownNameRows(rows, 'workbook', BY_NAME, 'da', 'Projektmappe'))).toEqual(['mål2', 'Mål10', 'Tidligere', 'Vækst']);
    expect(shownNameRows(rows, 'all', BY_NAME, 'da', 'Projektmappe')).toHaveLength(5);
  });
});

describe("Navnestyring's sorting", () => {
  it('by name as a planner reads it: any case, Mål2 before Mål10, Danish letters after Z', () => {
    expect(names(shownNameRows(planNames(), 'all', BY_NAME, 'da', 'Projektmappe'))).toEqual(['mål2', 'Mål10', 'Data!Rente', 'Tidligere', 'Vækst']);
  });

  it('a click on a heading sorts by that column, a second click the other way', () => {
    const rows = planNames();
    const byScope = orderAfterClick(BY_NAME, 'scope');
    expect(byScope).toEqual({ column: 'scope', descending: false });
    // "Data" before "Projektmappe"; the workbook's names keep their name order among themselves.
    expect(names(shownNameRows(rows, 'all', byScope, 'da', 'Projektmappe'))).toEqual(['Data!Rente', 'mål2', 'Mål10', 'Tidligere', 'Vækst']);
    const byName = orderAfterClick(orderAfterClick(byScope, 'name'), 'name');
    expect(byName).toEqual({ column: 'name', descending: true });
    expect(names(shownNameRows(rows, 'all', byName, 'da', 'Projektmappe'))).toEqual(['Vækst', 'Tidligere', 'Data!Rente', 'Mål10', 'mål2']);
  });

  it('by what a name refers to', () => {
    const byRef = orderAfterClick(BY_NAME, 'refersTo');
    expect(shownNameRows(planNames(), 'all', byRef, 'da', 'Projektmappe').map((r) => r.refersTo)).toEqual(['=#REFERENCE!', '=0,05', '=Data!$B$1', '=Data!$B$3', '=Data!$B$4']);
  });
});
