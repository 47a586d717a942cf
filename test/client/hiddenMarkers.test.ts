/** Where the grid marks hidden lines: after a hidden run, and on the last shown line when the run ends the sheet (Excel's double line). */
import { describe, expect, it } from 'vitest';
import { hiddenRunBefore, hiddenRunToEnd } from '../../client/src/grid/hiddenMarkers.js';

describe('hidden-line markers', () => {
  it('the last shown line carries the run hidden to the end of the sheet', () => {
    const hidden = new Set([197, 198, 199]);
    expect(hiddenRunToEnd(196, hidden, 200)).toEqual({ index: 197, count: 3 });
    expect(hiddenRunBefore(196, hidden)).toBeNull();
  });

  it('a run with a shown line after it is marked on that line, not at the end; the sheet’s last line has none after it', () => {
    const hidden = new Set([5, 6]);
    expect(hiddenRunToEnd(4, hidden, 200)).toBeNull();
    expect(hiddenRunBefore(7, hidden)).toEqual({ index: 5, count: 2 });
    expect(hiddenRunToEnd(199, new Set(), 200)).toBeNull();
  });
});
