/**
 * How one cell looks: its text in the workspace's locale, whether it aligns right like a number,
 * and for an error the translation key of the explanation shown as its tooltip. Pure.
 */
import type * as Y from 'yjs';
import { isCellError, type CellValue } from '../engine/cellValue.js';
import { cellHasInput } from '../workbook/readCells.js';
import { formatCellValue } from './displayFormat.js';
import { formatCodeColour } from './formatCodeText.js';
import { isNamedCellFormat } from '../workbook/cellFormats.js';
import type { CellFormat, WorkbookLocale } from '../workbook/workbookReader.js';

export interface CellLook {
  text: string;
  numeric: boolean;
  /** Translation key explaining the error, e.g. `cellError.div0`. */
  errorKey: string | null;
  /** The colour an Excel code gives the value (`[Red]` → `#FF0000`), or null for the grid's own. */
  colour: string | null;
}

const ERROR_KEYS: Record<string, string> = {
  '#DIV/0!': 'div0',
  '#N/A': 'na',
  '#NAME?': 'name',
  '#NUM!': 'num',
  '#REF!': 'ref',
  '#VALUE!': 'value',
  '#CYCLE!': 'cycle',
  '#ERROR!': 'error',
  '#SPILL!': 'spill',
  '#CALC!': 'calc',
  '#LIC!': 'error',
};

export function errorExplanationKey(code: string): string {
  return `cellError.${ERROR_KEYS[code] ?? 'other'}`;
}

/**
 * Each number's text by locale and format: a cell scrolled back into view (and its neighbours of
 * equal value) reads its text here instead of formatting again. Bounded: emptied when full.
 */
const numberTexts = new Map<string, Map<number, string>>();
const MAX_CACHED_TEXTS = 50_000;

function cellText(value: CellValue, format: CellFormat | undefined, locale: WorkbookLocale): string {
  if (typeof value !== 'number') return formatCellValue(value, format, locale);
  const key = `${locale}|${format ?? ''}`;
  let texts = numberTexts.get(key);
  if (!texts) numberTexts.set(key, (texts = new Map()));
  let text = texts.get(value);
  if (text === undefined) {
    if (texts.size >= MAX_CACHED_TEXTS) texts.clear();
    text = formatCellValue(value, format, locale);
    texts.set(value, text);
  }
  return text;
}

export function cellLook(value: CellValue, format: CellFormat | undefined, locale: WorkbookLocale): CellLook {
  return {
    text: cellText(value, format, locale),
    numeric: typeof value === 'number' || typeof value === 'boolean',
    errorKey: isCellError(value) ? errorExplanationKey(value.error) : null,
    colour: format !== undefined && (typeof value === 'number' || typeof value === 'string') && !isNamedCellFormat(format) ? formatCodeColour(value, format) : null,
  };
}

/** The grid's classes for a cell's look, in the grid's order (client/src/grid/cellPaint.ts adds the selection's). */
export type CellLookClass = 'fx-num' | 'fx-err' | 'fx-spill' | 'fx-input';

/** `input`: the cell is one of the scenario's own inputs. */
export function cellLookClasses(doc: Y.Doc, sheetId: string, row: number, col: number, value: CellValue, look: CellLook, input: boolean): CellLookClass[] {
  const classes: CellLookClass[] = [];
  if (look.numeric) classes.push('fx-num');
  if (look.errorKey !== null) classes.push('fx-err');
  // Text runs on into an empty neighbour, as in Excel.
  if (typeof value === 'string' && value !== '' && !cellHasInput(doc, sheetId, row, col + 1)) classes.push('fx-spill');
  if (input) classes.push('fx-input');
  return classes;
}
