/** How a goal's numbers read: in the format of the cell it measures, and months as planners say them. */
import { splitFormula, type FormulaSegment } from '../../../models/formula/a1References.js';
import { fixedDecimalText } from '../../../models/format/displayFormat.js';
import { namedFormatLike } from '../../../models/format/formatCodeText.js';
import { FORMAT_DECIMALS, formatGoalNumber, goalDecimals } from '../../../models/format/goalNumbers.js';
import type { GoalDefinition } from '../../../models/goals/goalModel.js';
import { cellFormatAt } from '../../../models/workbook/readCells.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import type { CellFormat, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';

/**
 * The format of the cell a goal's value points at (`=Fremskrivning!V6` → percent), if it is one
 * cell; for a goal judged on its trajectory without a value, the trajectory's first cell's.
 */
export function goalValueFormat(doc: Y.Doc, goal: GoalDefinition): CellFormat | undefined {
  const text = goal.value ?? goal.series;
  if (!text) return undefined;
  const segments = goalSegments(text);
  const only = segments[0];
  const wholeRange = goal.value === undefined;
  if (segments.length !== 1 || only?.kind !== 'ref' || (only.ref.end && !wholeRange) || !only.ref.start.row || !only.ref.start.col) return undefined;
  const grid = workbookGrid(doc);
  const sheetId = only.ref.sheet === undefined ? grid.listSheets()[0]?.id : grid.sheetIdByName(only.ref.sheet);
  return sheetId ? cellFormatAt(doc, sheetId, only.ref.start.row.index, only.ref.start.col.index) : undefined;
}

/** A workspace has a few dozen goals at most: their parsed formulas are kept, the oldest dropped past this. */
const KEPT_FORMULAS = 256;
const parsedFormulas = new Map<string, FormulaSegment[]>();

/**
 * A goal's formula split into references, parsed once per text: every card that re-renders with
 * the engine's answer reads its format, and parsing took a part of that render (issue 17).
 */
function goalSegments(text: string): FormulaSegment[] {
  let segments = parsedFormulas.get(text);
  if (!segments) {
    segments = splitFormula(text.startsWith('=') ? text : `=${text}`).filter((s) => s.kind === 'ref' || s.text.trim() !== '=');
    if (parsedFormulas.size >= KEPT_FORMULAS) parsedFormulas.delete(parsedFormulas.keys().next().value!);
    parsedFormulas.set(text, segments);
  }
  return segments;
}

/**
 * A difference in the indicator's unit: a share's in percentage points (0.012 → "1,2 procentpoint"),
 * never "1,2 %", which a planner reads as a change relative to the value.
 */
export function formatDifference(amount: number, format: CellFormat | undefined, locale: WorkbookLocale, t: TFunction, decimals?: number): string {
  const number = differenceNumber(amount, format, locale, decimals);
  return namedFormatLike(format) === 'percent' ? t('plan.points', { value: number }) : number;
}

/** A difference's number without its unit: a share's in percentage points (0.012 → "1,2"). */
function differenceNumber(amount: number, format: CellFormat | undefined, locale: WorkbookLocale, decimals?: number): string {
  if (namedFormatLike(format) !== 'percent') return formatGoalNumber(amount, format, locale, decimals);
  return fixedDecimalText(amount * 100, decimals ?? FORMAT_DECIMALS.percent, false, locale);
}

/** `text` with a plus before a gain, as margins are written. */
const signed = (amount: number, text: string): string => (amount > 0 ? `+${text}` : text);

/** A signed margin or difference: `+0,8 procentpoint`, `-8`; `decimals` as for formatGoalNumber. */
export function formatMargin(margin: number, format: CellFormat | undefined, locale: WorkbookLocale, t: TFunction, decimals?: number): string {
  return signed(margin, formatDifference(margin, format, locale, t, decimals));
}

/**
 * A margin on a chart's axis, where the unit stands once in the axis title (marginAxisTitle): a
 * share's in percentage points without the word (`+0,8`), a count in its own format (`-8`).
 */
export function formatMarginTick(margin: number, format: CellFormat | undefined, locale: WorkbookLocale): string {
  return signed(margin, differenceNumber(margin, format, locale));
}

/** The title of an axis of margins: "Margin i procentpoint" for a share, "Margin" otherwise. */
export function marginAxisTitle(format: CellFormat | undefined, t: TFunction): string {
  return namedFormatLike(format) === 'percent' ? t('goals.marginInPoints') : t('goals.margin');
}

/** `2023-12` → `dec. 2023` (Danish) / `Dec 2023` (English); anything else as it is. */
export function formatMonth(period: string, language: string): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (!match) return period;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return monthFormat(language === 'en' ? 'en-GB' : 'da-DK').format(date);
}

// Creating an Intl formatter costs far more than formatting with one; every goal card formats
// several months on each render.
const monthFormats = new Map<string, Intl.DateTimeFormat>();

function monthFormat(locale: 'en-GB' | 'da-DK'): Intl.DateTimeFormat {
  let found = monthFormats.get(locale);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, found);
  }
  return found;
}
