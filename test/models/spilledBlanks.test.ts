/**
 * A blank carried into a spilled result shows 0, as Excel spills it (models/engine/spilledBlanks.ts);
 * inside a formula the array keeps its blanks, a formula's "" stays "", and the places a result
 * leaves over in its spill stay empty. LibreOffice 7.4 (installed here) has TRANSPOSE but not the
 * dynamic-array functions, and shows a matrix's blank empty where Excel shows 0; Excel is the
 * reference, so the expected values are from Microsoft's pages and Excel's documented behaviour,
 * cited per row.
 */
import { describe, expect, it } from 'vitest';
import { exportWorkbookXlsx } from '../../models/interchange/xlsxExport.js';
import { applyOperation } from '../../models/operations/applyOperation.js';
import { zipParts } from '../interchange/support/zipBuilder.js';
import { evaluate, type TableValue } from '../support/formulaTable.js';
import { locate, openWorkbooks, workbookFile } from '../support/workbookFixtures.js';

const TOCOL = "https://support.microsoft.com/en-us/excel/tocol-function, example 2: 'Blank values return 0'";
/** Excel turns a blank into 0 only as it puts the value into the sheet: https://stackoverflow.com/questions/72146462 */
const AT_THE_SHEET = 'blanks stay blank inside a formula (stackoverflow.com/questions/72146462)';
const EXCELJET = 'https://exceljet.net/formulas/combine-data-in-multiple-worksheets: FILTER(data,CHOOSECOLS(data,1)<>"") drops the blank rows';

/**
 * Indicators with gaps: A (ledige) blank in row 2 and 4, B (text) holding a formula's "" in row 2
 * and a blank in row 3, C a sort key, D FILTER's include, E a 0 above a blank. G1 spills
 * TAKE(A1:A3,3) for the formulas reading a spill.
 */
const GRID = [
  [1, 'Køge', 3, 1, 0, null, '=TAKE(A1:A3,3)'],
  [null, '=""', 1, 1, null],
  [3, null, 2, 0],
  [null, 'Greve', 4, 1],
  [5, 'Odense', 5, 1],
];

function spill(formula: string, expected: TableValue[][]): TableValue {
  return evaluate(GRID, formula, { rows: expected.length, columns: expected[0]!.length });
}

describe('a blank spills as 0, as Excel shows it', () => {
  it.each([
    ['=TAKE(A1:B3,2)', [[1, 'Køge'], [0, '']], `${TOCOL}; the "" of a formula stays ""`],
    ['=DROP(A1:B3,1)', [[0, ''], [3, 0]], TOCOL],
    ['=SORT(A1:A3)', [[1], [3], [0]], `${TOCOL}; blanks sort last`],
    ['=SORTBY(A1:A3,C1:C3)', [[0], [3], [1]], TOCOL],
    ['=TRANSPOSE(A1:A3)', [[1, 0, 3]], TOCOL],
    ['=TRANSPOSE(B1:B3)', [['Køge', '', 0]], 'a "" stays "", a blank is 0'],
    ['=FILTER(A1:A5,D1:D5)', [[1], [0], [0], [5], [null]], `${TOCOL}; the row not kept leaves its place empty`],
    ['=VSTACK(A1:A2,A4)', [[1], [0], [0]], TOCOL],
    ['=TOCOL(A1:A4)', [[1], [0], [3], [0]], TOCOL],
    ['=TOCOL(A1:A5,1)', [[1], [3], [5], [null], [null]], 'blanks ignored: the places left over stay empty'],
  ])('%s spills %j (%s)', (formula, expected, source) => {
    expect(spill(formula, expected), source).toEqual(expected);
  });
});

describe('inside a formula the array keeps its blanks, as in Excel', () => {
  it.each([
    ['=COUNTA(TAKE(A1:A3,2))', 1, `${AT_THE_SHEET}: TAKE cuts the range, COUNTA counts the filled cell`],
    ['=COUNTBLANK(TAKE(A1:A3,2))', 1, `${AT_THE_SHEET}: the blank is counted blank`],
    ['=ISBLANK(TAKE(A2:A3,1))', true, AT_THE_SHEET],
    ['=COUNTA(DROP(A1:A4,1))', 1, AT_THE_SHEET],
    ['=COUNTBLANK(DROP(A1:A4,1))', 2, AT_THE_SHEET],
    ['=COUNTBLANK(TAKE(B1:B3,3))', 2, `${AT_THE_SHEET}; a formula's "" counts as blank too (https://support.microsoft.com/en-us/excel/countblank-function)`],
    ['=COUNTA(TAKE(B1:B3,3))', 2, 'a formula\'s "" is a value to COUNTA'],
    ['=COUNT(TOROW(A1:A4))', 2, `${AT_THE_SHEET}: a blank is no number`],
    ['=ROWS(TOCOL(VSTACK(A1:A5),1))', 3, `${AT_THE_SHEET}: TOCOL(…,1) drops the blanks VSTACK carries`],
  ])('%s is %j (%s)', (formula, expected, source) => {
    expect(evaluate(GRID, formula), source).toEqual(expected);
  });

  it('FILTER drops the blank rows a VSTACK carries (exceljet\'s combining of sheets)', () => {
    const formula = '=FILTER(VSTACK(A1:C5),CHOOSECOLS(VSTACK(A1:C5),1)<>"")';
    expect(spill(formula, [[], [], [], [], []].map(() => [0, 0, 0])), EXCELJET).toEqual([
      [1, 'Køge', 3],
      [3, 0, 2],
      [5, 'Odense', 5],
      [null, null, null],
      [null, null, null],
    ]);
  });
});

describe('a formula reading the spilled cells sees the 0', () => {
  it.each([
    ['=COUNT(G1:G3)', 3, 'the spilled 0 is a number'],
    ['=ISBLANK(G2)', false, 'a spilled cell is not blank'],
    ['=COUNTBLANK(G1:G3)', 0, 'nor counted blank'],
    ['=SUM(G1:G3)+G2', 4, 'it computes as 0'],
  ])('%s is %j (%s)', (formula, expected, source) => {
    expect(evaluate(GRID, formula), source).toEqual(expected);
  });
});

describe('a spill following the data', () => {
  const open = openWorkbooks();

  it('shows 0 where a planner clears a source cell, and the update the grid receives says 0', () => {
    const doc = open.document(workbookFile({ Ark: { A1: 10, A2: 20, A3: 30, C1: '=TAKE(A1:A3,3)', D1: '=TRANSPOSE(A1:A3)' } }));
    const engine = open.engine(doc);
    const changed = new Map<string, unknown>();
    engine.onUpdate((update) => update.forEachChange((_, row, col, value) => changed.set(`${row}:${col}`, value)));
    const at = (address: string): unknown => {
      const { sheetId, row, col } = locate(doc, address);
      return engine.value(sheetId, row, col);
    };
    const source = locate(doc, 'Ark!A2');
    applyOperation(doc, { type: 'setCells', sheetId: source.sheetId, cells: [{ row: source.row, col: source.col, input: null }] });
    expect([at('Ark!C2'), at('Ark!E1')]).toEqual([0, 0]);
    expect([changed.get('1:2'), changed.get('0:4')]).toEqual([0, 0]);
    applyOperation(doc, { type: 'setCells', sheetId: source.sheetId, cells: [{ row: source.row, col: source.col, input: '=""' }] });
    expect([at('Ark!C2'), at('Ark!E1')]).toEqual(['', '']);
  });

  it('is exported to .xlsx as one block, the blank cached as 0 (a blank used to end the block: the values after it were left out)', async () => {
    const doc = open.document(workbookFile({ Ark: { A1: 3, A3: 2, B1: '=TAKE(A1:A3,3)', C1: '=TRANSPOSE(A1:A3)' } }));
    const xml = String(zipParts(await exportWorkbookXlsx(doc)).get('xl/worksheets/sheet1.xml'));
    expect(xml).toContain('<c r="B1" cm="1"><f t="array" ref="B1:B3">_xlfn.TAKE(A1:A3,3)</f><v>3</v></c>');
    expect(xml).toContain('<c r="C1" cm="1"><f t="array" ref="C1:E1">TRANSPOSE(A1:A3)</f><v>3</v></c><c r="D1"><v>0</v></c><c r="E1"><v>2</v></c>');
    expect(xml).toContain('<c r="B2"><v>0</v></c>');
    expect(xml).toContain('<c r="B3"><v>2</v></c>');
  });
});
