/**
 * What Navnestyring lists (each name, what it refers to in the planner's language, its value as
 * Excel's dialog shows it) and the operations one save applies (a rename and its reference as
 * one step).
 */
import { describe, expect, it } from 'vitest';
import { nameManagerRows, nameSaveOperations } from '../../client/src/names/nameManagerModel.js';
import { exportWorkbookFile } from '../../models/format/exportWorkbookFile.js';
import { applyOperations } from '../../models/operations/applyOperation.js';
import { readDefinedNames } from '../../models/workbook/definedNames.js';
import { openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

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
      { name: 'Alle', refersTo: '=Data!$B$2:$B$8', value: '{100;200;300;400;500;600;…}' },
      { name: 'Rente', refersTo: '=0,05', value: '0,05' },
      { name: 'Snit', refersTo: '=MIDDEL(Data!$B$2:$B$4)', value: '' },
      { name: 'Udgifter', refersTo: '=Data!$B$2:$B$4', value: '{100;200;300}' },
      { name: 'Vækst', refersTo: '=Data!$B$1', value: '0,02' },
    ]);
  });
});

describe('saving the form', () => {
  it('a new name is one definition, its Danish formula read as canonical', () => {
    expect(nameSaveOperations(null, ' Loft ', '=MIDDEL(Data!$B$2:$B$4)*1,5', 'da-DK')).toEqual([{ type: 'defineName', name: 'Loft', formula: '=AVERAGE(Data!$B$2:$B$4)*1.5' }]);
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
