/**
 * What a file is, judged by its first bytes rather than its name, so that a file that is not what
 * its extension says gets a message naming what it really is.
 *
 * @example checkedFileKind(bytes, 'plan.xlsx') // → 'xlsx', or throws "the file is named .xlsx but is not an Excel workbook: it looks like a PDF document"
 */
import { InterchangeError } from './interchangeLimits.js';

export type ImportKind = 'xlsx' | 'csv';

const SIGNATURES: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Excel 97–2003 (.xls) or other Office 97 file; save it as .xlsx' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF)' },
  { bytes: [0x4d, 0x5a], what: 'a Windows program' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** What the bytes look like: 'zip', 'text', or a description of something else. */
export function sniffContent(bytes: Uint8Array): { kind: 'zip' | 'text' | 'other'; what: string } {
  if (bytes.length === 0) return { kind: 'other', what: 'an empty file' };
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return { kind: signature.bytes[0] === 0x50 ? 'zip' : 'other', what: signature.what };
  const head = bytes.subarray(0, 8192);
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16 && head.includes(0)) return { kind: 'other', what: 'a binary file' };
  const text = new TextDecoder('utf-8').decode(head).trimStart().toLowerCase();
  if (text.startsWith('<!doctype html') || text.startsWith('<html')) return { kind: 'other', what: 'a web page (HTML)' };
  if (text.startsWith('<?xml')) return { kind: 'other', what: 'an XML file (an .xlsx is a ZIP archive)' };
  return { kind: 'text', what: 'a text file' };
}

/** The kind the name promises: .xlsx/.xlsm → xlsx; .csv/.txt/.tsv → csv; otherwise null. */
export function kindFromName(fileName: string): ImportKind | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'xlsx' || extension === 'xlsm') return 'xlsx';
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return 'csv';
  return null;
}

/**
 * The kind of an uploaded file, checked against its content. Throws an 'unsupported-type'
 * InterchangeError when the name and the content disagree, or neither is .xlsx nor .csv.
 */
export function checkedFileKind(bytes: Uint8Array, fileName: string): ImportKind {
  const promised = kindFromName(fileName);
  const content = sniffContent(bytes);
  if (promised === null) {
    throw new InterchangeError(`only .xlsx workbooks and .csv files can be imported (this file looks like ${content.what})`, 'unsupported-type');
  }
  if (promised === 'xlsx' && content.kind !== 'zip') {
    throw new InterchangeError(`the file is named .xlsx but is not an Excel workbook: it looks like ${content.what}`, 'unsupported-type');
  }
  if (promised === 'xlsx' && startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    throw new InterchangeError('the file is named .xlsx but is not an Excel workbook: it is an empty ZIP archive', 'unsupported-type');
  }
  if (promised === 'csv' && content.kind !== 'text') {
    throw new InterchangeError(`the file is named .csv but is not a CSV text file: it looks like ${content.what}`, 'unsupported-type');
  }
  return promised;
}
