/**
 * Checks a peer's update (as read by updateReader.ts) against the document it would change and
 * the schema table (models/workbook/schemaRules.ts), before Y.applyUpdate runs:
 *
 * - every new item lands where the schema has a place: its parent (a root name, the type an id
 *   names, or the parent of its origin — as Yjs' Item.getMissing resolves it) is a known kind of
 *   map or array, its key is one that kind allows, and its content fits the slot (a Y.Map where
 *   a sheet goes, a finite number, boolean or bounded string in a cell, …);
 * - a key a map must keep (a sheet's rows, a goal's id, …) is not left without a live value: a
 *   deletion of the current value, or a deleted item placed as the newest, is only accepted when
 *   the same update writes a live value after it, or deletes the map itself;
 * - nothing would wait for structs the server does not have (a clock gap, an unknown origin):
 *   such an update is "incomplete" and would only sit in memory as pending structs;
 * - the merged areas it writes could come from mergeCells (mergedAreasCheck.ts).
 *
 * Items the document already holds are skipped, so resending known state is always accepted.
 * The cost is a few map look-ups and binary searches per new item: an ordinary edit (one cell)
 * checks one item.
 */
import * as Y from 'yjs';
import { isRequiredKey, rootNode, slotAt, type SchemaNodeName } from '../../models/workbook/schemaRules.js';
import { keepsVisibleSheet, SHEET_KEYS_FOR_VISIBILITY, type SheetVisibilityFacts } from './visibleSheetCheck.js';
import { goalsArray, scenariosArray, sheetOrderArray } from '../../models/workbook/workbookSchema.js';
import { RECORD_BOUNDS, recordBoundMessage, type BoundedRecord } from '../../models/workbook/workbookBounds.js';
import { MAX_DEFINED_NAMES, namesMap } from '../../models/workbook/definedNames.js';
import { deletedIn, type ItemFacts, type StructId, type UpdateFacts } from './updateReader.js';
import { UpdateRefusal } from './updateRefusal.js';
import { AxisLengths } from './axisLengths.js';
import { isCountedMapNode, MapEntryCounts, type CountedMapOwner } from './mapEntryCounts.js';
import { MergedAreaWrites } from './mergedAreasCheck.js';

/** A shared type: one in the document, one this update creates, or a root (by name) not yet used. */
type Owner = Y.AbstractType<unknown> | ItemFacts | string;

interface Place {
  node: SchemaNodeName;
  owner: Owner;
}

/** Where an item goes: its parent type and key; 'discarded' when Yjs would turn it into GC. */
type Placement = { place: Place; key: string | null } | 'discarded';

interface SlotActivity {
  items: ItemFacts[];
  /** The document's current value for the key is deleted by this update. */
  currentDeleted: boolean;
}

function refuse(message: string, logged = message): never {
  throw new UpdateRefusal(message, 'content', logged);
}

function incomplete(message: string): never {
  throw new UpdateRefusal(message, 'incomplete');
}

function isStruct(found: Y.Item | Y.GC | ItemFacts): found is Y.Item | Y.GC {
  return found instanceof Y.Item || found instanceof Y.GC;
}

class UpdateCheck {
  private readonly byClient = new Map<number, ItemFacts[]>();
  private readonly placements = new Map<ItemFacts, Placement>();
  private readonly typePlaces = new Map<Owner, Place | null>();
  private readonly slots = new Map<Owner, Map<string, SlotActivity>>();
  /** Items of the update used as the origin of another item in the same slot. */
  private readonly overwritten = new Set<ItemFacts>();
  /** The update hides, deletes or removes a sheet: it may take the workbook's last visible one (visibleSheetCheck.ts). */
  mayHideSheets = false;
  readonly visibility: SheetVisibilityFacts = {
    writes: [],
    deletedByUpdate: (id) => this.deletedByUpdate(id),
  };
  /** Sheet-order entries, goals and scenarios this update adds, and existing ones it deletes (the counts after it). */
  private readonly added: Record<BoundedRecord, number> = { sheets: 0, goals: 0, scenarios: 0 };
  private readonly removed: Record<BoundedRecord, number> = { sheets: 0, goals: 0, scenarios: 0 };
  /** Row and column ids this update adds to and removes from each sheet. */
  private readonly axes = new AxisLengths();
  /** Defined names (their keys) this update writes. */
  private readonly namesWritten = new Set<string>();
  /** Keys written into hidden-line and scenario-input maps (mapEntryCounts.ts). */
  private readonly countedMaps = new MapEntryCounts();
  /** What the update writes into sheets' merges maps (mergedAreasCheck.ts). */
  private readonly merges = new MergedAreaWrites();

  constructor(
    private readonly doc: Y.Doc,
    private readonly facts: UpdateFacts,
  ) {
    for (const item of facts.items) {
      const list = this.byClient.get(item.id.client) ?? [];
      list.push(item);
      this.byClient.set(item.id.client, list);
    }
  }

  run(): void {
    for (const [client, run] of this.facts.runs) {
      const state = Y.getState(this.doc.store, client);
      if (run.end > state && run.needs > state) incomplete('the update skips changes the server does not have');
    }
    for (const item of this.facts.items) {
      if (item.id.clock + item.length <= this.state(item.id.client)) continue;
      this.checkItem(item);
    }
    this.checkDeletions();
    this.checkRequiredSlots();
    this.checkRecordCounts();
    this.checkNameCount();
    const lineProblem = this.axes.problem() ?? this.countedMaps.problem();
    if (lineProblem !== null) refuse(lineProblem);
    const mergeProblem = this.merges.problem(this.doc, (id) => this.deletedByUpdate(id));
    if (mergeProblem !== null) refuse(mergeProblem);
  }

  /** A workbook holds at most MAX_DEFINED_NAMES names, as operations and imports allow (deletions are not counted: a bound, not an exact tally). */
  private checkNameCount(): void {
    if (this.namesWritten.size === 0) return;
    const names = namesMap(this.doc);
    const after = names.size + [...this.namesWritten].filter((key) => !names.has(key)).length;
    if (after > MAX_DEFINED_NAMES) refuse(`a workbook holds at most ${MAX_DEFINED_NAMES} names (this update would make ${after})`);
  }

  /** The list each bounded record lives in (a sheet by its entry in the sheet order). */
  private recordList(record: BoundedRecord): Y.Array<unknown> {
    if (record === 'sheets') return sheetOrderArray(this.doc);
    return record === 'goals' ? goalsArray(this.doc) : scenariosArray(this.doc);
  }

  /**
   * A workbook holds at most 200 sheets, 200 goals and 50 scenarios (models/workbook/workbookBounds.ts,
   * the v1 file's, the import's and the operations' bounds): past them the workspace's own file
   * could not be imported again, and every browser paid per sheet, goal and scenario (a hostile
   * editor's 3,000 sheets, or 5,000 goals, in one update were accepted before). Only an update that
   * adds is refused, so a workspace stored past a bound can still shrink.
   */
  private checkRecordCounts(): void {
    for (const record of Object.keys(RECORD_BOUNDS) as BoundedRecord[]) {
      if (this.added[record] === 0) continue;
      const after = this.recordList(record).length + this.added[record] - this.removed[record];
      if (after > RECORD_BOUNDS[record]) refuse(`${recordBoundMessage(record)} (this update would make ${after})`);
    }
  }

  private state(client: number): number {
    return Y.getState(this.doc.store, client);
  }

  /** The struct holding `id`: in the document, in this update, a GC/skip range ('gap'), or missing. */
  private find(id: StructId): Y.Item | Y.GC | ItemFacts | 'gap' | null {
    if (id.clock < this.state(id.client)) {
      const structs = this.doc.store.clients.get(id.client)!;
      return structs[Y.findIndexSS(structs, id.clock)]!;
    }
    const items = this.byClient.get(id.client);
    if (items) {
      let low = 0;
      let high = items.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const item = items[mid]!;
        if (id.clock < item.id.clock) high = mid - 1;
        else if (id.clock >= item.id.clock + item.length) low = mid + 1;
        else return item;
      }
    }
    const run = this.facts.runs.get(id.client);
    return run && id.clock < run.end ? 'gap' : null;
  }

  /** The update item whose placement `item` needs first, if any. */
  private dependency(item: ItemFacts): ItemFacts | null {
    if (item.parent !== null) {
      if (typeof item.parent === 'string') return null;
      const holder = this.find(item.parent);
      return holder !== null && holder !== 'gap' && !isStruct(holder) ? holder : null;
    }
    for (const id of [item.origin, item.rightOrigin]) {
      if (!id) continue;
      const struct = this.find(id);
      if (struct !== null && struct !== 'gap' && !isStruct(struct)) return struct;
      return null;
    }
    return null;
  }

  private placement(item: ItemFacts): Placement {
    const known = this.placements.get(item);
    if (known) return known;
    // Origins may chain through thousands of items of the same update: resolve them bottom-up.
    const stack = [item];
    const onStack = new Set<ItemFacts>([item]);
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      const needed = this.dependency(top);
      if (needed && !this.placements.has(needed)) {
        if (onStack.has(needed)) incomplete('items of the update depend on each other in a cycle');
        stack.push(needed);
        onStack.add(needed);
        continue;
      }
      this.placements.set(top, this.resolve(top));
      stack.pop();
    }
    return this.placements.get(item)!;
  }

  private resolve(item: ItemFacts): Placement {
    if (typeof item.parent === 'string') {
      const node = rootNode(item.parent);
      if (!node) refuse(`"${item.parent.slice(0, 40)}" is not part of the workbook`, 'a root that is not part of the workbook');
      return { place: { node, owner: this.rootOwner(item.parent) }, key: item.parentSub };
    }
    if (item.parent !== null) {
      const holder = this.find(item.parent);
      if (holder === null) incomplete('the update refers to a parent the server does not have');
      if (holder === 'gap' || holder instanceof Y.GC) return 'discarded';
      // A type deleted here and collected (a sheet map a colleague replaced while this one wrote
      // into it): Yjs discards what is written into it, as into a collected range.
      if (holder instanceof Y.Item && holder.content instanceof Y.ContentDeleted) return 'discarded';
      const place = holder instanceof Y.Item ? this.docTypePlace(holder) : this.newTypePlace(holder);
      return { place, key: item.parentSub };
    }
    const left = item.origin ? this.find(item.origin) : undefined;
    const right = item.rightOrigin ? this.find(item.rightOrigin) : undefined;
    if (left === null || right === null) incomplete('the update refers to changes the server does not have');
    if (left === 'gap' || right === 'gap' || left instanceof Y.GC || right instanceof Y.GC) return 'discarded';
    const neighbour = left ?? right!;
    if (neighbour instanceof Y.Item) {
      const parent = neighbour.parent;
      if (!(parent instanceof Y.AbstractType)) return 'discarded';
      return { place: this.existingPlace(parent), key: neighbour.parentSub };
    }
    return this.placement(neighbour);
  }

  private rootOwner(name: string): Owner {
    // A root this document has not used yet is created by Yjs when the update names it.
    return (this.doc.share.get(name) as Y.AbstractType<unknown> | undefined) ?? name;
  }

  private docTypePlace(holder: Y.Item): Place {
    if (!(holder.content instanceof Y.ContentType)) refuse('a parent that is not a shared type');
    return this.existingPlace(holder.content.type as Y.AbstractType<unknown>);
  }

  private newTypePlace(holder: ItemFacts): Place {
    const cached = this.typePlaces.get(holder);
    if (cached) return cached;
    refuse('a parent that is not a shared type');
  }

  /** Where an existing type sits in the schema (cached per type; nesting is at most four deep). */
  private existingPlace(type: Y.AbstractType<unknown>): Place {
    const cached = this.typePlaces.get(type);
    if (cached !== undefined) {
      if (cached === null) refuse('a change inside a type the workbook does not know');
      return cached;
    }
    let node: SchemaNodeName | null = null;
    const item = type._item;
    if (item === null) {
      node = rootNode(Y.findRootTypeKey(type));
    } else if (item.parent instanceof Y.AbstractType) {
      const parent = this.existingPlace(item.parent as Y.AbstractType<unknown>);
      const slot = slotAt(parent.node, item.parentSub);
      node = slot && slot.kind !== 'value' ? slot.node : null;
    }
    const place = node ? { node, owner: type } : null;
    this.typePlaces.set(type, place);
    if (!place) refuse('a change inside a type the workbook does not know');
    return place;
  }

  private checkItem(item: ItemFacts): void {
    const placement = this.placement(item);
    if (placement === 'discarded') return;
    const { place, key } = placement;
    const slot = slotAt(place.node, key);
    if (!slot) refuse(key === null ? `a ${place.node} holds no list items` : `"${key.slice(0, 40)}" has no place in a ${place.node}`, key === null ? undefined : `a key that has no place in a ${place.node}`);
    const content = item.content;
    if (content.kind === 'values') {
      if (place.node === 'sheetOrder' && !this.deletedByUpdate(item.id)) this.added.sheets += content.values.length;
      if (place.node === 'axis' && !this.deletedByUpdate(item.id)) this.axes.noteAdded(place.owner as Y.AbstractType<unknown> | ItemFacts, content.values.length);
      if (place.node === 'axis') this.merges.noteAxisIds(place.owner as Y.AbstractType<unknown> | ItemFacts, content.values);
      if (place.node === 'names' && key !== null && !this.deletedByUpdate(item.id)) this.namesWritten.add(key);
      if (isCountedMapNode(place.node) && key !== null && !this.deletedByUpdate(item.id)) this.countedMaps.noteWritten(place.owner as CountedMapOwner, place.node, key);
      if (slot.kind !== 'value' || !content.values.every((value) => slot.accepts(value))) refuse(`a value that does not belong in a ${place.node}${key === null ? '' : ` (${key.slice(0, 40)})`}`, `a value that does not belong in a ${place.node}`);
      if (place.node === 'sheet' && (key === 'visibility' || key === 'deleted') && content.values.some((value) => value !== 'visible' && value !== false)) this.mayHideSheets = true;
    }
    if (key !== null && (place.node === 'sheets' || (place.node === 'sheet' && SHEET_KEYS_FOR_VISIBILITY.has(key)))) this.visibility.writes.push({ owner: place.owner, key, item });
    if (key !== null && place.node === 'merges') this.merges.noteWrite(place.owner as Y.AbstractType<unknown> | ItemFacts, key, item);
    if (content.kind === 'type') {
      if (place.node === 'sheet' && key === 'merges') this.merges.noteMapCreated(item, place.owner as Y.AbstractType<unknown> | ItemFacts);
      if ((place.node === 'goals' || place.node === 'scenarios') && !this.deletedByUpdate(item.id)) this.added[place.node] += 1;
      if (slot.kind !== content.type) refuse(`a Y.${content.type === 'map' ? 'Map' : 'Array'} where a ${place.node} has ${slot.kind === 'value' ? 'plain values' : `a Y.${slot.kind === 'map' ? 'Map' : 'Array'}`}`);
      this.typePlaces.set(item, { node: slot.node, owner: item });
    }
    if (key !== null && isRequiredKey(place.node, key)) {
      this.slot(place.owner, key).items.push(item);
      if (item.origin) {
        const origin = this.find(item.origin);
        if (origin !== null && origin !== 'gap' && !isStruct(origin)) this.overwritten.add(origin);
      }
    }
  }

  private slot(owner: Owner, key: string): SlotActivity {
    const byKey = this.slots.get(owner) ?? new Map<string, SlotActivity>();
    this.slots.set(owner, byKey);
    const activity = byKey.get(key) ?? { items: [], currentDeleted: false };
    byKey.set(key, activity);
    return activity;
  }

  /** Deletions of the document's current value of a required key. */
  private checkDeletions(): void {
    for (const [client, ranges] of this.facts.deletes) {
      const structs = this.doc.store.clients.get(client);
      const state = this.state(client);
      if (!structs) continue;
      for (const range of ranges) {
        const end = Math.min(range.clock + range.length, state);
        if (range.clock >= end) continue;
        for (let i = Y.findIndexSS(structs, range.clock); i < structs.length && structs[i]!.id.clock < end; i++) {
          const struct = structs[i]!;
          if (struct instanceof Y.Item && !struct.deleted && struct.parentSub === null) this.noteRemoval(struct, range.clock, end);
          if (!(struct instanceof Y.Item) || struct.deleted || struct.parentSub === null) continue;
          const parent = struct.parent;
          if (!(parent instanceof Y.AbstractType) || parent._map.get(struct.parentSub) !== struct) continue;
          const place = this.typePlaces.get(parent) ?? this.existingPlaceOrNull(parent as Y.AbstractType<unknown>);
          if (place?.node === 'sheets') this.mayHideSheets = true;
          if (place && isRequiredKey(place.node, struct.parentSub)) this.slot(parent as Y.AbstractType<unknown>, struct.parentSub).currentDeleted = true;
        }
      }
    }
  }

  /** A live entry of the sheet order, the goals or the scenarios that this update deletes (`from`–`end` of its clock). */
  private noteRemoval(struct: Y.Item, from: number, end: number): void {
    const parent = struct.parent as Y.AbstractType<unknown>;
    if (struct.countable && this.existingPlaceOrNull(parent)?.node === 'axis') {
      this.axes.noteRemoved(parent, Math.min(end, struct.id.clock + struct.length) - Math.max(from, struct.id.clock));
    }
    const record = (Object.keys(RECORD_BOUNDS) as BoundedRecord[]).find((candidate) => struct.parent === this.recordList(candidate));
    if (!record) return;
    // A run of several entries (a sheet order pushed at once) may be deleted in part.
    if (struct.countable) this.removed[record] += Math.min(end, struct.id.clock + struct.length) - Math.max(from, struct.id.clock);
  }

  private existingPlaceOrNull(type: Y.AbstractType<unknown>): Place | null {
    try {
      return this.existingPlace(type);
    } catch {
      return null;
    }
  }

  private deletedByUpdate(id: StructId): boolean {
    return deletedIn(this.facts, id);
  }

  private ownerDeleted(owner: Owner): boolean {
    if (owner instanceof Y.AbstractType) {
      const item = owner._item;
      return item !== null && (item.deleted || this.deletedByUpdate(item.id));
    }
    return typeof owner !== 'string' && this.deletedByUpdate(owner.id);
  }

  private checkRequiredSlots(): void {
    for (const [owner, byKey] of this.slots) {
      for (const [key, activity] of byKey) {
        const tips = activity.items.filter((item) => !this.overwritten.has(item));
        const removes = activity.currentDeleted || activity.items.some((item) => item.content.kind === 'deleted' || this.deletedByUpdate(item.id));
        if (!removes) continue;
        const liveTip = tips.length > 0 && tips.every((item) => item.content.kind !== 'deleted' && !this.deletedByUpdate(item.id));
        if (liveTip || this.ownerDeleted(owner)) continue;
        refuse(`"${key.slice(0, 40)}" cannot be removed from a ${this.nodeOf(owner)}`, `a required key cannot be removed from a ${this.nodeOf(owner)}`);
      }
    }
  }

  private nodeOf(owner: Owner): string {
    return this.typePlaces.get(owner)?.node ?? 'map';
  }
}

/**
 * Throws UpdateRefusal ('content' or 'incomplete') unless the update keeps the document's schema,
 * and, when it hides or removes a sheet, keeps a visible sheet (`update` is the update's bytes;
 * `payForCopy` is asked before the visible-sheet check copies the document, and a refusal
 * throws UpdateRefusal 'budget').
 */
export function checkUpdateAgainstSchema(doc: Y.Doc, facts: UpdateFacts, update: Uint8Array, payForCopy?: () => boolean): void {
  const check = new UpdateCheck(doc, facts);
  check.run();
  if (check.mayHideSheets && !keepsVisibleSheet(doc, update, check.visibility, payForCopy)) refuse('a workbook keeps at least one visible sheet');
}
