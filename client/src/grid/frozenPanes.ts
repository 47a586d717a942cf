/**
 * Which rows and columns stay in view while scrolling. The workbook keeps them per sheet, shared
 * by everyone (models/workbook/frozenPanes.ts: stored, else suggested by the sheet's labels), and
 * an editor's "freeze here" changes them for all, as in Google Sheets, so the .xlsx export keeps
 * them too. A viewer cannot change the workbook: a viewer's own choice is kept in this browser.
 */
import { frozenPanesSchema, type FrozenPanes } from '../../../models/workbook/frozenPanes.js';

export type { FrozenPanes };

function key(scope: string, sheetId: string): string {
  return `fremskriv.frozen.${scope}.${sheetId}`;
}

/** A viewer's own panes for the sheet, or null (none kept, or not a shape we accept). */
export function loadFrozenPanes(storage: Storage, scope: string, sheetId: string): FrozenPanes | null {
  try {
    const parsed = frozenPanesSchema.safeParse(JSON.parse(storage.getItem(key(scope, sheetId)) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveFrozenPanes(storage: Storage, scope: string, sheetId: string, panes: FrozenPanes): void {
  storage.setItem(key(scope, sheetId), JSON.stringify(frozenPanesSchema.parse(panes)));
}
