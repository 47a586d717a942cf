import { describe, expect, it } from 'vitest';
import { cutMove, type PendingCut } from '../../client/src/grid/pendingCut.js';

const cut: PendingCut = { sheetId: 's1', range: { top: 1, left: 2, bottom: 3, right: 2 }, text: '1\r\n2\r\n3\r\n' };
const target = { top: 10, left: 0, bottom: 10, right: 0 };

describe('pasting a cut', () => {
  it('the text of the pending cut pasted on its sheet moves the block to the target\'s corner', () => {
    expect(cutMove(cut, '1\n2\n3', 's1', target)).toEqual({ type: 'moveCells', sheetId: 's1', row: 1, col: 2, rows: 3, cols: 1, toRow: 10, toCol: 0 });
  });

  it('other text (copied since, or cut in another application) is a plain paste', () => {
    expect(cutMove(cut, 'x', 's1', target)).toBeNull();
    expect(cutMove(null, '1\r\n2\r\n3\r\n', 's1', target)).toBeNull();
  });

  it('a cut pasted on another sheet is not a move', () => {
    expect(cutMove(cut, cut.text, 's2', target)).toBeNull();
  });
});
