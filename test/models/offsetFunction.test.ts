/**
 * OFFSET with its position and size from cells, or a range as its reference, computed as Excel
 * does (https://support.microsoft.com/office/offset-function-c8de19ae-dd79-4b9b-a14e-b4d906d11b3b)
 * through the rewrite only the engine sees (models/engine/offsetFunction.ts, offsetAreas.ts):
 * values follow the driving cells and the target's cells after every edit, as a fresh build
 * computes them, with no false circular reference from cells near the formula.
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { isCellError, type CellValue } from '../../models/engine/cellValue.js';
import { engineFormula } from '../../models/engine/engineFormula.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import type { CellInput } from '../../models/workbook/workbookReader.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { evaluateWorkbook } from '../../models/evaluation/evaluationReport.js';
import type { GoalDefinition } from '../../models/goals/goalModel.js';
import { importedWorkbookFile } from '../../models/interchange/importedWorkbook.js';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { importXlsx } from '../../models/interchange/xlsxImport.js';
import { ScenarioEngines } from '../../models/scenarios/ScenarioEngines.js';
import { zipParts } from '../interchange/support/zipBuilder.js';
import { inputAt, locate, openWorkbooks, scenarioId, sheetId, workbookFile } from '../support/workbookFixtures.js';

const MS = 'https://support.microsoft.com/office/offset-function-c8de19ae-dd79-4b9b-a14e-b4d906d11b3b';
const LO = 'LibreOffice 7.4 recalculation agrees';
const MS_INDEX = 'https://support.microsoft.com/office/index-function-a5dcf0dd-996d-40a4-a822-b56b061328bd (reference form)';
const MS_CHOOSE = 'https://support.microsoft.com/office/choose-function-fc5c184f-cb62-4ec7-a46e-38653b98f5bc (=SUM(CHOOSE(2,A1:A10,B1:B10,C1:C10)): CHOOSE and IF give a reference)';
const EXCEL_NEGATIVE = 'Excel computes a negative height upwards from the moved cell (Microsoft asks for a positive one; LibreOffice answers Err:502)';

const open = openWorkbooks();

function plain(value: CellValue): number | string | boolean | null {
  return isCellError(value) ? value.error : value;
}

/** Microsoft's example sheet: D3:F5 and B6:D8 hold numbers, B1/B2 drive the position and size. */
const DATA: Record<string, CellInput> = {
  B1: 3, B2: 2, C1: 'x',
  A1: 1, A2: 2, A3: 4, A4: 8,
  B6: 7, C6: 1, D6: 1, B7: 1, C7: 1, D7: 1, B8: 1, C8: 1, D8: 2,
  D3: 10, E3: 20, F3: 30,
};

describe('OFFSET computes as Excel', () => {
  it.each([
    ['=OFFSET(D3,3,-2,1,1)', 7, `${MS}: the value in B6`],
    ['=SUM(OFFSET(D3:F5,3,-2,3,3))', 16, `${MS}: the sum of B6:D8`],
    ['=OFFSET(D3,-3,-3)', '#REF!', `${MS}: a reference off the sheet`],
    ['=OFFSET(D3,$B$1,-$B$2)', 7, `${MS}: rows and columns from cells, negative columns`],
    ['=SUM(OFFSET(A1,0,0,$B$1,1))', 7, `${MS}: height from a cell`],
    ['=SUM(OFFSET(D3,0,0,1,$B$2))', 30, `${MS}: width from a cell`],
    ['=SUM(OFFSET(A1:A2,1,0))', 6, `${MS}: a range's size is the default height and width`],
    ['=SUM(OFFSET(A1:A2,B2,0,,))', 12, `${MS}: left-out height and width are the reference's`],
    ['=OFFSET(A1,0,0,B1-3)', '#REF!', `${MS}: height 0`],
    ['=OFFSET(A1,0,0,1,0)', '#REF!', `${MS}: width 0`],
    ['=OFFSET(A1,1.7,0)', 2, `${LO}: rows truncated`],
    ['=OFFSET(A1,-0.5,0)', 1, `${LO}: truncated towards zero`],
    ['=SUM(OFFSET(A1,0,0,2.9,1))', 3, `${LO}: height truncated`],
    ['=OFFSET(A1,"1",0)', 2, `${LO}: text that reads as a number`],
    ['=OFFSET(A1,C1,0)', '#VALUE!', `${LO}: text that does not`],
    ['=SUM(OFFSET(A3,0,0,-2,1))', 6, EXCEL_NEGATIVE],
    ['=AVERAGE(OFFSET(A1,0,0,B1))', 7 / 3, `${MS}: feeding AVERAGE`],
    ['=COUNT(OFFSET(A1,0,0,B1+2,2))', 6, `${MS}: feeding COUNT (blank cells not counted)`],
    ['=INDEX(OFFSET(A1:B4,1,0),B2,1)', 4, `${MS}: feeding INDEX`],
    ['=MATCH(4,OFFSET(A1,0,0,B1),0)', 3, `${MS}: feeding MATCH`],
    ['=SUM(OFFSET(A1,0,0,B1)*2)', 14, `${MS}: element by element inside SUM`],
    ['=SUMPRODUCT(OFFSET(A1,0,0,B1),OFFSET(A1,1,0,B1))', 2 + 8 + 32, `${MS}: two OFFSETs in one formula`],
    ['=SUM(OFFSET(Andet!A1,0,0,B1,1))', 600, `${MS}: a reference on another sheet`],
    ['=ROWS(OFFSET(A1,0,0,B1,2))', 3, `${MS}: the target's size`],
    ['=OFFSET(INDEX(B6:D8,2,1),1,2)', 2, `${MS_INDEX}: INDEX's reference form gives B7, moved to D8`],
    ['=SUM(OFFSET(INDEX(B6:D8,1,1),0,$B$2,3,1))', 4, `${MS_INDEX}: a computed reference moved by a cell`],
    ['=SUM(OFFSET(INDEX(B6:D8,$B$2,1),0,0,1,3))', 3, `${MS_INDEX}: INDEX's row from a cell`],
    ['=SUM(OFFSET(INDEX(D3:F3,2),0,0,1,2))', 50, `${MS_INDEX}: one index into a one-row range counts along the row`],
    ['=SUM(OFFSET(INDEX(B6:D8,0,2),0,1))', 4, `${MS_INDEX}: column 0… row 0 is the whole column (C6:C8 moved to D6:D8)`],
    ['=OFFSET((INDEX(B6:D8,3,3)),-2,-2)', 7, `${MS_INDEX}: in brackets`],
    ['=OFFSET(INDEX(B6:D8,4,1),0,0)', '#REF!', `${MS_INDEX}: an index past the range is #REF!`],
    ['=OFFSET(OFFSET(A1,$B$1,0),0,0)', 8, `${MS}: OFFSET of OFFSET, the inner one moved by a cell`],
    ['=SUM(OFFSET(A:A,0,1))', 3 + 2 + 7 + 1 + 1, `${MS}: a whole column moved to B:B`],
    ['=SUM(OFFSET(A:A,0,$B$1))', 10 + 1 + 1 + 2, `${MS}: a whole column moved by a cell to D:D`],
    ['=SUM(OFFSET(3:3,0,0))', 10 + 20 + 30 + 4, `${MS}: a whole row`],
    ['=SUM(OFFSET(A:B,0,0,,1))', 15, `${MS}: width 1 of a two-column reference`],
    ['=OFFSET(A:A,0,-1)', '#REF!', `${MS}: a whole column moved past the sheet's edge`],
    ['=SUM(OFFSET(IF(B1>0,A1,B6),0,0,3,1))', 7, `${MS_CHOOSE}: IF picks A1, summed three down`],
    ['=SUM(OFFSET(IF(B1>5,A1,B6),0,0,3,1))', 9, `${MS_CHOOSE}: IF picks B6`],
    ['=SUM(OFFSET(IF(C1="x",(A2),B6),0,0,2,1))', 6, `${MS_CHOOSE}: a text condition, the choice in brackets`],
    ['=OFFSET(IF(B1>5,A1),0,0)', '#VALUE!', `${MS_CHOOSE}: IF without its third gives FALSE, no reference`],
    ['=OFFSET(IF(C1,A1,B6),0,0)', '#VALUE!', `${MS_CHOOSE}: a condition that is no logical value`],
    ['=SUM(OFFSET(CHOOSE(2,A1,B6),1,0,2,1))', 2, `${MS_CHOOSE}: CHOOSE picks B6, moved to B7:B8`],
    ['=SUM(OFFSET(CHOOSE($B$2,A1:A2,D3:F3),0,0,1))', 60, `${MS_CHOOSE}: the index from a cell, the picked range keeps its width`],
    ['=SUM(OFFSET(CHOOSE(B2-1,INDEX(B6:D8,2,1),A1),0,1,1,2))', 2, `${MS_CHOOSE}: a choice that INDEX computes`],
    ['=OFFSET(CHOOSE(3,A1,B6),0,0)', '#VALUE!', `${MS_CHOOSE}: an index past the values`],
    ['=OFFSET(IF(B1>0,CHOOSE(1,B6,A1)),1,1)', 1, `${MS_CHOOSE}: CHOOSE inside IF`],
    ['=SUM(OFFSET(INDIRECT("A"&B2),0,0,2,1))', 6, `${MS}: a reference INDIRECT names (A2:A3)`],
    ['=OFFSET(INDIRECT("Andet!A1"),$B$2,0)', 300, `${MS}: INDIRECT naming another sheet, moved by a cell`],
  ])('%s is %s (%s)', (formula, expected, _source) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q20: formula }, Andet: { A1: 100, A2: 200, A3: 300, A4: 400 } }));
    const value = plain(open.value(doc, 'Ark!Q20'));
    if (typeof expected === 'number') expect(value).toBeCloseTo(expected, 12);
    else expect(value).toBe(expected);
  });

  it.each([
    ['Ark!Q3', 4, 'the cell in the formula’s row'],
    ['Ark!Q10', '#VALUE!', 'no cell in the formula’s row: #VALUE!'],
  ])('a range OFFSET gives after Excel 365’s @ (a legacy formula) is intersected with the formula’s row (%s: %s, %s)', (cell, expected, _why) => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, [cell.slice(4)]: '=SINGLE(OFFSET(A1:A3,1,0))' } }));
    expect(plain(open.value(doc, cell))).toBe(expected);
  });

  it('a range OFFSET gives as the whole typed formula, or next to an operator, spills as in Excel 365', () => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, Q10: '=OFFSET(A1:A3,1,0)', R10: '=OFFSET(A1,1,0,3,1)*2' } }));
    const cells = ['Q10', 'Q11', 'Q12', 'R10', 'R11', 'R12'].map((cell) => plain(open.value(doc, `Ark!${cell}`)));
    const column = ['A2', 'A3', 'A4'].map((cell) => plain(open.value(doc, `Ark!${cell}`)) as number);
    expect(cells).toEqual([...column, ...column.map((value) => value * 2)]);
  });
});

describe('the text the engine is given', () => {
  it.each([
    ['=SUM(OFFSET(E5,0,0,1,$B$1))', [], '=SUM(FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(E5),0,0,1,$B$1))'],
    ['=OFFSET(A1:B1,B2,0)', ['Ark!$A$3:$B$3'], '=FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(A1:B1),B2,0,,,Ark!$A$3:$B$3)'],
    ['=OFFSET(A1,0,0,3,1)*2', [], '=ARRAYFORMULA(FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(A1),0,0,3,1)*2)'],
    ['=SINGLE(OFFSET(A1:B1,B2,0))', [], '=SINGLE(FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(A1:B1),B2,0,,))'],
    ['=OFFSET(A1,MATCH(A1:A9,B1:B9,0),0)', [], '=ARRAYFORMULA(FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(A1),MATCH(A1:A9,B1:B9,0),0,,))'],
    ['=B5*(1+$C5)', [], '=B5*(1+$C5)'],
    [
      '=SUM(OFFSET(INDEX(B2:M20,3,1),0,$B$1))',
      [],
      '=SUM(FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(INDEX(FREMSKRIV.ANCHOR(B2:M20),3,1)),0,$B$1,,))',
    ],
    ['=SUM(OFFSET(A:A,0,2))', [], '=SUM(FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(A:A),0,2,,))'],
    ['=OFFSET(IF(B1,A1,B2),0,1)', [], '=FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(IF(B1,FREMSKRIV.ANCHOR(A1),FREMSKRIV.ANCHOR(B2))),0,1,,)'],
    [
      '=SUM(OFFSET(CHOOSE($A$1,B1:B3,INDEX(C1:D3,1,2)),1,0,2,1))',
      [],
      '=SUM(FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(CHOOSE($A$1,FREMSKRIV.ANCHOR(B1:B3),INDEX(FREMSKRIV.ANCHOR(C1:D3),1,2))),1,0,2,1))',
    ],
    ['=OFFSET(IF(B1,A1,B2+1),0,1)', [], '=OFFSET(IF(B1,A1,B2+1),0,1)'],
    ['=OFFSET(INDIRECT("A1"),0,1)', [], '=FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(FREMSKRIV.INDIRECT("A1",)),0,1,,)'],
    // XLOOKUP gives a reference into its return range, a place; its lookup range is read whole.
    ['=OFFSET(XLOOKUP(1,A1:A3,B1:B3),0,1)', [], '=FREMSKRIV.OFFSET(FREMSKRIV.ANCHOR(XLOOKUP(1,A1:A3,FREMSKRIV.ANCHOR(B1:B3))),0,1,,)'],
  ])('%s with areas %j is given as %s', (formula, areas, text) => {
    expect(engineFormula(formula, () => areas).text).toBe(text);
  });
});

/** The engine's values equal those of an engine built afresh from the same document. */
function expectFreshBuildAgrees(doc: Y.Doc, engine: WorkbookEngine): void {
  const fresh = open.engine(doc);
  expect(engine.snapshot()).toEqual(fresh.snapshot());
}

/** The workbook of one sheet "Ark" holding `cells`, its engine, and its values by A1 address. */
interface OpenedSheet {
  doc: Y.Doc;
  engine: WorkbookEngine;
  id: string;
  at: (address: string) => unknown;
}

function openSheet(cells: Record<string, CellInput>): OpenedSheet {
  const doc = open.document(workbookFile({ Ark: cells }));
  const engine = open.engine(doc);
  const id = sheetId(doc, 'Ark');
  const at = (address: string): unknown => {
    const { row, col } = locate(doc, `Ark!${address}`);
    return plain(engine.value(id, row, col));
  };
  return { doc, engine, id, at };
}

describe('a rolling sum over the last N months follows every edit', () => {
  // Months in E5:P5, N in B1, the rolling sum in Q5 and, right of it, a cell reading it: inside
  // the area OFFSET could reach, yet no circular reference.
  const cells: Record<string, CellInput> = { B1: 3, Q5: '=SUM(OFFSET(E5,0,12-$B$1,1,$B$1))', R5: '=Q5*2', Q6: '=Q5+1' };
  for (let m = 0; m < 12; m++) cells[`${String.fromCharCode(69 + m)}5`] = m + 1;

  const setup = (): OpenedSheet => openSheet(cells);

  it('changing N, a month inside the window, and one outside it gives Excel’s sums', () => {
    const { doc, engine, id, at } = setup();
    expect([at('Q5'), at('R5'), at('Q6')]).toEqual([10 + 11 + 12, 66, 34]);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 0, col: 1, input: 5 }] });
    expect(at('Q5')).toBe(8 + 9 + 10 + 11 + 12);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 4, col: 4 + 7, input: 100 }] });
    expect(at('Q5')).toBe(100 + 9 + 10 + 11 + 12);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 4, col: 4, input: 1000 }] });
    expect(at('Q5')).toBe(100 + 9 + 10 + 11 + 12);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 0, col: 1, input: 12 }] });
    expect(at('Q5')).toBe(1000 + 2 + 3 + 4 + 5 + 6 + 7 + 100 + 9 + 10 + 11 + 12);
    expect(at('R5')).toBe(2 * (1000 + 2 + 3 + 4 + 5 + 6 + 7 + 100 + 9 + 10 + 11 + 12));
    expectFreshBuildAgrees(doc, engine);
  });

  it('a window reaching the formula’s own cell is a circular reference, and moving it back computes again', () => {
    const { doc, engine, id, at } = setup();
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 4, col: 2, input: '=SUM(OFFSET(A5,0,0,1,$B$1))' }] });
    expect(at('C5')).toBe('#CYCLE!');
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 0, col: 1, input: 2 }] });
    expect(at('C5')).toBe(0);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 4, col: 0, input: 5 }] });
    expect(at('C5')).toBe(5);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 0, col: 1, input: 4 }] });
    expect(at('C5')).toBe('#CYCLE!');
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 0, col: 1, input: 1 }] });
    expect(at('C5')).toBe(5);
    expectFreshBuildAgrees(doc, engine);
  });

  it('inserting and deleting rows and columns keeps the formula reading what Excel reads', () => {
    const { doc, engine, id, at } = setup();
    applyOperation(doc, { type: 'insertRows', sheetId: id, index: 2, count: 2 });
    expect(at('Q7')).toBe(33);
    applyOperation(doc, { type: 'insertColumns', sheetId: id, index: 5, count: 1 });
    // The offset is a number: as in Excel the window stays 9 to 11 columns right of E, which
    // now hold the months that were 8 to 10 columns right of it.
    expect(at('R7')).toBe(9 + 10 + 11);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 6, col: 15, input: 50 }] });
    expect(at('R7')).toBe(9 + 10 + 50);
    applyOperation(doc, { type: 'deleteRows', sheetId: id, index: 1, count: 1 });
    expect(at('R6')).toBe(9 + 10 + 50);
    applyOperation(doc, { type: 'deleteColumns', sheetId: id, index: 5, count: 1 });
    expect(at('Q6')).toBe(10 + 50 + 12);
    expectFreshBuildAgrees(doc, engine);
  });

  it('a goal reading the sum follows an edit of N and of a month, in every scenario, as a judgement from scratch does', () => {
    const goal: GoalDefinition = { id: 'sum', title: 'Rullende sum', value: 'Ark!Q5', comparator: '<=', target: 30 };
    const doc = open.document(workbookFile({ Ark: cells }, { goals: [goal], scenarios: [{ name: 'Basis', inputs: {} }, { name: 'Kort', inputs: { 'Ark!B1': 2 } }] }));
    const live = new ScenarioEngines(doc);
    try {
      const judged = () => live.evaluate().map((scenario) => scenario.goals[0]);
      expect(judged()).toMatchObject([{ value: 33, met: false }, { value: 23, met: true }]);
      const id = sheetId(doc, 'Ark');
      applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 0, col: 1, input: 2 }] });
      expect(judged()).toMatchObject([{ value: 23, met: true }, { value: 23, met: true }]);
      // P5, the last month, is inside both windows.
      applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 4, col: 15, input: 20 }] });
      expect(judged()).toMatchObject([{ value: 31, met: false }, { value: 31, met: false }]);
      applyOperation(doc, { type: 'setScenarioInput', scenarioId: scenarioId(doc, 'Kort'), sheetId: id, row: 0, col: 1, input: 1 });
      expect(judged()).toMatchObject([{ value: 31 }, { value: 20, met: true }]);
      expect(judged()).toEqual(evaluateWorkbook(doc).scenarios.map((scenario) => scenario.goals[0]));
    } finally {
      live.destroy();
    }
  });
});

describe('OFFSET whose reference comes from INDEX follows every edit', () => {
  it('changing INDEX’s row, OFFSET’s columns and a cell of the target gives Excel’s sums, as a fresh build does', () => {
    // A planner's table B2:M20 (row 3: the benefit group), $B$1 months into it, summed 2 wide.
    const cells: Record<string, CellInput> = { A1: 3, B1: 1, P1: '=SUM(OFFSET(INDEX(B2:M20,$A$1,1),0,$B$1,1,2))' };
    for (let r = 2; r <= 20; r++) for (let c = 0; c < 12; c++) cells[`${String.fromCharCode(66 + c)}${r}`] = r * 100 + c;
    const { doc, engine, id, at } = openSheet(cells);
    expect(at('P1')).toBe(401 + 402);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 0, col: 0, input: 5 }] });
    expect(at('P1')).toBe(601 + 602);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 0, col: 1, input: 10 }] });
    expect(at('P1')).toBe(610 + 611);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 5, col: 11, input: 1 }] });
    expect(at('P1')).toBe(1 + 611);
    expectFreshBuildAgrees(doc, engine);
  });

  it('a formula inside INDEX’s range that OFFSET does not reach is no circular reference', () => {
    const doc = open.document(workbookFile({ Ark: { A1: 1, A2: 2, A3: 4, B1: '=SUM(OFFSET(INDEX(A1:B3,2,1),0,0,2,1))' } }));
    expect(plain(open.value(doc, 'Ark!B1'))).toBe(6);
  });
});

describe('OFFSET whose reference IF or CHOOSE picks follows every edit', () => {
  it('changing the condition, the index and a cell of the picked range gives Excel’s sums, as a fresh build does', () => {
    // A planner's two forecasts side by side (B: low, C: high), A1 says which one to sum.
    const cells: Record<string, CellInput> = {
      A1: 1, B1: 10, B2: 20, B3: 30, C1: 100, C2: 200, C3: 300,
      E1: '=SUM(OFFSET(IF($A$1=1,B1,C1),0,0,3,1))',
      E2: '=SUM(OFFSET(CHOOSE($A$1,B1,C1),1,0,2,1))',
    };
    const { doc, engine, id, at } = openSheet(cells);
    expect([at('E1'), at('E2')]).toEqual([60, 50]);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 0, col: 0, input: 2 }] });
    expect([at('E1'), at('E2')]).toEqual([600, 500]);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 2, col: 2, input: 1 }] });
    expect([at('E1'), at('E2')]).toEqual([301, 201]);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 0, col: 0, input: 3 }] });
    expect([at('E1'), at('E2')]).toEqual([301, '#VALUE!']);
    expectFreshBuildAgrees(doc, engine);
  });

  it('a formula in the choice OFFSET does not reach is no circular reference', () => {
    const doc = open.document(workbookFile({ Ark: { A1: 1, A2: 2, A3: 4, B1: '=SUM(OFFSET(IF(TRUE,A1,B1),0,0,3,1))' } }));
    expect(plain(open.value(doc, 'Ark!B1'))).toBe(7);
  });

  it('an import lists it as computed, and the .xlsx keeps it as written', async () => {
    const doc = open.document(workbookFile({ Ark: { A1: 1, B1: 2, B2: 3, C1: 5, C2: 7, D1: '=SUM(OFFSET(CHOOSE(A1,B1,C1),0,0,2,1))' } }));
    const imported = await importXlsx(await exportWorkbookXlsx(doc), { fileName: 'offset.xlsx' });
    expect(imported.unsupported.count).toBe(0);
    const back = open.document(importedWorkbookFile(imported));
    expect(inputAt(back, 'Ark!D1')).toBe('=SUM(OFFSET(CHOOSE(A1,B1,C1),0,0,2,1))');
    expect(plain(open.value(back, 'Ark!D1'))).toBe(5);
  });
});

describe('the .xlsx keeps OFFSET as written', () => {
  it('the export writes the planner’s OFFSET with its value, and importing it lists nothing and computes the same', async () => {
    const doc = open.document(workbookFile({ Ark: { B1: 2, A1: 1, A2: 2, A3: 4, C1: '=SUM(OFFSET(A1:A2,B1-1,0))', C2: '=OFFSET(A1,$B$1,0)' } }));
    const bytes = await exportWorkbookXlsx(doc);
    const xml = [...zipParts(bytes)].find(([name]) => name === 'xl/worksheets/sheet1.xml')![1];
    expect(xml).toMatch(/<c r="C1"[^>]*><f>SUM\(OFFSET\(A1:A2,B1-1,0\)\)<\/f><v>6<\/v>/);
    expect(xml).toMatch(/<c r="C2"[^>]*><f>OFFSET\(A1,\$B\$1,0\)<\/f><v>4<\/v>/);
    const imported = await importXlsx(bytes, { fileName: 'offset.xlsx' });
    expect(imported.unsupported.count).toBe(0);
    const back = open.document(importedWorkbookFile(imported));
    expect(inputAt(back, 'Ark!C1')).toBe('=SUM(OFFSET(A1:A2,B1-1,0))');
    expect([plain(open.value(back, 'Ark!C1')), plain(open.value(back, 'Ark!C2'))]).toEqual([6, 4]);
  });
});
