import { describe, expect, it } from 'vitest';
import { formulaFitsEngine, formulaWeight, MAX_FORMULA_WEIGHT } from '../../models/formula/formulaDepth.js';

describe('how deep a formula makes the engine recurse', () => {
  it('counts operators and eight per bracket level, not what is inside text', () => {
    expect(formulaWeight('=SUM(A1:A9)*2')).toBe(1 + 8);
    expect(formulaWeight('=IF(A1>0,(B1+1)/2,"(((+++)))")')).toBe(3 + 16);
    expect(formulaWeight('="say ""(hi)"""&A1')).toBe(1);
  });

  it('lets 64 nested functions through, as Excel allows, and refuses what broke the engine', () => {
    expect(formulaFitsEngine('=' + 'SUM('.repeat(64) + '1' + ')'.repeat(64))).toBe(true);
    expect(formulaFitsEngine('=' + Array.from({ length: MAX_FORMULA_WEIGHT + 1 }, () => 'A2').join('+'))).toBe(true);
    expect(formulaFitsEngine('=' + Array.from({ length: 1_250 }, () => 'A2').join('+'))).toBe(false);
    expect(formulaFitsEngine('=' + '('.repeat(156) + '1' + ')'.repeat(156))).toBe(false);
  });
});
