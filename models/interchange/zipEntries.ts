/**
 * Unpacks single parts of a ZIP archive whose directory readZipDirectory has checked. A part is
 * never allowed to grow past the size the directory claims for it (a lying zip bomb stops at that
 * size), and its checksum must match. Uses the web-standard DecompressionStream, so this runs the
 * same in Node and in browsers.
 */
import { crc32 } from './crc32.js';
import { InterchangeError } from './interchangeLimits.js';
import type { ZipEntry } from './zipDirectory.js';

const LOCAL_SIGNATURE = 0x04034b50;

function damaged(name: string, why: string): InterchangeError {
  return new InterchangeError(`the file is not a readable .xlsx workbook: the part ${name} ${why}`);
}

async function inflateRaw(packed: Uint8Array, limit: number, name: string): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(new Uint8Array(packed));
      controller.close();
    },
  });
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel();
        throw damaged(name, 'unpacks to more than the archive says (a zip bomb or a damaged file)');
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof InterchangeError) throw error;
    throw damaged(name, 'is damaged or truncated');
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The unpacked bytes of one part, exactly as large as the directory claims. */
export async function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw damaged(entry.name, 'is missing');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(entry.name, 'is cut off');
  const packed = bytes.subarray(start, end);
  const data = entry.method === 0 ? packed : await inflateRaw(packed, entry.uncompressedSize, entry.name);
  if (data.length !== entry.uncompressedSize) throw damaged(entry.name, 'has another size than the archive says');
  if (crc32(data) !== entry.crc32) throw damaged(entry.name, 'fails its checksum');
  return data;
}

/** A part as UTF-8 text (XML parts of an .xlsx are UTF-8); anything else is refused. */
export async function readZipText(bytes: Uint8Array, entry: ZipEntry): Promise<string> {
  const data = await readZipEntry(bytes, entry);
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    throw damaged(entry.name, 'is UTF-16 XML, which Fremskriv does not read');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    throw damaged(entry.name, 'is not UTF-8 text');
  }
}
