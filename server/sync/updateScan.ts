/**
 * A first pass over a v1 update that allocates nothing: it counts structs, client ids and deleted
 * ranges and looks at each content's kind, skipping every string and value by its length. A bomb
 * (1.15 million map keys, 20,000 unknown clients, 100,000 sub-documents) is refused here after
 * reading up to the limit, at the cost of walking bytes; only an update within every limit is
 * then read into facts (updateReader.ts), whose objects cost real time per struct.
 */
import * as decoding from 'lib0/decoding';
import { FOREIGN_CONTENT, UpdateRefusal, type UpdateLimits } from './updateRefusal.js';

/** Nesting deeper than this in one value is refused (no workbook value nests at all). */
const MAX_VALUE_DEPTH = 64;


function skipBytes(decoder: decoding.Decoder): void {
  const length = decoding.readVarUint(decoder);
  decoder.pos += length;
  if (decoder.pos > decoder.arr.length) throw new Error('truncated');
}

function skipVarInt(decoder: decoding.Decoder): void {
  while ((decoding.readUint8(decoder) & 0x80) !== 0);
}

/** Skips one lib0 `writeAny` value (the encoding ContentAny uses). */
function skipAny(decoder: decoding.Decoder, depth: number): void {
  if (depth > MAX_VALUE_DEPTH) throw new UpdateRefusal('a value nested too deeply', 'content');
  const type = decoding.readUint8(decoder);
  switch (type) {
    case 127:
    case 126:
    case 121:
    case 120:
      return;
    case 125:
      return skipVarInt(decoder);
    case 124:
      decoder.pos += 4;
      break;
    case 123:
    case 122:
      decoder.pos += 8;
      break;
    case 119:
    case 116:
      return skipBytes(decoder);
    case 118: {
      const count = decoding.readVarUint(decoder);
      for (let i = 0; i < count; i++) {
        skipBytes(decoder);
        skipAny(decoder, depth + 1);
      }
      return;
    }
    case 117: {
      const count = decoding.readVarUint(decoder);
      for (let i = 0; i < count; i++) skipAny(decoder, depth + 1);
      return;
    }
    default:
      throw new Error('unknown value type');
  }
  if (decoder.pos > decoder.arr.length) throw new Error('truncated');
}

function skipContent(decoder: decoding.Decoder, ref: number): void {
  switch (ref) {
    case 1:
      decoding.readVarUint(decoder);
      return;
    case 2: {
      const count = decoding.readVarUint(decoder);
      for (let i = 0; i < count; i++) skipBytes(decoder);
      return;
    }
    case 7: {
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef !== 0 && typeRef !== 1) throw new UpdateRefusal('a shared type the workbook never uses (text or XML)', 'content');
      return;
    }
    case 8: {
      const count = decoding.readVarUint(decoder);
      for (let i = 0; i < count; i++) skipAny(decoder, 0);
      return;
    }
    default:
      throw new UpdateRefusal(FOREIGN_CONTENT[ref] ?? `unknown content ${ref}`, FOREIGN_CONTENT[ref] ? 'content' : 'malformed');
  }
}

function scanStructs(decoder: decoding.Decoder, limits: UpdateLimits, clients: Set<number>): void {
  let structs = 0;
  const sections = decoding.readVarUint(decoder);
  for (let s = 0; s < sections; s++) {
    const count = decoding.readVarUint(decoder);
    clients.add(decoding.readVarUint(decoder));
    if (clients.size > limits.maxClients) throw new UpdateRefusal(`more than ${limits.maxClients} client ids in one update`, 'limit');
    decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      if (++structs > limits.maxStructs) throw new UpdateRefusal(`more than ${limits.maxStructs} structs in one update`, 'limit');
      const info = decoding.readUint8(decoder);
      const ref = info & 31;
      if (ref === 0 || ref === 10) {
        decoding.readVarUint(decoder);
        continue;
      }
      if ((info & 128) !== 0) {
        decoding.readVarUint(decoder);
        decoding.readVarUint(decoder);
      }
      if ((info & 64) !== 0) {
        decoding.readVarUint(decoder);
        decoding.readVarUint(decoder);
      }
      if ((info & 192) === 0) {
        if (decoding.readVarUint(decoder) === 1) skipBytes(decoder);
        else {
          decoding.readVarUint(decoder);
          decoding.readVarUint(decoder);
        }
        if ((info & 32) !== 0) skipBytes(decoder);
      }
      skipContent(decoder, ref);
    }
  }
}

function scanDeleteSet(decoder: decoding.Decoder, limits: UpdateLimits, clients: Set<number>): void {
  let ranges = 0;
  const count = decoding.readVarUint(decoder);
  for (let c = 0; c < count; c++) {
    clients.add(decoding.readVarUint(decoder));
    if (clients.size > limits.maxClients) throw new UpdateRefusal(`more than ${limits.maxClients} client ids in one update`, 'limit');
    const deletes = decoding.readVarUint(decoder);
    ranges += deletes;
    if (ranges > limits.maxDeleteRanges) throw new UpdateRefusal(`more than ${limits.maxDeleteRanges} deleted ranges in one update`, 'limit');
    for (let i = 0; i < deletes; i++) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
    }
  }
}

/** Throws UpdateRefusal when the update is over a limit, holds foreign content, or is cut short. */
export function scanUpdate(update: Uint8Array, limits: UpdateLimits): void {
  const decoder = decoding.createDecoder(update);
  const clients = new Set<number>();
  try {
    scanStructs(decoder, limits, clients);
    scanDeleteSet(decoder, limits, clients);
  } catch (error) {
    if (error instanceof UpdateRefusal) throw error;
    throw new UpdateRefusal('malformed update', 'malformed');
  }
}
