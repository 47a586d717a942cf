/**
 * Several selection areas, as Excel's Ctrl+click and Ctrl+drag make them: the model (which areas,
 * which is stretched, where Enter and Tab go) and the commands that read it (Delete, formats and
 * Ctrl+Enter on every area in one undo step; copy, fill, paste and line commands refuse with
 * Excel's "Denne kommando kan ikke bruges på flere markeringer.").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { clearSelection, copySelection, fillSelection, fillSelectionWithEntry, formatSelection, pasteIntoSelection, type CommandTarget } from '../../client/src/grid/gridCommands.js';
import { gridCommand, moveWithinSelection } from '../../client/src/grid/keyboardNavigation.js';
import {
  addedArea,
  areaEdges,
  cellSelection,
  copiedLines,
  extendSelection,
  headerSelection,
  selectionAreas,
  selectionContains,
  type GridSelection,
} from '../../client/src/grid/selection.js';
import type { WorkbookSession } from '../../client/src/workspace/WorkbookSession.js';
import { effectiveInput } from '../../client/src/workspace/cellEdits.js';
import { beskaeftigelsesplanTemplate, documentFromFile } from '../../models/templates/templates.js';
import { cellFormatAt } from '../../models/workbook/readCells.js';
import { engineSession } from './support/engineSession.js';

const bounds = { rows: 100, cols: 20 };
const B2 = { row: 1, col: 1 };
const D5 = { row: 4, col: 3 };

describe('several selection areas', () => {
  it('Ctrl+click adds the cell as an area and makes it active; the earlier area stays selected', () => {
    const selection = addedArea(cellSelection(B2), D5);
    expect(selection.active).toEqual(D5);
    expect(selectionAreas(selection)).toEqual([
      { top: 1, left: 1, bottom: 1, right: 1 },
      { top: 4, left: 3, bottom: 4, right: 3 },
    ]);
    expect(selectionContains(selection, 1, 1)).toBe(true);
    expect(selectionContains(selection, 2, 2)).toBe(false);
  });

  it('Shift+arrow and Shift+click stretch the last area only', () => {
    const selection = extendSelection(addedArea(cellSelection(B2), D5), { row: 6, col: 4 }, bounds);
    expect(selectionAreas(selection)).toEqual([
      { top: 1, left: 1, bottom: 1, right: 1 },
      { top: 4, left: 3, bottom: 6, right: 4 },
    ]);
    expect(selection.active).toEqual(D5);
  });

  it('a plain arrow collapses the areas to the one cell it moves to', () => {
    const command = gridCommand({ key: 'ArrowDown', shift: false, ctrl: false, alt: false }, { selection: addedArea(cellSelection(B2), D5), bounds, pageRows: 20, pageCols: 10, hasContent: () => false });
    expect(command?.kind === 'select' && selectionAreas(command.selection)).toEqual([{ top: 5, left: 3, bottom: 5, right: 3 }]);
  });

  it('Ctrl on a row number adds the whole row as an area', () => {
    const selection = headerSelection(cellSelection(B2), 'rows', 7, false, bounds, true);
    expect(selectionAreas(selection)).toEqual([
      { top: 1, left: 1, bottom: 1, right: 1 },
      { top: 7, left: 0, bottom: 7, right: 19 },
    ]);
  });

  it('every area carries its own outline', () => {
    const selection = addedArea(cellSelection(B2), D5);
    expect(areaEdges(selection, 1, 1)).toEqual({ top: true, right: true, bottom: true, left: true });
    expect(areaEdges(selection, 4, 3)).toEqual({ top: true, right: true, bottom: true, left: true });
    expect(areaEdges(selection, 2, 2)).toBeNull();
  });

  it('Enter past an area’s last cell goes on to the next area’s first, and round to the first area', () => {
    // B2:B3 selected, then Ctrl+click D5: D5 active.
    const start: GridSelection = addedArea(extendSelection(cellSelection(B2), { row: 2, col: 1 }, bounds), D5);
    const first = moveWithinSelection(start, true, true);
    expect(first.active).toEqual(B2);
    const second = moveWithinSelection(first, true, true);
    expect(second.active).toEqual({ row: 2, col: 1 });
    const third = moveWithinSelection(second, true, true);
    expect(third.active).toEqual(D5);
    expect(selectionAreas(third).length).toBe(2);
    // Shift+Enter goes back to the previous area's last cell.
    expect(moveWithinSelection(third, false, true).active).toEqual({ row: 2, col: 1 });
  });

  it('areas sharing their rows (or columns) copy side by side without the gaps; others do not copy', () => {
    // B2:B4 and D2:D4: columns B and D of rows 2–4.
    const columns = addedArea(extendSelection(cellSelection(B2), { row: 3, col: 1 }, bounds), { row: 1, col: 3 });
    expect(copiedLines(extendSelection(columns, { row: 3, col: 3 }, bounds))).toEqual({ rows: [1, 2, 3], cols: [1, 3] });
    // B2 and B5 (same column): rows 2 and 5.
    expect(copiedLines(addedArea(cellSelection(B2), { row: 4, col: 1 }))).toEqual({ rows: [1, 4], cols: [1] });
    // B2 and D5: neither rows nor columns shared.
    expect(copiedLines(addedArea(cellSelection(B2), D5))).toBeNull();
    // B2 twice (overlapping areas): Excel refuses.
    expect(copiedLines(addedArea(cellSelection(B2), B2))).toBeNull();
  });
});

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function sheetWithTwoValues(): Promise<{ session: WorkbookSession; grid: CommandTarget }> {
  const session = await engineSession(documentFromFile(beskaeftigelsesplanTemplate()), cleanups);
  const sheetId = 'flere-markeringer';
  session.apply({ type: 'addSheet', sheetId, name: 'Flere', rows: 20, cols: 10 });
  session.apply({ type: 'setCells', sheetId, cells: [{ row: 1, col: 1, input: 7 }, { row: 4, col: 3, input: 9 }, { row: 2, col: 2, input: 5 }] });
  const shownText = (row: number, col: number): string => String(effectiveInput(session, sheetId, row, col) ?? '');
  const grid: CommandTarget = { session, sheetId, bounds: () => ({ rows: 20, cols: 10 }), select: (selection) => session.selection.set(selection), shownText };
  session.selection.set(addedArea(cellSelection(B2), D5));
  return { session, grid };
}

describe('commands on several areas', () => {
  it('Delete clears every area and one undo brings both back; a cell between them is kept', async () => {
    const { session, grid } = await sheetWithTwoValues();
    clearSelection(grid);
    expect(effectiveInput(session, grid.sheetId, 1, 1)).toBeUndefined();
    expect(effectiveInput(session, grid.sheetId, 4, 3)).toBeUndefined();
    expect(effectiveInput(session, grid.sheetId, 2, 2)).toBe(5);
    session.undo();
    expect(effectiveInput(session, grid.sheetId, 1, 1)).toBe(7);
    expect(effectiveInput(session, grid.sheetId, 4, 3)).toBe(9);
  });

  it('a number format goes on every area, and one undo takes it off both', async () => {
    const { session, grid } = await sheetWithTwoValues();
    formatSelection(grid, 'percent');
    expect(cellFormatAt(session.doc, grid.sheetId, 1, 1)).toBe('percent');
    expect(cellFormatAt(session.doc, grid.sheetId, 4, 3)).toBe('percent');
    expect(cellFormatAt(session.doc, grid.sheetId, 2, 2)).toBeUndefined();
    session.undo();
    expect(cellFormatAt(session.doc, grid.sheetId, 1, 1)).toBeUndefined();
    expect(cellFormatAt(session.doc, grid.sheetId, 4, 3)).toBeUndefined();
  });

  it('Ctrl+Enter puts the typed entry into every area', async () => {
    const { session, grid } = await sheetWithTwoValues();
    fillSelectionWithEntry(grid, '42');
    expect(effectiveInput(session, grid.sheetId, 1, 1)).toBe(42);
    expect(effectiveInput(session, grid.sheetId, 4, 3)).toBe(42);
    expect(effectiveInput(session, grid.sheetId, 2, 2)).toBe(5);
  });

  it('copy and Ctrl+D refuse with Excel’s message and change nothing', async () => {
    const { session, grid } = await sheetWithTwoValues();
    const clipboard = new Map<string, string>();
    expect(copySelection(grid, { setData: (type, text) => clipboard.set(type, text) })).toBe(false);
    expect(session.notice.get()?.key).toBe('notice.multipleSelections');
    expect(clipboard.size).toBe(0);
    session.notice.set(null);
    fillSelection(grid, 'down');
    expect(session.notice.get()?.key).toBe('notice.multipleSelections');
    expect(effectiveInput(session, grid.sheetId, 4, 3)).toBe(9);
  });

  it('two cells of one row copy as one block, the gap left out; a cut of them is refused', async () => {
    const { session, grid } = await sheetWithTwoValues();
    session.apply({ type: 'setCells', sheetId: grid.sheetId, cells: [{ row: 1, col: 4, input: '=C3*2' }] });
    // B2 and E2 (same row).
    session.selection.set(addedArea(cellSelection(B2), { row: 1, col: 4 }));
    const clipboard = new Map<string, string>();
    expect(copySelection(grid, { setData: (type, text) => clipboard.set(type, text) })).toBe(true);
    expect(clipboard.get('text/plain')).toMatch(/^7\t=C3\*2(\r\n)?$/);
    // E2's formula is kept as if it sat in C2, next to B2: pasted anywhere, it reads the cell it read from E2, moved as Excel moves it.
    expect(session.interaction.state.get().copied?.inputs).toEqual([[7, '=A3*2']]);
    // Pasted on G2: G2 and H2, and H2's formula reads F3, three columns on from E2's C3, as in Excel.
    session.selection.set(cellSelection({ row: 1, col: 6 }));
    pasteIntoSelection(grid, clipboard.get('text/plain')!);
    expect(effectiveInput(session, grid.sheetId, 1, 6)).toBe(7);
    expect(effectiveInput(session, grid.sheetId, 1, 7)).toBe('=F3*2');
    session.selection.set(addedArea(cellSelection(B2), { row: 1, col: 4 }));
    const cut = new Map<string, string>();
    expect(copySelection(grid, { setData: (type, text) => cut.set(type, text) }, true)).toBe(false);
    expect(session.notice.get()?.key).toBe('notice.multipleSelections');
  });
});
