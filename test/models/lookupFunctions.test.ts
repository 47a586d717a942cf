import { describe, expect, it } from 'vitest';
import { toDisplayFormula, fromDisplayFormula } from '../../models/formula/formulaLocale';
import { isSupportedFunction } from '../../models/interchange/unsupportedFunctions';
import { toExcelFormula } from '../../models/interchange/excelFormulas';
import { evaluate } from '../support/formulaTable';

// Microsoft's LOOKUP page, vector form: A = frequency, B = colour (A2:B6 there, A1:B5 here); C a
// column with blanks for the "last filled cell" idiom.
const COLOURS = [
  [4.14, 'red', 1],
  [4.19, 'orange', null],
  [5.17, 'yellow', 3],
  [5.77, 'green', null],
  [6.39, 'blue', null],
  ['x', 'Roskilde', null],
];

describe('LOOKUP as Excel computes it', () => {
  it.each([
    ['=LOOKUP(4.19,A1:A5,B1:B5)', 'orange', "Microsoft's LOOKUP page"],
    ['=LOOKUP(5.75,A1:A5,B1:B5)', 'yellow', "Microsoft's LOOKUP page: the largest value not above"],
    ['=LOOKUP(7.66,A1:A5,B1:B5)', 'blue', "Microsoft's LOOKUP page"],
    ['=LOOKUP(0,A1:A5,B1:B5)', '#N/A', "Microsoft's LOOKUP page: below the smallest"],
    ['=LOOKUP("C",{"a","b","c","d";1,2,3,4})', 3, "Microsoft's LOOKUP page, array form (wider than tall: first row)"],
    ['=LOOKUP("bump",{"a",1;"b",2;"c",3})', 2, "Microsoft's LOOKUP page, array form (taller: first column)"],
    ['=LOOKUP(2,1/(C1:C6<>""),A1:A6)', 5.17, 'the last-filled-cell idiom (errors passed over); LibreOffice 7.4 agrees'],
    ['=LOOKUP(9,A1:A6,B1:B6)', 'blue', 'text in a numeric vector is passed over; LibreOffice 7.4 agrees'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(evaluate(COLOURS, formula), source).toEqual(expected);
  });
});

const FRUIT = [['Apple'], ['Grape'], ['Pear'], ['Banana'], ['Cherry']];

describe('XMATCH as Excel computes it', () => {
  it.each([
    ['=XMATCH(4,{5,4,3,2,1})', 2, "Microsoft's XMATCH page"],
    ['=XMATCH(4.5,{5,4,3,2,1},1)', 1, "Microsoft's XMATCH page: exact or next larger"],
    ['=XMATCH(4.5,{5,4,3,2,1},-1)', 2, 'exact or next smaller (match_mode -1)'],
    ['=XMATCH("grape",A1:A5)', 2, 'exact match ignores case'],
    ['=XMATCH("gr?pe",A1:A5)', '#N/A', 'match_mode 0 takes ? literally'],
    ['=XMATCH("Ch*",A1:A5,2)', 5, 'match_mode 2: wildcards'],
    ['=XMATCH("*a*",A1:A5,2,-1)', 4, 'search_mode -1: last to first'],
    ['=XMATCH(1,{1,2;3,4})', '#VALUE!', 'a block is neither a row nor a column'],
    ['=XMATCH(1,A1:A5,3)', '#VALUE!', 'an unknown match_mode'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(evaluate(FRUIT, formula), source).toEqual(expected);
  });
});

describe('the lookup functions in Danish and in files', () => {
  it('a Danish planner reads and types SLÅ.OP and XSAMMENLIGN', () => {
    expect(toDisplayFormula('=LOOKUP(2,A1:A5)+XMATCH(1,B1:B5)', 'da-DK')).toBe('=SLÅ.OP(2;A1:A5)+XSAMMENLIGN(1;B1:B5)');
    expect(fromDisplayFormula('=SLÅ.OP(2;A1:A5)', 'da-DK')).toBe('=LOOKUP(2,A1:A5)');
  });

  it('an imported LOOKUP or XMATCH is computed, and XMATCH is written _xlfn. in an .xlsx', () => {
    expect(isSupportedFunction('LOOKUP')).toBe(true);
    expect(isSupportedFunction('XMATCH')).toBe(true);
    expect(toExcelFormula('=XMATCH(1,A1:A5)')).toBe('_xlfn.XMATCH(1,A1:A5)');
  });
});
