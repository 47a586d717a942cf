/**
 * A cell's format: one of Fremskriv's named formats or an Excel format code (formatCode.ts).
 * Apart from workbookSchema.ts so that the page's first screen reads them without Yjs.
 */
import type { FormatCode } from './formatCode.js';

/**
 * `time` is a time of day as Excel's `h:mm` shows it, `timeSeconds` as `h:mm:ss`, `time12` and
 * `time12Seconds` as `h:mm AM/PM` and `h:mm:ss AM/PM`, `duration` as `[h]:mm:ss` (format/excelTime.ts);
 * `dateTime` a date with a time of day (format/excelDateTime.ts).
 */
export const CELL_FORMATS = ['number', 'percent', 'integer', 'date', 'dateTime', 'time', 'timeSeconds', 'time12', 'time12Seconds', 'duration', 'text'] as const;
export type NamedCellFormat = (typeof CELL_FORMATS)[number];
/**
 * A cell's format: one of the names above, or an Excel number format code (formatCode.ts). A
 * stored value that spells a name is the name.
 */
export type CellFormat = NamedCellFormat | FormatCode;

export function isNamedCellFormat(value: unknown): value is NamedCellFormat {
  return typeof value === 'string' && (CELL_FORMATS as readonly string[]).includes(value);
}
