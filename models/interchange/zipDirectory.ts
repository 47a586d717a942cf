/**
 * Reads a ZIP archive's central directory without unpacking anything, and refuses archives that
 * are damaged, truncated, encrypted, ZIP64, or would unpack to more than the limits allow (a zip
 * bomb). The sizes read here are what the archive claims; zipEntries.ts holds every part to them
 * while it unpacks.
 */
import {
  InterchangeError,
  MAX_COMPRESSION_RATIO,
  MAX_UNCOMPRESSED_BYTES,
  MAX_ZIP_ENTRIES,
  RATIO_CHECKED_ABOVE_BYTES,
  tooLarge,
} from './interchangeLimits.js';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

function damaged(why: string): InterchangeError {
  return new InterchangeError(`the file is not a readable .xlsx workbook: ${why}`);
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw damaged('the ZIP archive is truncated (its central directory is missing)');
}

/**
 * The archive's entries, checked: counts, claimed sizes and compression ratios within the limits,
 * every entry inside the file, no duplicates, no encryption.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < EOCD_SIZE) throw damaged('the ZIP archive is truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  const disk = view.getUint16(eocd + 4, true);
  const directoryDisk = view.getUint16(eocd + 6, true);
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (disk !== 0 || directoryDisk !== 0) throw damaged('multi-part ZIP archives are not supported');
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw tooLarge('the workbook is a ZIP64 archive, which only files far beyond the import limits need');
  }
  if (count > MAX_ZIP_ENTRIES) throw tooLarge(`the ZIP archive holds ${count} parts; at most ${MAX_ZIP_ENTRIES} are accepted`);
  if (directoryOffset + directorySize > eocd) throw damaged('the ZIP archive is truncated (its central directory points past the end)');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder('utf-8');
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw damaged('its central directory is damaged');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const entry = {
      method,
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > eocd) throw damaged('its central directory is damaged');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\/+/, '');
    at += 46 + nameLength + extraLength + commentLength;

    if (flags & 0x1) throw new InterchangeError('the workbook is password-protected (encrypted); remove the password in Excel and export it again');
    if (names.has(name.toLowerCase())) throw damaged(`the part ${name} appears twice`);
    names.add(name.toLowerCase());
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) {
      throw tooLarge('the workbook is a ZIP64 archive, which only files far beyond the import limits need');
    }
    if (entry.localHeaderOffset + 30 + entry.compressedSize > directoryOffset) {
      throw damaged(`the ZIP archive is truncated (the part ${name} is cut off)`);
    }
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_CHECKED_ABOVE_BYTES && ratio > MAX_COMPRESSION_RATIO) {
      throw tooLarge(`the part ${name} would unpack ${Math.round(ratio)} times larger than it is packed (a zip bomb); at most ${MAX_COMPRESSION_RATIO} times is accepted`);
    }
    total += entry.uncompressedSize;
    if (total > MAX_UNCOMPRESSED_BYTES) {
      throw tooLarge(`the workbook would unpack to more than ${MAX_UNCOMPRESSED_BYTES / (1024 * 1024)} MiB (a zip bomb, or a workbook beyond the import limits)`);
    }
    if (method !== 0 && method !== 8) throw damaged(`the part ${name} uses ZIP compression method ${method}`);
    entries.push({ name, ...entry });
  }
  return entries;
}
