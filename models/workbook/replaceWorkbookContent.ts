/**
 * Makes a document's workbook equal to another's (a saved version) as ONE new transaction on top
 * of its history. Row and column identities are kept, so formulas, scenario inputs and colleagues'
 * cursors keep pointing where they did; restoring an older version again undoes a restore.
 *
 * Either side may hold shapes Fremskriv never writes (an older client's or a hostile peer's
 * update: a sheet without rows, a cell holding a Y.Map, a goal that is a string). What the
 * version holds is copied only where it can be read (workbookSchema.readSheetParts, isCellInput);
 * what the live document holds is replaced where it cannot, so a restore repairs the workspace.
 */
import * as Y from 'yjs';
import { recordMaps } from './uniqueRecords.js';
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

type Keep = (value: unknown) => boolean;

/** The sheet's optional maps (bounds, column widths, frozen panes) restored along with its cells, each with what its readers accept. */
const SETTINGS: ReadonlyArray<[SheetSettingsKey, Keep]> = [
  ['validations', (value) => readBounds(value) !== null],
  ['colWidths', (value) => readColumnWidth(value) !== null],
  ['frozenPanes', (value) => isFrozenCount(value, Math.max(MAX_FROZEN_ROWS, MAX_FROZEN_COLS))],
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

function syncArray(target: Y.Array<unknown>, wanted: readonly string[]): void {
  const current = target.toArray();
  if (wanted.length === current.length && wanted.every((id, i) => id === current[i])) return;
  target.delete(0, target.length);
  target.insert(0, [...wanted]);
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
  rows.push(axisIds(parts.rows));
  cols.push(axisIds(parts.cols));
  sheet.set('name', plain(source.get('name')) ? source.get('name') : 'Ark');
  if (source.get('deleted') === true) sheet.set('deleted', true);
  sheet.set('rows', rows);
  sheet.set('cols', cols);
  sheet.set('cells', copyPlainMap(parts.cells, isCellInput));
  sheet.set('formats', copyPlainMap(parts.formats, isCellFormat));
  for (const [key, keep] of SETTINGS) {
    const map = readSettingsMap(source, key);
    if (map) sheet.set(key, copyPlainMap(map, keep));
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

function replaceRecords(target: Y.Array<unknown>, source: Y.Array<unknown>): void {
  target.delete(0, target.length);
  target.insert(0, recordMaps(source).map(copyRecord));
}

function syncSheet(target: SheetMap, source: SheetMap, s: SheetParts): void {
  for (const key of ['name', 'deleted']) {
    const value = source.get(key);
    if (value === undefined || !plain(value)) target.delete(key);
    else if (target.get(key) !== value) target.set(key, value);
  }
  const t = readSheetParts(target)!;
  syncArray(t.rows, axisIds(s.rows));
  syncArray(t.cols, axisIds(s.cols));
  syncMap(t.cells, s.cells, isCellInput);
  syncMap(t.formats, s.formats, isCellFormat);
  for (const [key, keep] of SETTINGS) {
    const from = readSettingsMap(source, key);
    const into = readSettingsMap(target, key);
    if (from && into) syncMap(into, from, keep);
    else if (from) target.set(key, copyPlainMap(from, keep));
    // Anything else under the key (a hostile peer's string) is removed, so the restore repairs it.
    else if (target.has(key)) target.delete(key);
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
    syncArray(sheetOrderArray(target), sheetOrderArray(source).toArray().filter((id): id is string => typeof id === 'string'));
    replaceRecords(goalsArray(target), goalsArray(source));
    replaceRecords(scenariosArray(target), scenariosArray(source));
  }, origin);
}
