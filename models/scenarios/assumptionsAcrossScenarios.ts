/**
 * The key assumptions of a workspace across its scenarios: every cell some scenario replaces, with
 * the label a planner wrote beside it, the cell's own content and each scenario's value (its
 * scenario input). Shown in the scenarios sheet of an export and in the printable goal report.
 */
import type * as Y from 'yjs';
import type { Assumption } from '../analysis/assumptions.js';
import { isFormula } from '../formula/a1References.js';
import { cellFormatAt, cellInputAt } from '../workbook/readCells.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import type { CellFormat, CellInput } from '../workbook/workbookSchema.js';
import { locateInputReference, type Scenario } from './scenarioModel.js';

export interface AssumptionAcrossScenarios extends Assumption {
  /** The nearest text to the left in the same row (`Konjunkturfaktor på tilgang`), or ''. */
  label: string;
  /** What the cell holds in the workbook itself. */
  workbookInput: CellInput | undefined;
  format: CellFormat | undefined;
  /** Each scenario's value, in the order given; undefined where the scenario keeps the cell. */
  values: Array<CellInput | undefined>;
}

/** The text a planner wrote left of a cell, skipping numbers and formulas. */
export function labelLeftOf(doc: Y.Doc, sheetId: string, row: number, col: number): string {
  for (let c = col - 1; c >= 0; c--) {
    const input = cellInputAt(doc, sheetId, row, c);
    if (typeof input === 'string' && !isFormula(input)) return input.replace(/^'/, '');
  }
  return '';
}

/**
 * The assumptions the given scenarios replace, in sheet, row and column order, each with every
 * scenario's value. `address` is as the first scenario replacing the cell wrote it.
 */
export function assumptionsAcrossScenarios(doc: Y.Doc, scenarios: readonly Scenario[]): AssumptionAcrossScenarios[] {
  const grid = workbookGrid(doc);
  const order = new Map(grid.listSheets().map((s, i) => [s.id, i]));
  const found = new Map<string, AssumptionAcrossScenarios>();
  scenarios.forEach((scenario, index) => {
    for (const [address, value] of Object.entries(scenario.inputs)) {
      const cell = locateInputReference(address, grid);
      if (!cell) continue;
      const key = `${cell.sheetId}:${cell.row}:${cell.col}`;
      let assumption = found.get(key);
      if (!assumption) {
        assumption = {
          address,
          ...cell,
          label: labelLeftOf(doc, cell.sheetId, cell.row, cell.col),
          workbookInput: cellInputAt(doc, cell.sheetId, cell.row, cell.col),
          format: cellFormatAt(doc, cell.sheetId, cell.row, cell.col),
          values: scenarios.map(() => undefined),
        };
        found.set(key, assumption);
      }
      assumption.values[index] = value;
    }
  });
  return [...found.values()].sort(
    (a, b) => (order.get(a.sheetId) ?? 0) - (order.get(b.sheetId) ?? 0) || a.row - b.row || a.col - b.col,
  );
}
