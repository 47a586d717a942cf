/**
 * What a WorkbookEngine reports after following a document transaction: the cells whose value
 * changed, each with its new value, and whether sheets, rows or columns changed.
 */
import { ExportedCellChange, type ExportedChange } from 'hyperformula';
import type { CellValue } from './cellValue.js';
import { toCellValue } from './engineValue.js';

export interface EngineChange {
  sheetId: string;
  row: number;
  col: number;
}

/** A changed cell with the value the engine now holds there (what `value()` reads). */
export interface EngineValueChange extends EngineChange {
  value: CellValue;
}

/** After each document transaction: the cells whose value changed, and whether rows, columns or sheets did. */
export interface EngineUpdate<Change extends EngineChange = EngineChange> {
  changes: Change[];
  structureChanged: boolean;
}

/** An update as the engine hands it to its listeners: every change with its new value. */
export interface EngineValueUpdate extends EngineUpdate<EngineValueChange> {
  /**
   * Visits each changed cell, in the engine's order, without making the `changes` list (made
   * when first read, which a listener does during its call): for a listener that only looks for
   * the cells it watches.
   */
  forEachChange(visit: (sheetId: string, row: number, col: number, value: CellValue) => void): void;
}

/**
 * The engine's changes in document terms. Hundreds per assumption edit, and goal judgements only
 * look for the few they watch, so the list of change objects is made only for a listener that
 * reads it (the grid).
 */
export class FollowedUpdate implements EngineValueUpdate {
  private list: EngineValueChange[] | undefined;

  constructor(
    private readonly engineChanges: readonly ExportedChange[],
    private readonly sheetIds: ReadonlyMap<number, string>,
    readonly structureChanged: boolean,
  ) {}

  get changes(): EngineValueChange[] {
    if (!this.list) {
      const list: EngineValueChange[] = [];
      this.forEachChange((sheetId, row, col, value) => list.push({ sheetId, row, col, value }));
      this.list = list;
    }
    return this.list;
  }

  forEachChange(visit: (sheetId: string, row: number, col: number, value: CellValue) => void): void {
    const changes = this.engineChanges;
    let hfSheet = -1;
    let sheetId: string | undefined;
    for (let i = 0; i < changes.length; i++) {
      const change = changes[i];
      if (!(change instanceof ExportedCellChange)) continue;
      const address = change.address;
      if (address.sheet !== hfSheet) {
        hfSheet = address.sheet;
        sheetId = this.sheetIds.get(hfSheet);
      }
      if (sheetId === undefined) continue;
      const raw = change.newValue;
      visit(sheetId, address.row, address.col, typeof raw === 'number' && Number.isFinite(raw) ? raw : toCellValue(raw));
    }
  }
}
