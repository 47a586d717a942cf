/**
 * Ctrl+; (Ctrl+Shift+, on a Danish keyboard) as in Excel: today's date typed into the cell or at
 * the editor's or formula bar's caret, written as the planner types a date (15-03-2024 in Danish),
 * so Enter stores Excel's serial day number with the date format (percentEntry.typedEntry).
 * Ctrl+Shift+; (Ctrl+: on any layout) types the time of day, 14:05, as Excel does.
 */
import { dateSerial, formatDateSerial } from '../../../models/format/excelDate.js';
import type { WorkbookLocale } from '../../../models/workbook/workbookReader.js';

/** Today (the planner's own calendar day, as Excel's TODAY) as typed text. */
export function todayText(now: Date, locale: WorkbookLocale): string {
  const serial = dateSerial(now.getFullYear(), now.getMonth() + 1, now.getDate());
  return serial === null ? '' : (formatDateSerial(serial, locale) ?? '');
}

/** The time of day as Excel's Ctrl+Shift+; types it: hours and minutes, `14:05`. */
export function timeText(now: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(now.getHours())}:${two(now.getMinutes())}`;
}

/** Whether a key stroke is Ctrl+; (Cmd+; on a Mac): the key that types `;`, whatever the layout needs for it. */
export function isTodayKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return event.key === ';' && (event.ctrlKey || event.metaKey) && !event.altKey;
}

/**
 * The text Ctrl+; or Ctrl+Shift+; (the key that types `:`) puts at an editor's caret; null for any
 * other key stroke.
 *
 * @example
 *   stampFor({ key: ':', ctrlKey: true, metaKey: false, altKey: false }, new Date(2026, 0, 2, 9, 5), 'da-DK'); // '09:05'
 */
export function stampFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, now: Date, locale: WorkbookLocale): string | null {
  if (isTodayKey(event)) return todayText(now, locale);
  return event.key === ':' && (event.ctrlKey || event.metaKey) && !event.altKey ? timeText(now) : null;
}
