/**
 * Which engine sheet each document sheet is, and the rows and columns the engine has: kept in
 * step with the document's sheets (added, removed, renamed) and axes (rows and columns inserted
 * or deleted), so that the binding can set cells at their current positions.
 */
import type { HyperFormula } from 'hyperformula';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { splitCellKey } from '../workbook/workbookSchema.js';
import { applyAxisChange, diffAxis } from './axisChanges.js';

export class EngineSheets {
  /** Document sheet id → engine sheet id and the name the engine knows it by. */
  private readonly sheets = new Map<string, { hfId: number; name: string }>();
  private readonly byEngineId = new Map<number, string>();
  private readonly axes = { rows: new Map<string, string[]>(), cols: new Map<string, string[]>() };

  constructor(private readonly grid: WorkbookGrid) {}

  /** Document sheet ids by engine sheet id (what an engine change names). */
  get documentIds(): ReadonlyMap<number, string> {
    return this.byEngineId;
  }

  hfId(sheetId: string): number | undefined {
    return this.sheets.get(sheetId)?.hfId;
  }

  has(sheetId: string): boolean {
    return this.sheets.has(sheetId);
  }

  ids(): IterableIterator<string> {
    return this.sheets.keys();
  }

  /** Each document sheet id with its engine sheet id. */
  *entries(): IterableIterator<[sheetId: string, hfId: number]> {
    for (const [sheetId, { hfId }] of this.sheets) yield [sheetId, hfId];
  }

  /**
   * Before a build from `sheets` (each shown sheet's rows by its name): the engine sheet ids the
   * build gives them, so that a function computed during the build knows its sheet's document
   * sheet (SUBTOTAL's hidden rows). HyperFormula numbers the sheets from 0 in the order it reads
   * their names, a `for … in` over `sheets`: Object.keys' order (a name such as "2024" comes first).
   */
  expect(sheets: object): void {
    const ids = new Map(this.grid.listSheets().map(({ id, name }) => [name, id]));
    this.clear();
    Object.keys(sheets).forEach((name, hfId) => {
      const sheetId = ids.get(name);
      if (sheetId !== undefined) this.track(sheetId, name, hfId);
    });
  }

  /** After a fresh build: every shown sheet as the engine has it now; whether each has the engine id `expect`ed. */
  reset(hf: HyperFormula): boolean {
    const expected = new Map(this.sheets);
    this.clear();
    let asExpected = true;
    for (const { id, name } of this.grid.listSheets()) {
      const hfId = hf.getSheetId(name)!;
      if (expected.get(id)?.hfId !== hfId) asExpected = false;
      this.track(id, name, hfId);
    }
    return asExpected;
  }

  private clear(): void {
    this.sheets.clear();
    this.byEngineId.clear();
    this.axes.rows.clear();
    this.axes.cols.clear();
  }

  /** Mirrors added (still empty), removed and renamed sheets. */
  syncSheets(hf: HyperFormula): { added: Set<string>; removed: string[] } {
    const wanted = this.grid.listSheets();
    const wantedIds = new Set(wanted.map((s) => s.id));
    const removed: string[] = [];
    for (const [sheetId, { hfId }] of [...this.sheets]) {
      if (wantedIds.has(sheetId)) continue;
      // The engine remembers references to a removed sheet by name and would revive them when
      // another sheet takes the name; in the document they stay #REF!, so they are set again.
      hf.removeSheet(hfId);
      this.sheets.delete(sheetId);
      this.byEngineId.delete(hfId);
      this.axes.rows.delete(sheetId);
      this.axes.cols.delete(sheetId);
      removed.push(sheetId);
    }
    // Renames go through temporary names, so that two sheets may swap names in one change.
    const renamed = wanted.filter((s) => this.sheets.has(s.id) && this.sheets.get(s.id)!.name !== s.name);
    for (const { id } of renamed) {
      const entry = this.sheets.get(id)!;
      entry.name = `⟦${id}⟧`;
      hf.renameSheet(entry.hfId, entry.name);
    }
    for (const { id, name } of renamed) {
      const entry = this.sheets.get(id)!;
      entry.name = name;
      hf.renameSheet(entry.hfId, name);
    }
    const added = new Set<string>();
    for (const { id, name } of wanted) {
      if (this.sheets.has(id)) continue;
      const hfName = hf.addSheet(name);
      this.track(id, name, hf.getSheetId(hfName)!);
      added.add(id);
    }
    return { added, removed };
  }

  /** Applies one sheet's row (or column) insertions and deletions; returns the ids deleted and inserted. */
  syncAxis(hf: HyperFormula, sheetId: string, axis: 'rows' | 'cols'): string[] {
    const mirror = this.axes[axis];
    const before = mirror.get(sheetId) ?? [];
    const after = axis === 'rows' ? this.grid.rowIds(sheetId) : this.grid.colIds(sheetId);
    const change = diffAxis(before, after);
    applyAxisChange(hf, this.sheets.get(sheetId)!.hfId, axis, change);
    mirror.set(sheetId, [...after]);
    return [...change.deleted, ...change.inserted];
  }

  /** The keys (`rowId:colId`) of the sheet's stored cells on one of the lines (rows or columns by id). */
  cellsOnLines(sheetId: string, lineIds: ReadonlySet<string>): string[] {
    const keys = [...(this.grid.sheetParts(sheetId)?.cells.keys() ?? [])];
    return keys.filter((key) => {
      const [rowId, colId] = splitCellKey(key);
      return lineIds.has(rowId) || lineIds.has(colId);
    });
  }

  private track(sheetId: string, name: string, hfId: number): void {
    this.sheets.set(sheetId, { hfId, name });
    this.byEngineId.set(hfId, sheetId);
    this.axes.rows.set(sheetId, [...this.grid.rowIds(sheetId)]);
    this.axes.cols.set(sheetId, [...this.grid.colIds(sheetId)]);
  }
}
