/**
 * Ctrl+; (Ctrl+Shift+, on a Danish keyboard) as in Excel: today's date typed into the cell or at
 * the editor's caret, written as the planner types a date (15-03-2024 in Danish), so Enter stores
 * Excel's serial day number with the date format (percentEntry.typedEntry).
 */
import { dateSerial, formatDateSerial } from '../../../models/format/excelDate.js';
import type { WorkbookLocale } from '../../../models/workbook/workbookReader.js';

/** Today (the planner's own calendar day, as Excel's TODAY) as typed text. */
export function todayText(now: Date, locale: WorkbookLocale): string {
  const serial = dateSerial(now.getFullYear(), now.getMonth() + 1, now.getDate());
  return serial === null ? '' : (formatDateSerial(serial, locale) ?? '');
}

/** Whether a key stroke is Ctrl+; (Cmd+; on a Mac): the key that types `;`, whatever the layout needs for it. */
export function isTodayKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return event.key === ';' && (event.ctrlKey || event.metaKey) && !event.altKey;
}
