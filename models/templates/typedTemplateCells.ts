/**
 * What the template's upgrades of older workspaces share (actualMonthUpgrade.ts,
 * mm5ActualsUpgrade.ts): each names the cells an earlier template typed, sheet by sheet, and
 * changes a workspace only while every one of them still holds exactly that (a planner's own edit
 * is left alone) and no scenario overrides a cell it writes; it then writes the template's
 * current cells there, as one change.
 *
 * @example const ids = typedSheetIds(doc, TYPED_ACTUAL_MONTH); // null: a cell was edited
 */
import type * as Y from 'yjs';
import { applyOperations } from '../operations/applyOperation.js';
import type { CellEdit, WorkbookOperation } from '../operations/workbookOperation.js';
import { readScenarios } from '../scenarios/scenarioModel.js';
import { parseCellAddress } from '../workbook/cellAddress.js';
import { cellInputAt } from '../workbook/readCells.js';
import { workbookGrid } from '../workbook/WorkbookGrid.js';
import { scenariosArray } from '../workbook/workbookSchema.js';
import type { WorkbookFile } from '../format/workbookFile.js';

/** Cells an earlier template typed, by sheet name and address; null for a cell it left empty. */
export type TypedCells = Readonly<Record<string, Readonly<Record<string, string | number | null>>>>;

/** A cell's input by its address (A1), null when it is empty. */
export function inputAt(doc: Y.Doc, sheetId: string, address: string): unknown {
  const at = parseCellAddress(address)!;
  return cellInputAt(doc, sheetId, at.row, at.col) ?? null;
}

/**
 * The ids of `typed`'s sheets (and of `alsoSheets`) by name, where each exists and each typed cell
 * holds exactly what was typed; null otherwise.
 */
export function typedSheetIds(doc: Y.Doc, typed: TypedCells, alsoSheets: readonly string[] = []): Map<string, string> | null {
  const grid = workbookGrid(doc);
  const ids = new Map<string, string>();
  for (const name of [...Object.keys(typed), ...alsoSheets]) {
    const id = grid.sheetIdByName(name);
    if (id === undefined) return null;
    ids.set(name, id);
  }
  for (const [sheet, cells] of Object.entries(typed)) {
    for (const [address, input] of Object.entries(cells)) if (inputAt(doc, ids.get(sheet)!, address) !== input) return null;
  }
  return ids;
}

/** Whether a scenario of the workbook overrides one of `addresses` (`Sheet!A1`). */
export function scenarioOverrides(doc: Y.Doc, addresses: ReadonlySet<string>): boolean {
  return readScenarios(scenariosArray(doc), workbookGrid(doc)).some((scenario) => Object.keys(scenario.inputs).some((address) => addresses.has(address)));
}

/** The template's current cells where they differ from what was typed: per sheet, the edits, and every address written (`Sheet!A1`). */
export function templateCellEdits(template: WorkbookFile, typed: TypedCells): { sheets: Array<{ sheet: string; cells: CellEdit[] }>; written: Set<string> } {
  const written = new Set<string>();
  const sheets = Object.entries(typed).map(([sheet, cells]) => {
    const now = template.sheets.find((s) => s.name === sheet)!.cells;
    const addresses = Object.keys(cells).filter((address) => (now[address] ?? null) !== cells[address]);
    for (const address of addresses) written.add(`${sheet}!${address}`);
    return { sheet, cells: addresses.map((address) => ({ ...parseCellAddress(address)!, input: now[address] ?? null })) };
  });
  return { sheets, written };
}

/** Applies an upgrade's operations as one change with `origin`; whether there were any. */
export function applyUpgrade(doc: Y.Doc, ops: WorkbookOperation[] | null, origin: unknown): boolean {
  if (!ops) return false;
  doc.transact(() => applyOperations(doc, ops, origin), origin);
  return true;
}
