/**
 * Fremskriv's cell formats ⇄ Excel number formats. Export writes one fixed code per format;
 * import recognises those and the usual variants, and leaves other codes (durations, currencies,
 * custom) as General, which shows the same number.
 */
import type { CellFormat } from '../workbook/workbookSchema.js';

export const EXCEL_NUMBER_FORMATS: Record<CellFormat, string> = {
  percent: '0.0%',
  integer: '#,##0',
  number: '#,##0.00',
  // exceljs writes this code as Excel's built-in short date (numFmtId 14), which Excel and
  // LibreOffice show in the reader's regional form: 15-03-2024 in Danish, 15/03/2024 in English.
  date: 'mm-dd-yy',
  // Excel's built-in time formats (numFmtId 20 and 21), which Excel writes for a typed 14:05 and 14:05:30.
  time: 'h:mm',
  timeSeconds: 'h:mm:ss',
  text: '@',
};

/** The cell format an Excel number format code stands for, or undefined (General, durations, …). */
export function formatFromExcel(code: string | undefined): CellFormat | undefined {
  if (!code) return undefined;
  // A duration ([h]:mm, [mm]:ss) counts past a day; as a time of day it would lose its days.
  if (/\[(h+|m+|s+)\]/i.test(code.split(';')[0]!)) return undefined;
  // Drop colours, conditions, quoted text and escapes; look at the first (positive) section.
  const section = code.split(';')[0]!.replace(/\[[^\]]*\]|"[^"]*"|\\./g, '').trim();
  if (section === '@') return 'text';
  if (/%/.test(section) && /[0#]/.test(section)) return 'percent';
  const letters = section.replace(/E[+-]/gi, '');
  // A code with a day or a year is a date (a date and time shows its date); one with hours is a
  // time of day (h:mm, hh:mm:ss, h:mm AM/PM, shown on the 24-hour clock), with or without seconds;
  // minutes and seconds alone (mm:ss) stay General.
  if (/[dy]/i.test(letters)) return 'date';
  if (/h/i.test(letters)) return /s/i.test(letters) ? 'timeSeconds' : 'time';
  if (/[dmyhs]/i.test(letters)) return undefined;
  if (/^[#,]*0$/.test(section.replace(/[^#0,.]/g, ''))) return 'integer';
  if (/^[#,]*0\.0+$/.test(section.replace(/[^#0,.]/g, ''))) return 'number';
  return undefined;
}
