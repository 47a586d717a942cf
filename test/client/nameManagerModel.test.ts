/**
 * What Navnestyring lists (each name, what it refers to in the planner's language, its value as
 * Excel's dialog shows it) and the operations one save applies (a rename and its reference as
 * one step).
 */
import { describe, expect, it } from 'vitest';
import { hasName, nameManagerRows, nameSaveOperations } from '../../client/src/names/nameManagerModel.js';
import { definedNameValues } from '../../models/engine/nameValues.js';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { applyOperations } from '../../models/operations/applyOperation.js';
import { readDefinedNames } from '../../models/workbook/definedNames.js';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

function planDocument(): ReturnType<typeof open.document> {
  return open.document(
    workbookFile(
      { Data: { B1: 0.02, B2: 100, B3: 200, B4: 300, B5: 400, B6: 500, B7: 600, B8: 700 }, Beregning: { A1: '=SUM(Udgifter)' } },
      {
        names: [
          { name: 'Vækst', formula: '=Data!$B$1' },
          { name: 'Udgifter', formula: '=Data!$B$2:$B$4' },
          { name: 'Alle', formula: '=Data!$B$2:$B$8' },
          { name: 'Rente', formula: '=0.05' },
          { name: 'Snit', formula: '=AVERAGE(Data!$B$2:$B$4)' },
        ],
      },
    ),
  );
}

describe('Navnestyring lists every name', () => {
  it('with its reference in Danish and its value: a cell, a range in array notation, a constant', () => {
    const doc = planDocument();
    const engine = open.engine(doc);
    const rows = nameManagerRows(doc, 'da-DK', (sheetId, row, col) => engine.value(sheetId, row, col));
    expect(rows).toEqual([
      { key: 'ALLE', name: 'Alle', refersTo: '=Data!$B$2:$B$8', value: '{100;200;300;400;500;600;…}' },
      { key: 'RENTE', name: 'Rente', refersTo: '=0,05', value: '0,05' },
      { key: 'SNIT', name: 'Snit', refersTo: '=MIDDEL(Data!$B$2:$B$4)', value: '' },
      { key: 'UDGIFTER', name: 'Udgifter', refersTo: '=Data!$B$2:$B$4', value: '{100;200;300}' },
      { key: 'VÆKST', name: 'Vækst', refersTo: '=Data!$B$1', value: '0,02' },
    ]);
  });

  it("with a formula's value as the engine computed it, an array's in array notation, and each name's scope", () => {
    const doc = planDocument();
    const data = sheetId(doc, 'Data');
    applyOperations(doc, [
      { type: 'defineName', name: 'Dobbelt', formula: '=Data!$B$2:$B$3*2' },
      { type: 'defineName', name: 'Snit', formula: '=SUM(Data!$B$2:$B$4)', sheetId: data },
      { type: 'defineName', name: 'Tabel', formula: '=Data!$B$2:$B$5*{1,2}' },
    ]);
    const engine = open.engine(doc);
    const computed = new Map(definedNameValues(doc, engine).map((v) => [v.key, v.value]));
    const rows = nameManagerRows(doc, 'da-DK', (id, row, col) => engine.value(id, row, col), computed);
    const shown = (key: string) => rows.find((r) => r.key === key);
    expect(shown('SNIT')).toEqual({ key: 'SNIT', name: 'Snit', refersTo: '=MIDDEL(Data!$B$2:$B$4)', value: '200' });
    expect(shown(`${data}!SNIT`)).toEqual({ key: `${data}!SNIT`, name: 'Snit', sheet: { id: data, name: 'Data' }, refersTo: '=SUM(Data!$B$2:$B$4)', value: '600' });
    expect(shown('DOBBELT')?.value).toBe('{200;400}');
    expect(shown('TABEL')?.value).toBe('{100.200;200.400;300.600;…}');
    expect(nameManagerRows(doc, 'en-GB', (id, row, col) => engine.value(id, row, col), computed).find((r) => r.key === 'TABEL')?.value).toBe('{100,200;200,400;300,600;…}');
  });
});

describe('saving the form', () => {
  it('a new name is one definition, its Danish formula read as canonical', () => {
    expect(nameSaveOperations(null, ' Loft ', '=MIDDEL(Data!$B$2:$B$4)*1,5', 'da-DK')).toEqual([{ type: 'defineName', name: 'Loft', formula: '=AVERAGE(Data!$B$2:$B$4)*1.5' }]);
  });

  it("a name of a sheet's scope is defined and renamed in that scope, beside the workbook's of the same spelling", () => {
    const doc = planDocument();
    const data = sheetId(doc, 'Data');
    applyOperations(doc, nameSaveOperations(null, 'Vækst', '=0,03', 'da-DK', data));
    expect(hasName(doc, 'vækst', data)).toBe(true);
    applyOperations(doc, nameSaveOperations('Vækst', 'Tilvækst', '=0,04', 'da-DK', data));
    expect(readDefinedNames(doc).filter((n) => n.name.endsWith('ækst'))).toEqual([
      { name: 'Tilvækst', formula: '=0.04', sheet: 'Data' },
      { name: 'Vækst', formula: '=Data!$B$1' },
    ]);
  });

  it('a rename with a new reference is one step: the formulas follow and compute the new reference', () => {
    const doc = planDocument();
    applyOperations(doc, nameSaveOperations('Udgifter', 'Omkostninger', 'Data!$B$2:$B$3', 'da-DK'));
    expect(readDefinedNames(doc)).toContainEqual({ name: 'Omkostninger', formula: '=Data!$B$2:$B$3' });
    expect(readDefinedNames(doc).map((n) => n.name)).not.toContain('Udgifter');
    expect(open.value(doc, 'Beregning!A1')).toBe(300);
    expect(exportWorkbookFile(doc).sheets.find((s) => s.name === 'Beregning')!.cells.A1).toBe('=SUM(Omkostninger)');
  });
});
