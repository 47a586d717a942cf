/**
 * Hand-built Yjs v1 updates, the way an attacker writes them (issue 15's crafted-update bombs):
 * struct sections and delete sets encoded with lib0 directly, so they can hold what no Y.Doc
 * would ever emit (clock gaps, unknown clients, sub-documents, a million keys).
 */
import * as encoding from 'lib0/encoding';

/** One item with an explicit parent: a root name, and a map key (or none for a list item). */
export interface CraftedItem {
  root: string;
  key?: string;
  /** 8 ContentAny (default), 9 ContentDoc, 3 ContentBinary, 4 ContentString, 2 legacy ContentJSON (each value as its JSON text). */
  content?: { ref: 8; values: unknown[] } | { ref: 9 } | { ref: 3 } | { ref: 4; text: string } | { ref: 2; texts: string[] };
}

export interface CraftedSection {
  client: number;
  clock: number;
  items: Iterable<CraftedItem>;
  count: number;
}

function writeItem(encoder: encoding.Encoder, item: CraftedItem): void {
  const content = item.content ?? { ref: 8, values: [1] };
  encoding.writeUint8(encoder, content.ref | (item.key === undefined ? 0 : 32));
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarString(encoder, item.root);
  if (item.key !== undefined) encoding.writeVarString(encoder, item.key);
  switch (content.ref) {
    case 8:
      encoding.writeVarUint(encoder, content.values.length);
      for (const value of content.values) encoding.writeAny(encoder, value as Parameters<typeof encoding.writeAny>[1]);
      return;
    case 9:
      encoding.writeVarString(encoder, 'sub-document');
      encoding.writeAny(encoder, {});
      return;
    case 3:
      encoding.writeVarUint8Array(encoder, new Uint8Array([1, 2, 3]));
      return;
    case 4:
      encoding.writeVarString(encoder, content.text);
      return;
    case 2:
      encoding.writeVarUint(encoder, content.texts.length);
      for (const text of content.texts) encoding.writeVarString(encoder, text);
  }
}

/** A v1 update from struct sections and a delete set (client → [clock, length] ranges). */
export function craftUpdate(sections: Iterable<CraftedSection>, deletes: Iterable<[number, Array<[number, number]>]> = []): Uint8Array {
  const encoder = encoding.createEncoder();
  const all = [...sections];
  encoding.writeVarUint(encoder, all.length);
  for (const section of all) {
    encoding.writeVarUint(encoder, section.count);
    encoding.writeVarUint(encoder, section.client);
    encoding.writeVarUint(encoder, section.clock);
    for (const item of section.items) writeItem(encoder, item);
  }
  const ds = [...deletes];
  encoding.writeVarUint(encoder, ds.length);
  for (const [client, ranges] of ds) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const [clock, length] of ranges) {
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarUint(encoder, length);
    }
  }
  return encoding.toUint8Array(encoder);
}

/** The y-websocket frame carrying `update` as a sync update message. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function* repeat<T>(count: number, make: (i: number) => T): Iterable<T> {
  for (let i = 0; i < count; i++) yield make(i);
}

/** Issue 15's four bombs, each as one update. */
export const bombs = {
  /** Structs after a clock gap for 20,000 clients the server never saw (kept pending by Yjs). */
  unknownClientsWithGaps: (): Uint8Array =>
    craftUpdate(repeat(20_000, (i) => ({ client: 1_000_000 + i, clock: 1_000, count: 1, items: [{ root: 'meta', key: 'title' }] }))),
  /** A delete set naming 100,000 clients the server never saw. */
  deleteSetForUnknownClients: (): Uint8Array => craftUpdate([], repeat(100_000, (i) => [2_000_000 + i, [[0, 1_000_000]]] as [number, Array<[number, number]>])),
  /** 100,000 sub-documents. */
  subDocuments: (): Uint8Array =>
    craftUpdate([{ client: 3_000_000, clock: 0, count: 100_000, items: repeat(100_000, () => ({ root: 'meta', key: 'title', content: { ref: 9 } as const })) }]),
  /** 1.15 million map keys in one update. */
  millionMapKeys: (): Uint8Array =>
    craftUpdate([
      { client: 4_000_000, clock: 0, count: 1_150_000, items: repeat(1_150_000, (i) => ({ root: 'a', key: i.toString(36), content: { ref: 8, values: [undefined] } as const })) },
    ]),
};
