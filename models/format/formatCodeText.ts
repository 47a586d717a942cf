/**
 * A value as a cell with an Excel number format code shows it (`0%`, `#,##0.0 "kr."`,
 * `0.0;[Red]-0.0`, `mmm yyyy`, `0.00E+00`, `# ?/?`), in the workbook's locale: numfmt, which the
 * engine's TEXT uses too (engine/excelText.ts), with its locale data (da-DK: decimal comma,
 * thousands point, Danish month names). Codes are kept in Excel's file syntax
 * (workbook/formatCode.ts).
 * `formatCodeText(0.12, '0%', 'da-DK')` → `12%`; `formatCodeText(-3.21, '0.0;[Red]-0.0', 'da-DK')`
 * → `-3,2`, coloured by formatCodeColour → `#FF0000`.
 */
import { format, formatColor, getFormatDateInfo, getFormatInfo, type FormatInfo } from 'numfmt';
import { excelFormatEdge } from '../engine/formatCodeEdges.js';
import type { FormatCode } from '../workbook/formatCode.js';
import type { WorkbookLocale } from '../workbook/workbookSchema.js';
import { isNamedCellFormat, type CellFormat, type NamedCellFormat } from '../workbook/cellFormats.js';
import { codeShownAsGeneral, OUTSIDE_DATES } from './generalNumber.js';

const OPTIONS = { throws: true, leap1900: true, dateSpanLarge: false, dateErrorNumber: false, overflow: OUTSIDE_DATES } as const;

/** Excel's colours by the names a code may use (`[Red]`); numfmt answers CSS's names, whose green is Excel's dark green. */
const EXCEL_COLOURS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#00FF00',
  blue: '#0000FF',
  yellow: '#FFFF00',
  magenta: '#FF00FF',
  cyan: '#00FFFF',
};

/**
 * A value as the code shows it, or null where General shows it instead (the code is General or
 * `@`, or numfmt cannot format this value with it). Text is shown through the code's text section
 * (`0;-0;0;"Navn: "@`), as it is as typed without one.
 */
export function formatCodeText(value: number | string, code: FormatCode, locale: WorkbookLocale): string | null {
  if (typeof value === 'number' && codeShownAsGeneral(code)) return null;
  try {
    if (typeof value === 'number' && !code.includes(';')) {
      const edge = excelFormatEdge(code, value);
      if ('text' in edge) return edge.text;
      return format(edge.code, edge.value, { ...OPTIONS, locale });
    }
    return format(code, value, { ...OPTIONS, locale });
  } catch {
    return null;
  }
}

/** The colour a code gives this value (`[Red]`, `[Color 10]`) as a CSS colour, or null (the cell's own). */
export function formatCodeColour(value: number | string, code: FormatCode): string | null {
  // Most codes name no colour: skip numfmt's look.
  if (!code.includes('[')) return null;
  try {
    const colour = formatColor(code, value, OPTIONS);
    if (typeof colour !== 'string' || colour === '') return null;
    return EXCEL_COLOURS[colour.toLowerCase()] ?? colour;
  } catch {
    return null;
  }
}

/** What numfmt knows of a code (its kind, decimals, Excel's CELL("format") code), or null where it cannot read it. */
export function formatCodeInfo(code: string): FormatInfo | null {
  try {
    return getFormatInfo(code);
  } catch {
    return null;
  }
}

/** Whether a format shows a day of the calendar (a date, a date and time, `mmm yyyy`), not only a time or a number. */
export function showsCalendarDay(format: CellFormat | undefined): boolean {
  if (format === undefined || isNamedCellFormat(format)) return format === 'date' || format === 'dateTime';
  if (formatCodeInfo(format)?.isDate !== true) return false;
  const parts = getFormatDateInfo(format);
  return parts.year || parts.month || parts.day;
}

/**
 * The named format an Excel code reads like, for what reasons about a format's kind (a goal's
 * target typed in percent, its decimals): `0%` → percent, `#,##0` → integer, `0.0 "kr."` →
 * number, `mmm yyyy` → date, `@` → text; General and codes numfmt cannot read → undefined.
 */
export function namedFormatLike(format: CellFormat | undefined): NamedCellFormat | undefined {
  if (format === undefined || isNamedCellFormat(format)) return format;
  const info = formatCodeInfo(format);
  if (info === null || info.type === 'general') return undefined;
  if (info.isText) return 'text';
  if (info.isDate) return 'date';
  if (info.isPercent) return 'percent';
  return info.maxDecimals === 0 ? 'integer' : 'number';
}
