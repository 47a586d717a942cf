/**
 * Makes a document's workbook equal to another's (a saved version) as ONE new transaction on top
 * of its history. Row and column identities are kept, so formulas, scenario inputs and colleagues'
 * cursors keep pointing where they did; restoring an older version again undoes a restore. Rows,
 * columns, sheet tabs, goals and scenarios change only where they differ (axisOrder), so the
 * restore merges with a colleague's concurrent insertion, deletion or edit, and two restores at
 * once do not double the rows.
 *
 * Either side may hold shapes Fremskriv never writes (an older client's or a hostile peer's
 * update: a sheet without rows, a cell holding a Y.Map, a goal that is a string). What the
 * version holds is copied only where it can be read (workbookSchema.readSheetParts, isCellInput);
 * what the live document holds is replaced where it cannot, so a restore repairs the workspace.
 */
import * as Y from 'yjs';
import { recordMaps } from './uniqueRecords.js';
import { syncAxisOrder, syncEntries } from './axisOrder.js';
import {
  axisIds,
  goalsArray,
  isCellFormat,
  isCellInput,
  metaMap,
  readSheetParts,
  scenariosArray,
  sheetOrderArray,
  sheetsMap,
  type SheetMap,
  type SheetParts,
} from './workbookSchema.js';
import { readBounds } from './assumptionBounds.js';
import { readColumnWidth } from './columnWidths.js';
import { isFrozenCount, MAX_FROZEN_COLS, MAX_FROZEN_ROWS } from './frozenPanes.js';
import { readSettingsMap, type SheetSettingsKey } from './sheetSettings.js';
import { isSheetVisibility } from './sheetVisibility.js';
import { isHorizontalAlignment } from './cellAlignment.js';
import { namesMap, storedNameAt } from './definedNames.js';

type Keep = (value: unknown) => boolean;

/** The sheet's optional maps (bounds, column widths, frozen panes, wrapped cells, alignment, merged areas, hidden lines) restored along with its cells, each with what its readers accept. */
const SETTINGS: ReadonlyArray<[SheetSettingsKey, Keep]> = [
  ['validations', (value) => readBounds(value) !== null],
  ['colWidths', (value) => readColumnWidth(value) !== null],
  ['frozenPanes', (value) => isFrozenCount(value, Math.max(MAX_FROZEN_ROWS, MAX_FROZEN_COLS))],
  ['wrapText', (value) => value === true],
  ['alignment', isHorizontalAlignment],
  ['merges', (value) => typeof value === 'string' && value.includes(':')],
  ['hiddenRows', (value) => value === true],
  ['hiddenCols', (value) => value === true],
];

/** A value that can be written into another document: anything but a Yjs type (already integrated where it is). */
const plain: Keep = (value) => !(value instanceof Y.AbstractType);

function plainEntries(source: Y.Map<unknown>, keep: Keep): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of source.entries()) if (plain(value) && keep(value)) out.set(key, value);
  return out;
}

function syncMap(target: Y.Map<unknown>, source: Y.Map<unknown>, keep: Keep = plain): void {
  const wanted = plainEntries(source, keep);
  for (const key of [...target.keys()]) if (!wanted.has(key)) target.delete(key);
  for (const [key, value] of wanted) if (target.get(key) !== value) target.set(key, value);
}

/** Defined names (plain objects): each set again only where the version's differs, so an unchanged name is no change. */
function syncNames(target: Y.Map<unknown>, source: Y.Map<unknown>): void {
  const wanted = new Map([...source.keys()].flatMap((key) => { const value = storedNameAt(source, key); return value ? [[key, value] as const] : []; }));
  for (const key of [...target.keys()]) if (!wanted.has(key)) target.delete(key);
  for (const [key, value] of wanted) if (JSON.stringify(target.get(key)) !== JSON.stringify(value)) target.set(key, { ...(value as object) });
}

function copyPlainMap(source: Y.Map<unknown>, keep: Keep = plain): Y.Map<unknown> {
  const copy = new Y.Map<unknown>();
  for (const [key, value] of plainEntries(source, keep)) copy.set(key, value);
  return copy;
}

function copySheet(source: SheetMap, parts: SheetParts): SheetMap {
  const sheet: SheetMap = new Y.Map<unknown>();
  const rows = new Y.Array<unknown>();
  const cols = new Y.Array<unknown>();
  // Each id once: a version saved while an axis held an id twice is restored repaired.
  rows.push([...new Set(axisIds(parts.rows))]);
  cols.push([...new Set(axisIds(parts.cols))]);
  sheet.set('name', plain(source.get('name')) ? source.get('name') : 'Ark');
  if (source.get('deleted') === true) sheet.set('deleted', true);
  const visibility = source.get('visibility');
  if (isSheetVisibility(visibility) && visibility !== 'visible') sheet.set('visibility', visibility);
  sheet.set('rows', rows);
  sheet.set('cols', cols);
  sheet.set('cells', copyPlainMap(parts.cells, isCellInput));
  sheet.set('formats', copyPlainMap(parts.formats, isCellFormat));
  // Every map, an empty one where the version has none, so no colleague creates one concurrently (sheetSettings.ts).
  for (const [key, keep] of SETTINGS) {
    const map = readSettingsMap(source, key);
    sheet.set(key, map ? copyPlainMap(map, keep) : new Y.Map<unknown>());
  }
  return sheet;
}

/** Copies a goal's or scenario's map; nested maps (scenario inputs) are copied too. */
function copyRecord(source: Y.Map<unknown>): Y.Map<unknown> {
  const copy = new Y.Map<unknown>();
  for (const [key, value] of source.entries()) {
    if (value instanceof Y.Map) copy.set(key, copyPlainMap(value, isCellInput));
    else if (plain(value)) copy.set(key, value);
  }
  return copy;
}

/** A goal's or scenario's id, or null for an entry that is no record (readers skip it too). */
function recordId(entry: unknown): string | null {
  const id = entry instanceof Y.Map ? entry.get('id') : undefined;
  return typeof id === 'string' ? id : null;
}

/** Makes a kept goal or scenario equal to the version's in place, so a colleague's concurrent change to another of its fields stays. */
function syncRecord(target: Y.Map<unknown>, source: Y.Map<unknown>): void {
  for (const key of [...target.keys()]) {
    const value = source.get(key);
    if (!(value instanceof Y.Map) && (value === undefined || !plain(value))) target.delete(key);
  }
  for (const [key, value] of source.entries()) {
    if (value instanceof Y.Map) {
      const into = target.get(key);
      if (into instanceof Y.Map) syncMap(into, value, isCellInput);
      else target.set(key, copyPlainMap(value, isCellInput));
    } else if (plain(value) && target.get(key) !== value) target.set(key, value);
  }
}

/**
 * Goals and scenarios by id, like rows (axisOrder.syncEntries): a record the version lacks is
 * deleted, a missing one inserted as a copy, a kept one changed in place. The version's records
 * without an id, or with an id seen before, are no records readers show and are not copied.
 */
function syncRecords(target: Y.Array<unknown>, source: Y.Array<unknown>): void {
  const records = new Map<string, Y.Map<unknown>>();
  for (const map of recordMaps(source)) {
    const id = recordId(map);
    if (id !== null && !records.has(id)) records.set(id, map);
  }
  const ids = [...records.keys()];
  const kept = syncEntries(target, ids, recordId, (i) => copyRecord(records.get(ids[i]!)!));
  for (const i of kept) syncRecord(target.get(i) as Y.Map<unknown>, records.get(ids[i]!)!);
}

function syncSheet(target: SheetMap, source: SheetMap, s: SheetParts): void {
  for (const key of ['name', 'deleted']) {
    const value = source.get(key);
    if (value === undefined || !plain(value)) target.delete(key);
    else if (target.get(key) !== value) target.set(key, value);
  }
  // A visibility the schema does not know reads as visible, and is restored as such (no field).
  const visibility = source.get('visibility');
  if (!isSheetVisibility(visibility) || visibility === 'visible') {
    if (target.has('visibility')) target.delete('visibility');
  } else if (target.get('visibility') !== visibility) target.set('visibility', visibility);
  const t = readSheetParts(target)!;
  syncAxisOrder(t.rows, axisIds(s.rows));
  syncAxisOrder(t.cols, axisIds(s.cols));
  syncMap(t.cells, s.cells, isCellInput);
  syncMap(t.formats, s.formats, isCellFormat);
  for (const [key, keep] of SETTINGS) {
    const from = readSettingsMap(source, key);
    const into = readSettingsMap(target, key);
    // A version without the map empties the live one, which stays (sheetSettings.ts); anything
    // else under the key (a hostile peer's string) is replaced, so the restore repairs it.
    if (into && from) syncMap(into, from, keep);
    else if (into) for (const entry of [...into.keys()]) into.delete(entry);
    else target.set(key, from ? copyPlainMap(from, keep) : new Y.Map<unknown>());
  }
}

export function replaceWorkbookContent(target: Y.Doc, source: Y.Doc, origin: unknown = null): void {
  target.transact(() => {
    // The adopted plan names one of the workspace's saved versions, not content: restoring an
    // older version (which may have had no adopted plan, or another) keeps the live mark.
    const meta = metaMap(target);
    const adopted = meta.get('adoptedVersion');
    syncMap(meta, metaMap(source));
    if (adopted === undefined) meta.delete('adoptedVersion');
    else if (meta.get('adoptedVersion') !== adopted) meta.set('adoptedVersion', adopted);
    const targetSheets = sheetsMap(target);
    const sourceSheets = new Map<string, { sheet: SheetMap; parts: SheetParts }>();
    for (const [id, sheet] of sheetsMap(source).entries()) {
      const parts = readSheetParts(sheet);
      if (parts) sourceSheets.set(id, { sheet: sheet as SheetMap, parts });
    }
    for (const id of [...targetSheets.keys()]) if (!sourceSheets.has(id)) targetSheets.delete(id);
    for (const [id, { sheet, parts }] of sourceSheets) {
      const targetSheet = targetSheets.get(id);
      // A sheet the live document cannot read (its rows deleted, a string in its place) is replaced whole.
      if (readSheetParts(targetSheet)) syncSheet(targetSheet as SheetMap, sheet, parts);
      else targetSheets.set(id, copySheet(sheet, parts));
    }
    syncAxisOrder(sheetOrderArray(target), sheetOrderArray(source).toArray().filter((id): id is string => typeof id === 'string'));
    syncRecords(goalsArray(target), goalsArray(source));
    syncRecords(scenariosArray(target), scenariosArray(source));
    syncNames(namesMap(target), namesMap(source));
  }, origin);
}
