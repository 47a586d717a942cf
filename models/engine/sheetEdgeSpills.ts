/**
 * A spill that would pass the sheet's edge is #SPILL!, as in Excel (Excel's JavaScript API names
 * this kind of #SPILL! `worksheetEdge`, "a dynamic array attempting to spill over the edge of the
 * worksheet": https://learn.microsoft.com/javascript/api/excel/excel.spillerrorcellvaluesubtype;
 * `=SEQUENCE(1,3)` in XFC1). HyperFormula's sheets reach past the grid (18,278 columns), so it
 * spilled there and the grid showed the result cut at XFD. The grid's last row is row 40,000
 * (cellAddress.ts' MAX_ROWS), before Excel's 1,048,576: a spill past it is #SPILL! here and spills
 * in Excel (README Known limitations), which is better than a result silently cut.
 */
import { MAX_COLUMNS, MAX_ROWS } from '../workbook/cellAddress.js';
import { engineInternals } from './engineInternals.js';

interface SpillCell {
  getRangeOrUndef(): { end: { row: number; col: number } } | undefined;
}

type HasSpace = (this: object, vertex: SpillCell) => boolean;

let installed = false;

/** Makes every engine answer #SPILL! for a spill past the grid's last row or column. Call once, before engines are built. */
export function spillWithinSheetEdges(): void {
  if (installed) return;
  const { dependencyGraph } = engineInternals();
  const hasSpace = dependencyGraph.isThereSpaceForArray as HasSpace;
  if (typeof hasSpace !== 'function') throw new Error("HyperFormula's dependency graph changed: sheetEdgeSpills.ts needs updating");
  installed = true;
  dependencyGraph.isThereSpaceForArray = function (this: object, vertex: SpillCell): boolean {
    const end = vertex.getRangeOrUndef()?.end;
    if (end !== undefined && (end.row >= MAX_ROWS || end.col >= MAX_COLUMNS)) return false;
    return hasSpace.call(this, vertex);
  };
}
