/**
 * The lines of the preview an actuals import shows before it is applied: the months and rows it
 * adds, updates and removes, and how many figures change (the server's `changes`, worked out by
 * models/actuals/actualsChanges.ts). Long lists (98 municipalities) are cut short with the count.
 * Then its warnings (models/actuals/actualsWarnings.ts): a total row, a figure that jumps.
 *
 * @example previewLines(answer.changes) // [{ key: 'actuals.changes.addedPeriods', values: { list: '2023-07' } }, …]
 */
import type { ActualsChanges } from '../../../models/actuals/actualsChanges.js';
import type { ActualsWarning } from '../../../models/actuals/actualsWarnings.js';
import type { WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { formatMonth } from '../goals/goalDisplay.js';
import { formatGoalNumber } from '../../../models/format/goalNumbers.js';

export interface PreviewLine {
  key: `actuals.changes.${string}`;
  values: Record<string, string | number>;
}

const SHOWN = 8;

/** A list of labels, cut after a few: the rest is counted, not named. */
export function shortList(labels: readonly string[]): { key: 'actuals.changes.more'; values: { shown: string; count: number } } | string {
  if (labels.length <= SHOWN) return labels.join(', ');
  return { key: 'actuals.changes.more', values: { shown: labels.slice(0, SHOWN).join(', '), count: labels.length } };
}

const LISTS = ['addedPeriods', 'updatedPeriods', 'removedPeriods', 'addedRows', 'updatedRows', 'removedRows'] as const;

/** One line per non-empty list, then the number of figures that change (or that none do). */
export function previewLines(changes: ActualsChanges, translate: (key: string, values: Record<string, string | number>) => string): PreviewLine[] {
  const lines: PreviewLine[] = [];
  for (const name of LISTS) {
    const labels = changes[name];
    if (labels.length === 0) continue;
    const list = shortList(labels);
    lines.push({ key: `actuals.changes.${name}`, values: { list: typeof list === 'string' ? list : translate(list.key, list.values) } });
  }
  lines.push(changes.changedFigures === 0 ? { key: 'actuals.changes.none', values: {} } : { key: 'actuals.changes.figures', values: { count: changes.changedFigures } });
  return lines;
}

/** A figure as a goal's number reads without a cell format: whole counts as `9.540`, others with decimals. */
function figureText(figure: number, locale: WorkbookLocale): string {
  return formatGoalNumber(figure, Number.isInteger(figure) ? 'integer' : undefined, locale);
}

/** A warning in plain words; a jump names the row, both months and both figures. */
export function warningText(warning: ActualsWarning, locale: WorkbookLocale, language: string, translate: (key: string, values: Record<string, string | number>) => string): string {
  if (warning.kind === 'totalRow') return translate('actuals.warnings.totalRow', { row: warning.row });
  const text = translate(warning.figure > warning.previousFigure ? 'actuals.warnings.jumpUp' : 'actuals.warnings.jumpDown', {
    row: warning.row,
    figure: figureText(warning.figure, locale),
    month: formatMonth(warning.period, language),
    previous: figureText(warning.previousFigure, locale),
    previousMonth: formatMonth(warning.previousPeriod, language),
  });
  return warning.months > 1 ? `${text} ${translate('actuals.warnings.jumpMonths', { count: warning.months })}` : text;
}

type Translate = (key: string, values: Record<string, string | number>) => string;

/** What the sheet will hold, with its counts in the singular where one ("1 række", not "1 rækker"). */
export function previewSummary(preview: { sheet: string; rows: readonly string[]; dimension: string; periods: readonly string[]; created: boolean }, translate: Translate): string {
  return translate(preview.created ? 'actuals.previewCreate' : 'actuals.previewReplace', {
    sheet: preview.sheet,
    rows: translate('actuals.rowCount', { count: preview.rows.length }),
    dimension: preview.dimension,
    periods: translate('actuals.monthCount', { count: preview.periods.length }),
    first: preview.periods[0] ?? '',
    last: preview.periods.at(-1) ?? '',
  });
}

/** The line once the import is written: "Importeret til arket »Jobindsats«: 9 måneder, senest 2023-03." */
export function importedText(answer: { sheet: string; periods: readonly string[] }, translate: Translate): string {
  return translate('actuals.imported', { sheet: answer.sheet, periods: translate('actuals.monthCount', { count: answer.periods.length }), last: answer.periods.at(-1) ?? '' });
}
