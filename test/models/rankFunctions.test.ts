import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DetailedCellError, ErrorType, HyperFormula } from 'hyperformula';
import type { CellValue, ConfigParams, RawCellContent } from 'hyperformula';
import { daDK, enUS } from 'hyperformula/i18n/languages';
import { RANK_FUNCTION_NAMES, registerRankFunctions } from '../../models/engine/rankFunctions';

const created: HyperFormula[] = [];

function build(sheet: RawCellContent[][], config: Partial<ConfigParams> = {}): HyperFormula {
  const engine = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3', ...config });
  created.push(engine);
  return engine;
}

/** Evaluates `formula` in B1 with `column` filling A1 downwards. */
function evaluate(formula: string, column: RawCellContent[] = [], config: Partial<ConfigParams> = {}): CellValue {
  const rows = Math.max(column.length, 1);
  const sheet = Array.from({ length: rows }, (_, row) => [column[row] ?? null, row === 0 ? formula : null]);
  return build(sheet, config).getCellValue({ sheet: 0, col: 1, row: 0 });
}

function errorType(value: CellValue): ErrorType | undefined {
  return value instanceof DetailedCellError ? value.type : undefined;
}

// Data from Microsoft's RANK / RANK.EQ help pages (A2:A6 there, A1:A5 here).
const EXCEL_RANK_DATA = [7, 3.5, 3.5, 1, 2];
// Data from Microsoft's PERCENTRANK / PERCENTRANK.INC help pages.
const EXCEL_PERCENTRANK_DATA = [13, 12, 11, 8, 4, 3, 2, 1, 1, 1];
const ONE_TO_TEN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const ONE_TO_HUNDRED_AND_ONE = Array.from({ length: 101 }, (_, i) => i + 1);

beforeAll(() => {
  for (const [code, pack] of [['daDK', daDK], ['enUS', enUS]] as const) {
    if (!HyperFormula.getRegisteredLanguagesCodes().includes(code)) {
      HyperFormula.registerLanguage(code, pack);
    }
  }
  registerRankFunctions();
});

afterEach(() => {
  for (const engine of created.splice(0)) {
    engine.destroy();
  }
});

describe('RANK and RANK.EQ', () => {
  it.each([
    ['RANK', '=RANK(A3,A1:A5,1)', 3],
    ['RANK', '=RANK(A1,A1:A5,1)', 5],
    ['RANK.EQ', '=RANK.EQ(A1,A1:A5,1)', 5],
    ['RANK.EQ', '=RANK.EQ(A5,A1:A5)', 4],
    ['RANK.EQ', '=RANK.EQ(A3,A1:A5,1)', 3],
  ])('%s reproduces the Excel help example %s = %d', (_name, formula, expected) => {
    expect(evaluate(formula, EXCEL_RANK_DATA)).toBe(expected);
  });

  it.each(['RANK', 'RANK.EQ'])('%s gives tied numbers the top rank of their group', (name) => {
    expect(evaluate(`=${name}(3.5,A1:A5)`, EXCEL_RANK_DATA)).toBe(2);
    expect(evaluate(`=${name}(3.5,A1:A5,1)`, EXCEL_RANK_DATA)).toBe(3);
    expect(evaluate(`=${name}(2,A1:A5)`, EXCEL_RANK_DATA)).toBe(4);
  });

  it.each([
    ['omitted', '=RANK.EQ(7,A1:A5)', 1],
    ['zero', '=RANK.EQ(7,A1:A5,0)', 1],
    ['one', '=RANK.EQ(7,A1:A5,1)', 5],
    ['negative', '=RANK.EQ(7,A1:A5,-3)', 5],
    ['fractional', '=RANK.EQ(1,A1:A5,0.5)', 1],
    ['TRUE', '=RANK.EQ(1,A1:A5,TRUE())', 1],
  ])('treats an order that is %s as the documented direction', (_order, formula, expected) => {
    expect(evaluate(formula, EXCEL_RANK_DATA)).toBe(expected);
  });

  it.each(['RANK', 'RANK.EQ'])('%s ignores text, logical and blank cells in the reference', (name) => {
    const column: RawCellContent[] = [10, 'tekst', null, true, "'5", 20, 30];
    expect(evaluate(`=${name}(10,A1:A7)`, column)).toBe(3);
    expect(evaluate(`=${name}(10,A1:A7,1)`, column)).toBe(1);
  });

  it.each([
    ['a number that is absent from the reference', '=RANK.EQ(4,A1:A5)', EXCEL_RANK_DATA, ErrorType.NA],
    ['a reference without numbers', '=RANK(1,A1:A2)', ['a', null], ErrorType.NA],
    ['a number stored as text in the reference', '=RANK(5,A1:A2)', ["'5", 1], ErrorType.NA],
    ['a text number argument', '=RANK("abc",A1:A5)', EXCEL_RANK_DATA, ErrorType.VALUE],
    ['an error inside the reference', '=RANK(1,A1:A3)', [1, '=1/0', 3], ErrorType.DIV_BY_ZERO],
    ['a missing reference argument', '=RANK(1)', EXCEL_RANK_DATA, ErrorType.NA],
  ])('returns the Excel error for %s', (_case, formula, column, expected) => {
    expect(errorType(evaluate(formula, column))).toBe(expected);
  });
});

describe('PERCENTRANK and PERCENTRANK.INC', () => {
  it.each(['PERCENTRANK', 'PERCENTRANK.INC'].flatMap((name) => [
    [name, 2, 0.333],
    [name, 4, 0.555],
    [name, 8, 0.666],
    [name, 5, 0.583],
  ] as const))('%s reproduces the Excel help example for x = %d', (name, x, expected) => {
    expect(evaluate(`=${name}(A1:A10,${x})`, EXCEL_PERCENTRANK_DATA)).toBe(expected);
  });

  it.each([
    ['the smallest value', 1, 0],
    ['the largest value', 10, 1],
    ['a value a third of the way up', 4, 0.333],
    ['a value between two data points', 4.5, 0.388],
  ])('ranks %s of 1..10 by the share of values below it', (_case, x, expected) => {
    expect(evaluate(`=PERCENTRANK(A1:A10,${x})`, ONE_TO_TEN)).toBe(expected);
  });

  it.each([
    ['two thirds', '=PERCENTRANK.INC(A1:A4,3)', [1, 2, 3, 4], 0.666],
    ['0.29 at two digits', '=PERCENTRANK.INC(A1:A101,30,2)', ONE_TO_HUNDRED_AND_ONE, 0.29],
    ['0.57 at two digits', '=PERCENTRANK.INC(A1:A101,58,2)', ONE_TO_HUNDRED_AND_ONE, 0.57],
    ['0.7 at three digits', '=PERCENTRANK.INC(A1:A2,7)', [0, 10], 0.7],
    ['0.7 at one digit', '=PERCENTRANK.INC(A1:A11,7,1)', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.7],
  ])('truncates rather than rounds, without floating-point slips (%s)', (_case, formula, column, expected) => {
    expect(evaluate(formula, column)).toBe(expected);
  });

  it.each([
    ['omitted', '', 0.583],
    ['1', ',1', 0.5],
    ['2', ',2', 0.58],
    ['5', ',5', 0.58333],
    ['2.9, which Excel truncates to 2', ',2.9', 0.58],
  ])('honours a significance that is %s', (_case, argument, expected) => {
    expect(evaluate(`=PERCENTRANK.INC(A1:A10,5${argument})`, EXCEL_PERCENTRANK_DATA)).toBe(expected);
  });

  it('treats a significance beyond double precision like the 15 digits a double holds', () => {
    const at15 = evaluate('=PERCENTRANK.INC(A1:A10,5,15)', EXCEL_PERCENTRANK_DATA);
    expect(typeof at15).toBe('number');
    expect(evaluate('=PERCENTRANK.INC(A1:A10,5,400)', EXCEL_PERCENTRANK_DATA)).toBe(at15);
  });

  it('gives repeated values the rank of their first position', () => {
    expect(evaluate('=PERCENTRANK.INC(A1:A4,2)', [1, 2, 2, 3])).toBe(0.333);
  });

  it('inverts PERCENTILE.INC even when the lower neighbour is repeated', () => {
    const sheet = EXCEL_PERCENTRANK_DATA.map((value, row) =>
      row === 0 ? [value, '=PERCENTILE.INC(A1:A10,0.25)', '=PERCENTRANK.INC(A1:A10,B1)'] : [value]);
    const engine = build(sheet);
    expect(engine.getCellValue({ sheet: 0, col: 1, row: 0 })).toBe(1.25);
    expect(engine.getCellValue({ sheet: 0, col: 2, row: 0 })).toBe(0.25);
  });

  it('ranks the only value of a one-element array as 1', () => {
    expect(evaluate('=PERCENTRANK(A1:A1,42)', [42])).toBe(1);
  });

  it('ignores text, logical and blank cells in the array', () => {
    expect(evaluate('=PERCENTRANK.INC(A1:A6,3)', [1, 'x', null, true, 3, 5])).toBe(0.5);
  });

  it.each([
    ['an empty array', '=PERCENTRANK(A1:A2,1)', ['a', null], ErrorType.NUM],
    ['a significance of 0', '=PERCENTRANK.INC(A1:A10,5,0)', ONE_TO_TEN, ErrorType.NUM],
    ['a significance of 0.5', '=PERCENTRANK.INC(A1:A10,5,0.5)', ONE_TO_TEN, ErrorType.NUM],
    ['a negative significance', '=PERCENTRANK(A1:A10,5,-1)', ONE_TO_TEN, ErrorType.NUM],
    ['x below the smallest value', '=PERCENTRANK(A1:A10,0.5)', ONE_TO_TEN, ErrorType.NA],
    ['x above the largest value', '=PERCENTRANK.INC(A1:A10,11)', ONE_TO_TEN, ErrorType.NA],
    ['a text x', '=PERCENTRANK(A1:A10,"x")', ONE_TO_TEN, ErrorType.VALUE],
    ['an error inside the array', '=PERCENTRANK(A1:A3,1)', [1, '=NA()', 3], ErrorType.NA],
  ])('returns the Excel error for %s', (_case, formula, column, expected) => {
    expect(errorType(evaluate(formula, column))).toBe(expected);
  });
});

describe('registration and languages', () => {
  it('exports the canonical names of the functions it adds', () => {
    expect([...RANK_FUNCTION_NAMES]).toEqual(['RANK', 'RANK.EQ', 'RANK.AVG', 'PERCENTRANK', 'PERCENTRANK.INC', 'PERCENTRANK.EXC']);
  });

  it('can be registered repeatedly without changing results', () => {
    expect(() => {
      registerRankFunctions();
      registerRankFunctions();
    }).not.toThrow();
    expect(evaluate('=RANK(3.5,A1:A5)', EXCEL_RANK_DATA)).toBe(2);
    for (const name of RANK_FUNCTION_NAMES) {
      expect(HyperFormula.getFunctionPlugin(name)).toBeDefined();
    }
  });

  it.each([
    ['PLADS', '=PLADS(A5,A1:A5)', EXCEL_RANK_DATA, 4],
    ['PLADS.LIGE', '=PLADS.LIGE(A3,A1:A5,1)', EXCEL_RANK_DATA, 3],
    ['PROCENTPLADS', '=PROCENTPLADS(A1:A10,4)', EXCEL_PERCENTRANK_DATA, 0.555],
    ['PROCENTPLADS.MEDTAG', '=PROCENTPLADS.MEDTAG(A1:A10,5,2)', EXCEL_PERCENTRANK_DATA, 0.58],
  ])('works in a Danish engine under its Danish name %s', (danishName, formula, column, expected) => {
    expect(HyperFormula.getRegisteredFunctionNames('daDK')).toContain(danishName);
    expect(evaluate(formula, column, { language: 'daDK' })).toBe(expected);
  });

  it('keeps the canonical names in the English languages', () => {
    for (const code of ['enGB', 'enUS']) {
      expect(HyperFormula.getRegisteredFunctionNames(code)).toEqual(expect.arrayContaining([...RANK_FUNCTION_NAMES]));
    }
    expect(evaluate('=PERCENTRANK.INC(A1:A10,8)', EXCEL_PERCENTRANK_DATA, { language: 'enUS' })).toBe(0.666);
  });

  it.each([
    '=RANK()',
    '=RANK(1,2,3,4)',
    '=RANK(A1:A3,A1:A3)',
    '=RANK(1,{1,2,3},"down")',
    '=PERCENTRANK({1,2,3},2,10^300)',
    '=PERCENTRANK(A1:A3,A1:A3)',
    '=PERCENTRANK.INC(1,1)',
    '=PERCENTRANK.INC(#REF!,1)',
  ])('answers %s with a value or an error instead of throwing', (formula) => {
    const answer = (): CellValue => evaluate(formula, [1, 2, 3]);
    expect(answer).not.toThrow();
    const value = answer();
    expect(typeof value === 'number' || value instanceof DetailedCellError).toBe(true);
  });
});
