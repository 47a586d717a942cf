/** Ctrl++ and Ctrl+- on the grid, as in Excel: whole rows or columns selected are inserted before or deleted. */
import { describe, expect, it } from 'vitest';
import { gridCommand, keyStroke } from '../../client/src/grid/keyboardNavigation.js';
import { keyedLineEdit } from '../../client/src/grid/gridCommands.js';
import { cellSelection } from '../../client/src/grid/selection.js';

const bounds = { rows: 50, cols: 10 };
const stroke = (key: string, shiftKey = false) => keyStroke({ key, shiftKey, ctrlKey: true, metaKey: false, altKey: false });

describe('Ctrl++ and Ctrl+- insert and delete whole lines', () => {
  it('are grid commands (Ctrl+Shift+= types "+" on a US keyboard, "+" has its own key on a Danish one)', () => {
    const ctx = { selection: cellSelection({ row: 3, col: 2 }), bounds, pageRows: 20, hasContent: () => false };
    expect(gridCommand(stroke('-'), ctx)).toEqual({ kind: 'lines', insert: false });
    expect(gridCommand(stroke('+', true), ctx)).toEqual({ kind: 'lines', insert: true });
  });

  it('act on whole rows or whole columns, and on nothing else', () => {
    expect(keyedLineEdit({ top: 4, left: 0, bottom: 6, right: 9 }, bounds, false)).toBe('deleteRows');
    expect(keyedLineEdit({ top: 4, left: 0, bottom: 6, right: 9 }, bounds, true)).toBe('insertRowsAbove');
    expect(keyedLineEdit({ top: 0, left: 2, bottom: 49, right: 3 }, bounds, false)).toBe('deleteColumns');
    expect(keyedLineEdit({ top: 0, left: 2, bottom: 49, right: 3 }, bounds, true)).toBe('insertColumnsLeft');
    expect(keyedLineEdit({ top: 4, left: 1, bottom: 6, right: 9 }, bounds, false)).toBeNull();
  });
});
