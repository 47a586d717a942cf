/** Everything a rendered cell shows for one planner: value, marks for selection, scenario and errors. */
import type { TFunction } from 'i18next';
import { formatCellAddress } from '../../../models/workbook/cellAddress.js';
import { cellFormatAt, cellInputAt } from '../../../models/workbook/readCells.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import type { Peer } from '../presence/PresenceTracker.js';
import { cellLook } from './cellLook.js';
import { rangeContains, selectionEdges, selectionRange, type CellRange } from './selection.js';

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
  classes: Record<string, boolean>;
  peer: Peer | null;
}

export function cellPaint(session: WorkbookSession, sheetId: string, row: number, col: number, peer: Peer | null, marks: GridMarks, t: TFunction): CellPaint {
  const engine = session.engines.engine(session.activeScenario.get());
  const value = engine.value(sheetId, row, col);
  const look = cellLook(value, cellFormatAt(session.doc, sheetId, row, col), session.locale.get());
  const selection = session.selection.get();
  const range = selectionRange(selection);
  const edges = selectionEdges(range, row, col);
  const mark = marks.outlines.find((outline) => rangeContains(outline.range, row, col));
  const markEdges = mark ? selectionEdges(mark.range, row, col) : null;
  // Text runs on into an empty neighbour, as in Excel.
  const spills = typeof value === 'string' && value !== '' && cellInputAt(session.doc, sheetId, row, col + 1) === undefined;
  return {
    address: formatCellAddress({ row, col }),
    text: look.text,
    title: look.errorKey ? t(look.errorKey) : '',
    peer,
    classes: {
      'fx-num': look.numeric,
      'fx-err': look.errorKey !== null,
      'fx-spill': spills,
      'fx-input': session.isScenarioInput(sheetId, row, col),
      'fx-sel': edges !== null,
      'fx-active': selection.active.row === row && selection.active.col === col,
      'fx-et': edges?.top ?? false,
      'fx-er': edges?.right ?? false,
      'fx-eb': edges?.bottom ?? false,
      'fx-el': edges?.left ?? false,
      'fx-handle': marks.fillHandle && row === range.bottom && col === range.right,
      'fx-mark': mark !== undefined,
      'fx-mark-cut': mark?.kind === 'cut',
      'fx-mark-fill': mark?.kind === 'fill',
      'fx-mark-pick': mark?.kind === 'pick',
      'fx-mt': markEdges?.top ?? false,
      'fx-mr': markEdges?.right ?? false,
      'fx-mb': markEdges?.bottom ?? false,
      'fx-ml': markEdges?.left ?? false,
    },
  };
}
