/**
 * Writes a ZIP archive without compression. The xlsx importer hands exceljs such an archive
 * holding only the parts it checked and rebuilt, so exceljs never sees anything else of an
 * uploaded file.
 */
import { crc32 } from './crc32.js';

export interface ZipPart {
  name: string;
  data: Uint8Array;
}

export function storedZip(parts: readonly ZipPart[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const names = parts.map((p) => encoder.encode(p.name));
  const checksums = parts.map((p) => crc32(p.data));
  const localSize = parts.reduce((n, p, i) => n + 30 + names[i]!.length + p.data.length, 0);
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  parts.forEach((part, i) => {
    const name = names[i]!;
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0x0800, true); // names are UTF-8
    view.setUint32(at + 14, checksums[i]!, true);
    view.setUint32(at + 18, part.data.length, true);
    view.setUint32(at + 22, part.data.length, true);
    view.setUint16(at + 26, name.length, true);
    out.set(name, at + 30);
    out.set(part.data, at + 30 + name.length);
    at += 30 + name.length + part.data.length;
  });
  const centralStart = at;
  parts.forEach((part, i) => {
    const name = names[i]!;
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    view.setUint32(at + 16, checksums[i]!, true);
    view.setUint32(at + 20, part.data.length, true);
    view.setUint32(at + 24, part.data.length, true);
    view.setUint16(at + 28, name.length, true);
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
