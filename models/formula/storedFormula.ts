/**
 * The stored form of a formula: A1 text in which every reference is replaced by the stable
 * identities of the sheet, column and row it points at, `⟦sheetId!$colId,rowId⟧`. Inserting or
 * deleting rows never rewrites a stored formula, so a colleague's concurrent formula edit and a
 * row insertion cannot lose each other: the A1 text is derived when the formula is read.
 * See models/README.md ("Why formulas store identities").
 */
import { EXCEL_ROWS, MAX_ROWS } from '../workbook/cellAddress.js';
import { formatReference, splitFormula, type A1Reference, type ReferenceEndpoint } from './a1References.js';

/** What encoding and decoding need to know about the workbook's grid. */
export interface GridIdentities {
  /** Sheet id for a sheet name (case-insensitive, as Excel), or undefined. */
  sheetIdByName(name: string): string | undefined;
  sheetName(sheetId: string): string | undefined;
  rowIndex(sheetId: string, rowId: string): number;
  colIndex(sheetId: string, colId: string): number;
}

/** Encoding may need identities for rows and columns beyond the sheet's current grid. */
export interface GridAllocator extends GridIdentities {
  ensureRowId(sheetId: string, index: number): string;
  ensureColId(sheetId: string, index: number): string;
}

const OPEN = '⟦';
const OPEN_CODE = 0x27e6;
const COLON = 0x3a;
const QUOTE = 0x22;
const DOLLAR = 0x24;
const CLOSE = '⟧';
const REF_ERROR = '#REF!';
/**
 * A row past the grid (MAX_ROWS) is stored by its number, `~65536`: it has no identity, holds no
 * cell, and stays where it is when rows are inserted or deleted in the grid (`A1:A1048576` keeps
 * its end). Row identities never start with `~` (workbook/identities.ts).
 */
const ROW_NUMBER = '~';

function encodeRow(grid: GridAllocator, sheetId: string, index: number): string {
  return index >= MAX_ROWS ? `${ROW_NUMBER}${index + 1}` : grid.ensureRowId(sheetId, index);
}

/** A stored row past the grid (`~65536`): its index, or -1 for anything else (a number within the grid is no such row). */
function numberedRowIndex(rowId: string): number {
  if (!/^~[1-9][0-9]{0,6}$/.test(rowId)) return -1;
  const index = Number(rowId.slice(1)) - 1;
  return index >= MAX_ROWS && index < EXCEL_ROWS ? index : -1;
}

function encodeEndpoint(grid: GridAllocator, sheetId: string, endpoint: ReferenceEndpoint): string {
  const col = endpoint.col ? (endpoint.col.absolute ? '$' : '') + grid.ensureColId(sheetId, endpoint.col.index) : '';
  const row = endpoint.row ? (endpoint.row.absolute ? '$' : '') + encodeRow(grid, sheetId, endpoint.row.index) : '';
  return `${col},${row}`;
}

/**
 * A1 formula (canonical English) → stored form. `hostSheetId` is the sheet the formula lives on
 * (references without a sheet name point there). A reference to an unknown sheet becomes `#REF!`,
 * as in Excel. With `qualify`, every reference records its sheet, so the text reads the same from
 * anywhere (goals and scenario inputs belong to no sheet).
 */
export function encodeFormula(formula: string, hostSheetId: string, grid: GridAllocator, qualify = false): string {
  return splitFormula(stripMarkers(formula))
    .map((segment) => {
      if (segment.kind === 'text') return segment.text;
      const { ref } = segment;
      const sheetId = ref.sheet === undefined ? hostSheetId : grid.sheetIdByName(ref.sheet);
      if (sheetId === undefined) return REF_ERROR;
      const prefix = ref.sheet === undefined && !qualify ? '' : `${sheetId}!`;
      const start = `${OPEN}${prefix}${encodeEndpoint(grid, sheetId, ref.start)}${CLOSE}`;
      return ref.end ? `${start}:${OPEN}${encodeEndpoint(grid, sheetId, ref.end)}${CLOSE}` : start;
    })
    .join('');
}

/** The marker characters are ours; typed ones (outside strings) would be misread on decode. */
function stripMarkers(formula: string): string {
  if (!formula.includes(OPEN) && !formula.includes(CLOSE)) return formula;
  return formula.replace(/"(?:[^"]|"")*"?|[⟦⟧]/g, (m) => (m === OPEN || m === CLOSE ? '\uFFFD' : m));
}

interface StoredEndpoint {
  sheetId?: string;
  colId?: string;
  colAbsolute: boolean;
  rowId?: string;
  rowAbsolute: boolean;
}

/** A line terminator as JavaScript's patterns read one (`\n`, `\r`, U+2028, U+2029). */
function isLineTerminator(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * `[sheetId!][$]colId,[$]rowId` in `text` from `from` up to `to`, either id may be empty; null
 * without the comma. Read by hand in place rather than by a pattern on a copy: an engine build
 * reads two endpoints of every formula in the workbook.
 * (As the pattern it replaces, `^(?:([^!,]+)!)?(\$?)([^,]*),(\$?)(.*)$`: a row id cannot span lines.)
 */
function parseStoredEndpoint(text: string, from: number, to: number): StoredEndpoint | null {
  const comma = text.indexOf(',', from);
  if (comma < 0 || comma >= to) return null;
  const bang = text.indexOf('!', from);
  const sheeted = bang > from && bang < comma;
  let col = sheeted ? bang + 1 : from;
  const colAbsolute = col < comma && text.charCodeAt(col) === DOLLAR;
  if (colAbsolute) col++;
  let row = comma + 1;
  const rowAbsolute = row < to && text.charCodeAt(row) === DOLLAR;
  if (rowAbsolute) row++;
  for (let i = row; i < to; i++) if (isLineTerminator(text.charCodeAt(i))) return null;
  return {
    sheetId: sheeted ? text.slice(from, bang) : undefined,
    colAbsolute,
    colId: col < comma ? text.slice(col, comma) : undefined,
    rowAbsolute,
    rowId: row < to ? text.slice(row, to) : undefined,
  };
}

/** A stored reference as found in stored text, start and optional end. */
export interface StoredReference {
  sheetId?: string;
  start: StoredEndpoint;
  end?: StoredEndpoint;
}

export type StoredSegment = { kind: 'text'; text: string } | { kind: 'ref'; ref: StoredReference };

/** A string literal, or a stored reference (`⟦…⟧`, optionally `:⟦…⟧`) with its endpoints' bodies. */
const STORED_REFERENCE_OR_STRING = /"(?:[^"]|"")*"?|⟦([^⟧]*)⟧(?::⟦([^⟧]*)⟧)?/g;

/** Splits stored text into text and stored references (skipping string literals). */
export function splitStoredFormula(stored: string): StoredSegment[] {
  const segments: StoredSegment[] = [];
  let last = 0;
  for (const m of stored.matchAll(STORED_REFERENCE_OR_STRING)) {
    if (m[1] === undefined) continue; // a string literal
    const start = parseStoredEndpoint(m[1], 0, m[1].length);
    const end = m[2] === undefined ? undefined : parseStoredEndpoint(m[2], 0, m[2].length);
    if (!start || end === null) continue;
    if (m.index > last) segments.push({ kind: 'text', text: stored.slice(last, m.index) });
    segments.push({ kind: 'ref', ref: { sheetId: start.sheetId, start, end } });
    last = m.index + m[0].length;
  }
  if (last < stored.length) segments.push({ kind: 'text', text: stored.slice(last) });
  return segments;
}

function resolveEndpoint(grid: GridIdentities, sheetId: string, e: StoredEndpoint): ReferenceEndpoint | null {
  const out: ReferenceEndpoint = {};
  if (e.colId !== undefined) {
    const index = grid.colIndex(sheetId, e.colId);
    if (index < 0) return null;
    out.col = { index, absolute: e.colAbsolute };
  }
  if (e.rowId !== undefined) {
    const index = e.rowId.startsWith(ROW_NUMBER) ? numberedRowIndex(e.rowId) : grid.rowIndex(sheetId, e.rowId);
    if (index < 0) return null;
    out.row = { index, absolute: e.rowAbsolute };
  }
  return out;
}

/** Resolves a stored reference to A1 terms; null when its sheet, row or column is gone. */
export function resolveStoredReference(
  ref: StoredReference,
  hostSheetId: string,
  grid: GridIdentities,
): A1Reference | null {
  const sheetId = ref.sheetId ?? hostSheetId;
  const sheet = ref.sheetId === undefined ? undefined : grid.sheetName(sheetId);
  if (ref.sheetId !== undefined && sheet === undefined) return null;
  const start = resolveEndpoint(grid, sheetId, ref.start);
  const end = ref.end ? resolveEndpoint(grid, sheetId, ref.end) : undefined;
  if (!start || end === null) return null;
  return end ? { sheet, start, end } : { sheet, start };
}

/** Where a string literal that opens at `at` ends (after its closing quote, or at the end of the text). */
function afterStringLiteral(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    if (text.charCodeAt(i) !== QUOTE) i++;
    else if (text.charCodeAt(i + 1) === QUOTE) i += 2;
    else return i + 1;
  }
  return i;
}

/**
 * Stored form → A1 formula (canonical English). A reference whose target is gone reads `#REF!`.
 * `adjust` may rewrite each resolved reference (the engine binding cuts oversized ranges).
 * One scan of the text, string literals skipped, each `⟦start⟧` or `⟦start⟧:⟦end⟧` replaced: an
 * engine build decodes every formula of the workbook (the scan reads what
 * STORED_REFERENCE_OR_STRING matches, in about half the pattern's time).
 */
export function decodeFormula(stored: string, hostSheetId: string, grid: GridIdentities, adjust?: (ref: A1Reference) => A1Reference): string {
  const first = stored.indexOf(OPEN);
  if (first < 0) return stored;
  let out = '';
  let copied = 0;
  let i = stored.lastIndexOf('"', first) < 0 ? first : 0;
  while (i < stored.length) {
    const code = stored.charCodeAt(i);
    if (code === QUOTE) {
      i = afterStringLiteral(stored, i);
      continue;
    }
    if (code !== OPEN_CODE) {
      i++;
      continue;
    }
    const close = stored.indexOf(CLOSE, i + 1);
    if (close < 0) break; // no reference can close after this point
    let end = close + 1;
    let endpoint: StoredEndpoint | null | undefined;
    if (stored.charCodeAt(end) === COLON && stored.charCodeAt(end + 1) === OPEN_CODE) {
      const endClose = stored.indexOf(CLOSE, end + 2);
      if (endClose >= 0) {
        endpoint = parseStoredEndpoint(stored, end + 2, endClose);
        end = endClose + 1;
      }
    }
    const start = parseStoredEndpoint(stored, i + 1, close);
    if (start && endpoint !== null) {
      const ref = resolveStoredReference({ sheetId: start.sheetId, start, end: endpoint }, hostSheetId, grid);
      out += stored.slice(copied, i) + (ref ? formatReference(adjust ? adjust(ref) : ref) : REF_ERROR);
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? stored : out + stored.slice(copied);
}

/** Writes a stored reference back into stored text. */
export function formatStoredReference(ref: StoredReference): string {
  const body = (e: StoredEndpoint, sheetId?: string): string =>
    `${OPEN}${sheetId ? sheetId + '!' : ''}${e.colAbsolute ? '$' : ''}${e.colId ?? ''},${e.rowAbsolute ? '$' : ''}${e.rowId ?? ''}${CLOSE}`;
  return body(ref.start, ref.sheetId) + (ref.end ? ':' + body(ref.end) : '');
}

const STORED_TOKEN = /⟦(?:([^!,⟧]+)!)?\$?([^,⟧]*),\$?([^⟧]*)⟧/g;

/** True when a stored formula names any of the given sheet, row or column identities. */
export function mentionsAny(stored: string, ids: ReadonlySet<string>): boolean {
  if (!stored.includes(OPEN)) return false;
  for (const m of stored.matchAll(STORED_TOKEN)) {
    if ((m[1] !== undefined && ids.has(m[1])) || ids.has(m[2]!) || ids.has(m[3]!)) return true;
  }
  return false;
}
