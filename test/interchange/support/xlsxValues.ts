/** Reading what an .xlsx holds, straight through exceljs (not through the importer under test). */
import ExcelJS from 'exceljs';
import { isCellError } from '../../../models/engine/cellValue.js';
import { WorkbookEngine } from '../../../models/engine/WorkbookEngine.js';
import { formatCellAddress } from '../../../models/workbook/cellAddress.js';
import { sheetCells } from '../../../models/workbook/readCells.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import type { WorkbookFile } from '../../../models/format/workbookFile.js';
import { exportWorkbookXlsx } from '../../../models/interchange/xlsxExport.js';
import { documentFromFile } from '../../../models/templates/templates.js';
import * as Y from 'yjs';
import { importWorkbookFile } from '../../../models/format/importWorkbookFile.js';
import { importedWorkbookFile, type ImportedWorkbook } from '../../../models/interchange/importedWorkbook.js';

export type PlainValue = number | string | boolean | { error: string } | null;

/** The .xlsx the export makes of a v1 file. */
export async function xlsxOfFile(file: WorkbookFile): Promise<Uint8Array> {
  const doc = documentFromFile(file);
  try {
    return await exportWorkbookXlsx(doc);
  } finally {
    doc.destroy();
  }
}

export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

/** A cell's value as a spreadsheet shows it: a formula's cached result, or the value itself. */
export function shownValue(cell: ExcelJS.Cell): PlainValue {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.getTime();
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return null;
    if (result instanceof Date) return result.getTime();
    return typeof result === 'object' ? { error: result.error } : result;
  }
  if ('error' in value) return { error: value.error };
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  return null;
}

/** Fremskriv's value of every non-empty cell, keyed `Sheet!A1` (the workbook's own values). */
export function fremskrivValues(doc: Y.Doc): Map<string, PlainValue> {
  const engine = new WorkbookEngine(doc);
  try {
    const out = new Map<string, PlainValue>();
    for (const { id, name } of workbookGrid(doc).listSheets()) {
      for (const { row, col } of sheetCells(doc, id)) {
        const value = engine.value(id, row, col);
        out.set(`${name}!${formatCellAddress({ row, col })}`, isCellError(value) ? { error: value.error } : value);
      }
    }
    return out;
  } finally {
    engine.destroy();
  }
}

/** Equal as spreadsheets' results: numbers within 1e-9 relative (LibreOffice writes 15 digits). */
export function sameResult(ours: PlainValue, theirs: PlainValue): boolean {
  if (typeof ours === 'number' && typeof theirs === 'number') {
    // Below 1e-15 a difference is cancellation noise, where a relative error means nothing.
    return Math.abs(ours - theirs) <= Math.max(1e-9 * Math.max(Math.abs(ours), Math.abs(theirs)), 1e-15);
  }
  if (ours !== null && typeof ours === 'object') return theirs !== null && typeof theirs === 'object';
  // LibreOffice stores a formula's TRUE or FALSE as the number 1 or 0 (with a boolean format).
  if (typeof ours === 'boolean' && typeof theirs === 'number') return theirs === (ours ? 1 : 0);
  // An empty text result and an empty cell read the same.
  if ((ours === '' || ours === null) && (theirs === '' || theirs === null)) return true;
  return ours === theirs;
}

/** Fremskriv's value of every cell of an imported workbook, keyed `Sheet!A1`. */
export function importedValues(imported: ImportedWorkbook): Map<string, PlainValue> {
  const doc = new Y.Doc();
  try {
    importWorkbookFile(doc, importedWorkbookFile(imported));
    return fremskrivValues(doc);
  } finally {
    doc.destroy();
  }
}
