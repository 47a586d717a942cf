/**
 * Reads a Yjs v1 update into plain facts — every item's id, origins, parent, key and content,
 * and the delete set — without touching a document, stopping at the first thing over a limit or
 * outside what the workbook schema ever uses. It reads exactly the fields Y.applyUpdate reads (in
 * the order of yjs' readClientsStructRefs / readItemContent / readDeleteSet), so an update this
 * accepts decodes in Yjs as well, and a truncated one is refused before anything integrates.
 *
 * Why not Y.decodeUpdate: it builds every struct before anyone can count them; a 16 MiB update of
 * 1.15 million map keys or 100,000 sub-documents cost seconds on the event loop (issue 15). The
 * limits are checked first by updateScan.ts, which allocates nothing.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { jsonNestedPast } from '../../models/format/jsonNesting.js';
import { FOREIGN_CONTENT, UpdateRefusal, type UpdateLimits } from './updateRefusal.js';
import { scanUpdate } from './updateScan.js';

export interface StructId {
  client: number;
  clock: number;
}

export type ItemContent =
  | { kind: 'deleted' }
  | { kind: 'values'; values: unknown[] }
  | { kind: 'type'; type: 'array' | 'map' };

export interface ItemFacts {
  id: StructId;
  length: number;
  origin: StructId | null;
  rightOrigin: StructId | null;
  /** A root name, the id of the item holding the parent type, or null (taken from an origin). */
  parent: string | StructId | null;
  parentSub: string | null;
  content: ItemContent;
}

export interface ClientRun {
  /** The clock the first struct starts at, or after a skip: the doc must already hold that much. */
  needs: number;
  /** The clock after the last struct. */
  end: number;
}

export interface UpdateFacts {
  items: ItemFacts[];
  runs: Map<number, ClientRun>;
  /** Per client, the deleted ranges sorted by clock. */
  deletes: Map<number, Array<{ clock: number; length: number }>>;
}

/** Whether the update's delete set removes the clock `id` names. */
export function deletedIn(facts: UpdateFacts, id: StructId): boolean {
  return covers(facts.deletes.get(id.client), id.clock);
}

const BITS5 = 31;
const HAS_ORIGIN = 128;
const HAS_RIGHT_ORIGIN = 64;
const HAS_PARENT_SUB = 32;
const TYPE_REF_ARRAY = 0;
const TYPE_REF_MAP = 1;


function readContent(decoder: Y.UpdateDecoderV1, ref: number): { content: ItemContent; length: number } {
  switch (ref) {
    case 1:
      return { content: { kind: 'deleted' }, length: decoder.readLen() };
    case 2: {
      // Legacy JSON content, as yjs reads it ("undefined" stands for undefined).
      const length = decoder.readLen();
      const values: unknown[] = [];
      for (let i = 0; i < length; i++) {
        const text = decoder.readString();
        // Thirteenth hostile pass: a 16 MiB `[[[[…` here held the event loop for seconds in JSON.parse.
        if (jsonNestedPast(text)) throw new UpdateRefusal('a value nested too deeply', 'content');
        values.push(text === 'undefined' ? undefined : (JSON.parse(text) as unknown));
      }
      return { content: { kind: 'values', values }, length };
    }
    case 7: {
      const typeRef = decoder.readTypeRef();
      if (typeRef !== TYPE_REF_ARRAY && typeRef !== TYPE_REF_MAP) throw new UpdateRefusal('a shared type the workbook never uses (text or XML)', 'content');
      return { content: { kind: 'type', type: typeRef === TYPE_REF_ARRAY ? 'array' : 'map' }, length: 1 };
    }
    case 8: {
      const length = decoder.readLen();
      const values: unknown[] = [];
      for (let i = 0; i < length; i++) values.push(decoder.readAny());
      return { content: { kind: 'values', values }, length };
    }
    default:
      throw new UpdateRefusal(FOREIGN_CONTENT[ref] ?? `unknown content ${ref}`, FOREIGN_CONTENT[ref] ? 'content' : 'malformed');
  }
}

function readId(decoder: Y.UpdateDecoderV1, side: 'left' | 'right'): StructId {
  const id = side === 'left' ? decoder.readLeftID() : decoder.readRightID();
  return { client: id.client, clock: id.clock };
}

function readItem(decoder: Y.UpdateDecoderV1, info: number, id: StructId): ItemFacts {
  const origin = (info & HAS_ORIGIN) !== 0 ? readId(decoder, 'left') : null;
  const rightOrigin = (info & HAS_RIGHT_ORIGIN) !== 0 ? readId(decoder, 'right') : null;
  const hasParentInfo = (info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0;
  let parent: string | StructId | null = null;
  if (hasParentInfo) parent = decoder.readParentInfo() ? decoder.readString() : readId(decoder, 'left');
  const parentSub = hasParentInfo && (info & HAS_PARENT_SUB) !== 0 ? decoder.readString() : null;
  const { content, length } = readContent(decoder, info & BITS5);
  return { id, length, origin, rightOrigin, parent, parentSub, content };
}

class Counter {
  private readonly clients = new Set<number>();
  structs = 0;
  ranges = 0;
  constructor(private readonly limits: UpdateLimits) {}

  client(client: number): void {
    this.clients.add(client);
    if (this.clients.size > this.limits.maxClients) throw new UpdateRefusal(`more than ${this.limits.maxClients} client ids in one update`, 'limit');
  }

  struct(): void {
    if (++this.structs > this.limits.maxStructs) throw new UpdateRefusal(`more than ${this.limits.maxStructs} structs in one update`, 'limit');
  }

  range(): void {
    if (++this.ranges > this.limits.maxDeleteRanges) throw new UpdateRefusal(`more than ${this.limits.maxDeleteRanges} deleted ranges in one update`, 'limit');
  }
}

function readStructs(decoder: Y.UpdateDecoderV1, counter: Counter, facts: UpdateFacts): void {
  const sections = decoding.readVarUint(decoder.restDecoder);
  for (let s = 0; s < sections; s++) {
    const structs = decoding.readVarUint(decoder.restDecoder);
    const client = decoder.readClient();
    let clock = decoding.readVarUint(decoder.restDecoder);
    if (facts.runs.has(client)) throw new UpdateRefusal('two sections for one client', 'malformed');
    counter.client(client);
    const run: ClientRun = { needs: clock, end: clock };
    facts.runs.set(client, run);
    let afterSkip = false;
    for (let i = 0; i < structs; i++) {
      counter.struct();
      const info = decoder.readInfo();
      const ref = info & BITS5;
      if (afterSkip && ref !== 10) run.needs = clock;
      afterSkip = false;
      if (ref === 0) {
        clock += decoder.readLen();
      } else if (ref === 10) {
        clock += decoding.readVarUint(decoder.restDecoder);
        afterSkip = true;
      } else {
        const item = readItem(decoder, info, { client, clock });
        facts.items.push(item);
        clock += item.length;
      }
      if (!Number.isSafeInteger(clock)) throw new UpdateRefusal('a clock out of range', 'malformed');
    }
    run.end = clock;
  }
}

function readDeleteSet(decoder: Y.UpdateDecoderV1, counter: Counter, facts: UpdateFacts): void {
  const clients = decoding.readVarUint(decoder.restDecoder);
  for (let c = 0; c < clients; c++) {
    decoder.resetDsCurVal();
    const client = decoding.readVarUint(decoder.restDecoder);
    const count = decoding.readVarUint(decoder.restDecoder);
    counter.client(client);
    const ranges = facts.deletes.get(client) ?? [];
    facts.deletes.set(client, ranges);
    for (let i = 0; i < count; i++) {
      counter.range();
      const clock = decoder.readDsClock();
      const length = decoder.readDsLen();
      ranges.push({ clock, length });
    }
    ranges.sort((a, b) => a.clock - b.clock);
  }
}

/**
 * The facts of a v1 update; throws UpdateRefusal for a malformed update (kind 'malformed'), one
 * over a limit ('limit') or content the workbook never holds ('content').
 */
export function readUpdateFacts(update: Uint8Array, limits: UpdateLimits): UpdateFacts {
  scanUpdate(update, limits);
  const facts: UpdateFacts = { items: [], runs: new Map(), deletes: new Map() };
  const decoder = new Y.UpdateDecoderV1(decoding.createDecoder(update));
  const counter = new Counter(limits);
  try {
    readStructs(decoder, counter, facts);
    readDeleteSet(decoder, counter, facts);
  } catch (error) {
    if (error instanceof UpdateRefusal) throw error;
    throw new UpdateRefusal('malformed update', 'malformed');
  }
  if (decoding.hasContent(decoder.restDecoder)) throw new UpdateRefusal('malformed update (trailing bytes)', 'malformed');
  return facts;
}

/** Whether `clock` falls in one of the sorted `ranges` (a client's deleted ranges, say). */
export function covers(ranges: ReadonlyArray<{ clock: number; length: number }> | undefined, clock: number): boolean {
  if (!ranges) return false;
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid]!;
    if (clock < range.clock) high = mid - 1;
    else if (clock >= range.clock + range.length) low = mid + 1;
    else return true;
  }
  return false;
}
