/** The edits the engine benchmarks make: through the document (ours) and straight into HyperFormula (raw). */
import { HyperFormula } from 'hyperformula';
import type * as Y from 'yjs';
import { ENGINE_CONFIG, prepareEngine } from '../models/engine/engineConfig.js';
import { applyOperation } from '../models/operations/applyOperation.js';
import { parseCellAddress } from '../models/workbook/cellAddress.js';
import { workbookGrid } from '../models/workbook/WorkbookGrid.js';
import type { RawSheets } from './benchWorkbooks.js';

export function sheetIdByName(doc: Y.Doc, name: string): string {
  const id = workbookGrid(doc).sheetIdByName(name);
  if (!id) throw new Error(`no sheet ${name}`);
  return id;
}

export function setCell(doc: Y.Doc, sheetName: string, address: string, input: number): void {
  const at = parseCellAddress(address)!;
  applyOperation(doc, { type: 'setCells', sheetId: sheetIdByName(doc, sheetName), cells: [{ row: at.row, col: at.col, input }] });
}

export function buildRaw(sheets: RawSheets): HyperFormula {
  prepareEngine();
  return HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG);
}

export function setRaw(hf: HyperFormula, sheetName: string, address: string, value: number): void {
  const at = parseCellAddress(address)!;
  hf.setCellContents({ sheet: hf.getSheetId(sheetName)!, row: at.row, col: at.col }, value);
}

/** A value for edit i that always differs from edit i − 1. */
export function editValue(i: number, base: number, step: number): number {
  return base + step * ((i % 9) + 1);
}
