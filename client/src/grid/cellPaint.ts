/** Everything a rendered cell shows for one planner: value, marks for selection, scenario and errors. */
import type { TFunction } from 'i18next';
import { formatCellAddress } from '../../../models/workbook/cellAddress.js';
import { cellFormatAt } from '../../../models/workbook/readCells.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import type { Peer } from '../presence/PresenceTracker.js';
import { cellLook, cellLookClasses } from '../../../models/format/cellLook.js';
import { areaEdges, rangeContains, selectionEdges, selectionRange, type CellRange } from './selection.js';
import { fittedText } from './fittedText.js';
import { cellWraps } from '../../../models/workbook/wrapText.js';
import { cellAlignment } from '../../../models/workbook/cellAlignment.js';
import { wrappedLines } from './rowHeights.js';

/** Outlines drawn over the grid besides the selection, and whether the fill handle is offered. */
export interface GridMarks {
  /** A pending cut, a fill being dragged, a reference being picked (the first that holds a cell wins). */
  outlines: Array<{ range: CellRange; kind: 'cut' | 'fill' | 'pick' }>;
  fillHandle: boolean;
}

export interface CellPaint {
  address: string;
  text: string;
  title: string;
  /**
   * The grid's classes the cell carries (`fx-num`, `fx-sel`, …), in a fixed order: a list of the
   * few that hold, not a record of all nineteen, because a cell is painted each time it scrolls
   * into view and most cells carry one class or none.
   */
  classes: string[];
  peer: Peer | null;
  /** The text's colour from the cell's Excel code (`[Red]`), or null for the grid's own. */
  colour: string | null;
}

/**
 * `room`: the width the cell's text may take (cellTextWidth.ts's textRoom of its column): a number
 * is fitted to it as Excel does and text that does not fit is clipped (`fx-clip`); null shows the
 * full text (what a copy puts on the clipboard).
 */
export function cellPaint(session: WorkbookSession, sheetId: string, row: number, col: number, peer: Peer | null, marks: GridMarks, t: TFunction, room: number | null = null): CellPaint {
  const engine = session.engines.engine(session.activeScenario.get());
  const value = engine.value(sheetId, row, col);
  const format = cellFormatAt(session.doc, sheetId, row, col);
  const locale = session.locale.get();
  const look = cellLook(value, format, locale);
  const selection = session.selection.get();
  const range = selectionRange(selection);
  const edges = areaEdges(selection, row, col);
  const mark = marks.outlines.find((outline) => rangeContains(outline.range, row, col));
  const markEdges = mark ? selectionEdges(mark.range, row, col) : null;
  const classes: string[] = cellLookClasses(session.doc, sheetId, row, col, value, look, session.isScenarioInput(sheetId, row, col));
  // Wrapped text shows its lines as rowHeights.ts breaks them (their row is as tall), and runs into no neighbour.
  const wraps = typeof value === 'string' && value !== '' && cellWraps(session.doc, sheetId, row, col);
  if (wraps) {
    const spill = classes.indexOf('fx-spill');
    if (spill >= 0) classes.splice(spill, 1);
  }
  const shown =
    room === null ? { text: look.text, clipped: false }
    : wraps ? { text: wrappedLines(look.text, room).join('\n'), clipped: false }
    : fittedText(value, look.text, format, locale, room, classes.includes('fx-spill'));
  if (shown.clipped) classes.push('fx-clip');
  if (wraps) classes.push('fx-wrap');
  // The cell's own alignment (none: General, by type); a merged area shows its top-left cell's, the cell painted over the area.
  const alignment = cellAlignment(session.doc, sheetId, row, col);
  if (alignment) classes.push(`fx-al-${alignment}`);
  if (edges) {
    classes.push('fx-sel');
    if (edges.top) classes.push('fx-et');
    if (edges.right) classes.push('fx-er');
    if (edges.bottom) classes.push('fx-eb');
    if (edges.left) classes.push('fx-el');
  }
  if (selection.active.row === row && selection.active.col === col) classes.push('fx-active');
  // Excel offers no fill handle on several areas.
  if (marks.fillHandle && !selection.otherAreas && row === range.bottom && col === range.right) classes.push('fx-handle');
  if (mark && markEdges) {
    classes.push('fx-mark', `fx-mark-${mark.kind}`);
    if (markEdges.top) classes.push('fx-mt');
    if (markEdges.right) classes.push('fx-mr');
    if (markEdges.bottom) classes.push('fx-mb');
    if (markEdges.left) classes.push('fx-ml');
  }
  return { address: formatCellAddress({ row, col }), text: shown.text, title: look.errorKey ? t(look.errorKey) : '', peer, classes, colour: look.colour };
}
