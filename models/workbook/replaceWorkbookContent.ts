/**
 * Makes a document's workbook equal to another's (a saved version) as ONE new transaction on top
 * of its history. Row and column identities are kept, so formulas, scenario inputs and colleagues'
 * cursors keep pointing where they did; restoring an older version again undoes a restore.
 */
import * as Y from 'yjs';
import {
  goalsArray,
  metaMap,
  scenariosArray,
  sheetOrderArray,
  sheetParts,
  sheetsMap,
  type SheetMap,
} from './workbookSchema.js';
import { readSettingsMap, type SheetSettingsKey } from './sheetSettings.js';

/** The sheet's optional maps (bounds, column widths) restored along with its cells. */
const SETTINGS: readonly SheetSettingsKey[] = ['validations', 'colWidths'];

function syncMap<T>(target: Y.Map<T>, source: Y.Map<T>): void {
  for (const key of [...target.keys()]) if (!source.has(key)) target.delete(key);
  for (const [key, value] of source.entries()) if (target.get(key) !== value) target.set(key, value);
}

function syncArray(target: Y.Array<string>, source: Y.Array<string>): void {
  const wanted = source.toArray();
  const current = target.toArray();
  if (wanted.length === current.length && wanted.every((id, i) => id === current[i])) return;
  target.delete(0, target.length);
  target.insert(0, wanted);
}

function copyPlainMap<T>(source: Y.Map<T>): Y.Map<T> {
  const copy = new Y.Map<T>();
  for (const [key, value] of source.entries()) copy.set(key, value);
  return copy;
}

function copySheet(source: SheetMap): SheetMap {
  const parts = sheetParts(source);
  const sheet: SheetMap = new Y.Map<unknown>();
  const rows = new Y.Array<string>();
  const cols = new Y.Array<string>();
  rows.push(parts.rows.toArray());
  cols.push(parts.cols.toArray());
  sheet.set('name', source.get('name'));
  if (source.get('deleted') === true) sheet.set('deleted', true);
  sheet.set('rows', rows);
  sheet.set('cols', cols);
  sheet.set('cells', copyPlainMap(parts.cells));
  sheet.set('formats', copyPlainMap(parts.formats));
  for (const key of SETTINGS) {
    const map = readSettingsMap(source, key);
    if (map) sheet.set(key, copyPlainMap(map));
  }
  return sheet;
}

/** Copies a goal's or scenario's map; nested maps (scenario inputs) are copied too. */
function copyRecord(source: Y.Map<unknown>): Y.Map<unknown> {
  const copy = new Y.Map<unknown>();
  for (const [key, value] of source.entries()) copy.set(key, value instanceof Y.Map ? copyPlainMap(value) : value);
  return copy;
}

function replaceRecords(target: Y.Array<Y.Map<unknown>>, source: Y.Array<Y.Map<unknown>>): void {
  target.delete(0, target.length);
  target.insert(0, source.toArray().map(copyRecord));
}

export function replaceWorkbookContent(target: Y.Doc, source: Y.Doc, origin: unknown = null): void {
  target.transact(() => {
    syncMap(metaMap(target), metaMap(source));
    const targetSheets = sheetsMap(target);
    const sourceSheets = sheetsMap(source);
    for (const id of [...targetSheets.keys()]) if (!sourceSheets.has(id)) targetSheets.delete(id);
    for (const [id, sourceSheet] of sourceSheets.entries()) {
      const targetSheet = targetSheets.get(id);
      if (!targetSheet) {
        targetSheets.set(id, copySheet(sourceSheet));
        continue;
      }
      for (const key of ['name', 'deleted']) {
        const value = sourceSheet.get(key);
        if (value === undefined) targetSheet.delete(key);
        else if (targetSheet.get(key) !== value) targetSheet.set(key, value);
      }
      const t = sheetParts(targetSheet);
      const s = sheetParts(sourceSheet);
      syncArray(t.rows, s.rows);
      syncArray(t.cols, s.cols);
      syncMap(t.cells, s.cells);
      syncMap(t.formats, s.formats);
      for (const key of SETTINGS) {
        const from = readSettingsMap(sourceSheet, key);
        const into = readSettingsMap(targetSheet, key);
        if (from && into) syncMap(into, from);
        else if (from) targetSheet.set(key, copyPlainMap(from));
        else if (into) into.clear();
      }
    }
    syncArray(sheetOrderArray(target), sheetOrderArray(source));
    replaceRecords(goalsArray(target), goalsArray(source));
    replaceRecords(scenariosArray(target), scenariosArray(source));
  }, origin);
}
