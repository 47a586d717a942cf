/**
 * A sheet's optional per-sheet maps added after the first schema: `validations` (an assumption's
 * allowed bounds, keyed "rowId:colId"), `colWidths` (pixels, keyed by column id) and
 * `frozenPanes` (`rows`, `cols`: how many stay in view, frozenPanes.ts) and `wrapText` (cells that
 * wrap their text, keyed "rowId:colId", wrapText.ts) and `alignment` (cells' horizontal alignment, keyed
 * "rowId:colId", cellAlignment.ts) and `merges` (merged areas, "topRowId:leftColId" →
 * "bottomRowId:rightColId", mergedCells.ts) and `hiddenRows` / `hiddenCols` (hidden lines' ids → true,
 * hiddenLines.ts).
 *
 * Every sheet holds all of them from its creation (addSheet, a restored or imported sheet): two
 * colleagues who each created a missing map under the same key at once (both merging their first
 * area offline) made two Y.Maps, and Yjs keeps one of them, so the other colleague's entries were
 * lost. A document written before has none of them; the server gives its sheets the missing maps
 * when it loads it, before anyone syncs (templates/workbookUpgrade.ts), and gives them again to
 * a sheet an older client added without them. Readers still see an absent map as empty, and the
 * operations still create one on first use where none is there (a document never loaded by the
 * server: a CLI's, a test's), which is where the race remains.
 */
import * as Y from 'yjs';
import { sheetsMap, type SheetMap } from './workbookSchema.js';

export const SHEET_SETTINGS_KEYS = ['validations', 'colWidths', 'frozenPanes', 'wrapText', 'alignment', 'merges', 'hiddenRows', 'hiddenCols'] as const;
export type SheetSettingsKey = (typeof SHEET_SETTINGS_KEYS)[number];

/** The sheet's map under `key`, or undefined when the sheet has none (or holds something else). */
export function readSettingsMap(sheet: SheetMap, key: SheetSettingsKey): Y.Map<unknown> | undefined {
  const map = sheet.get(key);
  return map instanceof Y.Map ? (map as Y.Map<unknown>) : undefined;
}

/** The sheet's map under `key`, created when missing (call inside a transaction). */
export function settingsMap(sheet: SheetMap, key: SheetSettingsKey): Y.Map<unknown> {
  const existing = readSettingsMap(sheet, key);
  if (existing) return existing;
  const created = new Y.Map<unknown>();
  sheet.set(key, created);
  return created;
}

/**
 * The alignment map given to a sheet from before alignment was kept (twenty-ninth session): there
 * every merged area showed centred, as "Flet og centrer" made it, so each area's top-left cell is
 * centred, and the areas look as they did (merges' keys are their top-left cells' "rowId:colId").
 */
function alignmentFromBefore(sheet: SheetMap): Y.Map<unknown> {
  const alignment = new Y.Map<unknown>();
  for (const topLeft of readSettingsMap(sheet, 'merges')?.keys() ?? []) alignment.set(topLeft, 'center');
  return alignment;
}

/** Gives `sheet` each settings map it lacks (anything else under the key is replaced); whether it lacked one. Call inside a transaction. */
export function addSettingsMaps(sheet: SheetMap): boolean {
  let added = false;
  for (const key of SHEET_SETTINGS_KEYS) {
    if (readSettingsMap(sheet, key)) continue;
    sheet.set(key, key === 'alignment' ? alignmentFromBefore(sheet) : new Y.Map<unknown>());
    added = true;
  }
  return added;
}

/**
 * Gives every sheet of `doc` the settings maps it lacks, in one transaction with `origin` (none
 * when nothing lacks one); how many sheets changed. Changes nothing once made.
 *
 * @example addMissingSettingsMaps(doc, 'fremskriv:sheet-settings') // 3 on a document from before
 */
export function addMissingSettingsMaps(doc: Y.Doc, origin: unknown = null): number {
  const lacking = [...sheetsMap(doc).values()].filter((sheet): sheet is SheetMap => sheet instanceof Y.Map && SHEET_SETTINGS_KEYS.some((key) => !readSettingsMap(sheet, key)));
  if (lacking.length === 0) return 0;
  doc.transact(() => {
    for (const sheet of lacking) addSettingsMaps(sheet);
  }, origin);
  return lacking.length;
}
