/**
 * "Hvad skal der til?" in the planner's words: which assumptions can make a goal met, sorted by
 * how far each must move from its value today (relative change), and the required value read in
 * the assumption cell's own format ("mindst 5,3 %", "højst 212"). Assumptions that cannot do it
 * follow: unreachable within the bounds, then independent, then errors.
 */
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import { locateAssumption } from '../../../models/analysis/assumptions.js';
import type { GoalSeekAnswer, GoalSeekStatus } from '../../../models/analysis/goalSeek.js';
import type { TriedValues } from '../../../models/analysis/sensitivityTable.js';
import { cellFormatAt, cellInputAt } from '../../../models/workbook/readCells.js';
import type { CellFormat, WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { formatMargin } from './goalDisplay.js';
import { formatGoalNumber, roundShown } from '../../../models/format/goalNumbers.js';

const STATUS_ORDER: Record<GoalSeekStatus, number> = { solved: 0, unreachable: 1, independent: 2, error: 3 };

/**
 * How far the assumption must move, relative to its value today: 0.25 is a quarter of it. An
 * assumption at 0 has no relative change; its absolute move stands in.
 */
export function relativeMove(answer: GoalSeekAnswer): number | null {
  if (answer.status !== 'solved' || answer.required === null || answer.current === null) return null;
  const change = Math.abs(answer.required - answer.current);
  return answer.current === 0 ? change : change / Math.abs(answer.current);
}

/** Solved answers first, the smallest move first; then the others by outcome (best margin first). */
export function sortAnswers(answers: readonly GoalSeekAnswer[]): GoalSeekAnswer[] {
  return [...answers].sort((a, b) => {
    const byStatus = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    if (byStatus !== 0) return byStatus;
    if (a.status === 'solved') return (relativeMove(a) ?? Infinity) - (relativeMove(b) ?? Infinity);
    if (a.status === 'unreachable') return (b.bestMargin ?? -Infinity) - (a.bestMargin ?? -Infinity);
    return 0;
  });
}

/**
 * The required value as the planner reads it and as "Gem som scenarie" and "Anvend" set it: at the
 * decimals its cell shows, rounded toward the side where the goal holds ("mindst" up, "højst"
 * down), so that the number shown meets the goal. Null where there is none.
 */
export function shownRequired(answer: GoalSeekAnswer, format: CellFormat | undefined): number | null {
  if (answer.status !== 'solved' || answer.required === null || answer.direction === null) return null;
  return roundShown(answer.required, format, answer.direction === 'atLeast' ? 'up' : 'down');
}

/**
 * The required value with its direction, in the assumption cell's format: `mindst 5,3 %` (see
 * shownRequired). A goal already met says how far the assumption may go before it is missed, in
 * the same words.
 */
export function requiredText(answer: GoalSeekAnswer, format: CellFormat | undefined, locale: WorkbookLocale, t: TFunction): string | null {
  const required = shownRequired(answer, format);
  if (required === null) return null;
  const value = formatGoalNumber(required, format, locale);
  return t(answer.direction === 'atLeast' ? 'goalAnswers.atLeast' : 'goalAnswers.atMost', { value });
}

/**
 * Why an assumption gives no required value: "uafhængig", "kan ikke nås inden for grænserne,
 * bedste margin −3,1" (the margin as the goal card gives it: a share's in percentage points, with
 * the goal's `decimals`), or "fejl".
 */
export function outcomeText(answer: GoalSeekAnswer, goalFormat: CellFormat | undefined, locale: WorkbookLocale, t: TFunction, decimals?: number): string | null {
  switch (answer.status) {
    case 'solved':
      return null;
    case 'independent':
      return t('goalAnswers.independent');
    case 'error':
      return t('goalAnswers.error');
    case 'unreachable':
      // No change within the range makes the goal change state: where it is met, it stays met.
      if (answer.bestMargin !== null && answer.bestMargin >= 0) return t('goalAnswers.alwaysMet');
      return answer.bestMargin === null
        ? t('goalAnswers.unreachable')
        : t('goalAnswers.unreachableBest', { margin: formatMargin(answer.bestMargin, goalFormat, locale, t, decimals) });
  }
}

/**
 * The assumption's words: the text at the start of its row, where planners (and the template)
 * keep them ("Konjunktur: faktor på afgang til job"); undefined where that cell holds no text.
 */
export function assumptionLabel(doc: Y.Doc, address: string): string | undefined {
  const cell = locateAssumption(doc, address);
  const label = cell && cell.col > 0 ? cellInputAt(doc, cell.sheetId, cell.row, 0) : undefined;
  return typeof label === 'string' && !label.startsWith('=') ? label : undefined;
}

/** The format of an assumption's cell, in which its values read (today's, required, tried). */
export function assumptionFormat(doc: Y.Doc, address: string): CellFormat | undefined {
  const cell = locateAssumption(doc, address);
  return cell ? cellFormatAt(doc, cell.sheetId, cell.row, cell.col) : undefined;
}

/**
 * The values the sensitivity tried an assumption at, in its cell's format: `1,00 → 0,90 / 1,10`;
 * for one at 0, moved by the absolute step, `0,00 → -0,10 / 0,10`. Shown beside the swing so a
 * planner sees what "moved" meant for each assumption.
 */
export function triedText(tried: TriedValues, format: CellFormat | undefined, locale: WorkbookLocale, t: TFunction): string {
  const number = (v: number): string => formatGoalNumber(v, format, locale);
  return t('goalAnswers.tried', { value: number(tried.value), low: number(tried.low), high: number(tried.high) });
}
