/**
 * Picking references with the mouse while a formula is typed, as in Excel's "point" mode: where
 * the caret may take a reference, and the text after a click (insert the address) or a second
 * click or drag (replace the reference just picked). Pure: the editors apply the result.
 *
 * @example
 *   const slot = referenceSlot('=SUM(', 5, 5, null, 'da-DK');   // { start: 5, end: 5 }
 *   insertReference('=SUM(', slot!, 'B2:B5');                   // { text: '=SUM(B2:B5', picked: … }
 *   qualifiedAddress('B5', 'Mit ark');                           // "'Mit ark'!B5"
 */
import type { WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { sheetPrefix } from '../../../models/formula/a1References.js';

/** The span of text a picked reference occupies (to replace it on the next click). */
export interface PickedReference {
  start: number;
  end: number;
  text: string;
}

/** Characters after which a reference may follow: the formula's start, operators, `(` and separators. */
const BEFORE_REFERENCE = new Set(['=', '+', '-', '*', '/', '^', '&', '<', '>', '(', ',', ';']);
/** Characters that may follow an inserted reference without joining it into a longer word. */
const AFTER_REFERENCE = new Set(['', ')', ',', ';', '+', '-', '*', '/', '^', '&', '<', '>', '=', '%', ' ']);

/** True when the caret at `at` sits inside a string literal. */
function inString(text: string, at: number): boolean {
  let quotes = 0;
  for (let i = 0; i < at; i++) if (text[i] === '"') quotes++;
  return quotes % 2 === 1;
}

/**
 * Where a picked reference goes, or null when a click should end the edit as usual. The selected
 * text `selectionStart`..`selectionEnd` is replaced; the reference picked last is replaced when the
 * caret still sits right after it. In Danish a `,` after a digit is a decimal comma, not a separator.
 */
export function referenceSlot(
  text: string,
  selectionStart: number,
  selectionEnd: number,
  last: PickedReference | null,
  locale: WorkbookLocale,
): { start: number; end: number } | null {
  if (!text.startsWith('=')) return null;
  if (last && selectionStart === last.end && selectionEnd === last.end && text.slice(last.start, last.end) === last.text) {
    return { start: last.start, end: last.end };
  }
  const before = text.slice(0, selectionStart).trimEnd();
  const previous = before.at(-1) ?? '';
  const next = text.slice(selectionEnd).at(0) ?? '';
  if (!BEFORE_REFERENCE.has(previous) || !AFTER_REFERENCE.has(next) || inString(text, selectionStart)) return null;
  if (previous === ',' && locale === 'da-DK' && /\d/.test(before.at(-2) ?? '')) return null;
  return { start: selectionStart, end: selectionEnd };
}

/** The text with `address` in the slot, and the span it now occupies (the caret goes to its end). */
export function insertReference(text: string, slot: { start: number; end: number }, address: string): { text: string; picked: PickedReference } {
  return {
    text: text.slice(0, slot.start) + address + text.slice(slot.end),
    picked: { start: slot.start, end: slot.start + address.length, text: address },
  };
}

/**
 * The address as a formula on another sheet writes it: prefixed with the sheet's name, quoted
 * where Excel would (`Forudsætninger!B5`, `'Mit ark'!B5:B7`); `sheet` null leaves it unqualified.
 */
export function qualifiedAddress(address: string, sheet: string | null): string {
  return sheet === null ? address : sheetPrefix(sheet) + address;
}
