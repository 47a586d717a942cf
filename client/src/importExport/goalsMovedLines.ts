/**
 * The preview's lines for the goals an actuals import moves (the server's `goalsMoved`, judged by
 * models/analysis/goalsMoved.ts): each goal's value at its deadline's month and its badge, before
 * → after, read as the goal dashboard reads them (goalDisplay.ts, goalVerdict.ts): "LM2 Færre unge
 * på offentlig forsørgelse, dec. 2023: 358 (Ikke opfyldt) → 5.849 (Ikke opfyldt)".
 *
 * Numbers read in `locale`, the planner's (session.locale, the interface language), not the
 * workbook's: a planner who switched to English reads 5,849, as on the goal cards.
 *
 * @example goalsMovedLines(answer.goalsMoved, doc, t, 'da', 'da-DK')[0].text
 */
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import type { GoalMoved, GoalStanding } from '../../../models/analysis/goalsMoved.js';
import { readGoals } from '../../../models/goals/goalModel.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { goalRecords, type WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { formatMonth, goalValueFormat } from '../goals/goalDisplay.js';
import { formatGoalNumber, goalDecimals } from '../../../models/format/goalNumbers.js';
import { statusLabel } from '../goals/goalVerdict.js';

export interface GoalMovedLine {
  goalId: string;
  text: string;
  /** Met became missed or the other way round. */
  verdictChanges: boolean;
}

export function goalsMovedLines(moved: readonly GoalMoved[], doc: Y.Doc, t: TFunction, language: string, locale: WorkbookLocale): GoalMovedLine[] {
  const goals = new Map(readGoals(goalRecords(doc), workbookGrid(doc)).map((g) => [g.id, g]));
  return moved.map(({ goalId, before, after }) => {
    const goal = goals.get(goalId);
    const format = goal ? goalValueFormat(doc, goal) : undefined;
    const decimals = goalDecimals([before.target, after.target], format);
    const number = (standing: GoalStanding): string => (standing.value === null ? '–' : formatGoalNumber(standing.value, format, locale, decimals));
    const values = {
      goal: goalId,
      title: goal?.title ?? '',
      before: number(before),
      beforeVerdict: statusLabel(before.status, t),
      after: number(after),
      afterVerdict: statusLabel(after.status, t),
    };
    const text = goal?.deadline ? t('actuals.goalsMoved.line', { ...values, month: formatMonth(goal.deadline, language) }) : t('actuals.goalsMoved.lineWithoutMonth', values);
    return { goalId, text, verdictChanges: before.met !== after.met };
  });
}
