/**
 * References to Excel's rows past Fremskriv's grid (40,000 rows; Excel has 1,048,576): real files
 * select whole columns as `A1:A1048576`, and files from before Excel 2007 as `$A$2:$A$65536`.
 * They were read as unknown names (#NAME?); now they compute as in Excel, and a range over them
 * costs what its data costs (engine/rangeBound.ts), also in a defined name or a goal.
 */
import { describe, expect, it } from 'vitest';
import { evaluateGoal } from '../../models/goals/goalEvaluation.js';
import { readGoals } from '../../models/goals/goalModel.js';
import { decodeFormula } from '../../models/formula/storedFormula.js';
import { shiftFormula } from '../../models/formula/shiftFormula.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { locateInputReference } from '../../models/scenarios/scenarioModel.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { goalsArray } from '../../models/workbook/workbookSchema.js';
import { inputAt, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

/** Months' figures in Data!A1:B4, formulas on Beregning. */
const DATA = { A1: 1, A2: 2, A3: 3, A4: 4, B1: 10, B2: 20, B3: 30, B4: 40 };

function workbook(formulas: Record<string, string | number>, extra: Parameters<typeof workbookFile>[1] = {}) {
  return open.document(workbookFile({ Data: DATA, Beregning: formulas }, extra));
}

describe('rows past the grid, as Excel names them', () => {
  it.each([
    ['=SUM(Data!A1:A1048576)', 10],
    ['=SUM(Data!$A$2:$A$65536)', 9],
    ['=COUNTIF(Data!$A$1:$A$65536,">1")', 3],
    ['=SUMIF(Data!$A$1:$A$65536,">2",Data!$B$1:$B$65536)', 70],
    ['=VLOOKUP(3,Data!$A$1:$B$65536,2,FALSE)', 30],
    ['=MATCH(4,Data!A1:A1048576,0)', 4],
    ['=SUMPRODUCT(Data!A1:A1048576,Data!B1:B1048576)', 300],
    ['=AVERAGE(Data!B2:B65536)', 30],
    ['=SUM(Data!1:65536)', 110],
    ['=ROWS(Data!A:A)', 1_048_576],
  ])('%s computes as in Excel', (formula, expected) => {
    const doc = workbook({ A1: formula });
    expect(open.value(doc, 'Beregning!A1')).toBe(expected);
    expect(inputAt(doc, 'Beregning!A1')).toBe(formula);
  });

  it('moves a range\'s first row when rows are inserted above it, keeps its row past the grid, and reads the rows pushed down', () => {
    // Excel keeps A1:A1048576's last row too; it moves $A$65536 to $A$65539 where Fremskriv keeps
    // it (models/README.md, "Rows past the grid"): those rows are empty, so the sums agree.
    const doc = workbook({ A1: '=SUM(Data!A1:A1048576)', A2: '=SUM(Data!$A$2:$A$65536)' });
    applyOperation(doc, { type: 'insertRows', sheetId: sheetId(doc, 'Data'), index: 0, count: 3 });
    applyOperation(doc, { type: 'setCells', sheetId: sheetId(doc, 'Data'), cells: [{ row: 39_999, col: 0, input: 100 }] });
    expect(inputAt(doc, 'Beregning!A1')).toBe('=SUM(Data!A4:A1048576)');
    expect(inputAt(doc, 'Beregning!A2')).toBe('=SUM(Data!$A$5:$A$65536)');
    expect(open.value(doc, 'Beregning!A1')).toBe(110);
    expect(open.value(doc, 'Beregning!A2')).toBe(109);
  });

  it('fills a reference past the grid on to the next row, and off Excel\'s last row to #REF!', () => {
    expect(shiftFormula('=A65536+A1', 1, 0)).toBe('=A65537+A2');
    expect(shiftFormula('=SUM(A2:A1048576)', 1, 0)).toBe('=SUM(#REF!)');
  });

  it('computes a reference lying wholly past the grid to #NUM!, and every other formula as before', () => {
    // Excel reads those empty rows; the engine would read every whole-column range down to them.
    const doc = workbook({ A1: '=Data!A1048576', A2: '=SUM(Data!A50000:A60000)', A3: '=SUM(Data!A:A)' });
    expect(open.value(doc, 'Beregning!A1')).toMatchObject({ error: '#NUM!' });
    expect(open.value(doc, 'Beregning!A2')).toMatchObject({ error: '#NUM!' });
    expect(open.value(doc, 'Beregning!A3')).toBe(10);
    expect(inputAt(doc, 'Beregning!A1')).toBe('=Data!A1048576');
  });

  it('reads a stored row number only past the grid and within Excel\'s rows: anything else a peer stores is #REF!', () => {
    const doc = workbook({ A1: 1 });
    const grid = workbookGrid(doc);
    const data = sheetId(doc, 'Data');
    const col = grid.colIds(data)[0]!;
    expect(decodeFormula(`=SUM(⟦${col},1⟧)`, data, grid)).toBe('=SUM(#REF!)');
    for (const row of ['~40000', '~1048577', '~99999999', '~65536x', '~0', '~']) {
      expect(decodeFormula(`=SUM(⟦${col},${grid.rowIds(data)[0]}⟧:⟦${col},${row}⟧)`, data, grid)).toBe('=SUM(#REF!)');
    }
    expect(decodeFormula(`=SUM(⟦${col},${grid.rowIds(data)[0]}⟧:⟦${col},$~65536⟧)`, data, grid)).toBe('=SUM(A1:A$65536)');
  });

  it('takes no scenario input in a row past the grid (it holds no cell), and grows no sheet', () => {
    const doc = workbook({ A1: 1 });
    const grid = workbookGrid(doc);
    expect(locateInputReference('Data!B65536', grid)).toBeNull();
    expect(locateInputReference('Data!B40000', grid)).toMatchObject({ row: 39_999, col: 1 });
    expect(grid.rowIds(sheetId(doc, 'Data')).length).toBeLessThan(40_000);
  });
});

describe('ranges in names and goals cost what their data costs', () => {
  it('a name from an old file over rows past the grid sums its data', () => {
    const doc = workbook({ A1: '=SUM(Antal)', A2: '=COUNT(Antal)' }, { names: [{ name: 'Antal', formula: '=Data!$A$2:$A$65536' }] });
    expect(open.value(doc, 'Beregning!A1')).toBe(9);
    expect(open.value(doc, 'Beregning!A2')).toBe(3);
  });

  it('a name over a whole sheet computes instead of taking the engine\'s memory, and follows data typed far below', () => {
    // Before, the engine gave each of its 655 million cells a vertex and ran out of memory.
    const doc = workbook({ A1: '=SUM(Alt)' }, { names: [{ name: 'Alt', formula: '=Data!$A$1:$XFD$40000' }] });
    expect(open.value(doc, 'Beregning!A1')).toBe(110);
    applyOperation(doc, { type: 'setCells', sheetId: sheetId(doc, 'Data'), cells: [{ row: 3_000, col: 5, input: 1000 }] });
    expect(open.value(doc, 'Beregning!A1')).toBe(1110);
  });

  it('a goal over a whole sheet is judged instead of taking the engine\'s memory', () => {
    const doc = workbook({ A1: 1 }, {
      goals: [
        { id: 'sum', title: 'Sum', value: '=SUM(Data!A1:XFD40000)', comparator: '<=', target: 200 },
        { id: 'old', title: 'Gammel', value: '=SUM(Data!$B$1:$B$65536)', comparator: '>=', target: '=COUNT(Data!A1:A1048576)*25' },
      ],
    });
    const engine = open.engine(doc);
    const [sum, old] = readGoals(goalsArray(doc), workbookGrid(doc)).map((goal) => evaluateGoal(engine, goal));
    expect(sum).toMatchObject({ value: 110, met: true, error: null });
    expect(old).toMatchObject({ value: 100, target: 100, met: true, error: null });
  });
});
