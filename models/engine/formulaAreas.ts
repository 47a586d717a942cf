/**
 * The areas (sheet, rows, columns) a formula's references cover, in the engine's sheet ids: what
 * a goal's value, target or trajectory reads. A whole-column reference covers every row, a
 * whole-row reference every column.
 */
import { splitFormula } from '../formula/a1References.js';
import { MAX_COLUMNS, MAX_ROWS } from '../workbook/cellAddress.js';
import type { HyperFormula } from 'hyperformula';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { AffectedCells, type CellArea } from './affectedCells.js';
import type { EngineSheets } from './EngineSheets.js';

/** `engineSheet(undefined)` is the sheet of an unqualified reference; an unknown sheet is skipped. */
export function formulaAreas(formula: string, engineSheet: (name: string | undefined) => number | undefined): CellArea[] {
  const areas: CellArea[] = [];
  for (const segment of splitFormula(formula.startsWith('=') ? formula : `=${formula}`)) {
    if (segment.kind !== 'ref') continue;
    const { ref } = segment;
    const sheet = engineSheet(ref.sheet);
    if (sheet === undefined) continue;
    const end = ref.end ?? ref.start;
    const rows = [ref.start.row?.index, end.row?.index];
    const cols = [ref.start.col?.index, end.col?.index];
    areas.push({
      sheet,
      fromRow: Math.min(rows[0] ?? 0, rows[1] ?? 0),
      toRow: rows[0] === undefined ? MAX_ROWS - 1 : Math.max(rows[0], rows[1] ?? rows[0]),
      fromCol: Math.min(cols[0] ?? 0, cols[1] ?? 0),
      toCol: cols[0] === undefined ? MAX_COLUMNS - 1 : Math.max(cols[0], cols[1] ?? cols[0]),
    });
  }
  return areas;
}

/**
 * Whether the value of `formula` (canonical A1) can change when the cell changes: the cell, or a
 * cell that depends on it through the dependency graph, lies in one of the formula's references.
 */
export function formulaDependsOn(hf: HyperFormula, grid: WorkbookGrid, sheets: EngineSheets, formula: string, cell: { sheetId: string; row: number; col: number }): boolean {
  const sheet = sheets.hfId(cell.sheetId);
  if (sheet === undefined) return false;
  const affected = new AffectedCells(hf, { sheet, row: cell.row, col: cell.col });
  const engineSheet = (name: string | undefined): number | undefined => {
    const id = name === undefined ? grid.listSheets()[0]?.id : grid.sheetIdByName(name);
    return id === undefined ? undefined : sheets.hfId(id);
  };
  return formulaAreas(formula, engineSheet).some((area) => affected.touches(area));
}
