/**
 * Builds ZIP archives for the hostile-file tests, including lying ones: a part may claim another
 * size than it has, be marked encrypted, or appear twice. Also takes an archive apart and puts
 * it back together, to edit one part of a real export.
 */
import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../../models/interchange/crc32.js';
import { readZipDirectory } from '../../../models/interchange/zipDirectory.js';
import { readZipEntry } from '../../../models/interchange/zipEntries.js';

export interface BuiltPart {
  name: string;
  data: Uint8Array | string;
  /** Store uncompressed (default: deflate). */
  stored?: boolean;
  /** Claim this uncompressed size in the headers instead of the real one. */
  claimedSize?: number;
  flags?: number;
}

export function buildZip(parts: readonly BuiltPart[]): Uint8Array {
  const encoder = new TextEncoder();
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? encoder.encode(part.data) : part.data;
    const packed = part.stored ? Buffer.from(raw) : deflateRawSync(raw);
    const name = Buffer.from(part.name, 'utf8');
    const size = part.claimedSize ?? raw.length;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE((part.flags ?? 0) | 0x0800, 6);
    header.writeUInt16LE(part.stored ? 0 : 8, 8);
    header.writeUInt32LE(crc32(raw), 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE((part.flags ?? 0) | 0x0800, 8);
    entry.writeUInt16LE(part.stored ? 0 : 8, 10);
    entry.writeUInt32LE(crc32(raw), 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

/** Every part of an archive as text (binary parts are not expected in our exports). */
export async function zipParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of readZipDirectory(bytes)) out.set(entry.name, new TextDecoder().decode(await readZipEntry(bytes, entry)));
  return out;
}

export function rebuildZip(parts: Map<string, string>): Uint8Array {
  return buildZip([...parts].map(([name, data]) => ({ name, data })));
}

/** An archive with one part's text changed by `edit`. */
export async function editPart(bytes: Uint8Array, name: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const parts = await zipParts(bytes);
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`no part ${name}`);
  parts.set(name, edit(xml));
  return rebuildZip(parts);
}
