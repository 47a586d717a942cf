/**
 * How a goal's numbers read, for the goal cards and for the export's goals sheet alike: in the
 * format of the cell the goal measures, with the decimals its target needs.
 */
import type { ScalarValue } from '../goals/goalEvaluation.js';
import type { WorkbookLocale } from '../workbook/workbookSchema.js';
import { isNamedCellFormat, type CellFormat, type NamedCellFormat } from '../workbook/cellFormats.js';
import { namedFormatLike } from './formatCodeText.js';
import { fixedDecimalText, formatCellValue } from './displayFormat.js';
import { isTimeFormat } from './excelTime.js';

/** A comparator as a requirement reads it: `>=` → "≥ 60,0 %". */
export const COMPARATOR_SIGNS = { '<=': '≤', '>=': '≥', '<': '<', '>': '>' } as const;

/**
 * Without a cell format to follow, a goal's number reads with two decimals (whole above 1.000).
 * An Excel code reads as the named format it is like (`0%` as percent: formatCodeText.ts).
 */
function goalFormat(value: ScalarValue, format: CellFormat | undefined): NamedCellFormat | undefined {
  if (format || typeof value !== 'number') return namedFormatLike(format);
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
  // An Excel code shows the goal's number as its cell does.
  return formatCellValue(value, format && !isNamedCellFormat(format) ? format : shown, locale);
}

/** The decimals each format shows (a percent's in percent); General reads as `number` or `integer`. */
export const FORMAT_DECIMALS = { percent: 1, number: 2, integer: 0 } as const;

/** A number as formatGoalNumber shows it, as a number: 0.06404 in a percent cell → 0.064. */
export function shownNumber(value: number, format: CellFormat | undefined, decimals?: number): number {
  const shown = goalFormat(value, format);
  if (!Number.isFinite(value) || (shown !== 'percent' && shown !== 'number' && shown !== 'integer')) return value;
  const places = decimals ?? FORMAT_DECIMALS[shown];
  return shown === 'percent' ? Number((value * 100).toFixed(places)) / 100 : Number(value.toFixed(places));
}

/**
 * The difference of two numbers as they are shown (each rounded as formatGoalNumber shows it), so
 * that it is the difference a planner checks: LM1a's 6,40 % under Lavkonjunktur against Basis'
 * 7,57 % reads "-1,17 procentpoint mod Basis" (the exact difference, -1,1649, read -1,16: the
 * planner walk-through).
 *
 * @example shownDifference(0.064049, 0.075698, 'percent', 2) // ≈ -0.0117
 */
export function shownDifference(value: number, base: number, format: CellFormat | undefined, decimals?: number): number {
  return shownNumber(value, format, decimals) - shownNumber(base, format, decimals);
}

/**
 * A value rounded to the decimals its format shows, up or down: "Hvad skal der til?" says a
 * required value rounded toward the side where the goal holds, so the number a planner reads (and
 * types) meets the goal. Rounded to the nearest, LM1a's 0,9023 read "mindst 0,90", where the
 * tornado showed 0,90 missing it (the planner walk-through). A date or text format, or a value
 * that is not finite, is returned as it is. Within 1e-6 of a shown step, the step itself.
 *
 * @example roundShown(0.9023, 'number', 'up') // 0.91
 * @example roundShown(0.07949, 'percent', 'down') // 0.079
 */
export function roundShown(value: number, format: CellFormat | undefined, direction: 'up' | 'down'): number {
  const shown = goalFormat(value, format);
  if (!Number.isFinite(value) || (shown !== 'percent' && shown !== 'number' && shown !== 'integer')) return value;
  const decimals = FORMAT_DECIMALS[shown] + (shown === 'percent' ? 2 : 0);
  const scaled = value * 10 ** decimals;
  const steps = direction === 'up' ? Math.ceil(scaled - 1e-6) : Math.floor(scaled + 1e-6);
  return Number((steps / 10 ** decimals).toFixed(decimals));
}
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
export function goalDecimals(targets: Iterable<ScalarValue | undefined>, cellFormat: CellFormat | undefined): number | undefined {
  const format = namedFormatLike(cellFormat);
  if (format === 'date' || format === 'dateTime' || isTimeFormat(format) || format === 'text') return undefined;
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
