/**
 * The page's copy of every cell's value under every scenario, as the engine worker last computed
 * them. Values are kept by cell identity and looked up by position through the page's own
 * document: after a row is inserted here, every other cell still shows its own value while the
 * worker catches up (the new row is empty until then).
 */
import type { CellValue } from '../../../models/engine/cellValue.js';
import type { WorkbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { cellKey } from '../../../models/workbook/workbookSchema.js';
import type { IdentifiedValue } from './engineMessages.js';

type SheetValues = Map<string, CellValue>;

export class ScenarioValueCache {
  private readonly scenarios = new Map<string, Map<string, SheetValues>>();

  has(scenarioId: string): boolean {
    return this.scenarios.has(scenarioId);
  }

  /** Stores values; `complete` replaces everything held for the scenario. */
  put(scenarioId: string, cells: readonly IdentifiedValue[], complete: boolean): void {
    let sheets = this.scenarios.get(scenarioId);
    if (!sheets || complete) {
      sheets = new Map();
      this.scenarios.set(scenarioId, sheets);
    }
    for (const [sheetId, key, value] of cells) {
      let sheet = sheets.get(sheetId);
      if (!sheet) {
        sheet = new Map();
        sheets.set(sheetId, sheet);
      }
      if (value === null) sheet.delete(key);
      else sheet.set(key, value);
    }
  }

  /** Forgets scenarios that no longer exist. */
  keepOnly(scenarioIds: ReadonlySet<string>): void {
    for (const id of [...this.scenarios.keys()]) if (!scenarioIds.has(id)) this.scenarios.delete(id);
  }

  value(grid: WorkbookGrid, scenarioId: string, sheetId: string, row: number, col: number): CellValue {
    const rowId = grid.rowIds(sheetId)[row];
    const colId = grid.colIds(sheetId)[col];
    if (rowId === undefined || colId === undefined) return null;
    return this.scenarios.get(scenarioId)?.get(sheetId)?.get(cellKey(rowId, colId)) ?? null;
  }
}
