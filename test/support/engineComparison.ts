/** Reading every value an engine computed, to compare an incrementally kept engine with a fresh one. */
import * as Y from 'yjs';
import { isCellError } from '../../models/engine/cellValue.js';
import { WorkbookEngine } from '../../models/engine/WorkbookEngine.js';
import { applyOperations } from '../../models/operations/applyOperation.js';
import type { WorkbookOperation } from '../../models/operations/workbookOperation.js';
import { formatCellAddress, parseCellAddress } from '../../models/workbook/cellAddress.js';
import { workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { newIdentity } from '../../models/workbook/identities.js';
import { smallWorkbookFile, SMALL_COLS, SMALL_ROWS } from './randomOperations.js';

/** Every non-empty value, keyed `Sheet!A1`; errors by their code, numbers exactly. */
export function engineValues(engine: WorkbookEngine, doc: Y.Doc): Record<string, string> {
  const grid = workbookGrid(doc);
  const out: Record<string, string> = {};
  for (const { id, name } of grid.listSheets()) {
    const rows = grid.rowIds(id).length;
    const cols = grid.colIds(id).length;
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        const value = engine.value(id, row, col);
        if (value === null) continue;
        out[`${name}!${formatCellAddress({ row, col })}`] = isCellError(value) ? value.error : JSON.stringify(value);
      }
    }
  }
  return out;
}

/** Values of an engine built from scratch from the document as it is now. */
export function freshValues(doc: Y.Doc, scenarioId?: string): Record<string, string> {
  const fresh = new WorkbookEngine(doc, scenarioId);
  try {
    return engineValues(fresh, doc);
  } finally {
    fresh.destroy();
  }
}

/** The small randomized-test workbook in a new document with a fixed client id. */
export function smallWorkbookDoc(clientId: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const file = smallWorkbookFile();
  const ops: WorkbookOperation[] = [];
  const fills: WorkbookOperation[] = [];
  for (const sheet of file.sheets) {
    const sheetId = newIdentity(doc);
    ops.push({ type: 'addSheet', sheetId, name: sheet.name, rows: SMALL_ROWS, cols: SMALL_COLS });
    fills.push({
      type: 'setCells',
      sheetId,
      cells: Object.entries(sheet.cells).map(([key, input]) => ({ ...parseCellAddress(key)!, input })),
    });
  }
  applyOperations(doc, [
    ...ops,
    ...fills,
    ...(file.goals ?? []).map((goal): WorkbookOperation => ({ type: 'putGoal', goal })),
    ...(file.scenarios ?? []).map((scenario): WorkbookOperation => ({ type: 'putScenario', scenario })),
  ]);
  return doc;
}
