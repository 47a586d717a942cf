/**
 * Merged areas carried by a cut and paste (operations/moveCells.ts), as in Excel: an area lying
 * wholly inside the moved block goes with it; one the block only partly covers stays where it is.
 * The block may not land on part of another merged area (Excel's "We can't do that to a merged
 * cell"): on a cell an area covers, or with a carried area overlapping one. Landing on an area's
 * top-left cell alone is allowed, as a paste there is.
 *
 * @example carriedAreas([{ row: 0, col: 1, rows: 1, cols: 3 }], { row: 0, col: 0, rows: 2, cols: 4 }) // the area
 */
import { areaInside, areasOverlap, type MergedArea } from './mergedCells.js';

/** A block moved from `row`,`col` to `toRow`,`toCol`, within one sheet (`sameSheet`) or to another. */
export interface BlockMove extends MergedArea {
  toRow: number;
  toCol: number;
  sameSheet: boolean;
}

/** The areas wholly inside `block`: what moving it carries. */
export function carriedAreas(merges: readonly MergedArea[], block: MergedArea): MergedArea[] {
  return merges.filter((area) => areaInside(area, block));
}

/** Where a carried area lands. */
export function landedArea(area: MergedArea, move: BlockMove): MergedArea {
  return { row: area.row - move.row + move.toRow, col: area.col - move.col + move.toCol, rows: area.rows, cols: area.cols };
}

/** The target sheet's areas that stay put: all of them, less the carried ones when the block moves within its sheet. */
function stayingAreas(toMerges: readonly MergedArea[], move: BlockMove): MergedArea[] {
  return move.sameSheet ? toMerges.filter((area) => !areaInside(area, move)) : [...toMerges];
}

/** Why the move cannot be made for the merged areas of both sheets, or null when it can. */
export function moveMergeProblem(fromMerges: readonly MergedArea[], toMerges: readonly MergedArea[], move: BlockMove): string | null {
  const destination: MergedArea = { row: move.toRow, col: move.toCol, rows: move.rows, cols: move.cols };
  const landed = carriedAreas(fromMerges, move).map((area) => landedArea(area, move));
  for (const area of stayingAreas(toMerges, move)) {
    if (!areasOverlap(area, destination)) continue;
    const top = Math.max(area.row, destination.row);
    const left = Math.max(area.col, destination.col);
    const rows = Math.min(area.row + area.rows, destination.row + destination.rows) - top;
    const cols = Math.min(area.col + area.cols, destination.col + destination.cols) - left;
    const onlyItsFirstCell = top === area.row && left === area.col && rows === 1 && cols === 1;
    if (!onlyItsFirstCell || landed.some((other) => areasOverlap(other, area))) return 'cannot do that to a merged cell: the cells would land on part of another merged area';
  }
  return null;
}

/** Both sheets' areas after the move (the same list twice when it moves within its sheet). */
export function areasAfterMove(fromMerges: readonly MergedArea[], toMerges: readonly MergedArea[], move: BlockMove): { from: MergedArea[]; to: MergedArea[] } {
  const carried = carriedAreas(fromMerges, move);
  const landed = carried.map((area) => landedArea(area, move));
  const staying = stayingAreas(toMerges, move);
  const to = [...staying, ...landed];
  return { from: move.sameSheet ? to : fromMerges.filter((area) => !carried.includes(area)), to };
}
