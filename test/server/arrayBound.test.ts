/**
 * A careless or hostile editor typing a formula whose result array is huge: `=SEQUENCE(10000,10000)`
 * (100 million values), a size read from a cell set to 10^8, or a product element by element
 * over two ranges (`=SUMPRODUCT(C1:C40000*TRANSPOSE(C1:C40000))`, 1.6 billion values,
 * models/engine/elementwiseBound.ts). Before, the workspace's evaluation,
 * first values and exports each computed for minutes and then answered 503 (the work thread past its
 * memory) for everyone. Now the cell is #SPILL! at once (models/engine/arrayBound.ts) and
 * everything else answers as before.
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { typeFormulasThenExport } from './support/hostileFormulas.js';

const server = serverForTests();

describe('a formula whose result array would be huge', () => {
  it('is #SPILL! in its own cell; the evaluation, the values and the exports answer for the rest of the workspace', async () => {
    const lines = await typeFormulasThenExport(
      server,
      [
        { row: 90, col: 0, input: '=SEQUENCE(10000,10000)' },
        { row: 91, col: 1, input: 100_000_000 },
        { row: 91, col: 0, input: '=SUM(SEQUENCE(B92))' },
        // A value in C40000: ranges are cut to the data (rangeBound.ts), so the data must reach it.
        { row: 39_999, col: 2, input: 1 },
        { row: 93, col: 0, input: '=SUMPRODUCT(C1:C40000*TRANSPOSE(C1:C40000))' },
        { row: 92, col: 0, input: '=SUM(SEQUENCE(4))' },
      ],
      { xlsx: true },
    );
    expect(lines[90]?.[0]).toBe('#SPILL!');
    expect(lines[91]?.[0]).toBe('#SPILL!');
    expect(lines[93]?.[0]).toBe('#SPILL!');
    expect(lines[92]?.[0]).toBe('10');
  }, 180_000);
});
