/**
 * The grid's keys, as planners know them from Excel: what a key stroke does to the selection or
 * which command it starts. Pure: the grid component applies the result.
 */
import type { CellPosition } from '../../../models/workbook/cellAddress.js';
import { clampPosition, enterNextArea, extendSelection, hasSeveralAreas, selectionKeepingActive, selectionRange, isSingleCell, withAreasOf, type GridBounds, type GridSelection } from './selection.js';
import { currentRegion } from './dataRegion.js';
import { isHiddenCell, nearestShownCell, nextShown, NONE_HIDDEN, type HiddenSets } from './shownLines.js';

export interface KeyStroke {
  key: string;
  shift: boolean;
  /** Ctrl, or Cmd on a Mac. */
  ctrl: boolean;
  alt: boolean;
}

export type GridCommand =
  /** `sheetStart`: the scrolling part of the sheet goes back to its start too (the moved-to cell may sit in a frozen pane, which scrolls nothing). */
  | {
      kind: 'select';
      selection: GridSelection;
      sheetStart?: true;
      /** Rows, columns, the region or the sheet selected: the view stays where it is, as in Excel (the focus too, on a cell inside). */
      keepView?: true;
      /** PageUp/PageDown (Alt: left/right): the view scrolls by this many rows and columns, as the active cell moves. */
      page?: { rows: number; cols: number };
    }
  /** Start editing the active cell; `replaceWith` replaces its content (typing), absent keeps it (F2). */
  | { kind: 'edit'; replaceWith?: string }
  /** Ctrl+; (Ctrl+Shift+, on a Danish keyboard): start editing with today's date typed, as Excel does. */
  | { kind: 'editWithToday' }
  /** Ctrl+Shift+; (Ctrl+: on any layout): start editing with the time of day typed, as Excel does. */
  | { kind: 'editWithTime' }
  /** End pressed: Excel's End mode, on (the next arrow jumps as Ctrl+arrow does) or off when pressed again. */
  | { kind: 'endMode'; on: boolean }
  | { kind: 'clear' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'fillDown' }
  | { kind: 'fillRight' }
  /** Ctrl++ / Ctrl+- (Ctrl+Shift+= on a US keyboard): insert or delete the selected whole rows or columns, as Excel does. */
  | { kind: 'lines'; insert: boolean }
  /** Ctrl+Shift+L / E / R: the selection aligned left, centred or right, as in Google Sheets (alignCommand.ts). */
  | { kind: 'align'; alignment: 'left' | 'center' | 'right' };

export interface NavigationContext {
  selection: GridSelection;
  bounds: GridBounds;
  /** Rows in view, for PageUp/PageDown. */
  pageRows: number;
  /** Columns in view, for Alt+PageUp/PageDown; absent: as many as rows. */
  pageCols?: number;
  /** End was pressed just before (Excel's End mode): an arrow jumps to the data edge, Home to the last used cell, Enter to the row's last nonblank cell. */
  endMode?: boolean;
  hasContent(row: number, col: number): boolean;
  /** Rows and columns frozen at the sheet's top and left (none when absent): where Home and Ctrl+Home go. */
  frozen?: { rows: number; cols: number };
  /** The last row and column holding anything (Ctrl+End); absent: the sheet's last cell. */
  lastUsed?(): CellPosition;
  /** Hidden rows and columns (none when absent): no key lands on them, as in Excel (shownLines.ts). */
  hidden?: HiddenSets;
}

/** What finding the data edge reads of the sheet. */
export type EdgeContext = Pick<NavigationContext, 'bounds' | 'hasContent' | 'hidden'>;

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * The key stroke of a browser key event (Cmd counts as Ctrl, as on a Mac). A key an input method
 * takes (keyCode 229: a composition, whatever letter the key shows) is `Process`, as Windows
 * names it: its text comes from the composition, not from the key.
 */
export function keyStroke(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'> & Partial<Pick<KeyboardEvent, 'keyCode'>>): KeyStroke {
  const key = event.keyCode === 229 ? 'Process' : event.key;
  return { key, shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey, alt: event.altKey };
}

/** What a key does in Excel's point mode, where it picks a reference for the formula being typed. */
export interface PickingKey {
  /** The arrow's direction (rows, columns). */
  step: [rows: number, cols: number];
  /** Shift: stretch the picked range (the anchor stays). */
  extend: boolean;
  /** Ctrl (Cmd on a Mac): run to the edge of the data, as Ctrl+arrow does on the grid. */
  toEdge: boolean;
}

/** The picked cells, from the anchor (where a Shift+arrow range started) to the moving corner. */
export interface PickedCells {
  anchor: CellPosition;
  corner: CellPosition;
}

/**
 * The key stroke as a key of Excel's point mode: an arrow, with Shift and Ctrl as they come; null
 * for any other key and for Alt with an arrow (that one is left to the editor).
 *
 * @example
 *   pickingKey({ key: 'ArrowDown', shift: true, ctrl: true, alt: false }); // { step: [1, 0], extend: true, toEdge: true }
 */
export function pickingKey(stroke: KeyStroke): PickingKey | null {
  const step = stroke.alt ? undefined : ARROWS[stroke.key];
  return step ? { step, extend: stroke.shift, toEdge: stroke.ctrl } : null;
}

/**
 * The cells picked after a key in point mode: the corner moves a cell (with Ctrl to the data edge,
 * by the rule of Ctrl+arrow navigation); Shift keeps the anchor, else the pick is the corner alone.
 *
 * @example
 *   // B5:B16 filled, B5 picked: Ctrl+Shift+Down picks B5:B16.
 *   nextPick({ anchor: B5, corner: B5 }, { step: [1, 0], extend: true, toEdge: true }, ctx); // { anchor: B5, corner: B16 }
 */
export function nextPick(from: PickedCells, key: PickingKey, ctx: EdgeContext): PickedCells {
  const corner = arrowTarget(from.corner, key.step, key.toEdge, ctx);
  return { anchor: key.extend ? from.anchor : corner, corner };
}

/**
 * Ctrl+arrow: to the edge of the block of filled cells, or to the next filled cell, or the sheet's
 * edge. Hidden lines are passed over as if they were not there (their cells neither end a block
 * nor are landed on), as in Excel.
 */
export function dataEdge(from: CellPosition, delta: [number, number], ctx: EdgeContext): CellPosition {
  const step = (p: CellPosition): CellPosition | null => nextShown(p, delta, ctx.hidden ?? NONE_HIDDEN, ctx.bounds);
  let at = from;
  let next = step(at);
  if (!next) return at;
  if (ctx.hasContent(at.row, at.col) && ctx.hasContent(next.row, next.col)) {
    while (next && ctx.hasContent(next.row, next.col)) {
      at = next;
      next = step(at);
    }
    return at;
  }
  while (next) {
    at = next;
    if (ctx.hasContent(at.row, at.col)) return at;
    next = step(at);
  }
  return at;
}

/** An arrow's move from `from`: to the next shown cell (none: it stays), or with Ctrl to the data edge. */
function arrowTarget(from: CellPosition, delta: [number, number], toEdge: boolean, ctx: EdgeContext): CellPosition {
  return toEdge ? dataEdge(from, delta, ctx) : (nextShown(from, delta, ctx.hidden ?? NONE_HIDDEN, ctx.bounds) ?? from);
}

function moveTo(position: CellPosition, ctx: NavigationContext): Extract<GridCommand, { kind: 'select' }> {
  const p = clampPosition(position, ctx.bounds);
  return { kind: 'select', selection: { active: p, corner: p } };
}

/**
 * Enter and Tab inside a selected range move the active cell within it, wrapping, as Excel does
 * (also when they end an edit there: a block is typed in without leaving it).
 *
 * @example
 *   // B2:C3 selected, active C2: Enter goes to C3, Enter again to B2 (the next column, wrapped).
 */
export function moveWithinSelection(selection: GridSelection, forward: boolean, byRow: boolean, hidden: HiddenSets = NONE_HIDDEN): GridSelection {
  const range = selectionRange(selection);
  let { row, col } = selection.active;
  // Past an area's last cell (first, going back), Excel goes on to the next area (the previous one).
  const [endRow, endCol] = forward ? [range.bottom, range.right] : [range.top, range.left];
  if (hasSeveralAreas(selection) && row === endRow && col === endCol) return enterNextArea(selection, forward);
  const delta = forward ? 1 : -1;
  // Hidden cells of the range are passed over, as Excel's Enter does; all hidden: it stays.
  for (let cells = (range.bottom - range.top + 1) * (range.right - range.left + 1); cells > 0; cells--) {
    if (byRow) {
      row += delta;
      if (row > range.bottom) [row, col] = [range.top, col + 1 > range.right ? range.left : col + 1];
      if (row < range.top) [row, col] = [range.bottom, col - 1 < range.left ? range.right : col - 1];
    } else {
      col += delta;
      if (col > range.right) [row, col] = [row + 1 > range.bottom ? range.top : row + 1, range.left];
      if (col < range.left) [row, col] = [row - 1 < range.top ? range.bottom : row - 1, range.right];
    }
    if (!isHiddenCell({ row, col }, hidden)) break;
  }
  return withAreasOf(selection, { active: { row, col }, corner: selection.corner, anchor: selection.anchor ?? selection.active });
}

function moveWithin(ctx: NavigationContext, forward: boolean, byRow: boolean): GridCommand {
  return { kind: 'select', selection: moveWithinSelection(ctx.selection, forward, byRow, ctx.hidden) };
}

/** Ctrl+A as in Excel: the current region first, the whole sheet when that is selected already (or there is none). */
function selectRegionOrAll(ctx: NavigationContext): GridCommand {
  const all = wholeSheet(ctx);
  const { active } = ctx.selection;
  const region = currentRegion(active, ctx);
  if (isSingleCell(region) && !ctx.hasContent(active.row, active.col)) return { kind: 'select', selection: all, keepView: true };
  // The active cell stays where it is, as in Excel; the region runs from its top left.
  const regionSelection = selectionKeepingActive(active, { row: region.top, col: region.left }, { row: region.bottom, col: region.right });
  return { kind: 'select', selection: sameRange(regionSelection, ctx.selection) ? all : regionSelection, keepView: true };
}

function sameRange(a: GridSelection, b: GridSelection): boolean {
  const [ra, rb] = [selectionRange(a), selectionRange(b)];
  return ra.top === rb.top && ra.left === rb.left && ra.bottom === rb.bottom && ra.right === rb.right;
}

/** The whole sheet, the active cell kept where it is (Ctrl+A twice, Ctrl+Shift+Space). */
function wholeSheet(ctx: NavigationContext): GridSelection {
  const last = { row: Math.max(0, ctx.bounds.rows - 1), col: Math.max(0, ctx.bounds.cols - 1) };
  return selectionKeepingActive(ctx.selection.active, { row: 0, col: 0 }, last);
}

/**
 * Shift+Space (the selection's rows) and Ctrl+Space (its columns); both: the whole sheet. The active
 * cell stays where it is and the range keeps its direction, so Shift+arrow goes on stretching it from
 * where it was started, as in Excel.
 */
function selectLines(ctx: NavigationContext, rows: boolean, cols: boolean): GridCommand {
  if (rows && cols) return { kind: 'select', selection: wholeSheet(ctx), keepView: true };
  const { active, corner } = ctx.selection;
  const anchor = ctx.selection.anchor ?? active;
  const [lastRow, lastCol] = [Math.max(0, ctx.bounds.rows - 1), Math.max(0, ctx.bounds.cols - 1)];
  const selection = rows
    ? selectionKeepingActive(active, { row: anchor.row, col: 0 }, { row: corner.row, col: lastCol })
    : selectionKeepingActive(active, { row: 0, col: anchor.col }, { row: lastRow, col: corner.col });
  return { kind: 'select', selection, keepView: true };
}

/** An arrow: moves the active cell, or with Shift stretches the range from its anchor; Ctrl (or End mode) to the data edge. */
function arrow(stroke: KeyStroke, delta: [number, number], ctx: NavigationContext): GridCommand {
  const { active, corner } = ctx.selection;
  const to = arrowTarget(stroke.shift ? corner : active, delta, stroke.ctrl || ctx.endMode === true, ctx);
  return stroke.shift ? { kind: 'select', selection: extendSelection(ctx.selection, to, ctx.bounds) } : moveTo(to, ctx);
}

/** The last used cell (Ctrl+End, End then Home); Shift stretches the selection there. */
function toLastUsed(ctx: NavigationContext, shift: boolean): GridCommand {
  // A hidden last row or column: the shown one before it, as in Excel.
  const last = nearestShownCell(clampPosition(ctx.lastUsed?.() ?? { row: ctx.bounds.rows - 1, col: ctx.bounds.cols - 1 }, ctx.bounds), -1, ctx.hidden ?? NONE_HIDDEN, ctx.bounds);
  return shift ? { kind: 'select', selection: extendSelection(ctx.selection, last, ctx.bounds) } : moveTo(last, ctx);
}

/**
 * End then Enter, as Excel's "Keyboard shortcuts" lists it: the last nonblank cell in the active
 * cell's row (the rightmost, past any gaps); a row with nothing in it keeps the active cell. Shift
 * stretches the selection there, as with End then Home.
 */
function toRowEnd(ctx: NavigationContext, shift: boolean): GridCommand {
  const { active } = ctx.selection;
  let col = ctx.bounds.cols - 1;
  while (col >= 0 && !ctx.hasContent(active.row, col)) col--;
  const to = { row: active.row, col: col < 0 ? active.col : col };
  return shift ? { kind: 'select', selection: extendSelection(ctx.selection, to, ctx.bounds) } : moveTo(to, ctx);
}

/**
 * PageDown/PageUp move the active cell by the rows in view and scroll the view by as many, as in
 * Excel; with Alt by the columns in view, right and left. Shift stretches the selection likewise.
 */
function page(stroke: KeyStroke, ctx: NavigationContext): GridCommand {
  const sign = stroke.key === 'PageDown' ? 1 : -1;
  const rows = stroke.alt ? 0 : sign * Math.max(1, ctx.pageRows);
  const cols = stroke.alt ? sign * Math.max(1, ctx.pageCols ?? ctx.pageRows) : 0;
  const from = stroke.shift ? ctx.selection.corner : ctx.selection.active;
  const to = clampPosition({ row: from.row + rows, col: from.col + cols }, ctx.bounds);
  const selection = stroke.shift ? extendSelection(ctx.selection, to, ctx.bounds) : { active: to, corner: to };
  return { kind: 'select', selection, page: { rows, cols } };
}

/** What a key stroke on the (not editing) grid does; null leaves it to the browser. */
export function gridCommand(stroke: KeyStroke, ctx: NavigationContext): GridCommand | null {
  const { key, shift, ctrl, alt } = stroke;
  if (ctx.endMode && key === 'Home' && !ctrl && !alt) return toLastUsed(ctx, shift);
  if (ctx.endMode && key === 'Enter' && !ctrl && !alt) return toRowEnd(ctx, shift);
  const delta = ARROWS[key];
  if (delta && !alt) return arrow(stroke, delta, ctx);
  const { active } = ctx.selection;
  const single = isSingleCell(selectionRange(ctx.selection)) && !hasSeveralAreas(ctx.selection);
  if (key === ' ' && !alt && (shift || ctrl)) return selectLines(ctx, shift, ctrl);
  if (ctrl && !alt) {
    switch (key.toLowerCase()) {
      case 'z':
        return shift ? { kind: 'redo' } : { kind: 'undo' };
      case 'y':
        return { kind: 'redo' };
      case 'd':
        return { kind: 'fillDown' };
      case 'r':
        return shift ? { kind: 'align', alignment: 'right' } : { kind: 'fillRight' };
      case 'l':
        return shift ? { kind: 'align', alignment: 'left' } : null;
      case 'e':
        return shift ? { kind: 'align', alignment: 'center' } : null;
      case '+':
        return { kind: 'lines', insert: true };
      case '-':
        return { kind: 'lines', insert: false };
      case 'a':
        return selectRegionOrAll(ctx);
      case ';':
        return { kind: 'editWithToday' };
      case ':':
        return { kind: 'editWithTime' };
      case 'end':
        return toLastUsed(ctx, shift);
      case 'home': {
        // Excel: with frozen panes, Ctrl+Home goes to the first cell of the unfrozen part (B2
        // below a frozen row 1 and column A), not to A1; Shift stretches the selection there.
        // Hidden first lines: the first shown ones.
        const start = nearestShownCell(clampPosition({ row: ctx.frozen?.rows ?? 0, col: ctx.frozen?.cols ?? 0 }, ctx.bounds), 1, ctx.hidden ?? NONE_HIDDEN, ctx.bounds);
        return shift ? { kind: 'select', selection: extendSelection(ctx.selection, start, ctx.bounds), sheetStart: true } : { ...moveTo(start, ctx), sheetStart: true };
      }
      default:
        return null;
    }
  }
  switch (key) {
    case 'Enter':
      return single ? moveTo(arrowTarget(active, [shift ? -1 : 1, 0], false, ctx), ctx) : moveWithin(ctx, !shift, true);
    case 'Tab':
      return single ? moveTo(arrowTarget(active, [0, shift ? -1 : 1], false, ctx), ctx) : moveWithin(ctx, !shift, false);
    case 'Home': {
      // Excel: Home goes to the row's first unfrozen (and shown) column; Shift+Home stretches the selection there.
      const first = nearestShownCell(clampPosition({ row: active.row, col: ctx.frozen?.cols ?? 0 }, ctx.bounds), 1, { rows: new Set(), cols: ctx.hidden?.cols ?? new Set() }, ctx.bounds);
      return shift ? { kind: 'select', selection: extendSelection(ctx.selection, { row: ctx.selection.corner.row, col: first.col }, ctx.bounds) } : moveTo(first, ctx);
    }
    case 'End':
      return alt ? null : { kind: 'endMode', on: !ctx.endMode };
    case 'PageDown':
    case 'PageUp':
      return page(stroke, ctx);
    case 'F2':
      return { kind: 'edit' };
    case 'Delete':
      return { kind: 'clear' };
    case 'Backspace':
      return { kind: 'edit', replaceWith: '' };
    // A dead key (´ or ^ on a Danish keyboard, ~ with AltGr) or an input method's key: the edit
    // starts empty and takes the focus now, so the character composed next lands in it (ê, é),
    // as Excel starts its edit; the grid itself holds no text to compose into.
    case 'Dead':
    case 'Process':
      return { kind: 'edit', replaceWith: '' };
    default:
      if (!alt && key.length === 1) return { kind: 'edit', replaceWith: key };
      return null;
  }
}
