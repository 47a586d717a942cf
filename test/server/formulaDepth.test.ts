/**
 * A careless or hostile editor typing a formula past Excel's limits: one cell of `=((((…1))))`
 * (16,000 brackets, within the 32,767 characters a cell holds) made the evaluation, the first
 * view's values and the CSV export of its workspace answer 500 for everyone, since the engine's
 * build threw RangeError and computed nothing (models/formula/formulaDepth.ts). Now that cell is
 * #NUM! and every other cell computes as before; formulas at Excel's limits (8,192 characters,
 * 64 nesting levels), which broke the engine too, compute as in Excel.
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { typeFormulasThenExport } from './support/hostileFormulas.js';

const server = serverForTests();

const DEEP = '=' + '('.repeat(16_000) + '1' + ')'.repeat(16_000);
// 1,301 unary minus signs and 4,096 terms (8,191 characters): past the 1,249 signs or terms the
// engine's stack took before. Numbers, not references, whose stored form is longer than a cell holds.
const LONG_SIGNS = '=' + '-'.repeat(1_301) + '1';
const LONG_CHAIN = '=' + Array.from({ length: 4_096 }, () => '1').join('+');
const NESTED_IFS = '=' + 'IF(B95>0,'.repeat(64) + 'B95*2' + ',0)'.repeat(64);

describe('a formula past Excel’s limits', () => {
  it('is #NUM! in its own cell; formulas at the limits compute, and the evaluation, the values and the exports answer for the rest of the workspace', async () => {
    const lines = await typeFormulasThenExport(
      server,
      [
        { row: 94, col: 1, input: 2 },
        { row: 90, col: 0, input: DEEP },
        { row: 91, col: 0, input: LONG_SIGNS },
        { row: 92, col: 0, input: LONG_CHAIN },
        { row: 93, col: 0, input: NESTED_IFS },
        { row: 94, col: 0, input: '=1+1' },
      ],
      { xlsx: true },
    );
    expect(lines[90]?.[0]).toBe('#NUM!');
    expect(lines[91]?.[0]).toBe('-1');
    expect(lines[92]?.[0]).toBe('4096');
    expect(lines[93]?.[0]).toBe('4');
    expect(lines[94]?.[0]).toBe('2');
  }, 180_000);
});
