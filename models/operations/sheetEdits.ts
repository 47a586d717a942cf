/** Adding, renaming, deleting and reordering sheets; the workspace title and locale. */
import * as Y from 'yjs';
import { MAX_COLUMNS, MAX_ROWS } from '../workbook/cellAddress.js';
import { newIdentity } from '../workbook/identities.js';
import { addSettingsMaps } from '../workbook/sheetSettings.js';
import { sameSheetName, sheetNameProblem } from '../workbook/sheetNames.js';
import { visibleSheets, type SheetVisibility } from '../workbook/sheetVisibility.js';
import type { WorkbookGrid } from '../workbook/WorkbookGrid.js';
import { metaMap, sheetOrderArray, sheetsMap, type SheetMap } from '../workbook/workbookSchema.js';
import { renameNameQualifiers } from '../formula/formulaNames.js';
import { deleteSheetNames } from './nameEdits.js';
import { rewriteStoredFormulas } from './storedFormulas.js';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, WorkbookOperationError } from './workbookOperation.js';

function checkName(grid: WorkbookGrid, name: string, exceptSheetId?: string): string {
  const problem = sheetNameProblem(name);
  if (problem) throw new WorkbookOperationError(`sheet name "${name}" is not allowed (${problem})`, 'invalid-sheet-name');
  const trimmed = name.trim();
  if (grid.listSheets().some((s) => s.id !== exceptSheetId && sameSheetName(s.name, trimmed))) {
    throw new WorkbookOperationError(`a sheet named "${trimmed}" already exists`, 'duplicate-sheet-name');
  }
  return trimmed;
}

export function requireSheet(grid: WorkbookGrid, sheetId: string): SheetMap {
  const sheet = grid.sheet(sheetId);
  if (!sheet) throw new WorkbookOperationError(`unknown sheet ${sheetId}`, 'unknown-sheet');
  return sheet;
}

export function addSheet(
  grid: WorkbookGrid,
  op: { sheetId: string; name: string; index?: number; rows?: number; cols?: number },
): void {
  const { doc } = grid;
  if (!op.sheetId || sheetsMap(doc).has(op.sheetId) || !/^[A-Za-z0-9_-]+$/.test(op.sheetId)) {
    throw new WorkbookOperationError(`sheet id "${op.sheetId}" is taken or invalid`, 'invalid-input');
  }
  const name = checkName(grid, op.name);
  // Found by test/models/operationValidation.test.ts: a size beyond Excel's limits was accepted.
  for (const [size, limit] of [[op.rows, MAX_ROWS], [op.cols, MAX_COLUMNS]] as const) {
    if (size !== undefined && (!Number.isInteger(size) || size > limit)) {
      throw new WorkbookOperationError(`a sheet holds at most ${MAX_ROWS} rows and ${MAX_COLUMNS} columns`, 'out-of-range');
    }
  }
  const sheet: SheetMap = new Y.Map<unknown>();
  const rows = new Y.Array<string>();
  const cols = new Y.Array<string>();
  rows.push(Array.from({ length: Math.max(1, op.rows ?? NEW_SHEET_ROWS) }, () => newIdentity(doc)));
  cols.push(Array.from({ length: Math.max(1, op.cols ?? NEW_SHEET_COLUMNS) }, () => newIdentity(doc)));
  sheet.set('name', name);
  sheet.set('rows', rows);
  sheet.set('cols', cols);
  sheet.set('cells', new Y.Map());
  sheet.set('formats', new Y.Map());
  sheetsMap(doc).set(op.sheetId, sheet);
  // With the sheet, so no two colleagues create one at once (sheetSettings.ts); read once integrated.
  addSettingsMaps(sheet);
  const order = sheetOrderArray(doc);
  const index = Math.min(Math.max(0, op.index ?? order.length), order.length);
  order.insert(index, [op.sheetId]);
  grid.invalidate();
}

export function renameSheet(grid: WorkbookGrid, sheetId: string, name: string): void {
  const sheet = requireSheet(grid, sheetId);
  const before = grid.sheetName(sheetId)!;
  const after = checkName(grid, name, sheetId);
  sheet.set('name', after);
  // A sheet's names read from elsewhere (`Ark1!Rente`) name the sheet in text, not by identity.
  if (before !== after) rewriteStoredFormulas(grid.doc, (stored) => renameNameQualifiers(stored, (sheet) => (sameSheetName(sheet, before) ? after : undefined)));
  grid.invalidate();
}

/**
 * Deleting marks the sheet deleted rather than removing it: two colleagues deleting the last two
 * sheets at once must not leave a workbook without sheets (see WorkbookGrid.listSheets), and the
 * deleting user's undo brings the sheet back whole.
 */
export function deleteSheet(grid: WorkbookGrid, sheetId: string): void {
  const sheet = requireSheet(grid, sheetId);
  if (grid.listSheets().length <= 1) throw new WorkbookOperationError('a workbook keeps at least one sheet', 'last-sheet');
  if (isLastVisible(visibleSheets(grid).map((s) => s.id), sheetId)) throw lastVisibleSheet();
  const name = grid.sheetName(sheetId)!;
  sheet.set('deleted', true);
  deleteSheetNames(grid, sheetId);
  rewriteStoredFormulas(grid.doc, (stored) => renameNameQualifiers(stored, (sheet) => (sameSheetName(sheet, name) ? null : undefined)));
  grid.invalidate();
}

/** Whether taking `sheetId` away would leave no visible sheet (Excel: "A workbook must contain at least one visible worksheet"). */
export function isLastVisible(visibleIds: readonly string[], sheetId: string): boolean {
  return visibleIds.length === 1 && visibleIds[0] === sheetId;
}

export function lastVisibleSheet(): WorkbookOperationError {
  return new WorkbookOperationError('a workbook keeps at least one visible sheet', 'last-visible-sheet');
}

/** Hides or shows the sheet's tab; "visible" removes the field, so the document reads as before hidden sheets. */
export function setSheetVisibility(grid: WorkbookGrid, sheetId: string, visibility: SheetVisibility): void {
  const sheet = requireSheet(grid, sheetId);
  if (visibility !== 'visible' && isLastVisible(visibleSheets(grid).map((s) => s.id), sheetId)) throw lastVisibleSheet();
  if (visibility === 'visible') sheet.delete('visibility');
  else sheet.set('visibility', visibility);
  grid.invalidate();
}

export function moveSheet(grid: WorkbookGrid, sheetId: string, index: number): void {
  requireSheet(grid, sheetId);
  const order = sheetOrderArray(grid.doc);
  // Rewrite the order from what is shown, so that stale or duplicate ids disappear with the move.
  const ids = grid.listSheets().map((s) => s.id).filter((id) => id !== sheetId);
  ids.splice(Math.min(Math.max(0, index), ids.length), 0, sheetId);
  order.delete(0, order.length);
  order.insert(0, ids);
  grid.invalidate();
}

export function setTitle(doc: Y.Doc, title: string): void {
  metaMap(doc).set('title', title.slice(0, 500));
}

export function setLocale(doc: Y.Doc, locale: string): void {
  metaMap(doc).set('locale', locale);
}

export function setAdoptedVersion(doc: Y.Doc, versionId: string | null): void {
  if (versionId === null) metaMap(doc).delete('adoptedVersion');
  else metaMap(doc).set('adoptedVersion', versionId);
}
