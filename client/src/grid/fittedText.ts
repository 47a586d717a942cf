/**
 * A cell's text as the grid shows it in its column (issue 17): a number fitted as Excel does
 * (models/format/numberFit.ts), and whether other text must be clipped because it neither fits
 * nor runs on into an empty neighbour. Fitted numbers are kept by locale, format and room, so a
 * cell scrolled back into view fits nothing again.
 */
import type { CellValue } from '../../../models/engine/cellValue.js';
import { fitNumberText } from '../../../models/format/numberFit.js';
import type { CellFormat, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { cellTextWidth } from './cellTextWidth.js';

export interface FittedText {
  text: string;
  /** The text is wider than its room and is cut at the cell's edge. */
  clipped: boolean;
}

const fitted = new Map<string, Map<number, string>>();
const MAX_KEPT = 20_000;

/** `text`: the value's full text (cellLook); `spills`: text may run on into the empty neighbour. */
export function fittedText(value: CellValue, text: string, format: CellFormat | undefined, locale: WorkbookLocale, room: number, spills: boolean): FittedText {
  if (cellTextWidth(text) <= room) return { text, clipped: false };
  if (typeof value !== 'number') return { text, clipped: !spills };
  const key = `${locale}|${format ?? ''}|${room}`;
  let texts = fitted.get(key);
  if (!texts) fitted.set(key, (texts = new Map()));
  let shown = texts.get(value);
  if (shown === undefined) {
    if (texts.size >= MAX_KEPT) texts.clear();
    shown = fitNumberText(value, format, locale, room, cellTextWidth, text);
    texts.set(value, shown);
  }
  return { text: shown, clipped: false };
}
