/**
 * What an imported file may hold, in one place (documented in models/interchange/README.md).
 * Every limit is checked before the part of the file it guards is unpacked or parsed, so a
 * hostile file costs at most these amounts of memory and time.
 */
import { EXCEL_ROWS, MAX_COLUMNS, MAX_ROWS } from '../workbook/cellAddress.js';
import { MAX_SHEETS } from '../format/workbookFile.js';
import type { ImportReason } from './importReasons.js';

/** Largest .xlsx or .csv accepted (the server's MAX_BODY_BYTES may set a lower limit). */
export const MAX_IMPORT_FILE_BYTES = 16 * 1024 * 1024;
/** Entries in the zip's central directory. */
export const MAX_ZIP_ENTRIES = 2_000;
/** The unpacked size of every part Fremskriv reads, together. */
export const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
/** Unpacked ÷ packed size of one part above 1 MiB; ordinary sheets compress 5–30×, zip bombs 1000×. */
export const MAX_COMPRESSION_RATIO = 200;
export const RATIO_CHECKED_ABOVE_BYTES = 1024 * 1024;
/** Sheets in one file (the v1 format's limit). */
export const MAX_IMPORT_SHEETS = MAX_SHEETS;
/** Excel tables (structured references' names) in one file, and columns read per table. */
export const MAX_IMPORT_TABLES = 1_000;
/** `<row>` elements in one sheet, and `<c>` elements (cells, empty or not) in the whole file. */
export const MAX_ROW_ELEMENTS = 100_000;
export const MAX_IMPORT_CELLS = 500_000;
/** Shared strings and cell styles in one file. */
export const MAX_SHARED_STRINGS = 1_000_000;
export const MAX_CELL_STYLES = 100_000;
/** A cell's position: Fremskriv's sheet size (rows 1–40,000, columns A–ZZZ). */
export const MAX_IMPORT_ROWS = MAX_ROWS;
export const MAX_IMPORT_COLUMNS = MAX_COLUMNS;
/** What no real spreadsheet can claim (Excel's own limits): such a claim is refused outright. */
export const EXCEL_MAX_ROWS = EXCEL_ROWS;
export const EXCEL_MAX_COLUMNS = 16_384;
/** Unsupported-function findings listed one by one (the count is always complete). */
export const MAX_LISTED_FINDINGS = 500;

/**
 * The most cells with content (a value or a formula) a file may hold for where it goes, with the
 * sentence saying why (the server: what a workspace may take, server/store/workspaceSize.ts).
 * Counted as the file is read, so a file that can never fit is refused before it is built:
 * building 480,000 cells took 68 s in a worker thread only to be refused by the size bound.
 */
export interface ContentCellBound {
  cells: number;
  /**
   * The characters of text and formulas the cells may hold together (the server: the workspace's
   * bytes, as a stored character takes at least one). Counted before a formula is read: one
   * shared formula of 8,000 characters, given to 3,000 cells by a 5 kB file, kept a worker
   * thread 97 s only to be refused by the size bound.
   */
  characters?: number;
  reason: string;
}

/** Counts the characters of text and formulas read so far against a bound's `characters`. */
export class ContentCharacters {
  private read = 0;

  constructor(
    private readonly bound: ContentCellBound | undefined,
    private readonly what: string,
  ) {}

  /** Refuses (413) once the characters read, `length` included, pass the bound. */
  add(length: number): void {
    this.read += length;
    const most = this.bound?.characters;
    if (most !== undefined && this.read > most) {
      throw tooLarge(`${this.what} holds more than ${most.toLocaleString('en-US')} characters of text and formulas: ${this.bound!.reason}`);
    }
  }
}

/** Refuses (413) once `count` passes the bound. */
export function checkContentCells(count: number, bound: ContentCellBound | undefined, what: string): void {
  if (bound && count > bound.cells) throw tooLarge(`${what} holds more than ${bound.cells.toLocaleString('en-US')} cells with content: ${bound.reason}`);
}

export type InterchangeErrorKind = 'invalid' | 'unsupported-type' | 'too-large';

/**
 * A file Fremskriv will not import, and why, in one English sentence naming the part or cell.
 * `kind` lets the server choose its status (400, 415, 413) and the client its wording; `reason`,
 * where the cause is of a known kind, lets a note that carries the sentence word it too
 * (importReasons.ts: a part the import reads on without).
 */
export class InterchangeError extends Error {
  constructor(
    message: string,
    readonly kind: InterchangeErrorKind = 'invalid',
    readonly reason: ImportReason | null = null,
  ) {
    super(message);
    this.name = 'InterchangeError';
  }
}

export function tooLarge(message: string): InterchangeError {
  return new InterchangeError(message, 'too-large');
}
