/**
 * Finds the references in a formula written in A1 notation, so that they can be re-pointed
 * (structural edits, fill), encoded to stable identities, or translated. Everything that is not a
 * reference (function names, numbers, strings, operators) is passed through as text.
 *
 * `splitFormula('=SUM(Ark1!A1:B2)*$C$3')` →
 *   text '=SUM(', ref {sheet 'Ark1', A1:B2}, text ')*', ref {$C$3}
 */
import { columnIndex, columnLabel, EXCEL_ROWS, MAX_COLUMNS } from '../workbook/cellAddress.js';

export interface ReferenceAxis {
  index: number;
  absolute: boolean;
}

/** One corner of a reference. A column range (`A:B`) has no rows; a row range (`1:3`) no columns. */
export interface ReferenceEndpoint {
  col?: ReferenceAxis;
  row?: ReferenceAxis;
}

export interface A1Reference {
  /** Sheet name as written (unquoted), absent for the formula's own sheet. */
  sheet?: string;
  start: ReferenceEndpoint;
  /** Present for ranges. */
  end?: ReferenceEndpoint;
}

/** A reference segment from `splitFormula` also keeps the text it was read from (`written`, e.g. `b5` or `'Ark1'!B5`). */
export type FormulaSegment = { kind: 'text'; text: string } | { kind: 'ref'; ref: A1Reference; written?: string };

const WORD = /[\p{L}\p{N}_.$]/u;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([1-9][0-9]*)$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)([1-9][0-9]*)$/;

function axis(dollar: string, index: number): ReferenceAxis {
  return { index, absolute: dollar === '$' };
}

function cellEndpoint(word: string): ReferenceEndpoint | null {
  const m = CELL.exec(word);
  if (!m) return null;
  const col = columnIndex(m[2]!);
  const row = Number(m[4]) - 1;
  if (col < 0 || col >= MAX_COLUMNS || row >= EXCEL_ROWS) return null;
  return { col: axis(m[1]!, col), row: axis(m[3]!, row) };
}

function columnEndpoint(word: string): ReferenceEndpoint | null {
  const m = COLUMN.exec(word);
  if (!m) return null;
  const col = columnIndex(m[2]!);
  return col < 0 || col >= MAX_COLUMNS ? null : { col: axis(m[1]!, col) };
}

function rowEndpoint(word: string): ReferenceEndpoint | null {
  const m = ROW.exec(word);
  if (!m) return null;
  const row = Number(m[2]) - 1;
  return row >= EXCEL_ROWS ? null : { row: axis(m[1]!, row) };
}

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}
  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }
  readWord(): string {
    const start = this.pos;
    while (this.pos < this.text.length && WORD.test(this.text[this.pos]!)) this.pos++;
    return this.text.slice(start, this.pos);
  }
  /** Reads `"…"` with `""` escapes (or an unterminated string to the end). */
  readQuoted(quote: string): string {
    const start = this.pos;
    this.pos++;
    while (this.pos < this.text.length) {
      if (this.text[this.pos] === quote) {
        if (this.text[this.pos + 1] === quote) this.pos += 2;
        else {
          this.pos++;
          break;
        }
      } else this.pos++;
    }
    return this.text.slice(start, this.pos);
  }
  nextNonSpace(): string {
    let i = this.pos;
    while (this.text[i] === ' ') i++;
    return this.text[i] ?? '';
  }
}

/**
 * Where the quoted stretch starting at `at` ends (past its closing quote, or the text's end): a
 * string literal `"…"` or a quoted sheet name `'…'`, a doubled quote inside it, as splitFormula reads one.
 * @example quotedEnd('="a""b"&A1', 1) // → 7
 */
export function quotedEnd(text: string, at: number): number {
  const scanner = new Scanner(text);
  scanner.pos = at;
  scanner.readQuoted(text[at]!);
  return scanner.pos;
}

/**
 * Reads one reference after an optional sheet prefix: a cell (`B5`), a cell range (`B5:C9`),
 * a column range (`B:C`) or a row range (`5:9`). Returns null (and restores the position) when the
 * text there is not a reference.
 */
function readReference(scanner: Scanner, sheet: string | undefined): A1Reference | null {
  const save = scanner.pos;
  const word = scanner.readWord();
  if (scanner.peek() === '(' || (sheet === undefined && scanner.nextNonSpace() === '(')) {
    scanner.pos = save;
    return null;
  }
  const cell = cellEndpoint(word);
  const tryRangeEnd = (parse: (w: string) => ReferenceEndpoint | null): ReferenceEndpoint | null => {
    if (scanner.peek() !== ':') return null;
    const colonAt = scanner.pos;
    scanner.pos++;
    // `Ark1!A1:Ark1!B2` names the sheet again on the end; accept it when it is the same sheet.
    const afterColon = scanner.pos;
    const endSheet = readSheetPrefix(scanner);
    if (endSheet !== null && endSheet !== sheet) {
      scanner.pos = colonAt;
      return null;
    }
    if (endSheet === null) scanner.pos = afterColon;
    const endWord = scanner.readWord();
    const end = parse(endWord);
    if (!end || scanner.peek() === '(') {
      scanner.pos = colonAt;
      return null;
    }
    return end;
  };
  if (cell) {
    const end = tryRangeEnd(cellEndpoint);
    return end ? { sheet, start: cell, end } : { sheet, start: cell };
  }
  for (const parse of [columnEndpoint, rowEndpoint]) {
    const start = parse(word);
    if (!start) continue;
    const end = tryRangeEnd(parse);
    if (end) return { sheet, start, end };
  }
  scanner.pos = save;
  return null;
}

/** Reads `Name!` or `'Quoted name'!` and returns the sheet name, or null (position restored). */
function readSheetPrefix(scanner: Scanner): string | null {
  const save = scanner.pos;
  if (scanner.peek() === "'") {
    const quoted = scanner.readQuoted("'");
    if (scanner.peek() === '!' && quoted.length >= 2 && quoted.endsWith("'")) {
      scanner.pos++;
      return quoted.slice(1, -1).replace(/''/g, "'");
    }
  } else if (WORD.test(scanner.peek())) {
    const word = scanner.readWord();
    if (scanner.peek() === '!' && !word.includes('$')) {
      scanner.pos++;
      return word;
    }
  }
  scanner.pos = save;
  return null;
}

/** Splits A1 formula text into references and the text between them. Never throws. */
export function splitFormula(formula: string): FormulaSegment[] {
  const segments: FormulaSegment[] = [];
  const scanner = new Scanner(formula);
  let text = '';
  const flush = (): void => {
    if (text) segments.push({ kind: 'text', text });
    text = '';
  };
  while (scanner.pos < formula.length) {
    const ch = scanner.peek();
    if (ch === '"') {
      text += scanner.readQuoted('"');
      continue;
    }
    if (ch === '#') {
      // Error literals such as #REF! or #DIV/0! pass through whole.
      const m = /^#[A-Za-z][A-Za-z0-9/]*[!?]?/.exec(formula.slice(scanner.pos));
      const literal = m ? m[0] : '#';
      text += literal;
      scanner.pos += literal.length;
      continue;
    }
    if (ch === "'" || WORD.test(ch)) {
      const start = scanner.pos;
      const sheet = readSheetPrefix(scanner);
      const ref = readReference(scanner, sheet ?? undefined);
      if (ref) {
        flush();
        segments.push({ kind: 'ref', ref, written: formula.slice(start, scanner.pos) });
        continue;
      }
      scanner.pos = start;
      if (ch === "'") text += scanner.readQuoted("'");
      else text += scanner.readWord();
      continue;
    }
    text += ch;
    scanner.pos++;
  }
  flush();
  return segments;
}

const PLAIN_SHEET_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** Writes a sheet name as a formula prefix, quoting it where Excel would. */
export function sheetPrefix(name: string): string {
  const plain = PLAIN_SHEET_NAME.test(name) && !CELL.test(name) && !/^(TRUE|FALSE|R\d*C\d*)$/i.test(name);
  return plain ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

function formatEndpoint(endpoint: ReferenceEndpoint): string {
  let out = '';
  if (endpoint.col) out += (endpoint.col.absolute ? '$' : '') + columnLabel(endpoint.col.index);
  if (endpoint.row) out += (endpoint.row.absolute ? '$' : '') + String(endpoint.row.index + 1);
  return out;
}

/** Writes a reference back in A1 notation. */
export function formatReference(ref: A1Reference): string {
  const prefix = ref.sheet === undefined ? '' : sheetPrefix(ref.sheet);
  return prefix + formatEndpoint(ref.start) + (ref.end ? ':' + formatEndpoint(ref.end) : '');
}

export function joinFormula(segments: readonly FormulaSegment[]): string {
  return segments.map((s) => (s.kind === 'text' ? s.text : formatReference(s.ref))).join('');
}

/** True for input that is a formula (`=…`), as opposed to a number or text. */
export function isFormula(input: unknown): boolean {
  return typeof input === 'string' && input.startsWith('=') && input.length > 1;
}
