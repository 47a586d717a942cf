/**
 * A careless or hostile editor typing a formula deeper than the engine's stack: one cell of
 * `=((((…1))))` (16,000 brackets, within the 32,767 characters a cell holds) made the evaluation,
 * the first view's values and the CSV export of its workspace answer 500 for everyone, since the
 * engine's build threw RangeError and computed nothing (models/formula/formulaDepth.ts). Now that
 * cell is #NUM! and every other cell computes as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../harness/serverHarness.js';
import { typeFormulasThenExport } from './support/hostileFormulas.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

const DEEP = '=' + '('.repeat(16_000) + '1' + ')'.repeat(16_000);
// 1,300 unary minus signs: past the 1,249 the engine's stack took (no references, whose stored form is longer).
const LONG_CHAIN = '=' + '-'.repeat(1_300) + '1';

describe('a formula deeper than the engine’s stack', () => {
  it('is #NUM! in its own cell; the evaluation, the values and the CSV export still answer for the rest of the workspace', async () => {
    const lines = await typeFormulasThenExport(
      server,
      [
        { row: 90, col: 0, input: DEEP },
        { row: 91, col: 0, input: LONG_CHAIN },
        { row: 92, col: 0, input: '=1+1' },
      ],
      { xlsx: false },
    );
    expect(lines[90]?.[0]).toBe('#NUM!');
    expect(lines[91]?.[0]).toBe('#NUM!');
    expect(lines[92]?.[0]).toBe('2');
  }, 180_000);
});
