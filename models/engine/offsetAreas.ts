/**
 * The formulas using OFFSET and the areas each names for the engine (offsetFunction.ts): the
 * cells its targets covered when it was last computed, cut to the workbook's data (rangeBound.ts:
 * cells beyond it are empty, and data landing there widens the bound and sets these formulas
 * again) and without the formula's own cell (that is a true circular reference, which the
 * function answers itself; naming it would make the engine stop computing the formula).
 *
 * After every change the binding reads what the engine's OFFSETs computed (takeOffsetTargets)
 * and sets again, with new areas, each formula whose target moved; the engine then computes it
 * after the cells it reads. That is Excel's OFFSET, whose target a recalculation finds anew,
 * for the price of a second pass for the formulas whose driver changed, and of nothing for the
 * other formulas of the workbook.
 */
import { formatReference } from '../formula/a1References.js';
import type { OffsetReport, OffsetTarget } from './offsetFunction.js';
import type { RangeBound } from './rangeBound.js';

interface OffsetCell {
  sheetId: string;
  key: string;
  /** The areas as the engine text names them (`Ark!$E$5:$AS$5`), sorted. */
  areas: string[];
}

/** Where a report's formula lives in the document, and the sheet names of engine sheets. */
export interface OffsetPlaces {
  cellAt(sheet: number, row: number, col: number): { sheetId: string; key: string } | undefined;
  sheetName(sheet: number): string | undefined;
}

export class OffsetFormulas {
  private readonly cells = new Map<string, OffsetCell>();

  /** How many formulas use OFFSET. */
  get size(): number {
    return this.cells.size;
  }

  /** Records whether the formula in `key` (`rowId:colId`) uses OFFSET; its areas are kept. */
  note(sheetId: string, key: string, usesOffset: boolean): void {
    // Nearly every formula of a workbook is no OFFSET: nothing to record or forget (engine.large).
    if (!usesOffset && this.cells.size === 0) return;
    const id = cellId(sheetId, key);
    if (!usesOffset) this.cells.delete(id);
    else if (!this.cells.has(id)) this.cells.set(id, { sheetId, key, areas: [] });
  }

  /** The areas the formula in `key` names (none before its first computation). */
  areasFor(sheetId: string, key: string): readonly string[] {
    return this.cells.get(cellId(sheetId, key))?.areas ?? [];
  }

  /** The cells holding OFFSET formulas. */
  list(): Array<{ sheetId: string; key: string }> {
    return [...this.cells.values()].map(({ sheetId, key }) => ({ sheetId, key }));
  }

  /** Forgets a cell's areas, so that its next computation names them afresh. */
  forgetAreas(sheetId: string, key: string): void {
    const cell = this.cells.get(cellId(sheetId, key));
    if (cell) cell.areas = [];
  }

  /**
   * The cells whose targets, as the engine just computed them, differ from the areas they
   * name; their areas are updated, and the binding sets them again.
   */
  moved(reports: readonly OffsetReport[], places: OffsetPlaces, bound: RangeBound): Array<{ sheetId: string; key: string }> {
    const byCell = new Map<string, { cell: OffsetCell; areas: Set<string> }>();
    for (const { address, target } of reports) {
      const at = places.cellAt(address.sheet, address.row, address.col);
      const cell = at && this.cells.get(cellId(at.sheetId, at.key));
      if (!cell) continue;
      const id = cellId(cell.sheetId, cell.key);
      let found = byCell.get(id);
      if (!found) byCell.set(id, (found = { cell, areas: new Set() }));
      const name = target && places.sheetName(target.sheet);
      if (!target || name === undefined) continue;
      for (const area of areasOf(target, address, bound)) found.areas.add(areaText(name, area));
    }
    const out: Array<{ sheetId: string; key: string }> = [];
    for (const { cell, areas } of byCell.values()) {
      const next = [...areas].sort();
      if (next.length === cell.areas.length && next.every((area, i) => area === cell.areas[i])) continue;
      cell.areas = next;
      out.push({ sheetId: cell.sheetId, key: cell.key });
    }
    return out;
  }
}

function cellId(sheetId: string, key: string): string {
  return `${sheetId} ${key}`;
}

/** The target cut to the bound, in at most four pieces around the formula's own cell. */
function areasOf(target: OffsetTarget, here: { sheet: number; row: number; col: number }, bound: RangeBound): OffsetTarget[] {
  const cut = { ...target, height: Math.min(target.height, bound.rows - target.row), width: Math.min(target.width, bound.cols - target.col) };
  if (cut.height <= 0 || cut.width <= 0) return [];
  const { row, col, height, width } = cut;
  const inside = here.sheet === cut.sheet && here.row >= row && here.row < row + height && here.col >= col && here.col < col + width;
  if (!inside) return [cut];
  const pieces: OffsetTarget[] = [
    { ...cut, height: here.row - row },
    { ...cut, row: here.row + 1, height: row + height - here.row - 1 },
    { ...cut, row: here.row, height: 1, width: here.col - col },
    { ...cut, row: here.row, height: 1, col: here.col + 1, width: col + width - here.col - 1 },
  ];
  return pieces.filter((piece) => piece.height > 0 && piece.width > 0);
}

function areaText(sheetName: string, area: OffsetTarget): string {
  const corner = (row: number, col: number) => ({ row: { index: row, absolute: true }, col: { index: col, absolute: true } });
  const end = corner(area.row + area.height - 1, area.col + area.width - 1);
  return formatReference({ sheet: sheetName, start: corner(area.row, area.col), end });
}
