/**
 * An uploaded ZIP archive, read without trusting it. zip.js does the reading: the central directory
 * (the record Excel and exceljs trust, never a scan of local headers), names, ZIP64 and split-archive
 * detection, the local header checked against the directory, the CRC-32, and a part stopped as soon as
 * it unpacks past the size the directory claims. What stays ours is Fremskriv's policy, applied to the
 * directory before anything is unpacked: how many parts, how large they claim to be together and one
 * by one (a zip bomb), no encryption, no ZIP64, only store or deflate, no part twice, and one English
 * sentence for every refusal.
 */
import * as zip from '@zip.js/zip.js/lib/zip-core-native.js';
import {
  InterchangeError,
  MAX_COMPRESSION_RATIO,
  MAX_UNCOMPRESSED_BYTES,
  MAX_ZIP_ENTRIES,
  RATIO_CHECKED_ABOVE_BYTES,
  tooLarge,
} from './interchangeLimits.js';

const STORED = 0;
const DEFLATED = 8;

/**
 * zip.js's own options, fixed: no web workers (the server runs imports in its own worker; a model
 * starts none), the platform's DecompressionStream, every part's CRC-32 checked. "balanced" refuses
 * names with `..`, a leading `/` or a drive letter, split archives, several end records and a local
 * header that disagrees with the directory; "strict" would also refuse any byte appended after the
 * archive and similar slack, which changes nothing here: exceljs reads only the archive rebuilt from it.
 */
const READ_OPTIONS = { useWebWorkers: false, useCompressionStream: true, checkCrc32: true, strictness: 'balanced' } as const;

function damaged(why: string): InterchangeError {
  return new InterchangeError(`the file is not a readable .xlsx workbook: ${why}`);
}

function encrypted(): InterchangeError {
  return new InterchangeError('the workbook is password-protected (encrypted); remove the password in Excel and export it again');
}

function zip64(): InterchangeError {
  return tooLarge('the workbook is a ZIP64 archive, which only files far beyond the import limits need');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** zip.js's refusal of the archive as a whole, in our words. */
function archiveRefusal(error: unknown): InterchangeError {
  if (error instanceof InterchangeError) return error;
  switch (messageOf(error)) {
    case zip.ERR_EOCDR_NOT_FOUND:
      return damaged('the ZIP archive is truncated (its central directory is missing)');
    case zip.ERR_BAD_FORMAT:
    case zip.ERR_CENTRAL_DIRECTORY_NOT_FOUND:
      return damaged('the ZIP archive is truncated or its central directory is damaged');
    case zip.ERR_SPLIT_ZIP_FILE:
      return damaged('multi-part ZIP archives are not supported');
    case zip.ERR_EOCDR_LOCATOR_ZIP64_NOT_FOUND:
    case zip.ERR_UNSUPPORTED_UINT64:
      return zip64();
    case zip.ERR_ENCRYPTED_CENTRAL_DIRECTORY:
      return encrypted();
    case zip.ERR_UNSAFE_FILENAME: {
      const name = (error as { filename?: unknown }).filename;
      return damaged(`the part ${typeof name === 'string' ? name : ''} is named as a path outside the archive`);
    }
    case zip.ERR_AMBIGUOUS_ARCHIVE:
      return damaged('the ZIP archive can be read in more than one way (its records disagree)');
    default:
      return damaged(`the ZIP archive is damaged (${messageOf(error)})`);
  }
}

/** zip.js's refusal of one part while unpacking it, in our words. */
function partRefusal(name: string, error: unknown): InterchangeError {
  if (error instanceof InterchangeError) return error;
  const part = (why: string): InterchangeError => damaged(`the part ${name} ${why}`);
  switch (messageOf(error)) {
    case zip.ERR_INVALID_UNCOMPRESSED_SIZE:
      // A stored part's sizes are compared in the directory; a deflated part ending short fails its CRC-32 first.
      return part('unpacks to more than the archive says (a zip bomb or a damaged file)');
    case zip.ERR_INVALID_CRC32:
      return part('fails its checksum');
    case zip.ERR_ENTRY_DATA_OUT_OF_BOUNDS:
      return part('is cut off');
    case zip.ERR_LOCAL_FILE_HEADER_NOT_FOUND:
      return part('is missing');
    case zip.ERR_ENCRYPTED:
      return encrypted();
    case zip.ERR_AMBIGUOUS_ARCHIVE:
      return part('has a local header that disagrees with the archive\'s directory');
    default:
      return part('is damaged or truncated');
  }
}

/** The archive's parts, checked against the limits; parts are unpacked one at a time, on demand. */
export class ZipArchive {
  private constructor(private readonly parts: ReadonlyMap<string, zip.FileEntry>) {}

  /**
   * Reads and checks the central directory; unpacks nothing.
   *
   * @throws InterchangeError when the archive is damaged, truncated, multi-part, ZIP64, encrypted,
   *   holds a part twice or a method other than store/deflate, or claims more than the limits allow.
   */
  static async open(bytes: Uint8Array): Promise<ZipArchive> {
    // A Uint8Array source holds nothing to release: the reader needs no close().
    const reader = new zip.ZipReader(new zip.Uint8ArrayReader(bytes), READ_OPTIONS);
    let declaredCount = 0;
    const parts = new Map<string, zip.FileEntry>();
    const names = new Set<string>();
    let total = 0;
    try {
      const entries = reader.getEntriesGenerator({
        onprogress(_index, count) {
          declaredCount = count;
        },
      });
      for await (const entry of entries) {
        // The directory's count comes with its first entry; 5,000 parts are refused before the 2,001st is read.
        if (Math.max(names.size + 1, declaredCount) > MAX_ZIP_ENTRIES) {
          throw tooLarge(`the ZIP archive holds ${Math.max(names.size + 1, declaredCount)} parts; at most ${MAX_ZIP_ENTRIES} are accepted`);
        }
        const name = entry.filename;
        if (entry.encrypted) throw encrypted();
        const key = name.toLowerCase();
        if (names.has(key)) throw damaged(`the part ${name} appears twice`);
        names.add(key);
        if (entry.zip64) throw zip64();
        if (reader.directoryOffset !== undefined && entry.offset + 30 + entry.compressedSize > reader.directoryOffset) {
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
        if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
          throw damaged(`the part ${name} uses ZIP compression method ${entry.compressionMethod}`);
        }
        if (entry.compressionMethod === STORED && entry.compressedSize !== entry.uncompressedSize) {
          throw damaged(`the part ${name} has another size than the archive says`);
        }
        if (!entry.directory) parts.set(key, entry);
      }
    } catch (error) {
      throw archiveRefusal(error);
    }
    return new ZipArchive(parts);
  }

  /** Whether the archive holds the part (ZIP names compared as Excel does, ignoring case). */
  has(name: string): boolean {
    return this.parts.has(name.toLowerCase());
  }

  /** The unpacked bytes of one part, exactly as large as the directory claims and matching its CRC-32. */
  async bytes(name: string): Promise<Uint8Array> {
    const entry = this.parts.get(name.toLowerCase());
    if (!entry) throw damaged(`the part ${name} is missing`);
    try {
      // zip.js stops the part at the first byte past its claim, which the directory checks bound.
      return await entry.getData(new zip.Uint8ArrayWriter(), READ_OPTIONS);
    } catch (error) {
      throw partRefusal(entry.filename, error);
    }
  }

  /** A part as UTF-8 text (an .xlsx's XML parts are UTF-8); anything else is refused. */
  async text(name: string): Promise<string> {
    const data = await this.bytes(name);
    if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
      throw damaged(`the part ${name} is UTF-16 XML, which Fremskriv does not read`);
    }
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
    } catch {
      throw damaged(`the part ${name} is not UTF-8 text`);
    }
  }
}
