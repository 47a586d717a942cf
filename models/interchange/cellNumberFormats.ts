/**
 * Fremskriv's cell formats ⇄ Excel number formats. Export writes one fixed code per format;
 * import recognises those and the usual variants, and leaves other codes (minutes counted past an hour, currencies,
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

/** The cell format an Excel number format code stands for, or undefined (General, minutes alone, …). */
export function formatFromExcel(code: string | undefined): CellFormat | undefined {
  if (!code) return undefined;
  if (code === EXCEL_NUMBER_FORMATS.dateTime) return 'dateTime';
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
