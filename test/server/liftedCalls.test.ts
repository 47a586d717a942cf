/**
 * An editor (careless or hostile) types `=ARRAYFORMULA(XLOOKUP(A91:A93,H91:H93,I91:I93))`, as an
 * imported .xlsx array formula also reads. HyperFormula threw "Function returning array cannot be
 * vectorized" while the server built the workspace's engine: its evaluation, first values and
 * exports answered 500 for everyone. Now the cell spills one lookup per value, as Excel 365
 * (models/engine/liftedCalls.ts), every other cell computes, and the demo workspace a colleague
 * edits meanwhile keeps answering.
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from '../harness/serverForTests.js';
import { typeFormulasThenExport } from './support/hostileFormulas.js';

const server = serverForTests();

describe('a lifted XLOOKUP in an array formula', () => {
  it('spills its lookups in its own cells; the workspace’s evaluation, values and exports answer, and so does another workspace', async () => {
    const keys = [2, 3, 1];
    const table = [
      [1, 10],
      [2, 20],
      [3, 30],
    ];
    const lines = await typeFormulasThenExport(
      server,
      [
        ...keys.map((input, i) => ({ row: 90 + i, col: 0, input })),
        ...table.flatMap(([key, value], i) => [
          { row: 90 + i, col: 7, input: key! },
          { row: 90 + i, col: 8, input: value! },
        ]),
        { row: 90, col: 10, input: '=ARRAYFORMULA(XLOOKUP(A91:A93,H91:H93,I91:I93))' },
        { row: 93, col: 10, input: '=SUM(XLOOKUP(A91:A93,H91:H93,I91:I93))' },
        { row: 94, col: 0, input: '=1+1' },
      ],
      { xlsx: true },
    );
    expect([90, 91, 92, 93].map((row) => lines[row]?.[10])).toEqual(['20', '30', '10', '60']);
    expect(lines[94]?.[0]).toBe('2');
  }, 180_000);
});
