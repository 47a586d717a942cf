/**
 * The range operator with a reference a function gives at one end or both
 * (`=SUM(A1:INDEX(A1:A12,MATCH(7,A1:A12,0)))`, models/engine/rangeOperatorCalls.ts): the
 * smallest range holding both ends, as Microsoft's "Calculation operators and precedence" page
 * gives `:`. HyperFormula 3.5 could not parse such a formula: each was #ERROR!. Expected values:
 * LibreOffice 7.4's recalculation of the same formulas in an .xlsx (the hunt), and the sums by hand.
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { isCellError, type CellValue } from '../../models/engine/cellValue.js';
import type { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import type { CellInput } from '../../models/workbook/workbookReader.js';
import { locate, openWorkbooks, sheetId, workbookFile } from '../support/workbookFixtures.js';

const open = openWorkbooks();

function plain(value: CellValue): number | string | boolean | null {
  return isCellError(value) ? value.error : value;
}

/** Monthly figures in A1:A6, their labels' numbers in B1:B6, a count in D1 and a cell name in D2. */
const DATA: Record<string, CellInput> = { A1: 10, A2: 20, A3: 30, A4: 40, A5: 50, A6: 60, B1: 1, B2: 2, B3: 3, B4: 4, B5: 5, B6: 6, D1: 3, D2: 'A2' };

function valueOf(formula: string): unknown {
  const doc = open.document(workbookFile({ Ark: { ...DATA, F1: formula } }));
  return plain(open.value(doc, 'Ark!F1'));
}

describe('the range operator with a function at an end computes as Excel', () => {
  it.each([
    ['=SUM(A1:INDEX(A1:A6,D1))', 60],
    ['=SUM(A1:INDEX(A1:A6,MATCH(4,B1:B6,0)))', 100],
    ['=SUM(INDEX(A1:A6,2):INDEX(A1:A6,4))', 90],
    ['=SUM(INDEX(A1:A6,2):A4)', 90],
    ['=SUM(A5:INDEX(A1:A6,2))', 140],
    ['=SUM(INDEX(A1:B6,1,2):INDEX(A1:B6,2,1))', 33],
    ['=AVERAGE(A1:INDEX(A:A,COUNT(A1:A6)))', 35],
    ['=ROWS(A1:INDEX(A1:A6,MATCH(50,A1:A6,0)))', 5],
    ['=SUM(OFFSET(A1,1,0):A3)', 50],
    ['=SUM(INDIRECT(D2):A3)', 50],
    ['=SUM(IF(D1>2,A2,A1):A3)', 50],
    ['=SUM(CHOOSE(2,A1,A2):A3)', 50],
    ['=INDEX(A1:INDEX(A1:B6,3,2),3,2)', 3],
    ['=SUM(INDEX(A1:A6,7):A1)', '#REF!'],
    // XLOOKUP gives a reference in Excel 365 (Microsoft's XLOOKUP page, example 6: `=SUM(XLOOKUP(…):XLOOKUP(…))`).
    ['=SUM(A1:XLOOKUP(4,B1:B6,A1:A6))', 100],
    ['=SUM(XLOOKUP(2,B1:B6,A1:A6):XLOOKUP(4,B1:B6,A1:A6))', 90],
    ['=SUM(XLOOKUP(D1,B1:B6,A1:A6):A6)', 180],
    ['=SUM(A1:XLOOKUP(3.5,B1:B6,A1:A6,,-1))', 60],
    ['=SUM(A1:XLOOKUP(9,B1:B6,A1:A6,A2))', 30],
    ['=SUM(A1:XLOOKUP(9,B1:B6,A1:A6))', '#N/A'],
    ['=SUM(OFFSET(XLOOKUP(2,B1:B6,A1:A6),0,0,2,1))', 50],
  ])('%s is %s', (formula, expected) => {
    expect(valueOf(formula)).toBe(expected);
  });
});

describe('a running total to a row given in a cell follows every edit', () => {
  function expectFreshBuildAgrees(doc: Y.Doc, engine: WorkbookEngine): void {
    expect(engine.snapshot()).toEqual(open.engine(doc).snapshot());
  }

  it('changing the row, a month inside the range and one outside gives Excel’s sums, as a fresh build does', () => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, F1: '=SUM(A1:INDEX(A1:A6,$D$1))', G1: '=F1*2' } }));
    const engine = open.engine(doc);
    const id = sheetId(doc, 'Ark');
    const at = (address: string): unknown => {
      const { row, col } = locate(doc, `Ark!${address}`);
      return plain(engine.value(id, row, col));
    };
    expect([at('F1'), at('G1')]).toEqual([60, 120]);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 0, col: 3, input: 5 }] });
    expect(at('F1')).toBe(150);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 4, col: 0, input: 500 }] });
    expect(at('F1')).toBe(600);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 5, col: 0, input: 1000 }] });
    expect([at('F1'), at('G1')]).toEqual([600, 1200]);
    applyOperation(doc, { type: 'insertRows', sheetId: id, index: 1, count: 1 });
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 1, col: 0, input: 7 }] });
    expect(at('F1')).toBe(10 + 7 + 20 + 30 + 40);
    expectFreshBuildAgrees(doc, engine);
  });

  it('a running total to the month XLOOKUP finds follows the looked-up value and the months', () => {
    const doc = open.document(workbookFile({ Ark: { ...DATA, F1: '=SUM(A1:XLOOKUP($D$1,B1:B6,A1:A6))' } }));
    const engine = open.engine(doc);
    const id = sheetId(doc, 'Ark');
    const at = (): unknown => plain(engine.value(id, locate(doc, 'Ark!F1').row, locate(doc, 'Ark!F1').col));
    expect(at()).toBe(60);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 0, col: 3, input: 5 }] });
    expect(at()).toBe(150);
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 4, col: 1, input: 9 }] });
    expect(at()).toBe('#N/A');
    applyOperation(doc, { type: 'setCells', sheetId: id, cells: [{ row: 1, col: 0, input: 200 }, { row: 3, col: 1, input: 5 }] });
    expect(at()).toBe(10 + 200 + 30 + 40);
    expectFreshBuildAgrees(doc, engine);
  });
});
