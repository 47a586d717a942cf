/**
 * An assumption's allowed bounds (Excel's data validation "decimal between"): a typed value below
 * `min` or above `max` is refused. Stored per sheet under `validations` ("rowId:colId" →
 * `{ min?, max? }`, plain JSON). Readers here are defensive: whatever a peer stored, they return
 * valid bounds or null. A goal-seek solver reads the range it may search through `assumptionBounds`.
 *
 * @example assumptionBounds(doc, sheetId, 15, 2) // { min: 0, max: 1 } for C16
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { locateInputReference } from '../scenarios/scenarioModel.js';
import { workbookGrid } from './WorkbookGrid.js';
import { cellSettingsByPosition, storedCellSetting } from './cellSettings.js';
import type { CellInput } from './workbookSchema.js';

export interface AssumptionBounds {
  min?: number;
  max?: number;
}

/** Bounds as stored and as sent in an operation: at least one finite end, min not above max. */
export const assumptionBoundsSchema = z
  .object({ min: z.number().finite().optional(), max: z.number().finite().optional() })
  .strict()
  .refine((b) => b.min !== undefined || b.max !== undefined, 'bounds need a minimum or a maximum')
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, 'the minimum is above the maximum');

/** Stored bounds → valid bounds, or null (a hostile or older peer's value is ignored, never thrown). */
export function readBounds(stored: unknown): AssumptionBounds | null {
  const parsed = assumptionBoundsSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** The allowed bounds of the cell at a position, or null when it has none. */
export function assumptionBounds(doc: Y.Doc, sheetId: string, row: number, col: number): AssumptionBounds | null {
  return readBounds(storedCellSetting(doc, sheetId, 'validations', row, col));
}

/** The bounds of a cell named like a scenario input (`Forudsætninger!C16`), or null. */
export function assumptionBoundsAt(doc: Y.Doc, address: string): AssumptionBounds | null {
  const cell = locateInputReference(address, workbookGrid(doc));
  return cell ? assumptionBounds(doc, cell.sheetId, cell.row, cell.col) : null;
}

/** Every bounded cell of a sheet, by position (cells whose row or column is gone are skipped). */
export function sheetBounds(doc: Y.Doc, sheetId: string): Array<{ row: number; col: number; bounds: AssumptionBounds }> {
  return cellSettingsByPosition(doc, sheetId, 'validations', readBounds).map(({ row, col, value }) => ({ row, col, bounds: value }));
}

/**
 * Whether a value lies outside the bounds. Only numbers are checked, as Excel's "decimal" rule
 * refuses text too: text or a boolean is outside any bounds; a formula and clearing are not
 * checked (Excel checks neither).
 */
export function outsideBounds(input: CellInput | null, bounds: AssumptionBounds): boolean {
  if (input === null) return false;
  if (typeof input === 'string' && input.startsWith('=')) return false;
  if (typeof input !== 'number') return true;
  return (bounds.min !== undefined && input < bounds.min) || (bounds.max !== undefined && input > bounds.max);
}
