/**
 * The grid's identities as one engine build reads them. A build resolves two identities for every
 * reference of every formula of the workbook, nearly all on the formula's own sheet: the sheet's
 * index maps are kept at hand rather than looked up through the grid for each one. Lives only
 * while the build reads the document (nothing changes it meanwhile).
 */
import type * as Y from 'yjs';
import type { NamedGrid } from './qualifiedNames.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';

const NONE: ReadonlyMap<string, number> = new Map();

export class BuildIdentities implements NamedGrid {
  private sheetId: string | undefined;
  private rows = NONE;
  private cols = NONE;

  constructor(private readonly grid: WorkbookGrid) {}

  get doc(): Y.Doc {
    return this.grid.doc;
  }

  sheetIdByName(name: string): string | undefined {
    return this.grid.sheetIdByName(name);
  }

  sheetName(sheetId: string): string | undefined {
    return this.grid.sheetName(sheetId);
  }

  rowIndex(sheetId: string, rowId: string): number {
    if (sheetId !== this.sheetId) this.select(sheetId);
    return this.rows.get(rowId) ?? -1;
  }

  colIndex(sheetId: string, colId: string): number {
    if (sheetId !== this.sheetId) this.select(sheetId);
    return this.cols.get(colId) ?? -1;
  }

  private select(sheetId: string): void {
    this.sheetId = sheetId;
    this.rows = this.grid.rowIndexes(sheetId);
    this.cols = this.grid.colIndexes(sheetId);
  }
}
