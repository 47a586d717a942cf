import { describe, expect, it } from 'vitest';
import { fromDisplayFormula, toDisplayFormula } from '../../models/formula/formulaLocale';
import { isSupportedFunction } from '../../models/interchange/unsupportedFunctions';
import { evaluate, expectClose } from '../support/formulaTable';

// Microsoft's RANK.AVG page: temperatures (C2:C8 there, A1:A7 here); Microsoft's PERCENTRANK.EXC
// page: 1, 2, 3, 6, 6, 6, 7, 8, 9 (A2:A10 there, B1:B9 here).
const DATA = [[89, 1], [88, 2], [92, 3], [101, 6], [94, 6], [97, 6], [95, 7], [null, 8], [null, 9]];

describe('RANK.AVG and PERCENTRANK.EXC as Excel computes them', () => {
  it.each([
    ['=RANK.AVG(94,A1:A7)', 4, "Microsoft's RANK.AVG page"],
    ['=RANK.AVG(6,B1:B9)', 5, 'three values share ranks 4–6 descending: their average'],
    ['=RANK.AVG(6,B1:B9,1)', 5, 'ascending: ranks 4–6 again'],
    ['=RANK.AVG(5,B1:B9)', '#N/A', 'a value not in the list'],
    ['=PERCENTRANK.EXC(B1:B9,7)', 0.7, "Microsoft's PERCENTRANK.EXC page"],
    ['=PERCENTRANK.EXC(B1:B9,5.43)', 0.381, "Microsoft's PERCENTRANK.EXC page (interpolated)"],
    ['=PERCENTRANK.EXC(B1:B9,5.43,1)', 0.3, "Microsoft's PERCENTRANK.EXC page (1 digit, truncated)"],
    ['=PERCENTRANK.EXC(B1:B9,10)', '#N/A', 'outside the data'],
    ['=PERCENTRANK.EXC(B1:B9,7,0)', '#NUM!', 'significance below 1'],
  ])('%s is %s (%s)', (formula, expected, source) => {
    expect(expectClose(evaluate(DATA, formula), expected), source).toBe(true);
  });

  it('a Danish planner reads PLADS.GNSN and PROCENTPLADS.UDELAD, and an import computes them', () => {
    expect(toDisplayFormula('=RANK.AVG(1,A1:A5)+PERCENTRANK.EXC(A1:A5,1)', 'da-DK')).toBe('=PLADS.GNSN(1;A1:A5)+PROCENTPLADS.UDELAD(A1:A5;1)');
    expect(fromDisplayFormula('=PLADS.GNSN(1;A1:A5)', 'da-DK')).toBe('=RANK.AVG(1,A1:A5)');
    expect(isSupportedFunction('RANK.AVG') && isSupportedFunction('PERCENTRANK.EXC')).toBe(true);
  });
});
