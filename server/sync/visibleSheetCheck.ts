/**
 * A workbook keeps at least one visible sheet (Excel refuses to hide the last one, and so does
 * applyOperation), but the network carries raw Yjs: a peer could hide the last visible sheet, or
 * delete it while only hidden sheets remain. The schema check (updateSchemaCheck.ts) looks at
 * one item at a time and collects, for this check, what an update writes to a sheet's
 * `visibility` and `deleted` and which sheets it removes.
 *
 * The usual update (a planner's Hide sheet or Delete: each write overwrites the value the server
 * holds now) decides the outcome by itself: its last write wins, as Yjs resolves it, and the
 * visible sheets are counted from that, for the cost of a few map look-ups. An update whose
 * outcome depends on Yjs' conflict order (a write concurrent with one the server has, a sheet
 * map created or replaced) is tried on a scratch copy of the document instead and refused when the
 * copy, which had a visible sheet, has none left; unless a sheet visible now is one the update
 * does not touch (then it stays visible: fifth hostile pass, as the copy held the event loop for
 * seconds). The copy costs an encoding and a decoding of the
 * whole document (about 0.1 s on the template, 2 s on a 2 MB workspace at load 26–30; README,
 * Known limitations).
 */
import * as Y from 'yjs';
import { isSheetVisibility, storesVisibleSheet } from '../../models/workbook/sheetVisibility.js';
import { WorkbookGrid, workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { readSheetParts } from '../../models/workbook/workbookSchema.js';
import type { ItemFacts, StructId } from './updateReader.js';
import { UPDATES_TOO_FAST } from './updateBudget.js';
import { UpdateRefusal } from './updateRefusal.js';

/** What an update does to sheets' visibility, as the schema check found it. */
export interface SheetVisibilityFacts {
  /** New items under a live sheet map's `visibility` or `deleted`. */
  writes: Array<{ sheet: Y.Map<unknown>; key: 'visibility' | 'deleted'; item: ItemFacts }>;
  /** A sheet map created or replaced by the update, or a write inside one: only the copy can tell. */
  needsCopy: boolean;
  /** The document's current items (a sheets-map entry, a visibility or deleted value) the update deletes. */
  deletedCurrent: Y.Item[];
  /** Keys of the sheets map the update writes (a sheet map created or replaced). */
  sheetKeysWritten: Set<string>;
  deletedByUpdate(id: StructId): boolean;
}

function sameId(a: StructId | null, b: Y.ID | null): boolean {
  return a === null ? b === null : b !== null && a.client === b.client && a.clock === b.clock;
}

function lastId(item: ItemFacts): string {
  return `${item.id.client}:${item.id.clock + item.length - 1}`;
}

/** Each written sheet key's value after the update; null when the writes race with the server's. */
function finalValues(facts: SheetVisibilityFacts): Map<Y.Map<unknown>, Map<string, unknown>> | null {
  const out = new Map<Y.Map<unknown>, Map<string, unknown>>();
  const groups = new Map<Y.Map<unknown>, Map<string, ItemFacts[]>>();
  for (const { sheet, key, item } of facts.writes) {
    const byKey = groups.get(sheet) ?? new Map<string, ItemFacts[]>();
    groups.set(sheet, byKey);
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  for (const [sheet, byKey] of groups) {
    const values = new Map<string, unknown>();
    out.set(sheet, values);
    for (const [key, items] of byKey) {
      const byLast = new Map(items.map((item) => [lastId(item), item]));
      const overwritten = new Set(items.flatMap((item) => (item.origin ? [byLast.get(`${item.origin.client}:${item.origin.clock}`)] : [])).filter((i) => i !== undefined));
      const tips = items.filter((item) => !overwritten.has(item));
      if (tips.length !== 1) return null;
      let first = tips[0]!;
      for (let n = 0; n < items.length; n++) {
        const before = first.origin ? byLast.get(`${first.origin.client}:${first.origin.clock}`) : undefined;
        if (!before) break;
        first = before;
      }
      // The chain must start on the value the server holds now (or on nothing): then it wins.
      const current = sheet._map.get(key) ?? null;
      if (!sameId(first.origin, current ? current.lastId : null)) return null;
      const tip = tips[0]!;
      const written = tip.content.kind === 'values' && !facts.deletedByUpdate(tip.id) ? tip.content.values.at(-1) : undefined;
      values.set(key, written);
    }
  }
  return out;
}

/** Whether the document holds a visible sheet after the update, or null when only a copy can say. */
function visibleAfter(doc: Y.Doc, facts: SheetVisibilityFacts): boolean | null {
  if (facts.needsCopy) return null;
  const values = finalValues(facts);
  if (!values) return null;
  const deleted = new Set(facts.deletedCurrent);
  const sheets = doc.getMap<unknown>('sheets');
  // Every sound sheet, deleted ones too: the update may bring one back (no first-sheet fallback here).
  return [...sheets.entries()].some(([id, value]) => {
    const entry = sheets._map.get(id);
    if (!readSheetParts(value) || (entry && deleted.has(entry))) return false;
    const sheet = value as Y.Map<unknown>;
    const read = (key: 'visibility' | 'deleted'): unknown => {
      const written = values.get(sheet);
      if (written?.has(key)) return written.get(key);
      const current = sheet._map.get(key);
      return current && !current.deleted && !deleted.has(current) ? sheet.get(key) : undefined;
    };
    const visibility = read('visibility');
    return read('deleted') !== true && (!isSheetVisibility(visibility) || visibility === 'visible');
  });
}

/**
 * True when a sheet visible now is one the update leaves alone (its entry neither removed nor
 * written, its visibility and deleted flags not written): it is still visible after the update,
 * whatever the rest resolves to, so no copy is needed. Deleting its current flags only brings back
 * their defaults (visible, not deleted).
 */
function untouchedVisibleSheet(doc: Y.Doc, facts: SheetVisibilityFacts): boolean {
  const written = new Set<Y.Map<unknown>>(facts.writes.map((write) => write.sheet));
  const deleted = new Set(facts.deletedCurrent);
  const sheets = doc.getMap<unknown>('sheets');
  return [...sheets._map.entries()].some(([id, entry]) => {
    if (entry.deleted || deleted.has(entry) || facts.sheetKeysWritten.has(id)) return false;
    const value = sheets.get(id);
    if (!readSheetParts(value) || written.has(value as Y.Map<unknown>)) return false;
    const sheet = value as Y.Map<unknown>;
    const visibility = sheet.get('visibility');
    return sheet.get('deleted') !== true && (!isSheetVisibility(visibility) || visibility === 'visible');
  });
}

function hasVisibleSheet(doc: Y.Doc): boolean {
  const grid = new WorkbookGrid(doc);
  try {
    return storesVisibleSheet(grid);
  } finally {
    grid.destroy();
  }
}

function visibleOnCopy(doc: Y.Doc, update: Uint8Array): boolean {
  const trial = new Y.Doc();
  try {
    Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(trial, update);
    return hasVisibleSheet(trial);
  } finally {
    trial.destroy();
  }
}

/**
 * False when `update` would leave `doc`, which has a visible sheet, without one. `payForCopy` is
 * asked before a scratch copy is made, and a refusal throws UpdateRefusal ('budget'): the copy
 * costs as much as loading the workspace, and an editor crafting racing updates in a loop could
 * otherwise make the server copy a 2 MB workspace every time (2 s each on the event loop).
 */
export function keepsVisibleSheet(doc: Y.Doc, update: Uint8Array, facts: SheetVisibilityFacts | null = null, payForCopy: () => boolean = () => true): boolean {
  if (!storesVisibleSheet(workbookGrid(doc))) return true;
  const decided = facts ? visibleAfter(doc, facts) : null;
  if (decided !== null) return decided;
  if (facts && untouchedVisibleSheet(doc, facts)) return true;
  if (!payForCopy()) throw new UpdateRefusal(UPDATES_TOO_FAST, 'budget');
  return visibleOnCopy(doc, update);
}
