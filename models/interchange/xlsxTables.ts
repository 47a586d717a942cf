/**
 * Excel tables (Insert › Table, "Formatér som tabel") and their structured references, as a
 * planner's file uses them: `=SUM(Tabel1[Antal])`, `=Tabel1[[#This Row],[Antal]]*2` (what Excel
 * writes in the file for `[@Antal]`), `=ROWS(Tabel1)`. Fremskriv has no tables, so the import
 * writes each structured reference as the cells it stands for (`Data!$B$2:$B$4`, `Data!$B$3`),
 * which compute alike; the table itself (its name, style, filter) is not kept, and a row added
 * below it later is not counted. Before, such formulas were listed as unreadable and showed
 * #ERROR! or #NAME?. A reference this reader does not know is left as written (listed as before).
 *
 * @example structuredReferences('=SUM(Tabel1[Antal])', [table], { row: 5, col: 0 }) // '=SUM(Data!$B$2:$B$4)'
 */
import { formatReference, type ReferenceEndpoint } from '../formula/a1References.js';
import type { CellPosition } from '../workbook/cellAddress.js';

export interface ExcelTable {
  /** The table's name as formulas use it (`displayName`). */
  name: string;
  /** The sheet it stands on (its name in the file). */
  sheet: string;
  /** Its whole range, headers and totals included (zero-based, inclusive). */
  from: CellPosition;
  to: CellPosition;
  headerRows: number;
  totalsRows: number;
  /** Its columns' names, left to right. */
  columns: string[];
}

const AREAS = new Set(['#ALL', '#DATA', '#HEADERS', '#TOTALS', '#THIS ROW']);

/** The bracketed items of `[[#This Row],[Antal]:[Dobbelt]]` or the one of `[Antal]`, unescaped; null if unreadable. */
function items(inside: string): Array<{ text: string; rangeTo?: string }> | null {
  const trimmed = inside.trim();
  if (!trimmed.startsWith('[')) return [{ text: trimmed }];
  const out: Array<{ text: string; rangeTo?: string }> = [];
  const item = /\s*\[((?:'.|[^\]'])*)\](?:\s*:\s*\[((?:'.|[^\]'])*)\])?\s*(,|$)/y;
  let at = 0;
  while (at < trimmed.length) {
    item.lastIndex = at;
    const match = item.exec(trimmed);
    if (!match) return null;
    out.push({ text: match[1]!, ...(match[2] !== undefined ? { rangeTo: match[2] } : {}) });
    at = item.lastIndex;
    if (match[3] === '') break;
  }
  return out;
}

const unescaped = (text: string): string => text.replace(/'(.)/g, '$1').trim();

/** The reference a table's specifier stands for, read in the cell `at`; null when it is none this reader knows. */
function referenceFor(table: ExcelTable, inside: string | null, at: CellPosition): string | null {
  const parts = inside === null ? [] : items(inside);
  if (parts === null) return null;
  let area = '#DATA';
  let columns: [number, number] = [0, table.columns.length - 1];
  for (const { text, rangeTo } of parts) {
    const upper = text.trim().toUpperCase();
    if (upper === '') continue;
    if (AREAS.has(upper) || upper === '@') {
      area = upper === '@' ? '#THIS ROW' : upper;
      continue;
    }
    const thisRow = text.trim().startsWith('@');
    if (thisRow) area = '#THIS ROW';
    const index = (name: string): number => table.columns.findIndex((c) => c.toUpperCase() === unescaped(name.replace(/^\s*@/, '')).toUpperCase());
    const first = index(text);
    const last = rangeTo === undefined ? first : index(rangeTo);
    if (first < 0 || last < 0) return null;
    columns = [Math.min(first, last), Math.max(first, last)];
  }
  const dataFrom = table.from.row + table.headerRows;
  const dataTo = table.to.row - table.totalsRows;
  const rows: Record<string, [number, number]> = {
    '#ALL': [table.from.row, table.to.row],
    '#DATA': [dataFrom, dataTo],
    '#HEADERS': [table.from.row, table.from.row],
    '#TOTALS': [table.to.row, table.to.row],
    '#THIS ROW': [at.row, at.row],
  };
  const [top, bottom] = rows[area]!;
  // `[@Antal]` in a row the table's data does not cross: the row has no such cell, which Excel shows as #VALUE!.
  if (area === '#THIS ROW' && (at.row < dataFrom || at.row > dataTo)) return '#VALUE!';
  if ((area === '#HEADERS' && table.headerRows === 0) || (area === '#TOTALS' && table.totalsRows === 0) || bottom < top) return null;
  const corner = (row: number, col: number): ReferenceEndpoint => ({ row: { index: row, absolute: true }, col: { index: col, absolute: true } });
  const start = corner(top, table.from.col + columns[0]);
  const end = corner(bottom, table.from.col + columns[1]);
  const single = top === bottom && columns[0] === columns[1];
  return formatReference(single ? { sheet: table.sheet, start } : { sheet: table.sheet, start, end });
}

/** The end of the bracket opened at `open` (nested brackets and `'` escapes read), or -1. */
function closingBracket(formula: string, open: number): number {
  let depth = 0;
  for (let i = open; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === "'") i++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i;
  }
  return -1;
}

/** `formula` (canonical) with each structured reference to one of `tables` written as its cells, as read in the cell `at`. */
export function structuredReferences(formula: string, tables: readonly ExcelTable[], at: CellPosition): string {
  if (tables.length === 0) return formula;
  const byName = new Map(tables.map((t) => [t.name.toUpperCase(), t]));
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const word = /^[\p{L}_\\][\p{L}\p{N}_.\\]*/u.exec(formula.slice(i));
    const before = i > 0 ? formula[i - 1]! : '';
    if (!word || /[\p{L}\p{N}_.!$']/u.test(before)) {
      out += ch;
      i++;
      continue;
    }
    const end = i + word[0].length;
    const table = byName.get(word[0].toUpperCase());
    const next = formula[end];
    if (table && next === '[') {
      const close = closingBracket(formula, end);
      const reference = close < 0 ? null : referenceFor(table, formula.slice(end + 1, close), at);
      if (reference !== null) {
        out += reference;
        i = close + 1;
        continue;
      }
    } else if (table && next !== '(' && next !== '!') {
      const reference = referenceFor(table, null, at);
      if (reference !== null) {
        out += reference;
        i = end;
        continue;
      }
    }
    out += word[0];
    i = end;
  }
  return out;
}
