/**
 * The stored form of a formula: A1 text in which every reference is replaced by the stable
 * identities of the sheet, column and row it points at, `⟦sheetId!$colId,rowId⟧`. Inserting or
 * deleting rows never rewrites a stored formula, so a colleague's concurrent formula edit and a
 * row insertion cannot lose each other: the A1 text is derived when the formula is read.
 * See models/README.md ("Why formulas store identities").
 */
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
  rowIdAt(sheetId: string, index: number): string;
  colIdAt(sheetId: string, index: number): string;
}

const OPEN = '⟦';
const CLOSE = '⟧';
const REF_ERROR = '#REF!';

function encodeEndpoint(grid: GridAllocator, sheetId: string, endpoint: ReferenceEndpoint): string {
  const col = endpoint.col ? (endpoint.col.absolute ? '$' : '') + grid.colIdAt(sheetId, endpoint.col.index) : '';
  const row = endpoint.row ? (endpoint.row.absolute ? '$' : '') + grid.rowIdAt(sheetId, endpoint.row.index) : '';
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

const STORED_ENDPOINT = /^(?:([^!,]+)!)?(\$?)([^,]*),(\$?)(.*)$/;

function parseStoredEndpoint(body: string): StoredEndpoint | null {
  const m = STORED_ENDPOINT.exec(body);
  if (!m) return null;
  return {
    sheetId: m[1] || undefined,
    colAbsolute: m[2] === '$',
    colId: m[3] || undefined,
    rowAbsolute: m[4] === '$',
    rowId: m[5] || undefined,
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
    const start = parseStoredEndpoint(m[1]);
    const end = m[2] === undefined ? undefined : parseStoredEndpoint(m[2]);
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
    const index = grid.rowIndex(sheetId, e.rowId);
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

/** Stored form → A1 formula (canonical English). A reference whose target is gone reads `#REF!`. */
export function decodeFormula(stored: string, hostSheetId: string, grid: GridIdentities): string {
  if (!stored.includes(OPEN)) return stored;
  // One pass with replace (no segment list): an engine build decodes every formula of the workbook.
  return stored.replace(STORED_REFERENCE_OR_STRING, (match: string, startBody?: string, endBody?: string) => {
    if (startBody === undefined) return match; // a string literal
    const start = parseStoredEndpoint(startBody);
    const end = endBody === undefined ? undefined : parseStoredEndpoint(endBody);
    if (!start || end === null) return match;
    const ref = resolveStoredReference({ sheetId: start.sheetId, start, end }, hostSheetId, grid);
    return ref ? formatReference(ref) : REF_ERROR;
  });
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
