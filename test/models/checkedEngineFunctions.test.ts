/**
 * HyperFormula's own FILTER-family and choice functions that Fremskriv lists as supported, checked
 * against Excel's documented behaviour (Microsoft's page for each, its own examples where they fit).
 * OFFSET with a position or size taken from a cell is computed through the binding's rewrite
 * (offsetFunction.test.ts); only one whose reference is no cell or range written in the formula
 * is not (README): #NAME?, listed by an import.
 */
import { describe, expect, it } from 'vitest';
import { toDisplayFormula } from '../../models/formula/formulaLocale';
import { UnsupportedFunctionCollector } from '../../models/interchange/unsupportedFunctions';
import { evaluate } from '../support/formulaTable';

const DATA = [['b', 3], ['a', 1], ['B', 2], ['c', 1]];

describe('SORT, UNIQUE and SEQUENCE spill as Excel computes them', () => {
  it.each([
    ['=SORT(A1:B4)', [['a', 1], ['b', 3], ['B', 2], ['c', 1]], "Microsoft's SORT page: text ignoring case, ties kept in order"],
    ['=SORT(A1:B4,2,-1)', [['b', 3], ['B', 2], ['a', 1], ['c', 1]], "Microsoft's SORT page: by the 2nd column, descending"],
    ['=UNIQUE(A1:A4)', [['b'], ['a'], ['c']], "Microsoft's UNIQUE page: case is ignored"],
    ['=UNIQUE(B1:B4,FALSE(),TRUE())', [[3], [2]], "Microsoft's UNIQUE page: exactly_once"],
    ['=SEQUENCE(2,3,10,-1)', [[10, 9, 8], [7, 6, 5]], "Microsoft's SEQUENCE page"],
    ['=SEQUENCE(4,5)', Array.from({ length: 4 }, (_, r) => Array.from({ length: 5 }, (_, c) => r * 5 + c + 1)), "Microsoft's SEQUENCE page: a 4 by 5 array from 1 to 20"],
  ])('%s spills %j (%s)', (formula, expected, source) => {
    expect(evaluate(DATA, formula, { rows: expected.length, columns: expected[0]!.length }), source).toEqual(expected);
  });
});

describe('TEXTJOIN, IFS, SWITCH and OFFSET as Excel computes them', () => {
  it.each([
    ['=TEXTJOIN(",",TRUE(),A1:A4,"",1)', 'b,a,B,c,1', "Microsoft's TEXTJOIN page: empty texts skipped"],
    ['=TEXTJOIN(",",FALSE(),A1:A4,"",1)', 'b,a,B,c,,1', "Microsoft's TEXTJOIN page: empty texts kept"],
    ['=IFS(B1>2,"høj",B1>0,"lav")', 'høj', "Microsoft's IFS page"],
    ['=IFS(B2>2,"høj")', '#N/A', "Microsoft's IFS page: no condition TRUE"],
    ['=SWITCH(B3,1,"en",2,"to","andet")', 'to', "Microsoft's SWITCH page"],
    ['=SWITCH(9,1,"en")', '#N/A', "Microsoft's SWITCH page: no match and no default"],
    ['=SUM(OFFSET(B1,1,0,3))', 4, "Microsoft's OFFSET page: a moved and resized range"],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(evaluate(DATA, formula), source).toEqual(expected);
  });

  it.each([
    ['=TEXTJOIN(" ",TRUE,"The","sun","will","come","up","tomorrow.")', 'The sun will come up tomorrow.', "Microsoft's TEXTJOIN page, example 2"],
    ['=IFS(A1>89,"A",A1>79,"B",A1>69,"C",A1>59,"D",TRUE,"F")', 'A', "Microsoft's IFS page, example 1 (a score of 93)"],
    ['=SWITCH(WEEKDAY(A2),1,"Sunday",2,"Monday",3,"Tuesday","No match")', 'Monday', "Microsoft's SWITCH page (A2 holds 2)"],
    ['=SWITCH(A3,1,"Sunday",2,"Monday",3,"Tuesday","No match")', 'No match', "Microsoft's SWITCH page (A3 holds 99, which matches no value)"],
    ['=OFFSET(D3,3,-2,1,1)', 'B6', "Microsoft's OFFSET page: the value in B6"],
    ['=OFFSET(D3,0,-4)', '#REF!', "Microsoft's OFFSET page: a reference off the sheet's edge"],
  ])('%s is %s (%s)', (formula, expected, source) => {
    const sheet = [[93], [2], [99], [], [], [null, 'B6']];
    expect(evaluate(sheet, formula), source).toEqual(expected);
  });

  it('a Danish planner reads SWITCH as SKIFT (HyperFormula\'s Danish pack leaves it empty)', () => {
    expect(toDisplayFormula('=SWITCH(A1,1,"en")', 'da-DK')).toBe('=SKIFT(A1;1;"en")');
  });
});

describe('functions Fremskriv does not compute', () => {
  it('FORECAST.ETS is listed by an import, by name and cell; LET and INDIRECT are computed, so not listed', () => {
    const collector = new UnsupportedFunctionCollector();
    collector.add('=LET(x,A1,x*2)', 'Beregning', 'B2');
    collector.add('=SUM(INDIRECT("A1:A3"))+LOOKUP(2,A1:A3)', 'Beregning', 'B3');
    collector.add('=FORECAST.ETS(A1,B1:B9,C1:C9)', 'Beregning', 'B4');
    expect(collector.report().found).toEqual([{ function: 'FORECAST.ETS', kind: 'function', sheet: 'Beregning', cell: 'B4' }]);
  });

  it('OFFSET from a cell, range, whole column, INDEX, OFFSET, INDIRECT, IF, CHOOSE or XLOOKUP is computed, so an import lists only one whose reference another function computes', () => {
    const collector = new UnsupportedFunctionCollector();
    collector.add('=SUM(OFFSET(C2,B2,0,B3,1))', 'Budget', 'G38');
    collector.add('=OFFSET(A1:B1,0,0)', 'Budget', 'G39');
    collector.add('=SUM(OFFSET(C2,1,0,2,1))', 'Budget', 'G40');
    collector.add('=SUM(OFFSET(INDEX(C2:C9,B2),0,0,B3))', 'Budget', 'G41');
    collector.add('=SUM(OFFSET(C:C,0,B2))', 'Budget', 'G42');
    collector.add('=SUM(OFFSET(IF(B2>1,C2,D2),0,0,B3))', 'Budget', 'G43');
    collector.add('=SUM(OFFSET(CHOOSE(B2,C2,D2),0,0,B3))', 'Budget', 'G44');
    collector.add('=SUM(OFFSET(INDIRECT("C2"),0,0,B3))', 'Budget', 'G45');
    collector.add('=SUM(OFFSET(XLOOKUP("x",B2:B9,C2:C9),0,0,B3))', 'Budget', 'G46');
    collector.add('=SUM(OFFSET(SWITCH(B2,1,C2,D2),0,0,B3))', 'Budget', 'G47');
    expect(collector.report().found).toEqual([{ function: 'OFFSET', kind: 'function', sheet: 'Budget', cell: 'G47' }]);
  });

  it.each(['=FORECAST.ETS(1,A1:A3,B1:B3)', '=SUM(OFFSET(SWITCH(1,1,A1:A3,B1:B3),B2,0,2))'])('%s shows #NAME? in the grid, never a half-computed number', (formula) => {
    expect(evaluate(DATA, formula)).toBe('#NAME?');
  });
});
