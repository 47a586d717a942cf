/**
 * ZIP archives for the hostile-file tests, written by libraries rather than by hand: honest ones with
 * fflate's zipSync; lying ones (a part claiming another size than it unpacks to, a part under a
 * password) with zip.js's ZipWriter, which takes already-deflated data and the sizes to claim, and
 * encrypts for real. Also takes one of our exports apart and puts it back together, to edit a part.
 */
import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';
import { Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js/lib/zip-core-native.js';

export interface BuiltPart {
  name: string;
  data: Uint8Array | string;
  /** Store uncompressed (default: deflate). */
  stored?: boolean;
}

export interface LyingPart extends BuiltPart {
  /** Claim this unpacked size in the archive's records instead of the real one (or the real one, for a part packed elsewhere). */
  claimedSize?: number;
  /** Deflated bytes to store as they are (with claimedSize), instead of deflating `data`. */
  packed?: Uint8Array;
  /** Claim this ZIP compression method for `packed` (with claimedSize; default 8, deflate). */
  method?: number;
  /** Claim this CRC-32 instead of the real one (with claimedSize). */
  claimedCrc32?: number;
  /** Encrypt the part with this password (ZipCrypto, as old Excel add-ins and zip tools do). */
  password?: string;
}

const encoder = new TextEncoder();

function bytesOf(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

/** An honest archive. */
export function buildZip(parts: readonly BuiltPart[]): Uint8Array {
  const archive: Zippable = {};
  for (const part of parts) archive[part.name] = [bytesOf(part.data), { level: part.stored ? 0 : 6 }];
  return zipSync(archive);
}

/** An archive whose parts may lie about their size or be encrypted. */
export async function buildLyingZip(parts: readonly LyingPart[]): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { useWebWorkers: false });
  for (const part of parts) {
    const raw = bytesOf(part.data);
    if (part.claimedSize !== undefined) {
      const packed = part.packed ?? new Uint8Array(deflateRawSync(raw));
      await writer.add(part.name, new Uint8ArrayReader(packed), {
        passThrough: 'compressed',
        compressionMethod: part.method ?? 8,
        uncompressedSize: part.claimedSize,
        crc32: part.claimedCrc32 ?? crc32(raw),
      });
    } else {
      await writer.add(part.name, new Uint8ArrayReader(raw), {
        level: part.stored ? 0 : 6,
        ...(part.password ? { password: part.password, zipCrypto: true } : {}),
      });
    }
  }
  return writer.close();
}

/** Every part of one of our exports as text (exports hold no binary parts). */
export function zipParts(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!name.endsWith('/')) out.set(name, strFromU8(data));
  }
  return out;
}

export function rebuildZip(parts: Map<string, string>): Uint8Array {
  return buildZip([...parts].map(([name, data]) => ({ name, data })));
}

/** An archive with one part's text changed by `edit`. */
export async function editPart(bytes: Uint8Array, name: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const parts = zipParts(bytes);
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`no part ${name}`);
  parts.set(name, edit(xml));
  return rebuildZip(parts);
}

/**
 * The archive with every occurrence of the name `from` in its records renamed to `to` (the same
 * length, so no offset moves): two parts named alike in every letter but one become one name twice,
 * which no ZIP writer will write.
 */
export function renamePart(bytes: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('renamePart keeps the length');
  const [needle, replacement] = [encoder.encode(from), encoder.encode(to)];
  const out = new Uint8Array(bytes);
  let renamed = 0;
  for (let at = out.indexOf(needle[0]!); at !== -1 && at <= out.length - needle.length; at = out.indexOf(needle[0]!, at + 1)) {
    if (needle.every((b, i) => out[at + i] === b)) {
      out.set(replacement, at);
      renamed++;
    }
  }
  if (renamed === 0) throw new Error(`no part named ${from}`);
  return out;
}
