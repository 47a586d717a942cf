import { describe, expect, it } from 'vitest';
import { copiedBlockChanges, copiedBlockMerges, pasteArea, pastedTextChanges } from '../../client/src/grid/pasteCells.js';
import { parseClipboardText } from '../../client/src/grid/clipboardText.js';

const bounds = { rows: 200, cols: 52 };

describe('pasting', () => {
  it('text from a Danish Excel reads as a Danish planner would type it', () => {
    const rows = parseClipboardText('1.234,5\t12%\r\nMål\t=SUM(A1;B1)\r\n');
    const changes = pastedTextChanges(rows, { top: 0, left: 0, bottom: 0, right: 0 }, bounds, 'da-DK');
    expect(changes.cells).toEqual([
      { row: 0, col: 0, input: 1234.5 },
      { row: 0, col: 1, input: 0.12 },
      { row: 1, col: 0, input: 'Mål' },
      { row: 1, col: 1, input: '=SUM(A1,B1)' },
    ]);
  });

  it('a pasted percentage (12,5 %) is stored as 0.125 and makes its cell a percent cell', () => {
    const changes = pastedTextChanges([['12,5 %', '7']], { top: 3, left: 1, bottom: 3, right: 1 }, bounds, 'da-DK');
    expect(changes.cells).toEqual([
      { row: 3, col: 1, input: 0.125 },
      { row: 3, col: 2, input: 7 },
    ]);
    expect(changes.formats).toEqual([{ row: 3, col: 1, format: 'percent' }]);
  });

  it('an empty pasted field clears its cell', () => {
    const changes = pastedTextChanges([['', 'x']], { top: 2, left: 2, bottom: 2, right: 2 }, bounds, 'en-GB');
    expect(changes.cells[0]).toEqual({ row: 2, col: 2, input: null });
  });

  it('a selection that is a whole multiple of the block is tiled', () => {
    expect(pasteArea(1, 2, { top: 0, left: 0, bottom: 2, right: 3 }, bounds)).toEqual({ top: 0, left: 0, bottom: 2, right: 3 });
    expect(pasteArea(2, 2, { top: 0, left: 0, bottom: 2, right: 2 }, bounds)).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
  });

  it('a paste stops at the edge of the sheet', () => {
    expect(pasteArea(3, 3, { top: 199, left: 51, bottom: 199, right: 51 }, bounds)).toEqual({ top: 199, left: 51, bottom: 199, right: 51 });
  });

  it('a block copied inside the grid keeps formulas, moved by the paste distance', () => {
    const block = { text: 'x', origin: { row: 0, col: 0 }, inputs: [[1, '=A1*2']], formats: [[undefined, 'percent' as const]], merges: [] };
    const changes = copiedBlockChanges(block, { top: 4, left: 0, bottom: 4, right: 0 }, bounds);
    expect(changes.cells).toEqual([
      { row: 4, col: 0, input: 1 },
      { row: 4, col: 1, input: '=A5*2' },
    ]);
    expect(changes.formats).toEqual([
      { row: 4, col: 0, format: null },
      { row: 4, col: 1, format: 'percent' },
    ]);
  });

  it('a block copied with a merged heading makes the same merge at the target, in every tile that holds it whole', () => {
    // B1:D2 copied, its heading merged over B1:D1 (row 0, columns 0–2 of the block).
    const block = { text: 'x', origin: { row: 0, col: 1 }, inputs: [['Kvartal 1', undefined, undefined], [1, 2, 3]], formats: [[], []], merges: [{ row: 0, col: 0, rows: 1, cols: 3 }] };
    expect(copiedBlockMerges(block, { top: 9, left: 4, bottom: 9, right: 4 }, bounds)).toEqual([{ row: 9, col: 4, rows: 1, cols: 3 }]);
    expect(copiedBlockMerges(block, { top: 9, left: 0, bottom: 12, right: 2 }, bounds)).toEqual([{ row: 9, col: 0, rows: 1, cols: 3 }, { row: 11, col: 0, rows: 1, cols: 3 }]);
    // Cut off by the sheet's edge: no area.
    expect(copiedBlockMerges(block, { top: 0, left: 50, bottom: 0, right: 50 }, bounds)).toEqual([]);
  });
});
