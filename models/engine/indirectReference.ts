/**
 * The cells INDIRECT's text names, as Excel reads it
 * (https://support.microsoft.com/office/indirect-function-474b3a3a-8a26-4f44-b491-92b6306fa261):
 * an A1 reference (`B2`, `Ark2!B2:B9`, `'Mit ark'!A:A`, `3:3`, `$`s allowed), with a1 FALSE an
 * R1C1 reference (`R2C3`, `R[-1]C`, `Ark2!R1C1:R3C2`, brackets counted from the formula's cell),
 * or a defined name that refers to cells. Anything else, a sheet that does not exist or a
 * reference past the sheet's edge is #REF!.
 */
import { CellError, ErrorType } from 'hyperformula';
import { splitFormula } from '../formula/a1References.js';
import { EXCEL_COLUMNS, EXCEL_ROWS, type OffsetTarget } from './offsetReference.js';

/** How the text's sheet and defined names are found in the engine. */
export interface IndirectNames {
  /** The engine sheet of a sheet name, undefined where there is none. */
  sheet(name: string): number | undefined;
  /** The cells a defined name refers to (its nearest scope from the formula's sheet), undefined where it refers to none. */
  definedName(name: string): OffsetTarget | CellError | undefined;
}

/** A1 and R1C1 point of one endpoint: row and column from 0, either absent for a whole column or row. */
interface Point {
  row?: number;
  col?: number;
}

const R1C1_POINT = /^(?:R(\[-?\d+\]|\d+)?)?(?:C(\[-?\d+\]|\d+)?)?$/i;
const R1C1_SHEET = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.*)$/;

function noReference(text: string): CellError {
  return new CellError(ErrorType.REF, `INDIRECT: “${text}” is no reference`);
}

/** The rectangle `text` names, from the formula at `here`. */
export function indirectTarget(text: string, a1: boolean, here: { sheet: number; row: number; col: number }, names: IndirectNames): OffsetTarget | CellError {
  const trimmed = text.trim();
  const reference = a1 ? a1Reference(trimmed) : r1c1Reference(trimmed, here);
  if (reference === undefined) return names.definedName(trimmed) ?? noReference(text);
  const sheet = reference.sheet === undefined ? here.sheet : names.sheet(reference.sheet);
  if (sheet === undefined) return new CellError(ErrorType.REF, `INDIRECT: no sheet “${reference.sheet}”`);
  const [a, b] = reference.points;
  if ((a.row === undefined) !== (b.row === undefined) || (a.col === undefined) !== (b.col === undefined)) return noReference(text);
  const rows = a.row === undefined ? [0, EXCEL_ROWS - 1] : [a.row, b.row!];
  const cols = a.col === undefined ? [0, EXCEL_COLUMNS - 1] : [a.col, b.col!];
  const row = Math.min(rows[0]!, rows[1]!);
  const col = Math.min(cols[0]!, cols[1]!);
  const height = Math.abs(rows[1]! - rows[0]!) + 1;
  const width = Math.abs(cols[1]! - cols[0]!) + 1;
  if (row < 0 || col < 0 || row + height > EXCEL_ROWS || col + width > EXCEL_COLUMNS) return new CellError(ErrorType.REF, 'INDIRECT reaches past the edge of the sheet');
  return { sheet, row, col, height, width };
}

/** An A1 reference that is the whole text, read as a formula reads it. */
function a1Reference(text: string): { sheet?: string; points: [Point, Point] } | undefined {
  const segments = splitFormula(text);
  const [segment] = segments;
  if (segments.length !== 1 || segment?.kind !== 'ref') return undefined;
  const { sheet, start, end } = segment.ref;
  const point = (endpoint: typeof start): Point => ({ row: endpoint.row?.index, col: endpoint.col?.index });
  return { sheet, points: [point(start), point(end ?? start)] };
}

/** An R1C1 reference (one point or two joined by `:`), brackets counted from the formula's cell. */
function r1c1Reference(text: string, here: { row: number; col: number }): { sheet?: string; points: [Point, Point] } | undefined {
  const sheetMatch = R1C1_SHEET.exec(text);
  const sheet = sheetMatch ? (sheetMatch[1]?.replace(/''/g, "'") ?? sheetMatch[2]) : undefined;
  const body = sheetMatch ? sheetMatch[3]! : text;
  const parts = body.split(':');
  if (parts.length > 2 || body === '') return undefined;
  const points = parts.map((part) => r1c1Point(part, here));
  if (points.some((p) => p === undefined)) return undefined;
  return { sheet, points: [points[0]!, points[1] ?? points[0]!] };
}

function r1c1Point(part: string, here: { row: number; col: number }): Point | undefined {
  const match = R1C1_POINT.exec(part);
  if (!match || part === '' || !/^R/i.test(part) && !/^C/i.test(part)) return undefined;
  const hasRow = /^R/i.test(part);
  const hasCol = /C/i.test(part);
  const axis = (written: string | undefined, at: number): number =>
    written === undefined ? at : written.startsWith('[') ? at + Number(written.slice(1, -1)) : Number(written) - 1;
  return { row: hasRow ? axis(match[1], here.row) : undefined, col: hasCol ? axis(match[2], here.col) : undefined };
}
