/**
 * Fremskriv's cell formats ⇄ Excel number formats. Export writes one fixed code per format;
 * import recognises those and the usual variants, and leaves other codes (dates, currencies,
 * custom) as General, which shows the same number.
 */
import type { CellFormat } from '../workbook/workbookSchema.js';

export const EXCEL_NUMBER_FORMATS: Record<CellFormat, string> = {
  percent: '0.0%',
  integer: '#,##0',
  number: '#,##0.00',
  text: '@',
};

/** The cell format an Excel number format code stands for, or undefined (General, dates, …). */
export function formatFromExcel(code: string | undefined): CellFormat | undefined {
  if (!code) return undefined;
  // Drop colours, conditions, quoted text and escapes; look at the first (positive) section.
  const section = code.split(';')[0]!.replace(/\[[^\]]*\]|"[^"]*"|\\./g, '').trim();
  if (section === '@') return 'text';
  if (/%/.test(section) && /[0#]/.test(section)) return 'percent';
  if (/[dmyhs]/i.test(section.replace(/E[+-]/gi, ''))) return undefined;
  if (/^[#,]*0$/.test(section.replace(/[^#0,.]/g, ''))) return 'integer';
  if (/^[#,]*0\.0+$/.test(section.replace(/[^#0,.]/g, ''))) return 'number';
  return undefined;
}
