/**
 * Reads the workbook's structure from the Yjs document: sheets in tab order with their shown
 * names, and each sheet's row and column identities with fast index look-ups. Caches are dropped
 * on every change to the structure, so a reader never sees a stale position.
 */
import * as Y from 'yjs';
import type { GridAllocator } from '../formula/storedFormula.js';
import { sameSheetName, resolveSheetNames, sheetNameProblem } from './sheetNames.js';
import { MAX_COLUMNS, MAX_ROWS } from './cellAddress.js';
import { newIdentity } from './identities.js';
import { axisIds, readSheetParts, sheetOrderArray, sheetsMap, type SheetMap, type SheetParts } from './workbookSchema.js';

export interface SheetInfo {
  id: string;
  /** The shown name (unique; see sheetNames.ts). */
  name: string;
}

interface AxisCache {
  ids: string[];
  index: Map<string, number>;
}

/**
 * The most rows and columns a sheet shows. A sheet stored with more (written before live updates
 * were bounded, or by another tool; server/sync/axisLengths.ts) showed nothing at all: the engine
 * refused to build it ("Sheet size limit exceeded") and every evaluation, first view and export
 * of the workspace failed for everyone. Now every reader sees its first 40,000 rows and 16,384
 * columns; the rest stays stored and comes into view as lines before it are deleted.
 */
const SHOWN = { rows: MAX_ROWS, cols: MAX_COLUMNS } as const;

function axisCache(array: Y.Array<unknown>, which: 'rows' | 'cols'): AxisCache {
  const ids = axisIds(array, SHOWN[which]);
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  return { ids, index };
}

export class WorkbookGrid implements GridAllocator {
  private sheetsCache: SheetInfo[] | null = null;
  private visible = new Set<string>();
  private readonly axes = new Map<Y.Array<unknown>, AxisCache>();
  /** The sound sheets' parts by id, for the sheets listSheets shows (refilled with it). */
  private parts = new Map<string, SheetParts>();
  /**
   * The same caches by sheet id, so that a look-up by position (tens of thousands per engine
   * build: every reference of every formula) skips finding the sheet and its arrays in the
   * document again. Valid while the sheet list is (`sheetsCache`), dropped with any axis change.
   */
  private readonly axesBySheet = new Map<string, { rows?: AxisCache; cols?: AxisCache }>();
  private readonly onChange = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
    for (const event of events) {
      const target = event.target;
      if (target instanceof Y.Array) {
        this.axes.delete(target);
        this.axesBySheet.clear();
      }
      if (target === this.sheets || target.parent === this.sheets) this.invalidate();
    }
  };
  private readonly onOrderChange = (): void => {
    this.sheetsCache = null;
  };
  private readonly sheets: Y.Map<unknown>;
  private readonly order: Y.Array<unknown>;

  constructor(readonly doc: Y.Doc) {
    this.sheets = sheetsMap(doc);
    this.order = sheetOrderArray(doc);
    this.sheets.observeDeep(this.onChange);
    this.order.observe(this.onOrderChange);
  }

  /** Drops every cache; operations call it after changing structure inside a transaction. */
  invalidate(): void {
    this.sheetsCache = null;
    this.axes.clear();
    this.axesBySheet.clear();
  }

  destroy(): void {
    this.sheets.unobserveDeep(this.onChange);
    this.order.unobserve(this.onOrderChange);
  }

  /**
   * Sheets in tab order. Ids in the order array without a sheet are skipped; sheets missing from
   * it follow. Deleted sheets are hidden, except that when colleagues deleted every sheet at once
   * the first one stays, so that a workbook never ends up without sheets. An entry that is no
   * sound sheet (readSheetParts) is not shown; a stored name Excel would refuse (empty, quoted,
   * not text: an older client's or a hostile peer's) is shown as "Ark", made unique like any clash.
   */
  listSheets(): SheetInfo[] {
    if (this.sheetsCache) return this.sheetsCache;
    const parts = new Map<string, SheetParts>();
    for (const [id, sheet] of this.sheets.entries()) {
      const sound = readSheetParts(sheet);
      if (sound) parts.set(id, sound);
    }
    const ordered: string[] = [];
    const seen = new Set<string>();
    for (const id of this.order.toArray()) {
      if (typeof id !== 'string') continue;
      if (!seen.has(id) && parts.has(id)) ordered.push(id);
      seen.add(id);
    }
    for (const id of [...parts.keys()].sort()) if (!seen.has(id)) ordered.push(id);
    const live = ordered.filter((id) => this.map(id)?.get('deleted') !== true);
    const ids = live.length > 0 || ordered.length === 0 ? live : [ordered[0]!];
    const names = resolveSheetNames(ids.map((id) => shownName(this.map(id)?.get('name'))));
    this.sheetsCache = ids.map((id, i) => ({ id, name: names[i]! }));
    this.visible = new Set(ids);
    this.parts = parts;
    return this.sheetsCache;
  }

  private map(sheetId: string): SheetMap | undefined {
    const sheet = this.sheets.get(sheetId);
    return sheet instanceof Y.Map ? sheet : undefined;
  }

  /** A sheet that is shown (not deleted, and sound), or undefined. */
  sheet(sheetId: string): SheetMap | undefined {
    this.listSheets();
    return this.visible.has(sheetId) ? this.map(sheetId) : undefined;
  }

  /** The parts of a shown sheet, or undefined. */
  sheetParts(sheetId: string): SheetParts | undefined {
    this.listSheets();
    return this.visible.has(sheetId) ? this.parts.get(sheetId) : undefined;
  }

  sheetIdByName(name: string): string | undefined {
    return this.listSheets().find((s) => sameSheetName(s.name, name))?.id;
  }

  sheetName(sheetId: string): string | undefined {
    return this.listSheets().find((s) => s.id === sheetId)?.name;
  }

  private axis(sheetId: string, which: 'rows' | 'cols'): AxisCache {
    const known = this.sheetsCache ? this.axesBySheet.get(sheetId)?.[which] : undefined;
    if (known) return known;
    const parts = this.sheetParts(sheetId);
    if (!parts) return { ids: [], index: new Map() };
    const array = parts[which];
    let cache = this.axes.get(array);
    if (!cache) {
      cache = axisCache(array, which);
      this.axes.set(array, cache);
    }
    let bySheet = this.axesBySheet.get(sheetId);
    if (!bySheet) this.axesBySheet.set(sheetId, (bySheet = {}));
    bySheet[which] = cache;
    return cache;
  }

  /**
   * How many rows (or columns) a shown sheet has, without reading their ids: the check of every
   * operation asks it of every sheet, and building each sheet's id cache after each added sheet
   * made adding sheets quadratic (300 in a row took 25 s). All that are stored, also past the
   * ones shown (SHOWN), so that no operation adds to a sheet stored past its bound.
   */
  axisLength(sheetId: string, which: 'rows' | 'cols'): number {
    return this.sheetParts(sheetId)?.[which].length ?? 0;
  }

  rowIds(sheetId: string): readonly string[] {
    return this.axis(sheetId, 'rows').ids;
  }

  colIds(sheetId: string): readonly string[] {
    return this.axis(sheetId, 'cols').ids;
  }

  /** Row id → index, for reading many cells of one sheet (rowIndex looks the sheet up each time). */
  rowIndexes(sheetId: string): ReadonlyMap<string, number> {
    return this.axis(sheetId, 'rows').index;
  }

  colIndexes(sheetId: string): ReadonlyMap<string, number> {
    return this.axis(sheetId, 'cols').index;
  }

  rowIndex(sheetId: string, rowId: string): number {
    return this.axis(sheetId, 'rows').index.get(rowId) ?? -1;
  }

  colIndex(sheetId: string, colId: string): number {
    return this.axis(sheetId, 'cols').index.get(colId) ?? -1;
  }

  /** The row id at `index`, growing the sheet's grid when the index lies beyond it. */
  ensureRowId(sheetId: string, index: number): string {
    return this.idAt(sheetId, 'rows', index);
  }

  ensureColId(sheetId: string, index: number): string {
    return this.idAt(sheetId, 'cols', index);
  }

  private idAt(sheetId: string, which: 'rows' | 'cols', index: number): string {
    const existing = this.axis(sheetId, which).ids[index];
    if (existing !== undefined) return existing;
    const parts = this.sheetParts(sheetId);
    if (!parts) throw new Error(`unknown sheet ${sheetId}`);
    const array = parts[which];
    const missing = index + 1 - array.length;
    array.push(Array.from({ length: missing }, () => newIdentity(this.doc)));
    this.axes.delete(array);
    this.axesBySheet.delete(sheetId);
    return this.axis(sheetId, which).ids[index]!;
  }
}

/** The name to show for a stored one: "Ark" when Excel would refuse it. */
function shownName(stored: unknown): string {
  return typeof stored === 'string' && sheetNameProblem(stored) === null ? stored.trim() : 'Ark';
}

const grids = new WeakMap<Y.Doc, WorkbookGrid>();

/** The one grid reader of a document (created on first use, lives as long as the document). */
export function workbookGrid(doc: Y.Doc): WorkbookGrid {
  let grid = grids.get(doc);
  if (!grid) {
    grid = new WorkbookGrid(doc);
    grids.set(doc, grid);
  }
  return grid;
}
