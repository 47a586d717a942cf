/**
 * The page's copy of every cell's value under every scenario, as the engine worker last computed
 * them. Values are kept by cell identity and looked up by position through the page's own
 * document: after a row is inserted here, every other cell still shows its own value while the
 * worker catches up (the new row is empty until then).
 */
import type { CellValue } from '../../../models/engine/cellValue.js';
import type { WorkbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { IDENTIFIED_VALUE_STRIDE, type IdentifiedValues } from './engineMessages.js';

/** rowId → colId → value. */
type SheetValues = Map<string, Map<string, CellValue>>;

export class ScenarioValueCache {
  private readonly scenarios = new Map<string, Map<string, SheetValues>>();

  has(scenarioId: string): boolean {
    return this.scenarios.has(scenarioId);
  }

  /** Stores values; `complete` replaces everything held for the scenario. */
  put(scenarioId: string, cells: IdentifiedValues, complete: boolean): void {
    let sheets = this.scenarios.get(scenarioId);
    if (!sheets || complete) {
      sheets = new Map();
      this.scenarios.set(scenarioId, sheets);
    }
    for (let i = 0; i + IDENTIFIED_VALUE_STRIDE <= cells.length; i += IDENTIFIED_VALUE_STRIDE) {
      const sheetId = cells[i];
      const rowId = cells[i + 1];
      const colId = cells[i + 2];
      if (typeof sheetId !== 'string' || typeof rowId !== 'string' || typeof colId !== 'string') continue;
      const value = cells[i + 3] ?? null;
      let sheet = sheets.get(sheetId);
      if (!sheet) sheets.set(sheetId, (sheet = new Map()));
      let row = sheet.get(rowId);
      if (!row) sheet.set(rowId, (row = new Map()));
      if (value === null) row.delete(colId);
      else row.set(colId, value);
    }
  }

  /** Forgets scenarios that no longer exist. */
  keepOnly(scenarioIds: ReadonlySet<string>): void {
    for (const id of [...this.scenarios.keys()]) if (!scenarioIds.has(id)) this.scenarios.delete(id);
  }

  /** Every value held for a scenario, in the form `put` takes (null when none). */
  snapshot(scenarioId: string): IdentifiedValues | null {
    const sheets = this.scenarios.get(scenarioId);
    if (!sheets) return null;
    const cells: IdentifiedValues = [];
    for (const [sheetId, rows] of sheets) for (const [rowId, cols] of rows) for (const [colId, value] of cols) cells.push(sheetId, rowId, colId, value);
    return cells;
  }

  value(grid: WorkbookGrid, scenarioId: string, sheetId: string, row: number, col: number): CellValue {
    const rowId = grid.rowIds(sheetId)[row];
    const colId = grid.colIds(sheetId)[col];
    if (rowId === undefined || colId === undefined) return null;
    return this.scenarios.get(scenarioId)?.get(sheetId)?.get(rowId)?.get(colId) ?? null;
  }
}
