/** Everything a rendered cell shows for one planner: value, marks for selection, scenario and errors. */
import type { TFunction } from 'i18next';
import { formatCellAddress } from '../../../models/workbook/cellAddress.js';
import { cellFormatAt, cellInputAt } from '../../../models/workbook/readCells.js';
import type { WorkbookSession } from '../workspace/WorkbookSession.js';
import type { Peer } from '../presence/PresenceTracker.js';
import { cellLook } from './cellLook.js';
import { selectionEdges, selectionRange } from './selection.js';

export interface CellPaint {
  address: string;
  text: string;
  title: string;
  classes: Record<string, boolean>;
  peer: Peer | null;
}

export function cellPaint(session: WorkbookSession, sheetId: string, row: number, col: number, peer: Peer | null, t: TFunction): CellPaint {
  const engine = session.engines.engine(session.activeScenario.get());
  const value = engine.value(sheetId, row, col);
  const look = cellLook(value, cellFormatAt(session.doc, sheetId, row, col), session.locale.get());
  const selection = session.selection.get();
  const edges = selectionEdges(selectionRange(selection), row, col);
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
    },
  };
}
