/**
 * MDETERM, MINVERSE and MUNIT (models/engine/matrixFunctions.ts), #NAME? before: Microsoft's
 * examples, and each computed alike by LibreOffice 7.4 (an .xlsx of the formulas recalculated
 * headless on the development machine).
 */
import { describe, expect, it } from 'vitest';
import { fromDisplayFormula } from '../../models/formula/formulaLocale.js';
import { evaluate, expectClose } from '../support/formulaTable';

const MS = 'https://support.microsoft.com/office';
const MDETERM_PAGE = `${MS}/mdeterm-function-e7bfa857-3834-422b-b871-0ffd03717020`;
const MINVERSE_PAGE = `${MS}/minverse-function-11f55086-adde-4c9f-8eb9-59da2d72efc6`;
const MUNIT_PAGE = `${MS}/munit-function-c9fe916a-dc26-4105-997d-ba22799853a3`;

/** Microsoft's MDETERM example in A1:D4; a 2 × 2 in F1:G2 with a blank and one with text. */
const DATA = [
  [1, 3, 8, 5, null, 4, -1],
  [1, 3, 6, 1, null, 2, 0],
  [1, 1, 1, 0, null, 'x', null],
  [7, 3, 10, 2],
];

/** The formula's value beside DATA is `expected`, numbers to 12 digits. */
function expectOverData(formula: string, expected: number | string, source: string): void {
  const actual = evaluate(DATA, formula);
  expect(expectClose(actual, expected, 12), `${formula}: ${String(actual)} (${source})`).toBe(true);
}

describe('MDETERM', () => {
  it.each([
    ['=MDETERM(A1:D4)', 88, `${MDETERM_PAGE}: Microsoft's example`],
    ['=MDETERM({3,6,1;1,1,0;3,10,2})', 1, `${MDETERM_PAGE}: Microsoft's example`],
    ['=MDETERM({3,6;1,1})', -3, `${MDETERM_PAGE}: Microsoft's example`],
    ['=MDETERM({6,4,2;3,2,1;1,8,7})', 0, `${MDETERM_PAGE}: Microsoft's example (a singular matrix)`],
    ['=MDETERM(F1:G2)', 2, 'LibreOffice 7.4'],
    ['=MDETERM(A1:A3)', '#VALUE!', `${MDETERM_PAGE}: "unequal number of rows and columns"`],
    ['=MDETERM(F2:G3)', '#VALUE!', `${MDETERM_PAGE}: "If any cells in array are empty or contain text"`],
    ['=MDETERM(E1:F2)', '#VALUE!', `${MDETERM_PAGE}: an empty cell`],
  ])('%s is %s (%s)', expectOverData);
});

describe('MINVERSE', () => {
  it('inverts Microsoft’s two examples, spilling the inverse', () => {
    expect(evaluate([], '=MINVERSE({4,-1;2,0})', { rows: 2, columns: 2 })).toEqual([
      [0, 0.5],
      [-1, 2],
    ]);
    const three = evaluate([], '=MINVERSE({1,2,1;3,4,-1;0,2,0})', { rows: 3, columns: 3 });
    expect(expectClose(three, [[0.25, 0.25, -0.75], [0, 0, 0.5], [0.75, -0.25, -0.25]], 12), `${MINVERSE_PAGE}: ${JSON.stringify(three)}`).toBe(true);
  });

  it.each([
    ['=MINVERSE({1,2;2,4})', '#NUM!', `${MINVERSE_PAGE}: "Some square matrices cannot be inverted and will return the #NUM! error value"`],
    ['=MINVERSE(A1:B3)', '#VALUE!', `${MINVERSE_PAGE}: "if array does not have an equal number of rows and columns"`],
    ['=MINVERSE(F2:G3)', '#VALUE!', `${MINVERSE_PAGE}: "If any cells in array are empty or contain text"`],
    ['=SUM(MMULT(MINVERSE(F1:G2),F1:G2))', 2, 'a matrix times its inverse is the identity'],
  ])('%s is %s (%s)', expectOverData);
});

describe('MUNIT', () => {
  it('spills the identity matrix of the dimension', () => {
    expect(evaluate([], '=MUNIT(3)', { rows: 3, columns: 3 })).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });

  it.each([
    ['=SUM(MUNIT(4.9))', 4, `${MUNIT_PAGE}; the dimension truncated (LibreOffice 7.4 alike)`],
    ['=MUNIT(0)', '#VALUE!', `${MUNIT_PAGE}: "If you specify a value for dimension that is a value equal to or less than zero (0), MUNIT returns the #VALUE! error value"`],
    ['=MUNIT(-1)', '#VALUE!', MUNIT_PAGE],
    ['=MUNIT("a")', '#VALUE!', MUNIT_PAGE],
    ['=MUNIT(A1)', '#SPILL!', 'a dimension from a cell past the array bound (arrayBound.ts) is refused before the array is built'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(evaluate([[100_000]], formula), `${formula} (${source})`).toBe(expected);
  });
});

it('reads Danish Excel’s names', () => {
  expect(fromDisplayFormula('=MINVERT(A1:B2)+MDETERM(A1:B2)+SUM(MENHED(2))', 'da-DK')).toBe('=MINVERSE(A1:B2)+MDETERM(A1:B2)+SUM(MUNIT(2))');
});
