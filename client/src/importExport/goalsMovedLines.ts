/**
 * The preview's lines for the goals an actuals import moves (the server's `goalsMoved`, judged by
 * models/analysis/goalsMoved.ts): each goal's value at its deadline's month and its badge, before
 * → after, read as the goal dashboard reads them (goalDisplay.ts, goalVerdict.ts): "LM2 Færre unge
 * på offentlig forsørgelse, dec. 2023: 358 (Ikke opfyldt) → 5.849 (Ikke opfyldt)".
 *
 * Numbers read in `locale`, the planner's (session.locale, the interface language), not the
 * workbook's: a planner who switched to English reads 5,849, as on the goal cards.
 *
 * A move smaller than the card's decimals read "358 → 358" (the planner walkthrough): the line
 * then shows as many more decimals as the two values need to read apart ("358,4 → 358,2"), since a
 * planner checking a month's figures wants to see which goal moved and by how much. A goal whose
 * value moves only past 6 decimals (a rounding difference, nothing a planner can act on) is left
 * out and counted (`belowDisplay`), so the list never shows the same text on both sides.
 *
 * @example goalsMovedLines(answer.goalsMoved, doc, t, 'da', 'da-DK').lines[0].text
 */
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import type { GoalMoved, GoalStanding } from '../../../models/analysis/goalsMoved.js';
import { readGoals } from '../../../models/goals/goalModel.js';
import { workbookGrid } from '../../../models/workbook/WorkbookGrid.js';
import { goalRecords, type CellFormat, type WorkbookLocale } from '../../../models/workbook/workbookReader.js';
import { formatMonth, goalValueFormat } from '../goals/goalDisplay.js';
import { formatGoalNumber, goalDecimals } from '../../../models/format/goalNumbers.js';
import { statusLabel } from '../goals/goalVerdict.js';

export interface GoalMovedLine {
  goalId: string;
  text: string;
  /** Met became missed or the other way round. */
  verdictChanges: boolean;
}

export interface GoalsMovedLines {
  lines: GoalMovedLine[];
  /** Goals whose value, target and verdict read the same before and after even at 6 decimals. */
  belowDisplay: number;
}

/** The most decimals a line adds to show a move; past them a difference is rounding, not a move. */
const MOST_DECIMALS = 6;

type Scalar = GoalStanding['value'];

/** Before and after as text, with the fewest decimals (from the card's) at which they read apart. */
function apart(before: Scalar, after: Scalar, format: CellFormat | undefined, locale: WorkbookLocale, decimals: number | undefined): [string, string] {
  const text = (value: Scalar, d: number | undefined): string => (value === null ? '–' : formatGoalNumber(value, format, locale, d));
  const shown: [string, string] = [text(before, decimals), text(after, decimals)];
  if (shown[0] !== shown[1] || typeof before !== 'number' || typeof after !== 'number' || before === after) return shown;
  for (let d = (decimals ?? 0) + 1; d <= MOST_DECIMALS; d++) {
    const closer: [string, string] = [text(before, d), text(after, d)];
    if (closer[0] !== closer[1]) return closer;
  }
  return shown;
}

export function goalsMovedLines(moved: readonly GoalMoved[], doc: Y.Doc, t: TFunction, language: string, locale: WorkbookLocale): GoalsMovedLines {
  const goals = new Map(readGoals(goalRecords(doc), workbookGrid(doc)).map((g) => [g.id, g]));
  const lines: GoalMovedLine[] = [];
  let belowDisplay = 0;
  for (const { goalId, before, after } of moved) {
    const goal = goals.get(goalId);
    const format = goal ? goalValueFormat(doc, goal) : undefined;
    const decimals = goalDecimals([before.target, after.target], format);
    const [beforeText, afterText] = apart(before.value, after.value, format, locale, decimals);
    const [beforeTarget, afterTarget] = apart(before.target, after.target, format, locale, decimals);
    const values = {
      goal: goalId,
      title: goal?.title ?? '',
      before: beforeText,
      beforeVerdict: statusLabel(before.status, t),
      after: afterText,
      afterVerdict: statusLabel(after.status, t),
    };
    const month = goal?.deadline ? formatMonth(goal.deadline, language) : undefined;
    let text: string;
    if (beforeText !== afterText || before.status !== after.status) {
      text = month ? t('actuals.goalsMoved.line', { ...values, month }) : t('actuals.goalsMoved.lineWithoutMonth', values);
    } else if (beforeTarget !== afterTarget) {
      // A rank goal's target (a percentile of the benchmark) moved, its value did not.
      text = t('actuals.goalsMoved.lineTarget', { ...values, month: month ?? '', beforeTarget, afterTarget });
    } else {
      belowDisplay++;
      continue;
    }
    lines.push({ goalId, text, verdictChanges: before.met !== after.met });
  }
  return { lines, belowDisplay };
}
