/**
 * A defined name that reaches a range only through another name (`Alle` = `=Udgifter`,
 * `Udgifter` = `=Data!$B$2:$B$4`) stands for that range wherever it is read, as in Excel 365:
 * `=Alle` spills the three values, `=Alle*2` doubles each, a name computing through it
 * (`AlleDobbelt` = `=Alle*2`) is the array it computes. Names defined through each other in a
 * circle compute an error (Excel: #NAME?), and reading them ends.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { arrayNames } from '../../models/engine/arrayNames.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { cellInputAt } from '../../models/workbook/readCells.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { handWrittenXlsx } from '../interchange/support/handWrittenXlsx.js';
import { openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';
import { engineValueAt } from './support/engineValueAt.js';

const open = openWorkbooks();

const NAMES = [
  { name: 'Udgifter', formula: '=Data!$B$2:$B$4' },
  { name: 'Alle', formula: '=Udgifter' },
  { name: 'Igen', formula: '=(Alle)' },
  { name: 'AlleDobbelt', formula: '=Alle*2' },
  { name: 'Rente', formula: '=0.05' },
  { name: 'SammeRente', formula: '=Rente' },
];

function plan(cells: Record<string, string | number>, names = NAMES): Y.Doc {
  return open.document(workbookFile({ Ark: cells, Data: { B2: 100, B3: 200, B4: 300 } }, { names }));
}

describe('a name reaching a range through another name', () => {
  it.each([
    ['=Alle', [100, 200, 300]],
    ['=Igen', [100, 200, 300]],
    ['=Alle*2', [200, 400, 600]],
    ['=ABS(Alle)', [100, 200, 300]],
    ['=AlleDobbelt', [200, 400, 600]],
    ['=AlleDobbelt+1', [201, 401, 601]],
  ])('%s spills %j, as Excel 365', (formula, spilled) => {
    const doc = plan({ A1: formula });
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect(['A1', 'A2', 'A3', 'A4'].map(at)).toEqual([...spilled, null]);
  });

  it.each([
    ['=SUM(Alle)', 600],
    ['=SUM(AlleDobbelt)', 1200],
    ['=ROWS(Alle)', 3],
    ['=INDEX(Alle,2)', 200],
    ['=SUMIF(Alle,">150")', 500],
    ['=SammeRente*100', 5],
  ])('%s is one value, %j', (formula, value) => {
    const doc = plan({ A1: formula });
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect([at('A1'), at('A2')]).toEqual([value, null]);
  });
});

describe('a name redefined under another name', () => {
  it('re-spills the formulas reading it through the other name', () => {
    const doc = plan({ A1: '=Alle*2', C1: '=AlleDobbelt' });
    const engine = open.engine(doc);
    const at = engineValueAt(engine, sheetId(doc, 'Ark'));
    expect(['A3', 'A4', 'C3', 'C4'].map(at)).toEqual([600, null, 600, null]);
    applyOperation(doc, { type: 'setCells', sheetId: sheetId(doc, 'Data'), cells: [{ row: 4, col: 1, input: 400 }] });
    applyOperation(doc, { type: 'defineName', name: 'Udgifter', formula: '=Data!$B$2:$B$5' });
    expect(['A4', 'A5', 'C4', 'C5'].map(at)).toEqual([800, null, 800, null]);
  });
});

describe('names defined through each other in a circle', () => {
  const circle = [
    { name: 'Første', formula: '=Anden' },
    { name: 'Anden', formula: '=Første' },
    { name: 'Selv', formula: '=Selv+1' },
  ];

  it('are no range: reading which names give several values ends', () => {
    const doc = plan({}, circle);
    const several = arrayNames(workbookGrid(doc), sheetId(doc, 'Ark'))!;
    expect([several('Første'), several('Anden'), several('Selv')]).toEqual([false, false, false]);
  });

  it('compute the circular reference error in each cell reading them (its message says so), not a hang', () => {
    const doc = plan({ A1: '=Første', A2: '=Selv*2', A3: '=SUM(Anden)', A4: '=Rente' }, [...circle, NAMES[4]!]);
    const at = engineValueAt(open.engine(doc), sheetId(doc, 'Ark'));
    expect(['A1', 'A2', 'A3'].map((address) => (at(address) as { error?: string }).error)).toEqual(['#CYCLE!', '#CYCLE!', '#CYCLE!']);
    expect(at('A4')).toBe(0.05);
  });
});

describe('a legacy formula from a file reading such a name', () => {
  it('is held with Excel 365\'s @ and gives the cell in its row, as legacy Excel', async () => {
    const data = [100, 200, 300].map((v, i) => `<row r="${i + 2}"><c r="B${i + 2}"><v>${v}</v></c>${i === 1 ? '<c r="D3"><f>Alle*2</f><v>400</v></c><c r="E3"><f>SUM(AlleDobbelt)</f><v>1200</v></c>' : ''}</row>`);
    const bytes = handWrittenXlsx({
      sheets: [{ name: 'Data', xml: `<sheetData>${data.join('')}</sheetData>` }],
      definedNames: '<definedName name="Udgifter">Data!$B$2:$B$4</definedName><definedName name="Alle">Udgifter</definedName><definedName name="AlleDobbelt">Alle*2</definedName>',
    });
    const doc = open.document(importedWorkbookFile(await importXlsx(bytes, { fileName: 'gammel.xlsx' })));
    const id = sheetId(doc, 'Data');
    expect([cellInputAt(doc, id, 2, 3), cellInputAt(doc, id, 2, 4)]).toEqual(['=SINGLE(Alle)*2', '=SUM(AlleDobbelt)']);
    const at = engineValueAt(open.engine(doc), id);
    expect(['D3', 'D4', 'E3'].map(at)).toEqual([400, null, 1200]);
  });
});
