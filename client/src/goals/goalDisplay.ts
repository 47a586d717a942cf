/** How a goal's numbers read: in the format of the cell it measures, and months as planners say them. */
import { splitFormula, type FormulaSegment } from '../../../models/formula/a1References.js';
import { fixedDecimalText, formatCellValue } from '../../../models/format/displayFormat.js';
import type { GoalDefinition } from '../../../models/goals/goalModel.js';
import type { ScalarValue } from '../../../models/goals/goalEvaluation.js';
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

/** Without a cell format to follow, a goal's number reads with two decimals (whole above 1.000). */
function goalFormat(value: ScalarValue, format: CellFormat | undefined): CellFormat | undefined {
  if (format || typeof value !== 'number') return format;
  return Math.abs(value) >= 1000 ? 'integer' : 'number';
}

/**
 * A goal's number in its format; with `decimals` (from goalDecimals), a number with that many
 * decimals instead (in percent for a percent format), so that a target, the value and the margin
 * read with the same precision.
 */
export function formatGoalNumber(value: ScalarValue, format: CellFormat | undefined, locale: WorkbookLocale, decimals?: number): string {
  const shown = goalFormat(value, format);
  if (decimals !== undefined && typeof value === 'number' && Number.isFinite(value) && (shown === 'percent' || shown === 'number' || shown === 'integer')) {
    return fixedDecimalText(value, decimals, shown === 'percent', locale);
  }
  return formatCellValue(value, shown, locale);
}

/** The decimals each format shows (a percent's in percent); General reads as `number` or `integer`. */
const FORMAT_DECIMALS = { percent: 1, number: 2, integer: 0 } as const;
/** A target needing more decimals than this beyond its format's is not shown exactly anyway. */
const EXTRA_DECIMALS = 3;

/**
 * The decimals a goal's numbers need so that each of its targets reads exactly, where its format
 * shows too few (undefined where the format's own suffice): targets of -2,46 % and -2,5 % both
 * read "-2,5 %" in a percent cell, and a margin of 0,04 procentpoint beside them looked off by
 * 0,1 (the planner walk-through). Value, target and margin shown with these decimals add up: the
 * target is exact, so the rounded margin is the rounded value minus the target. A target exact at
 * none of up to three more decimals (computed) gets one more than its format.
 *
 * @example goalDecimals([-0.0246], 'percent') // 2
 */
export function goalDecimals(targets: Iterable<ScalarValue | undefined>, format: CellFormat | undefined): number | undefined {
  if (format === 'date' || format === 'text') return undefined;
  let needed: number | undefined;
  for (const target of targets) {
    if (typeof target !== 'number' || !Number.isFinite(target)) continue;
    const base = FORMAT_DECIMALS[format ?? (Math.abs(target) >= 1000 ? 'integer' : 'number')];
    const shown = format === 'percent' ? target * 100 : target;
    const exactAt = (decimals: number): boolean => Math.abs(Number(shown.toFixed(decimals)) - shown) <= 1e-9 * Math.max(1, Math.abs(shown));
    if (exactAt(base)) continue;
    let decimals = base + 1;
    while (decimals < base + EXTRA_DECIMALS && !exactAt(decimals)) decimals++;
    // A computed target exact at none (a percentile between two municipalities) gets one more
    // decimal than its format: near targets then read apart, without a tail of digits.
    needed = Math.max(needed ?? 0, exactAt(decimals) ? decimals : base + 1);
  }
  return needed;
}

/**
 * A difference in the indicator's unit: a share's in percentage points (0.012 → "1,2 procentpoint"),
 * never "1,2 %", which a planner reads as a change relative to the value.
 */
export function formatDifference(amount: number, format: CellFormat | undefined, locale: WorkbookLocale, t: TFunction, decimals?: number): string {
  const number = differenceNumber(amount, format, locale, decimals);
  return format === 'percent' ? t('plan.points', { value: number }) : number;
}

/** A difference's number without its unit: a share's in percentage points (0.012 → "1,2"). */
function differenceNumber(amount: number, format: CellFormat | undefined, locale: WorkbookLocale, decimals?: number): string {
  if (format !== 'percent') return formatGoalNumber(amount, format, locale, decimals);
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
  return format === 'percent' ? t('goals.marginInPoints') : t('goals.margin');
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
