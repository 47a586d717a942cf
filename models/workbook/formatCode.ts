/**
 * A cell's Excel number format code (`0%`, `#,##0.0 "kr."`, `0.0;[Red]-0.0`, `mmm yyyy`), kept as
 * Excel writes it in an .xlsx file (en-US: `.` the decimal point, `,` the thousands separator),
 * whatever the workbook's locale; the grid shows it in the locale (format/formatCodeText.ts). A
 * cell carries either one of Fremskriv's named formats or such a code (workbookSchema.ts's
 * CellFormat). A code is checked where it enters (an operation, a peer's update, a file): at most
 * 255 characters as in Excel, no control characters, and readable by numfmt.
 * `formatCodeProblem('0.0%')` → null; `formatCodeProblem('[[[')` → "the format code cannot be read: …".
 */
import { isValidFormat } from 'numfmt';

declare const formatCodeBrand: unique symbol;
/** An Excel number format code that passed formatCodeProblem. */
export type FormatCode = string & { readonly [formatCodeBrand]: true };

/** Excel's own limit on a number format code's length. */
export const MAX_FORMAT_CODE_LENGTH = 255;

/** Why a text is not a format code a cell may carry, or null when it is one. */
export function formatCodeProblem(code: string): string | null {
  if (code.trim() === '') return 'the format code is empty';
  if (code.length > MAX_FORMAT_CODE_LENGTH) return `the format code is ${code.length} characters long; at most ${MAX_FORMAT_CODE_LENGTH} are allowed`;
  if (/[\u0000-\u001f\u007f]/.test(code)) return 'the format code holds a control character';
  if (!isValidFormat(code)) return `the format code cannot be read: ${code.length > 40 ? `${code.slice(0, 40)}…` : code}`;
  return null;
}

/** Codes already found sound: the grid reads a cell's format on every paint. Bounded: emptied when full. */
const soundCodes = new Set<string>();
const MAX_SOUND_CODES = 1000;

/** Whether a value is a format code a cell may carry. */
export function isFormatCode(value: unknown): value is FormatCode {
  if (typeof value !== 'string') return false;
  if (soundCodes.has(value)) return true;
  if (formatCodeProblem(value) !== null) return false;
  if (soundCodes.size >= MAX_SOUND_CODES) soundCodes.clear();
  soundCodes.add(value);
  return true;
}

