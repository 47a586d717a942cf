/**
 * Merged cells on screen: the sheet's areas (models/workbook/mergedCells.ts) kept by row for AG
 * Grid's `colSpan` and `rowSpan`, asked for every cell it lays out, and followed as colleagues merge,
 * unmerge or move lines (AG Grid lays out spans only when rows are drawn again). The area's
 * top-left cell spans its columns and rows and covers the rest (opaque, above the rows below it);
 * each row below also spans the area's columns, so one cell lies under the cover, not several.
 * AG Grid's `rowSpan` needs rows placed by `top` instead of a transform (`suppressRowTransform`,
 * fixed when the grid is made), so a sheet's grid is made that way only while it has an area over
 * several rows (SheetGridView). The keyboard treats an area as one cell, as Excel: moving into it
 * selects its top-left cell, moving on leaves it on the far side.
 */
import type * as Y from 'yjs';
import type { CellPosition } from '../../../models/workbook/cellAddress.js';
import { mergeAt, sheetMerges, type MergedArea } from '../../../models/workbook/mergedCells.js';
import type { GridSelection } from './selection.js';
import { SheetFollower } from './sheetFollower.js';

export class MergedAreas {
  private areas: MergedArea[] = [];
  private byRow = new Map<number, MergedArea[]>();
  private readonly follower: SheetFollower<MergedArea[]>;

  constructor(doc: Y.Doc, sheetId: string) {
    this.follower = new SheetFollower(doc, () => sheetMerges(doc, sheetId), sameAreas, (areas) => this.set(areas));
  }

  destroy(): void {
    this.follower.destroy();
  }

  /** Calls `listener` when the areas change; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    return this.follower.onChange(listener);
  }

  list(): readonly MergedArea[] {
    return this.areas;
  }

  /** How many columns the cell at `row`,`col` spans: an area's width at its left column, else 1. */
  span(row: number, col: number): number {
    const area = this.byRow.get(row)?.find((a) => a.col === col);
    return area ? area.cols : 1;
  }

  /** How many rows the cell at `row`,`col` spans: an area's height at its top-left cell, else 1. */
  rowSpan(row: number, col: number): number {
    const area = this.byRow.get(row)?.find((a) => a.col === col && a.row === row);
    return area ? area.rows : 1;
  }

  /** Whether an area covers more than one row (the grid then places rows for row spanning). */
  spansRows(): boolean {
    return this.areas.some((area) => area.rows > 1);
  }

  at(row: number, col: number): MergedArea | undefined {
    return this.byRow.get(row)?.find((a) => col >= a.col && col < a.col + a.cols);
  }

  private set(areas: MergedArea[]): void {
    this.areas = areas;
    this.byRow = new Map();
    for (const area of areas) {
      for (let row = area.row; row < area.row + area.rows; row++) {
        const list = this.byRow.get(row) ?? [];
        list.push(area);
        this.byRow.set(row, list);
      }
    }
  }
}

function sameAreas(a: readonly MergedArea[], b: readonly MergedArea[]): boolean {
  return a.length === b.length && a.every((x, i) => x.row === b[i]!.row && x.col === b[i]!.col && x.rows === b[i]!.rows && x.cols === b[i]!.cols);
}

/**
 * Where a move of one cell lands with merged areas, as in Excel: a cell inside an area is its
 * top-left; a step from inside an area into the same area goes on past its far edge (`bounds`
 * keeps it on the sheet). A range selection is left as it is.
 */
export function landingCell(merges: readonly MergedArea[], from: CellPosition, selection: GridSelection, bounds: { rows: number; cols: number }): GridSelection {
  const { active, corner } = selection;
  if (active.row !== corner.row || active.col !== corner.col) return selection;
  let target = active;
  const area = mergeAt(merges, target.row, target.col);
  if (!area) return selection;
  const fromArea = mergeAt(merges, from.row, from.col);
  if (fromArea === area && (from.row !== target.row || from.col !== target.col)) {
    const dr = Math.sign(target.row - from.row);
    const dc = Math.sign(target.col - from.col);
    const beyond = {
      row: dr > 0 ? area.row + area.rows : dr < 0 ? area.row - 1 : from.row,
      col: dc > 0 ? area.col + area.cols : dc < 0 ? area.col - 1 : from.col,
    };
    if (beyond.row < 0 || beyond.col < 0 || beyond.row >= bounds.rows || beyond.col >= bounds.cols) target = { row: area.row, col: area.col };
    else target = beyond;
    const next = mergeAt(merges, target.row, target.col);
    if (next) target = { row: next.row, col: next.col };
  } else target = { row: area.row, col: area.col };
  return selection.otherAreas ? { active: target, corner: target, otherAreas: selection.otherAreas } : { active: target, corner: target };
}
