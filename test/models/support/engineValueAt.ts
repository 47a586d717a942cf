/** Reads a cell of one sheet from an engine by its A1 address, as a planner names it in a test. */
import { parseCellAddress } from '../../../models/workbook/cellAddress.js';
import type { WorkbookEngine } from '../../../models/engine/WorkbookEngine.js';

export function engineValueAt(engine: WorkbookEngine, sheetId: string): (address: string) => unknown {
  return (address) => {
    const cell = parseCellAddress(address);
    if (!cell) throw new Error(`not a cell address: ${address}`);
    return engine.value(sheetId, cell.row, cell.col);
  };
}
