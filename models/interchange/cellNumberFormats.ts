/**
 * Fremskriv's cell formats ⇄ Excel number formats. Export writes one fixed code per named format
 * and a cell's own Excel code as it is; import reads Fremskriv's codes (and Excel's built-in date
 * and time formats, shown in the reader's regional form) as the named formats and keeps any
 * other code Fremskriv can show (`0%`, `#,##0.0 "kr."`, `mmm yyyy`) as the cell's code; a code it
 * cannot keep (too long, unreadable) falls back to the named format it is like, or General.
 */
import { isFormatCode } from '../workbook/formatCode.js';
import { isNamedCellFormat, type CellFormat, type NamedCellFormat } from '../workbook/cellFormats.js';

export const EXCEL_NUMBER_FORMATS: Record<NamedCellFormat, string> = {
  percent: '0.0%',
  integer: '#,##0',
  number: '#,##0.00',
  // exceljs writes this code as Excel's built-in short date (numFmtId 14), which Excel and
  // LibreOffice show in the reader's regional form: 15-03-2024 in Danish, 15/03/2024 in English.
  date: 'mm-dd-yy',
  // exceljs's code for Excel's built-in date and time (numFmtId 22, which Excel writes for a typed
  // 5-12-2026 14:30): Excel and LibreOffice show it in the reader's form, 05-12-2026 14:30 in Danish.
  dateTime: 'm/d/yy "h":mm',
  // Excel's built-in time formats (numFmtId 20, 21, 18, 19 and 46), which Excel writes for a typed
  // 14:05, 14:05:30, 2:30 PM, 2:30:15 PM and 25:00.
  time: 'h:mm',
  timeSeconds: 'h:mm:ss',
  time12: 'h:mm AM/PM',
  time12Seconds: 'h:mm:ss AM/PM',
  duration: '[h]:mm:ss',
  text: '@',
};

/** The Excel number format code a cell format writes in .xlsx. */
export function excelNumberFormat(format: CellFormat): string {
  return isNamedCellFormat(format) ? EXCEL_NUMBER_FORMATS[format] : format;
}

const NAMED_BY_CODE = new Map<string, NamedCellFormat>(Object.entries(EXCEL_NUMBER_FORMATS).map(([name, code]) => [code, name as NamedCellFormat]));

/**
 * Codes that show exactly as a named format in both languages, read as that name. `dd/mm/yyyy`:
 * Excel's `/` is the reader's date separator, so it shows 15-03-2024 in Danish and 15/03/2024 in
 * English, as the named date does; LibreOffice writes Excel's built-in short date (Fremskriv's
 * export of a date) back as this code, and a workbook saved there keeps its dates named.
 */
const NAMED_BY_EQUIVALENT_CODE = new Map<string, NamedCellFormat>([['dd/mm/yyyy', 'date']]);

/**
 * The cell format an Excel number format code stands for, or undefined (General): Fremskriv's own
 * codes and Excel's built-in dates and times are the named formats, other codes stay as they are
 * (`0%` shows 12%, as in Excel, where the named percent shows 12,0 %).
 */
export function formatFromExcel(code: string | undefined): CellFormat | undefined {
  if (!code || /^general$/i.test(code)) return undefined;
  const named = NAMED_BY_CODE.get(code) ?? NAMED_BY_EQUIVALENT_CODE.get(code.toLowerCase());
  if (named !== undefined) return named;
  if (isFormatCode(code)) return code;
  return namedLikeExcel(code);
}

/** The named format a code Fremskriv cannot keep is like, or undefined (General, minutes alone, …). */
function namedLikeExcel(code: string): NamedCellFormat | undefined {
  // Hours counted past a day ([h]:mm:ss, [h]:mm) are a duration, shown [h]:mm:ss; minutes or
  // seconds counted so ([mm]:ss) stay General: as a time they would lose what passes an hour.
  const first = code.split(';')[0]!;
  // A condition ([>=1000]#,##0" kr.";0.00) gives the first section only some numbers and the
  // others another look (999.5 shows 999.50 there): no one format fits, so the cell shows General.
  if (/\[[<>=]/.test(first)) return undefined;
  if (/\[h+\]/i.test(first)) return 'duration';
  if (/\[(m+|s+)\]/i.test(first)) return undefined;
  // Drop colours, conditions, quoted text and escapes; look at the first (positive) section.
  const section = first.replace(/\[[^\]]*\]|"[^"]*"|\\./g, '').trim();
  if (section === '@') return 'text';
  if (/%/.test(section) && /[0#]/.test(section)) return 'percent';
  // A code with a day or a year is a date, a date and time when it has hours too; one with hours
  // is a time of day (h:mm, hh:mm:ss; h:mm AM/PM on the 12-hour clock), with or without seconds;
  // minutes and seconds alone (mm:ss) stay General.
  const twelveHour = /AM\/PM|A\/P/i.test(section);
  const clockLetters = section.replace(/AM\/PM|A\/P/gi, '').replace(/E[+-]/gi, '');
  if (/[dy]/i.test(clockLetters)) return /h/i.test(clockLetters) ? 'dateTime' : 'date';
  if (/h/i.test(clockLetters)) {
    const seconds = /s/i.test(clockLetters);
    if (twelveHour) return seconds ? 'time12Seconds' : 'time12';
    return seconds ? 'timeSeconds' : 'time';
  }
  if (/[dmyhs]/i.test(clockLetters)) return undefined;
  if (/^[#,]*0$/.test(section.replace(/[^#0,.]/g, ''))) return 'integer';
  if (/^[#,]*0\.0+$/.test(section.replace(/[^#0,.]/g, ''))) return 'number';
  return undefined;
}
