/**
 * A1 addresses: zero-based positions ⇄ the letters and numbers planners read.
 * `columnLabel(0) === 'A'`, `parseCellAddress('B5')` → `{ row: 4, col: 1 }`.
 */
export interface CellPosition {
  row: number;
  col: number;
}

/** Excel's column limit (XFD); the grid's rows are capped at 40,000 (HyperFormula's default sheet). */
export const MAX_ROWS = 40_000;
/**
 * Excel's row limit: a formula may name any of its rows (`=SUM(A1:A1048576)`, older files'
 * `$A$1:$A$65536`), though the grid holds cells only in the first MAX_ROWS; the rows past it are
 * empty (formula/storedFormula.ts stores such a row by its number).
 */
export const EXCEL_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * The first columns' labels, written once: formulas are decoded to A1 by the thousand (every
 * engine build reads every formula of the workbook), and nearly every reference is to one of them.
 */
const COMMON_COLUMNS = 1024;
let commonLabels: string[] | undefined;

export function columnLabel(col: number): string {
  commonLabels ??= Array.from({ length: COMMON_COLUMNS }, (_, i) => writeColumnLabel(i));
  return commonLabels[col] ?? writeColumnLabel(col);
}

function writeColumnLabel(col: number): string {
  let label = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    label = String.fromCharCode(65 + rem) + label;
    n = Math.floor((n - 1) / 26);
  }
  return label;
}

/** `'A' → 0`, `'AA' → 26`; returns -1 for anything that is not 1–3 letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function formatCellAddress(position: CellPosition): string {
  return `${columnLabel(position.col)}${position.row + 1}`;
}

/** Parses `B5` (no sheet, no `$`); null when it is not a cell address within Excel's limits. */
export function parseCellAddress(address: string): CellPosition | null {
  const match = /^([A-Za-z]{1,3})([1-9][0-9]{0,6})$/.exec(address);
  if (!match) return null;
  const col = columnIndex(match[1]!);
  const row = Number(match[2]) - 1;
  if (col >= MAX_COLUMNS || row >= MAX_ROWS) return null;
  return { row, col };
}
