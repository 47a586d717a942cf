/**
 * A workbook keeps at least one visible sheet (Excel refuses to hide the last one, and so does
 * applyOperation), but the network carries raw Yjs: a peer could hide the last visible sheet, or
 * delete it while only hidden sheets remain. The schema check (updateSchemaCheck.ts) looks at
 * one item at a time and collects, for this check, what an update writes to the sheets map and to
 * a sheet's `visibility`, `deleted` and parts (`rows`, `cols`, `cells`, `formats`).
 *
 * Each sheet's outcome is worked out from those items: which write to each key wins, as Yjs'
 * conflict order resolves it (mapKeyWinner.ts), for a write that overwrites the server's value,
 * one racing with it, and a sheet map created or replaced alike, for the cost of a walk over the
 * written keys' items. Before the seventh hostile pass an update whose outcome depended on the
 * conflict order (a racing write, a replaced sheet map) was tried on a scratch copy of the whole
 * document: 1.6–3.2 s on a 2 MB workspace, as often as the token's update budget allowed. The
 * copy is left only for keys whose items do not fit together in a way Yjs would integrate
 * (mapKeyWinner's 'unknown': a key written more than 20,000 times), and it is charged to the
 * token's update budget.
 */
import * as Y from 'yjs';
import { isSheetVisibility, storesVisibleSheet } from '../../models/workbook/sheetVisibility.js';
import { WorkbookGrid, workbookGrid } from '../../models/workbook/WorkbookGrid.js';
import { readSheetParts } from '../../models/workbook/workbookSchema.js';
import { mapKeyWinner, type KeyedMap, type MapKeyWinner } from './mapKeyWinner.js';
import type { ItemFacts, StructId } from './updateReader.js';
import { UPDATES_TOO_FAST } from './updateBudget.js';
import { UpdateRefusal } from './updateRefusal.js';

/** The parts a sheet needs to be listed, and the two keys that decide whether it is shown. */
const SHEET_PARTS = ['rows', 'cols', 'cells', 'formats'] as const;
export const SHEET_KEYS_FOR_VISIBILITY: ReadonlySet<string> = new Set(['visibility', 'deleted', ...SHEET_PARTS]);

/** A map the update writes: one in the document, one it creates, or a root not yet used. */
type MapOwner = object | string;

/** What an update writes that bears on which sheets are visible, as the schema check found it. */
export interface SheetVisibilityFacts {
  /** New items under the sheets map, or under one of SHEET_KEYS_FOR_VISIBILITY of a sheet map. */
  writes: Array<{ owner: MapOwner; key: string; item: ItemFacts }>;
  deletedByUpdate(id: StructId): boolean;
}

class Outcome {
  private readonly byOwner = new Map<MapOwner, Map<string, ItemFacts[]>>();

  constructor(doc: Y.Doc, private readonly facts: SheetVisibilityFacts) {
    for (const write of facts.writes) {
      // The sheets root as the schema check met it: by name, or as the plain type Yjs makes
      // before doc.getMap replaces it with a Y.Map (workbookGrid asks for it afterwards).
      const isRoot = typeof write.owner === 'string' || (write.owner instanceof Y.AbstractType && write.owner._item === null);
      const owner = isRoot ? doc.getMap('sheets') : write.owner;
      const { key, item } = write;
      const byKey = this.byOwner.get(owner) ?? new Map<string, ItemFacts[]>();
      this.byOwner.set(owner, byKey);
      byKey.set(key, [...(byKey.get(key) ?? []), item]);
    }
  }

  writtenKeys(owner: MapOwner): string[] {
    return [...(this.byOwner.get(owner)?.keys() ?? [])];
  }

  winner(owner: MapOwner, key: string): MapKeyWinner | 'unknown' {
    const map = owner instanceof Y.AbstractType ? (owner as KeyedMap) : null;
    const winner = mapKeyWinner(map, key, this.byOwner.get(owner)?.get(key) ?? [], (id) => this.facts.deletedByUpdate(id));
    return winner !== 'unknown' && winner?.deleted ? null : winner;
  }

  /** Whether the sheet the winner holds is listed and shown after the update; null when only a copy can say. */
  sheetVisible(entry: NonNullable<MapKeyWinner>): boolean | null {
    const sheet = entry.value;
    let owner: Y.Map<unknown> | ItemFacts;
    if (sheet instanceof Y.Map) {
      if (!readSheetParts(sheet)) return false;
      owner = sheet;
    } else if (sheet === entry.source && !(entry.source instanceof Y.Item) && entry.source.content.kind === 'type' && entry.source.content.type === 'map') {
      // A sheet map the update creates: listed only when it gets every part.
      owner = entry.source;
      for (const part of SHEET_PARTS) {
        const written = this.winner(owner, part);
        if (written === 'unknown') return null;
        if (written === null) return false;
      }
    } else {
      return false;
    }
    const deleted = this.winner(owner, 'deleted');
    const visibility = this.winner(owner, 'visibility');
    if (deleted === 'unknown' || visibility === 'unknown') return null;
    return deleted?.value !== true && (!isSheetVisibility(visibility?.value) || visibility.value === 'visible');
  }
}

/** Whether the document holds a visible sheet after the update, or null when only a copy can say. */
function visibleAfter(doc: Y.Doc, facts: SheetVisibilityFacts): boolean | null {
  const outcome = new Outcome(doc, facts);
  const sheets = doc.getMap<unknown>('sheets');
  const keys = new Set([...sheets._map.keys(), ...outcome.writtenKeys(sheets)]);
  let unknown = false;
  // Every sheets-map entry, deleted ones too: the update may bring one back (no first-sheet fallback here).
  for (const key of keys) {
    const entry = outcome.winner(sheets, key);
    const visible = entry === 'unknown' ? null : entry === null ? false : outcome.sheetVisible(entry);
    if (visible === true) return true;
    if (visible === null) unknown = true;
  }
  return unknown ? null : false;
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
  if (!payForCopy()) throw new UpdateRefusal(UPDATES_TOO_FAST, 'budget');
  return visibleOnCopy(doc, update);
}
